'use strict';
// Sandbox control operations that move money or send callbacks: deposits (credit a wallet or an
// account, record the transaction, fire the signed GET callbacks), direct balances, and callbacks
// on demand (correct, or forged: another secret, no sign, an explicit sign, fields changed after
// signing, another shape/canonical string/MAC, or a raw query sent as is).
const crypto = require('node:crypto');
const { HttpError } = require('../lib/router');
const { toUnits } = require('../lib/money');
const { makeAddress } = require('./address');
const cb = require('./callbacks');
const { walletView, accountView, txView } = require('./views');

const bad = (message, status = 400) => new HttpError(status, { error: 'bad_request', message });

function userOf(app, email) {
	const u = email ? app.store.userByEmail(email) : app.store.users.get(1);
	if (!u) throw bad(`no user ${email}`, 404);
	return u;
}

/** {kind, entity} of a control body's `wallet` or `account` id. */
function target(app, b) {
	if ((b.wallet === undefined) === (b.account === undefined))
		throw bad('give wallet or account (an id)');
	const kind = b.wallet !== undefined ? 'wallet' : 'account';
	const entity = (kind === 'wallet' ? app.store.wallets : app.store.accounts).get(Number(b[kind]));
	if (!entity) throw bad(`${kind} ${b[kind]} not found`, 404);
	return { kind, entity };
}

function unitsOf(app, coin, b, { allowZero = false } = {}) {
	const { precision } = app.store.coin(coin);
	let units = null;
	if (b.amount_int !== undefined)
		units = /^\d+$/.test(String(b.amount_int)) ? BigInt(String(b.amount_int)) : null;
	else if (b.amount !== undefined) units = toUnits(String(b.amount), precision);
	if (units === null || (!allowZero && units <= 0n))
		throw bad(
			`give amount (coins, at most ${precision} decimals) or amount_int (base units), positive`,
		);
	return units;
}

async function deposit(app, b = {}) {
	const { kind, entity } = target(app, b);
	const units = unitsOf(app, entity.coin, b);
	if (b.hash !== undefined && !/^[0-9a-fA-F]{64}$/.test(String(b.hash)))
		throw bad('hash must be 64 hex digits');
	const tx = app.store.book(kind, entity, units, {
		address: b.from ? String(b.from) : makeAddress(entity.coin, `external-${crypto.randomUUID()}`),
		hash: b.hash ? String(b.hash).toLowerCase() : undefined,
		tag: b.tag === undefined ? null : Number(b.tag),
	});
	const deliveries = await cb.notifyChange(app, kind, entity, tx);
	return {
		[kind]: kind === 'wallet' ? walletView(entity) : accountView(entity),
		transaction: txView(tx, entity.coin, 'string'),
		deliveries,
	};
}

function setBalance(app, b = {}) {
	const { kind, entity } = target(app, b);
	entity.balance = unitsOf(app, entity.coin, { amount_int: b.amount_int }, { allowZero: true });
	return kind === 'wallet' ? walletView(entity) : accountView(entity);
}

/**
 * One callback on demand. Body: webhook_id (its URL, owner's secret and entity) or url (+ wallet |
 * account for the data); shape, canonical, scheme, brackets (default: the settings); secret (sign
 * with another key); tamper {name: value} (changed AFTER signing; a new name is added); omitSign;
 * sign (this value instead); query (sent as is, nothing computed). Resolves {delivery, query, message, sign}.
 */
async function sendCallback(app, b = {}) {
	let url = b.url;
	let secret = app.store.users.get(1).secret_token;
	let kind;
	let entity;
	if (b.webhook_id !== undefined) {
		const h = app.store.webhooks.get(Number(b.webhook_id));
		if (!h) throw bad(`webhook ${b.webhook_id} not found`, 404);
		url = url || h.url;
		secret = app.store.users.get(h.userId)?.secret_token ?? secret;
		kind = h.type;
		entity = (kind === 'wallet' ? app.store.wallets : app.store.accounts).get(h.entityId);
	}
	if (b.wallet !== undefined || b.account !== undefined) ({ kind, entity } = target(app, b));
	if (!url || !/^https?:\/\//.test(String(url))) throw bad('give webhook_id or an http(s) url');
	if (typeof b.query === 'string')
		return { delivery: await cb.deliver(app, String(url), b.query, null), query: b.query };
	if (!entity) throw bad('give webhook_id, wallet or account (whose data to send)');
	const o = { ...app.settings.callback };
	for (const k of ['shape', 'canonical', 'scheme', 'brackets']) {
		if (b[k] === undefined) continue;
		const allowed = {
			shape: cb.SHAPES,
			canonical: cb.CANONICALS,
			scheme: cb.MAC_SCHEMES,
			brackets: cb.BRACKETS,
		}[k];
		if (!allowed.includes(b[k])) throw bad(`${k} must be one of ${allowed.join(', ')}`);
		o[k] = b[k];
	}
	const last = app.store.transactionsOf(kind, entity.id).at(-1) || {
		uuid: crypto.randomUUID(),
		hash: '0'.repeat(64),
		amount: 0n,
		timestamp: Math.floor(app.now() / 1000),
	};
	const pairs = cb.shapePairs(cb.callbackData(kind, entity, last), o.shape);
	const signed = cb.signCallback(pairs, {
		...o,
		secret: b.secret === undefined ? secret : String(b.secret),
	});
	let query = signed.query;
	if (b.tamper && typeof b.tamper === 'object') {
		const changed = pairs.map(([k, v]) => [
			k,
			Object.hasOwn(b.tamper, k) ? String(b.tamper[k]) : v,
		]);
		for (const k of Object.keys(b.tamper))
			if (!pairs.some(([pk]) => pk === k)) changed.push([k, String(b.tamper[k])]);
		query = cb.signCallback(changed, { ...o, secret: '' }).query;
	}
	const sign = b.omitSign ? null : b.sign !== undefined ? String(b.sign) : signed.sign;
	const delivery = await cb.deliver(app, String(url), query, sign);
	return { delivery, query, message: signed.message, sign };
}

module.exports = { bad, userOf, target, deposit, setBalance, sendCallback };
