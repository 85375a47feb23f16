'use strict';
// What the API shows: wallets, accounts, transactions, users, tariffs and webhooks in the doc's
// shapes. `*_int` are exact base-unit integers as strings (they exceed 2^53 for ETH); `*_float` are
// JSON numbers written with the exact decimal digits (RawNumber), e.g. 2.32845649998001.
const { RawNumber } = require('../lib/json');
const { unitsText } = require('../lib/money');
const { COIN_BY_CODE } = require('./data');

const precision = (coin) => COIN_BY_CODE.get(coin).precision;
const float = (units, coin) => new RawNumber(unitsText(units, precision(coin)));

function walletView(w) {
	return {
		id: w.id,
		coin: w.coin,
		label: w.label,
		balance_int: w.balance.toString(),
		balance_float: float(w.balance, w.coin),
		receiving_address: w.address,
		permissions: w.permissions.map((p) => ({ user_id: p.user_id, roles: [...p.roles] })),
	};
}

function accountView(a) {
	return {
		id: a.id,
		coin: a.coin,
		wallet_id: a.walletId,
		address: a.address,
		balance_int: a.balance.toString(),
		balance_float: float(a.balance, a.coin),
	};
}

/**
 * A transaction. `amount_int` is a number in the doc's wallet example and a string in its account
 * example: mode "doc" does the same, "string"/"number" force one (numbers keep every digit).
 */
function txView(tx, coin, mode = 'doc') {
	const asString = mode === 'string' || (mode === 'doc' && tx.owner === 'account');
	const view = {
		uuid: tx.uuid,
		hash: tx.hash,
		address: tx.address,
		amount_int: asString ? tx.amount.toString() : new RawNumber(tx.amount.toString()),
		amount_float: float(tx.amount, coin),
		timestamp: tx.timestamp,
	};
	if (tx.tag !== null && tx.tag !== undefined) view.tag = tx.tag;
	return view;
}

function tariffView(t, user) {
	const v = { ...t };
	if (user) v.tariff_expires = user.tariff_expires;
	return v;
}

function userView(store, u, authToken) {
	return {
		user: {
			id: u.id,
			name: u.name,
			email: u.email,
			status: u.status,
			api_token: u.api_token,
			created_at: u.created_at,
			updated_at: u.updated_at,
			tariff_id: u.tariff_id,
			tariff_expires: u.tariff_expires,
			google2fa_secret: u.google2fa_secret,
			auth_token: authToken,
			tariff: tariffView(store.tariff(u.tariff_id), u),
		},
	};
}

function webhookView(store, h) {
	const entity =
		h.type === 'wallet' ? store.wallets.get(h.entityId) : store.accounts.get(h.entityId);
	return {
		id: h.id,
		url: h.url,
		type: h.type,
		entity: entity ? (h.type === 'wallet' ? walletView(entity) : accountView(entity)) : null,
	};
}

module.exports = { walletView, accountView, txView, tariffView, userView, webhookView, float };
