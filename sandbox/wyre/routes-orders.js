'use strict';
// Wallet orders of the Wyre sandbox: reserve (W33, signed or bearer), get an order (W37, no
// credentials needed), debit-card limits (W38), wallet-order webhook registration (W40), and the
// hosted checkout page the reservation URL points at (page.js). The order lifecycle is orders.js.
const c = require('./checks');
const views = require('./views');
const crypto = require('node:crypto');
const { LIMITS, CURRENCIES, RESERVATION_MS } = require('./data');
const { rateUnits, ONE } = require('./quote');
const { toUnits } = require('../lib/money');
const { visibleAccount } = require('./routes-accounts');
const page = require('./page');

const DAY_MS = 24 * 60 * 60 * 1000;
const WALLET_TYPES = ['APPLE_PAY', 'DEBIT_CARD'];
const ADDRESS_FIELDS = ['street1', 'city', 'state', 'postalCode', 'country'];
const FIAT = Object.keys(CURRENCIES).filter((k) => CURRENCIES[k].fiat);
const CRYPTO = Object.keys(CURRENCIES).filter((k) => !CURRENCIES[k].fiat);

function reservationId() {
	const abc = 'ABCDEFGHJKLMNPQRTUVWXYZ23456789';
	return [...crypto.randomBytes(20)].map((b) => abc[b % abc.length]).join('');
}

/** W33: checks a reservation request; returns the stored reservation. */
function reserve(app, account, body) {
	const fiat = (field) => {
		if (c.blank(body[field])) return null;
		return c.currencyCode(body, field, 'UNSUPPORTED_SOURCE_CURRENCY');
	};
	const sourceCurrency = fiat('sourceCurrency');
	if (sourceCurrency && !FIAT.includes(sourceCurrency))
		throw c.invalid(
			'sourceCurrency',
			`sourceCurrency must be one of ${FIAT.join(', ')}`,
			'UNSUPPORTED_SOURCE_CURRENCY',
			sourceCurrency,
		);
	const destCurrency = c.blank(body.destCurrency) ? null : c.currencyCode(body, 'destCurrency');
	if (destCurrency && !CRYPTO.includes(destCurrency))
		throw c.invalid(
			'destCurrency',
			`destCurrency must be one of ${CRYPTO.join(', ')}`,
			'INVALID_VALUE',
			destCurrency,
		);
	let dest = null;
	if (!c.blank(body.dest)) {
		const srn = c.parseSrn(body.dest, 'dest');
		if (srn.type === 'bitcoin' || srn.type === 'ethereum') {
			if (!c.validAddress(srn.type, srn.id))
				throw c.invalid(
					'dest',
					`${srn.id} is not a valid ${srn.type} address`,
					'INVALID_VALUE',
					body.dest,
				);
			if (destCurrency && CURRENCIES[destCurrency].chain !== srn.type)
				throw c.invalid(
					'destCurrency',
					`${destCurrency} cannot be sent to a ${srn.type} address`,
					'INVALID_VALUE',
					destCurrency,
				);
		} else if (srn.type === 'wallet' || srn.type === 'account') {
			if (!app.store.holder(srn))
				throw c.invalid('dest', `${srn.srn} does not exist`, 'INVALID_VALUE', body.dest);
		} else
			throw c.invalid(
				'dest',
				'dest must be a bitcoin:, ethereum:, wallet: or account: SRN',
				'INVALID_VALUE',
				body.dest,
			);
		dest = srn.srn;
	}
	const amounts = ['amount', 'sourceAmount', 'destAmount'].filter((k) => !c.blank(body[k]));
	if (amounts.length > 1) throw c.invalid(amounts[1], `give only one of ${amounts.join(', ')}`);
	const given = amounts[0];
	const sourceUnits =
		given && given !== 'destAmount' ? c.amountUnits(body, given, sourceCurrency || 'USD') : null;
	const destUnits =
		given === 'destAmount' ? c.amountUnits(body, given, destCurrency || 'BTC') : null;
	if (
		(amounts[0] === 'sourceAmount' || amounts[0] === 'destAmount') &&
		c.blank(body.amountIncludeFees)
	)
		throw c.required('amountIncludeFees');
	// `amount` (or none: the customer types it) is what the card pays, fees included
	const amountIncludeFees =
		given === 'sourceAmount' || given === 'destAmount'
			? c.optBool(body, 'amountIncludeFees')
			: true;
	const paymentMethod = c.optText(body, 'paymentMethod');
	if (paymentMethod && !['debit-card', 'apple-pay'].includes(paymentMethod))
		throw c.invalid(
			'paymentMethod',
			'paymentMethod must be debit-card or apple-pay',
			'INVALID_VALUE',
			paymentMethod,
		);
	const phone = c.optText(body, 'phone');
	if (phone && !/^\+[1-9]\d{6,14}$/.test(phone))
		throw c.invalid('phone', 'phone must be E.164 (+15555555555)', 'INVALID_VALUE', phone);
	const email = c.optText(body, 'email', 256);
	if (email && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email))
		throw c.invalid('email', 'email is not an email address', 'INVALID_VALUE', email);
	const country = c.optText(body, 'country');
	if (country && !/^[A-Z]{2}$/.test(country))
		throw c.invalid(
			'country',
			'country must be an upper-case ISO alpha-2 code',
			'INVALID_VALUE',
			country,
		);
	const referrer = c.optText(body, 'referrerAccountId');
	if (
		referrer &&
		referrer !== account.id &&
		app.store.accounts.get(referrer)?.parent !== account.id
	)
		throw c.invalid(
			'referrerAccountId',
			`${referrer} is not your account`,
			'INVALID_VALUE',
			referrer,
		);
	const LOCKABLE = [
		'amount',
		'sourceCurrency',
		'destCurrency',
		'dest',
		'street1',
		'city',
		'state',
		'postalCode',
		'country',
		'firstName',
		'lastName',
		'phone',
		'email',
	];
	const lockFields = body.lockFields === undefined ? [] : body.lockFields;
	if (!Array.isArray(lockFields) || lockFields.some((f) => !LOCKABLE.includes(f)))
		throw c.invalid('lockFields', `lockFields may hold ${LOCKABLE.join(', ')}`);
	for (const f of lockFields)
		if (f === 'amount' ? amounts.length === 0 : c.blank(body[f])) throw c.required(f);
	const text = (k) => c.optText(body, k, 256);
	const r = {
		id: reservationId(),
		owner: account.id,
		createdAt: app.now(),
		expiresAt: app.now() + RESERVATION_MS,
		orderId: null,
		sourceCurrency,
		destCurrency,
		dest,
		sourceUnits,
		destUnits,
		amountIncludeFees,
		paymentMethod,
		redirectUrl: c.optUrl(body, 'redirectUrl'),
		failureRedirectUrl: c.optUrl(body, 'failureRedirectUrl'),
		email,
		phone,
		firstName: text('firstName'),
		lastName: text('lastName'),
		address: {
			street1: text('street1'),
			city: text('city'),
			state: text('state'),
			postalCode: text('postalCode'),
			country,
		},
		lockFields,
		referenceId: text('referenceId'),
		referrerAccountId: referrer,
	};
	app.store.reservations.set(r.id, r);
	return r;
}

function reserveOrder({ app, ctx, account }) {
	const r = reserve(app, account, c.jsonBody(ctx));
	return { body: { url: `${app.baseUrl}/purchase?reservation=${r.id}`, reservation: r.id } };
}

function getOrder({ app, ctx }) {
	const order = app.store.orders.get(ctx.params.id);
	if (!order) throw c.notFound('Wallet order', ctx.params.id);
	return { body: views.orderView(order) };
}

/** W38: what is left of the sandbox's debit-card limits (USD) for an account or address. */
function widgetLimits({ app, ctx }) {
	const body = c.jsonBody(ctx);
	const walletType = c.reqText(body, 'walletType');
	if (!WALLET_TYPES.includes(walletType))
		throw c.invalid(
			'walletType',
			'walletType must be APPLE_PAY or DEBIT_CARD',
			'INVALID_VALUE',
			walletType,
		);
	const address = body.address;
	if (!address || typeof address !== 'object' || Array.isArray(address))
		throw c.required('address');
	for (const k of ADDRESS_FIELDS) c.reqText(address, k, 256);
	const accountId = c.optText(body, 'accountId');
	const same = (o) =>
		accountId
			? o.accountId === accountId
			: o.address &&
				o.address.street1 === address.street1 &&
				o.address.postalCode === address.postalCode;
	const t = app.now();
	const used = (days) => {
		let sum = 0n;
		for (const o of app.store.orders.values())
			if (o.status !== 'FAILED' && same(o) && o.createdAt >= t - days * DAY_MS)
				sum += (o.debit * rateUnits(o.sourceCurrency, 'USD')) / ONE;
		return sum;
	};
	const out = {};
	for (const [name, days] of [
		['daily', 1],
		['weekly', 7],
		['yearly', 365],
	]) {
		const limit = toUnits(LIMITS.walletOrders[name], 18);
		const left = limit - used(days);
		out[name] = views.amount(limit);
		out[`${name}Remaining`] = views.amount(left > 0n ? left - (left % 10n ** 16n) : 0n);
	}
	return { body: out };
}

/** W40: registers a wallet-order webhook for an account; echoes the request. */
function registerWebhook({ app, ctx, account }) {
	const body = c.jsonBody(ctx);
	const owner = c.reqText(body, 'owner', 64);
	if (!/^account:/i.test(owner))
		throw c.invalid('owner', 'owner must be account:AC_…', 'INVALID_VALUE', owner);
	const acc = visibleAccount(app, account, owner);
	const webhook = c.optUrl(body, 'webhook');
	if (!webhook) throw c.required('webhook');
	if (!app.store.orderWebhooks.some((w) => w.owner === acc.id && w.webhook === webhook))
		app.store.orderWebhooks.push({ owner: acc.id, webhook });
	return { body: { owner, webhook } };
}

function register(add, app, router) {
	add('POST', '/v3/orders/reserve', reserveOrder);
	add('GET', '/v3/orders/:id', getOrder, { open: true });
	add('POST', '/v3/widget/limits/calculate', widgetLimits);
	add('POST', '/v2/digitalwallet/webhook', registerWebhook);
	page.register(router, app);
}

module.exports = { register };
