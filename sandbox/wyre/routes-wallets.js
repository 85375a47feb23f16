'use strict';
// Wallets (W23-W29) and payment methods (W9-W13) of the Wyre sandbox. Wallets belong to the acting
// account (the key's account, or the masqueraded sub-account); names are unique per account; a
// wallet can be deleted only when it holds nothing. Deletions answer 204 with no body.
const crypto = require('node:crypto');
const c = require('./checks');
const views = require('./views');

const WALLET_TYPES = ['DEFAULT', 'ENTERPRISE', 'SAVINGS'];

function ownWallet(app, account, id) {
	const w = app.store.wallets.get(id);
	if (!w || w.owner !== account.id) throw c.notFound('Wallet', id);
	return w;
}

/** Checked fields of one wallet to create; `at` prefixes problematicField (batch items). */
function walletFields(app, account, body, at = '', taken = new Set()) {
	if (!body || typeof body !== 'object' || Array.isArray(body))
		throw c.invalid(at || 'body', 'a wallet is a JSON object');
	const f = (name) => `${at}${name}`;
	const name = body.name;
	if (c.blank(name)) throw c.required(f('name'));
	if (typeof name !== 'string' || name.length > 256)
		throw c.invalid(f('name'), 'name must be a string of at most 256 characters');
	if (app.store.walletByName(account.id, name) || taken.has(name))
		throw c.invalid(f('name'), `A wallet named ${name} already exists`, 'INVALID_VALUE', name);
	const type = c.blank(body.type) ? 'DEFAULT' : body.type;
	if (!WALLET_TYPES.includes(type))
		throw c.invalid(
			f('type'),
			`type must be one of ${WALLET_TYPES.join(', ')}`,
			'INVALID_VALUE',
			type,
		);
	let callbackUrl;
	let notes;
	try {
		callbackUrl = c.optUrl(body, 'callbackUrl');
		notes = c.optText(body, 'notes', 4096);
	} catch (e) {
		if (at && e.body) e.body.problematicField = `${at}${e.body.problematicField}`;
		throw e;
	}
	return { owner: account.id, name, type, callbackUrl, notes };
}

function createWallet({ app, ctx, account }) {
	const fields = walletFields(app, account, c.jsonBody(ctx));
	return { body: views.walletView(app.store.addWallet(fields)) };
}

/** W24: all wallets are checked before any is created. */
function createBatch({ app, ctx, account }) {
	const body = c.jsonBody(ctx);
	if (!Array.isArray(body.wallets) || body.wallets.length === 0)
		throw c.invalid('wallets', 'wallets must be a non-empty list');
	if (body.wallets.length > 100) throw c.invalid('wallets', 'at most 100 wallets per batch');
	const taken = new Set();
	const all = body.wallets.map((w, i) => {
		const f = walletFields(app, account, w, `wallets[${i}].`, taken);
		taken.add(f.name);
		return f;
	});
	return { body: all.map((f) => views.walletView(app.store.addWallet(f))) };
}

function walletByName({ app, ctx, account }) {
	const name = ctx.query.get('name');
	if (!name) throw c.required('name');
	const w = app.store.walletByName(account.id, name);
	if (!w) throw c.notFound('Wallet named', name);
	return { body: views.walletView(w) };
}

function updateWallet({ app, ctx, account }) {
	const w = ownWallet(app, account, ctx.params.id);
	const body = c.jsonBody(ctx);
	const has = (k) => Object.prototype.hasOwnProperty.call(body, k);
	if (!has('name') && !has('callbackUrl') && !has('notes')) throw c.required('name');
	const next = {};
	if (has('name')) {
		const name = c.reqText(body, 'name', 256);
		const other = app.store.walletByName(account.id, name);
		if (other && other !== w)
			throw c.invalid('name', `A wallet named ${name} already exists`, 'INVALID_VALUE', name);
		next.name = name;
	}
	if (has('callbackUrl')) next.callbackUrl = c.optUrl(body, 'callbackUrl');
	if (has('notes')) next.notes = c.optText(body, 'notes', 4096);
	Object.assign(w, next);
	app.store.emit({ kind: 'object', srn: `wallet:${w.id}` });
	return { body: views.walletView(w) };
}

function deleteWallet({ app, ctx, account }) {
	const w = ownWallet(app, account, ctx.params.id);
	for (const [cur, b] of w.balances)
		if (b.total !== 0n || b.available !== 0n)
			throw c.invalid(
				'walletId',
				`Wallet ${w.id} still holds ${cur}; empty it before deleting`,
				'INVALID_VALUE',
				w.id,
			);
	app.store.wallets.delete(w.id);
	return { status: 204, body: '' };
}

function listWallets({ app, ctx, account }) {
	const p = c.page(app.store.owned(app.store.wallets, account.id), c.paging(ctx.query));
	return { body: { ...p, data: p.data.map(views.walletView) } };
}

const WIRE_REQUIRED = ['country', 'currency', 'beneficiaryType', 'accountNumber'];

/** W9: an ACH account (Plaid public token, active at once) or a wire account (PENDING review). */
function createPaymentMethod({ app, ctx, account }) {
	const body = c.jsonBody(ctx);
	const type = c.reqText(body, 'paymentMethodType');
	const digits = (s) =>
		String(
			parseInt(crypto.createHash('sha256').update(s).digest('hex').slice(0, 8), 16) % 10000,
		).padStart(4, '0');
	let fields;
	if (type === 'LOCAL_TRANSFER') {
		const token = c.reqText(body, 'publicToken', 512);
		if (!/^[^|]+\|[^|]+$/.test(token))
			throw c.invalid(
				'publicToken',
				'publicToken must be "<plaid public token>|<account id>"',
				'INVALID_VALUE',
				token,
			);
		const last4 = digits(token);
		fields = {
			linkType: type,
			currency: 'USD',
			country: c.optText(body, 'country') || 'US',
			last4Digits: last4,
			name: `Plaid Checking ****${last4}`,
			status: 'ACTIVE',
		};
	} else if (type === 'INTERNATIONAL_TRANSFER') {
		for (const k of WIRE_REQUIRED) c.reqText(body, k, 256);
		if (!/^[A-Z]{2}$/.test(body.country))
			throw c.invalid(
				'country',
				'country must be an upper-case ISO alpha-2 code',
				'INVALID_VALUE',
				body.country,
			);
		const currency = String(body.currency).toUpperCase();
		if (!['USD', 'EUR', 'GBP'].includes(currency))
			throw c.invalid(
				'currency',
				'wire accounts take USD, EUR or GBP',
				'INVALID_VALUE',
				body.currency,
			);
		if (!['INDIVIDUAL', 'CORPORATE', 'BUSINESS'].includes(body.beneficiaryType))
			throw c.invalid(
				'beneficiaryType',
				'beneficiaryType must be INDIVIDUAL or CORPORATE',
				'INVALID_VALUE',
				body.beneficiaryType,
			);
		if (body.country === 'US') c.reqText(body, 'routingNumber', 64);
		if (body.beneficiaryType === 'INDIVIDUAL') {
			c.reqText(body, 'firstNameOnAccount', 256);
			c.reqText(body, 'lastNameOnAccount', 256);
		}
		const last4 = String(body.accountNumber).slice(-4);
		fields = {
			linkType: type,
			currency,
			country: body.country,
			last4Digits: last4,
			beneficiaryType: body.beneficiaryType,
			nameOnMethod:
				[body.firstNameOnAccount, body.lastNameOnAccount].filter(Boolean).join(' ') || null,
			name: `Wire ****${last4}`,
			status: 'PENDING',
		};
	} else {
		throw c.invalid(
			'paymentMethodType',
			'paymentMethodType must be LOCAL_TRANSFER or INTERNATIONAL_TRANSFER',
			'INVALID_VALUE',
			type,
		);
	}
	const pm = app.store.addPaymentMethod({ ...fields, owner: account.id });
	return { body: views.paymentMethodView(pm) };
}

function ownPaymentMethod(app, account, id) {
	const pm = app.store.paymentMethods.get(id);
	if (!pm || pm.owner !== account.id) throw c.notFound('Payment method', id);
	return pm;
}

function attachBlockchain({ app, ctx, account }) {
	const pm = ownPaymentMethod(app, account, ctx.params.id);
	const body = c.jsonBody(ctx);
	const chain = c.reqText(body, 'blockchain');
	const wanted = chain === 'ALL' ? ['BTC', 'ETH'] : [chain];
	if (!['BTC', 'ETH', 'ALL'].includes(chain))
		throw c.invalid('blockchain', 'blockchain must be BTC, ETH or ALL', 'INVALID_VALUE', chain);
	const { depositAddress } = require('./state');
	for (const cur of wanted) pm.blockchains[cur] = depositAddress(pm.id, cur);
	app.store.emit({ kind: 'object', srn: `paymentmethod:${pm.id}` });
	return { body: views.paymentMethodView(pm) };
}

function register(add, app) {
	add('POST', '/v2/wallets', createWallet);
	add('POST', '/v2/wallets/batch', createBatch);
	add('GET', '/v2/wallets', listWallets);
	add('GET', '/v2/wallet', walletByName);
	add('GET', '/v2/wallet/:id', ({ ctx, account }) => ({
		body: views.walletView(ownWallet(app, account, ctx.params.id)),
	}));
	add('POST', '/v2/wallet/:id/update', updateWallet);
	add('DELETE', '/v2/wallet/:id', deleteWallet);
	add('POST', '/v2/paymentMethods', createPaymentMethod);
	add('GET', '/v2/paymentMethods', ({ ctx, account }) => {
		const p = c.page(app.store.owned(app.store.paymentMethods, account.id), c.paging(ctx.query));
		return { body: { ...p, data: p.data.map(views.paymentMethodView) } };
	});
	add('GET', '/v2/paymentMethod/:id', ({ ctx, account }) => ({
		body: views.paymentMethodView(ownPaymentMethod(app, account, ctx.params.id)),
	}));
	add('DELETE', '/v2/paymentMethod/:id', ({ ctx, account }) => {
		app.store.paymentMethods.delete(ownPaymentMethod(app, account, ctx.params.id).id);
		return { status: 204, body: '' };
	});
	add('POST', '/v2/paymentMethod/:id/attach', attachBlockchain);
}

module.exports = { register, ownWallet };
