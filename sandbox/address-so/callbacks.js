'use strict';
// Webhook callbacks: on every balance change of a wallet or account, an HTTP GET to each registered
// webhook URL (type "wallet" for the wallet and all its accounts, "account" for one account) with
// the data in the query string plus `sign`, keyed with the webhook owner's secret token. The doc
// shows three field sets and no usable canonical string (inventory §3, §5.10), so all are settings
// (POST /_sandbox/settings {callback: {...}}):
//   shape      nested (doc's example URL: account[id]=…, default) | flat (doc's PHP verifier:
//              account_id=…) | prose (doc's table: id, address, balance, updated_at)
//   brackets   literal (account[id], as the doc's URL, default) | encoded (account%5Bid%5D)
//   canonical  raw (the query as sent, minus sign; default) | php (http_build_query: brackets
//              always encoded) | ksort (php, keys sorted, nested ones too)
//   scheme     doc (hex HMAC-SHA256 keyed with the secret token; default) | sdk (hex HMAC-SHA512
//              keyed with hex SHA-512 of the secret token)
// For a wallet's own balance, the account[...] fields describe the wallet (id, receiving address).
const { phpEncode, buildQuery, byKey, mac } = require('./sign');
const { unitsText } = require('../lib/money');
const { COIN_BY_CODE } = require('./data');

const SHAPES = ['nested', 'flat', 'prose'];
const CANONICALS = ['raw', 'php', 'ksort'];
const MAC_SCHEMES = ['doc', 'sdk'];
const BRACKETS = ['literal', 'encoded'];

/** The data of a callback for a balance change of `entity` (wallet or account) by `tx`. */
function callbackData(kind, entity, tx) {
	const precision = COIN_BY_CODE.get(entity.coin).precision;
	return {
		coin: entity.coin,
		wallet_id: String(kind === 'wallet' ? entity.id : entity.walletId),
		account: {
			id: String(entity.id),
			address: entity.address,
			balance_int: entity.balance.toString(),
			balance_float: unitsText(entity.balance, precision),
			updated_at: String(Math.floor(entity.updatedAt / 1000)),
		},
		last_transaction: {
			uuid: tx.uuid,
			hash: tx.hash,
			amount_int: tx.amount.toString(),
			amount_float: unitsText(tx.amount, precision),
			created_at: String(tx.timestamp),
		},
	};
}

/** [key, value] pairs of the data in a shape. */
function shapePairs(data, shape) {
	const { account: a, last_transaction: t } = data;
	if (shape === 'prose')
		return [
			['id', a.id],
			['address', a.address],
			['balance', a.balance_int],
			['updated_at', a.updated_at],
		];
	const sep = shape === 'flat' ? ['_', ''] : ['[', ']'];
	const out = [
		['coin', data.coin],
		['wallet_id', data.wallet_id],
	];
	for (const [group, obj] of [
		['account', a],
		['last_transaction', t],
	])
		for (const [k, v] of Object.entries(obj)) out.push([`${group}${sep[0]}${k}${sep[1]}`, v]);
	return out;
}

/** The query sent, the canonical string and the signature of `pairs` under the options. */
function signCallback(pairs, { canonical = 'raw', scheme = 'doc', brackets = 'literal', secret }) {
	const encodeKey = (k) =>
		brackets === 'literal' ? phpEncode(k).replace(/%5B/g, '[').replace(/%5D/g, ']') : phpEncode(k);
	const query = pairs.map(([k, v]) => `${encodeKey(k)}=${phpEncode(v)}`).join('&');
	let message = query;
	if (canonical === 'php') message = buildQuery(pairs);
	if (canonical === 'ksort') {
		message = buildQuery([...pairs].sort(byKey)); // = a recursive ksort of the nested data
	}
	const sign = mac(scheme === 'sdk' ? 'sdk-2020' : 'doc', secret, message);
	return { query, message, sign };
}

/** Sends one callback: url + query (+ &sign=…); resolves with the delivery record. */
function deliver(app, url, query, sign) {
	const full = `${url}${url.includes('?') ? '&' : '?'}${query}${sign === null ? '' : `${query ? '&' : ''}sign=${sign}`}`;
	return app.sandbox.send(full, {
		method: 'GET',
		headers: { 'User-Agent': 'Address.so-Notificator (sandbox)' },
	});
}

/** The webhooks watching a change of `entity`. */
function hooksFor(app, kind, entity) {
	const walletId = kind === 'wallet' ? entity.id : entity.walletId;
	return [...app.store.webhooks.values()].filter(
		(h) =>
			(h.type === 'wallet' && h.entityId === walletId) ||
			(kind === 'account' && h.type === 'account' && h.entityId === entity.id),
	);
}

/** Callbacks for a balance change, signed per the settings; resolves with the deliveries. */
function notifyChange(app, kind, entity, tx) {
	const o = app.settings.callback;
	const pairs = shapePairs(callbackData(kind, entity, tx), o.shape);
	return Promise.all(
		hooksFor(app, kind, entity).map((h) => {
			const secret = app.store.users.get(h.userId)?.secret_token || '';
			const s = signCallback(pairs, { ...o, secret });
			return deliver(app, h.url, s.query, s.sign);
		}),
	);
}

module.exports = {
	SHAPES,
	CANONICALS,
	MAC_SCHEMES,
	BRACKETS,
	callbackData,
	shapePairs,
	signCallback,
	deliver,
	hooksFor,
	notifyChange,
};
