'use strict';
// The Wyre API of the sandbox (paths exactly as Wyre's, /v2/... and /v3/...). Every endpoint goes
// through api(): expiry sweep, authentication (auth.js), the `format` parameter, then the handler.
// This file: the wrapper, accounts (W4-W8), rates (W21), limits (W22), subscriptions (W30-W32) and
// the provider-shaped 404/405; wallets and payment methods are in routes-wallets.js, transfers in
// routes-transfers.js, wallet orders in routes-orders.js.
const { stringify } = require('../lib/json');
const { unitsText } = require('../lib/money');
const { guard } = require('./auth');
const c = require('./checks');
const views = require('./views');
const { sweep } = require('./transfers');
const { ratesTable, rateUnits, ONE } = require('./quote');
const { LIMITS } = require('./data');
const accounts = require('./routes-accounts');
const { RawNumber } = require('../lib/json');
const { toUnits } = require('../lib/money');

const FORMATS = ['json', 'json_numberstring'];

/** Indents compact JSON text (the `pretty` parameter) without touching any number's text. */
function pretty(text) {
	let out = '';
	let depth = 0;
	let inString = false;
	for (let i = 0; i < text.length; i++) {
		const ch = text[i];
		if (inString) {
			out += ch;
			if (ch === '\\') out += text[++i];
			else if (ch === '"') inString = false;
			continue;
		}
		const nl = (d) => '\n' + '  '.repeat(d);
		if (ch === '"') inString = true;
		if ((ch === '}' || ch === ']') && text[i - 1] !== '{' && text[i - 1] !== '[')
			out += nl(--depth);
		else if (ch === '}' || ch === ']') depth--;
		out += ch === ':' ? ': ' : ch;
		if ((ch === '{' || ch === '[') && text[i + 1] !== '}' && text[i + 1] !== ']')
			out += nl(++depth);
		else if (ch === '{' || ch === '[') depth++;
		if (ch === ',') out += nl(depth);
	}
	return out;
}

/**
 * An API handler: handler({app, ctx, account, body?}) -> {status?, body, headers?}; `open`:
 * credentials optional (rates, wallet order lookup); `formats`: extra `format` values allowed.
 */
const api =
	(app, handler, { open = false, formats = [] } = {}) =>
	async (ctx) => {
		sweep(app);
		const auth = guard(app, ctx, { open });
		const format = ctx.query.get('format') || 'json';
		if (!FORMATS.includes(format) && !formats.includes(format))
			throw c.invalid('format', `format ${format} is not supported here`, 'INVALID_VALUE', format);
		const r = await handler({ app, ctx, account: auth.account, auth, format });
		if (r.status === 204 || typeof r.body === 'string') return r;
		const body = views.formatted(r.body, format);
		return {
			status: r.status || 200,
			headers: r.headers,
			body: ctx.query.has('pretty') ? pretty(stringify(body)) : body,
		};
	};

function rates({ ctx, format }) {
	const as = ctx.query.get('as') || 'divisor';
	if (!['divisor', 'multiplier', 'priced'].includes(as))
		throw c.invalid('as', 'as must be divisor, multiplier or priced', 'INVALID_VALUE', as);
	const table = ratesTable(as);
	if (format === 'csv') {
		if (as === 'priced')
			throw c.invalid('format', 'csv is available for divisor and multiplier rates');
		const text =
			Object.entries(table)
				.map(([k, v]) => `${k},${v}`)
				.join('\n') + '\n';
		return { status: 200, body: text, headers: { 'Content-Type': 'text/csv' } };
	}
	const num = (v) =>
		typeof v === 'string'
			? new RawNumber(v)
			: Object.fromEntries(Object.entries(v).map(([k, x]) => [k, new RawNumber(x)]));
	return { body: Object.fromEntries(Object.entries(table).map(([k, v]) => [k, num(v)])) };
}

/** GET /v3/limits: the sandbox's transfer limits in USD and what the account's transfers used. */
function limits({ app, account }) {
	const periods = { DAILY: 1, WEEKLY: 7, YEARLY: 365 };
	const t = app.now();
	const out = { currency: 'USD', limits: {}, used: {}, remaining: {} };
	for (const [name, days] of Object.entries(periods)) {
		let used = 0n;
		for (const tr of app.store.transfers.values())
			if (
				tr.owner === account.id &&
				tr.kind === 'outgoing' &&
				['PENDING', 'COMPLETED'].includes(tr.status) &&
				tr.createdAt >= t - days * 86400000
			)
				used += (tr.debit * rateUnits(tr.sourceCurrency, 'USD')) / ONE;
		const limit = toUnits(LIMITS.transfers[name], 18);
		out.limits[name] = views.amount(limit);
		out.used[name] = new RawNumber(unitsText(used - (used % 10n ** 16n), 18));
		out.remaining[name] = views.amount(
			limit > used ? limit - used - ((limit - used) % 10n ** 16n) : 0n,
		);
	}
	return { body: out };
}

function createSubscription({ app, ctx, account }) {
	const body = c.jsonBody(ctx);
	const srn = c.parseSrn(body.subscribeTo, 'subscribeTo');
	const notifyTarget = c.optUrl(body, 'notifyTarget');
	if (!notifyTarget) throw c.required('notifyTarget');
	const { store } = app;
	const target =
		srn.type === 'account'
			? store.accounts.get(srn.id)
			: srn.type === 'wallet'
				? store.wallets.get(srn.id)
				: srn.type === 'transfer'
					? store.transfers.get(srn.id)
					: srn.type === 'paymentmethod'
						? store.paymentMethods.get(srn.id)
						: null;
	const owner = target && (srn.type === 'account' ? target.id : target.owner);
	if (
		!target ||
		(owner !== account.id && !(srn.type === 'account' && target.parent === account.id))
	)
		throw c.invalid(
			'subscribeTo',
			`${srn.srn} does not exist or is not yours`,
			'INVALID_VALUE',
			body.subscribeTo,
		);
	const sub = {
		id: store.newId('DA', store.subscriptions),
		seq: ++store.seq,
		owner: account.id,
		subscribed: srn.srn,
		notifyTarget,
		createdAt: app.now(),
		failure: null,
		failCount: 0,
	};
	store.subscriptions.set(sub.id, sub);
	return { body: views.subscriptionView(sub) };
}

function listSubscriptions({ app, ctx, account }) {
	const p = c.page(app.store.owned(app.store.subscriptions, account.id), c.paging(ctx.query));
	return { body: { ...p, data: p.data.map(views.subscriptionView) } };
}

function deleteSubscription({ app, ctx, account }) {
	const sub = app.store.subscriptions.get(ctx.params.id);
	if (!sub || sub.owner !== account.id) throw c.notFound('Subscription', ctx.params.id);
	app.store.subscriptions.delete(sub.id);
	return { status: 204, body: '' };
}

function register(r, app) {
	const add = (method, path, handler, o) => r.add(method, path, api(app, handler, o));
	accounts.register(add, app);
	add('GET', '/v3/rates', rates, { open: true, formats: ['csv'] });
	add('GET', '/v2/rates', rates, { open: true, formats: ['csv'] });
	add('GET', '/v3/limits', limits);
	add('POST', '/v3/subscriptions', createSubscription);
	add('GET', '/v3/subscriptions', listSubscriptions);
	add('DELETE', '/v3/subscriptions/:id', deleteSubscription);
	require('./routes-wallets').register(add, app);
	require('./routes-transfers').register(add, app);
	require('./routes-orders').register(add, app, r);
}

function fallbacks() {
	return {
		notFound: (ctx) => ({
			status: 404,
			body: c.errorBody('NotFoundException', `No endpoint ${ctx.method} ${ctx.path}`, {
				errorCode: 'notFound.endpoint',
			}),
		}),
		methodNotAllowed: (ctx) => ({
			status: 405,
			body: c.errorBody('ValidationException', `Method ${ctx.method} not allowed on ${ctx.path}`, {
				errorCode: 'validation.methodNotAllowed',
			}),
		}),
	};
}

module.exports = { register, fallbacks, api };
