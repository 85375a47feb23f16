'use strict';
// Finding what a path names, with the provider's errors: COIN_NOT_FOUND -2401, WALLET_NOT_FOUND
// -2402 (also a wallet of another coin, or one the caller holds no role on), ACCOUNT_NOT_FOUND
// -2403, PERMISSION_DENIED -2011 (the caller lacks the role the operation needs).
const { fail } = require('./envelope');
const { toUnits } = require('../lib/money');

function coinOf(app, code) {
	const c = app.store.coin(String(code));
	if (!c) fail('COIN_NOT_FOUND', `Coin ${code} not found.`);
	return c;
}

const intId = (v) => (/^\d+$/.test(String(v)) ? Number(v) : NaN);

/** The wallet `id` of `coin` (null: any coin) the user may use with one of `roles` (none: any). */
function walletOf(app, user, coin, id, roles = []) {
	const w = app.store.wallets.get(intId(id));
	if (!w || (coin && w.coin !== coin.coin)) fail('WALLET_NOT_FOUND', `Wallet ${id} not found.`);
	const held = app.store.roles(w, user.id);
	if (!held.length) fail('WALLET_NOT_FOUND', `Wallet ${id} not found.`);
	if (roles.length && !roles.some((r) => held.includes(r)))
		fail('PERMISSION_DENIED', `You need the ${roles.join(' or ')} permission on wallet ${id}.`);
	return w;
}

function accountOf(app, wallet, id) {
	const a = app.store.accounts.get(intId(id));
	if (!a || a.walletId !== wallet.id || a.archived)
		fail('ACCOUNT_NOT_FOUND', `Account ${id} not found.`);
	return a;
}

/** A positive coin amount ("0.1") -> base units; VALIDATION_ERROR names the field. */
function amountUnits(value, coin, field = 'amount') {
	if (value === undefined || String(value).trim() === '')
		fail('VALIDATION_ERROR', `The ${field} field is required.`);
	const units = toUnits(String(value).trim(), coin.precision);
	if (units === null || units <= 0n)
		fail(
			'VALIDATION_ERROR',
			`The ${field} must be a positive number with at most ${coin.precision} decimals.`,
		);
	return units;
}

/** `limit` query parameter: a positive integer, default `def`. */
function limitParam(p, def) {
	const v = p.get('limit');
	if (v === undefined || v === '') return def;
	if (!/^\d+$/.test(String(v)) || Number(v) < 1)
		fail('VALIDATION_ERROR', 'The limit must be a positive integer.');
	return Number(v);
}

module.exports = { coinOf, walletOf, accountOf, amountUnits, limitParam, intId };
