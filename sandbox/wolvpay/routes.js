'use strict';
// The WolvPay API endpoints of the sandbox (https://wolvpay.com/docs), under /api/v1: coins,
// invoices (create, list, retrieve, select a coin), plus the hosted invoice page (no auth, HTML)
// and the provider-shaped 404/405 answers. Every API answer goes through the rate limit and the
// bearer check first (auth.js) and carries the X-RateLimit-* headers.
const { parseLossless } = require('../lib/json');
const { HttpError } = require('../lib/router');
const { guard, fail } = require('./auth.js');
const {
	ok,
	invalidJson,
	badCoin,
	invoiceNotFound,
	isJsonContentType,
	blank,
	coinCode,
	validateCreate,
	parseIntParam,
} = require('./checks.js');
const { COIN_BY_CODE } = require('./data.js');
const views = require('./views.js');
const { notify, sweep } = require('./webhooks.js');
const { renderInvoicePage, renderNotFound } = require('./page.js');
const control = require('./control.js');

const API = '/api/v1';

/** Wraps an API handler: expiry sweep, rate limit, auth, answer with the rate-limit headers. */
const api = (app, handler) => (ctx) => {
	sweep(app);
	const g = guard(ctx, app.limiter, app.apiKey);
	const r = g.stop || handler(app, ctx);
	return {
		status: r.status,
		body: r.body,
		headers: { ...(r.headers || {}), ...(g.headers || {}) },
	};
};

function coins(app) {
	return app.config.coinsEmpty
		? fail(404, 'Not Found', 'No coins found.')
		: ok(200, 'Coins retrieved successfully', views.coinList());
}

function createInvoice(app, ctx) {
	if (!isJsonContentType(ctx.headers['content-type'])) return invalidJson();
	const body = parseLossless(ctx.rawBody.toString('utf8'));
	if (!body || typeof body !== 'object' || Array.isArray(body)) return invalidJson();
	const v = validateCreate(body);
	if (v.error) return v.error;
	const inv = app.store.create(v.fields);
	const result = inv.coin
		? 'Invoice created successfully with selected cryptocurrency'
		: 'Invoice created successfully';
	return ok(201, result, views.createView(app.store, inv));
}

function listInvoices(app, ctx) {
	const limit = Math.min(3, parseIntParam(ctx.query.get('limit'), 3));
	const page = parseIntParam(ctx.query.get('page'), 1);
	const all = app.store.list();
	const totalPages = Math.ceil(all.length / limit);
	return ok(200, 'Transactions retrieved successfully', {
		invoices: all.slice((page - 1) * limit, page * limit).map(views.listView),
		pagination: {
			current_page: page,
			per_page: limit,
			total_items: all.length,
			total_pages: totalPages,
			has_next: page < totalPages,
			has_previous: page > 1,
			next_page: page < totalPages ? page + 1 : null,
			previous_page: page > 1 ? page - 1 : null,
		},
	});
}

function getInvoice(app, ctx) {
	const inv = app.store.get(ctx.params.id);
	return inv
		? ok(200, 'Invoice retrieved successfully', views.retrieveView(app.store, inv))
		: invoiceNotFound();
}

/** The body of POST /invoices/{id}: JSON or form-encoded; null when it is neither. */
function selectionBody(ctx) {
	const raw = ctx.rawBody.toString('utf8');
	if (raw.trim() === '') return {};
	if (/^application\/x-www-form-urlencoded/i.test(String(ctx.headers['content-type'] || '')))
		return Object.fromEntries(new URLSearchParams(raw));
	const body = parseLossless(raw);
	return body && typeof body === 'object' && !Array.isArray(body) ? body : null;
}

function selectCoin(app, ctx) {
	const body = selectionBody(ctx);
	if (!body) return invalidJson();
	if (blank(body.coin)) return fail(400, 'Bad Request', 'Missing required parameter: coin');
	const coin = coinCode(body.coin);
	if (!COIN_BY_CODE.has(coin)) return badCoin();
	const inv = app.store.get(ctx.params.id);
	if (!inv) return invoiceNotFound();
	if (!inv.white_label)
		return fail(
			402,
			'Request Failed',
			'Coin selection for hosted invoices happens on the hosted invoice page.',
		);
	const why = app.store.selectionBlocker(inv);
	if (why) return fail(402, 'Request Failed', why);
	app.store.selectCoin(inv, coin);
	notify(app, inv);
	return ok(200, 'Coin selected successfully for invoice', views.updateView(inv));
}

function hostedPage(app, ctx) {
	sweep(app);
	const inv = app.store.get(ctx.params.id);
	const html = inv
		? renderInvoicePage(views.controlView(app.store, inv), ctx.query.get('message'))
		: renderNotFound(ctx.params.id);
	return {
		status: inv ? 200 : 404,
		headers: { 'Content-Type': 'text/html; charset=utf-8' },
		body: html,
	};
}

const PAGE_ACTIONS = {
	select: 'select-coin',
	confirming: 'confirming',
	pay: 'pay',
	underpay: 'underpay',
	expire: 'expire',
};

/** A button of the hosted page: plays that lifecycle step, then back to the page (with the error, if any). */
async function hostedAction(app, ctx) {
	const form = new URLSearchParams(ctx.rawBody.toString('utf8'));
	const action = PAGE_ACTIONS[form.get('action')];
	let message = '';
	try {
		if (!action) message = 'unknown action';
		else await control.lifecycle(app, ctx.params.id, action, { coin: form.get('coin') });
	} catch (e) {
		if (!(e instanceof HttpError)) throw e;
		message = e.body.message || e.body.error;
	}
	const loc = `/invoice/${encodeURIComponent(ctx.params.id)}${message ? `?message=${encodeURIComponent(message)}` : ''}`;
	return { status: 303, headers: { Location: loc }, body: '' };
}

function register(router, app) {
	router.add('GET', `${API}/coins`, api(app, coins));
	router.add('POST', `${API}/invoices`, api(app, createInvoice));
	router.add('GET', `${API}/invoices`, api(app, listInvoices));
	router.add('GET', `${API}/invoices/:id`, api(app, getInvoice));
	router.add('POST', `${API}/invoices/:id`, api(app, selectCoin));
	router.add('GET', '/invoice/:id', (ctx) => hostedPage(app, ctx));
	router.add('POST', '/invoice/:id', (ctx) => hostedAction(app, ctx));
}

/** 404 / 405 answers: provider-shaped; under /api/ they go through the rate limit and auth too. */
function fallbacks(router, app) {
	const apiOnly = (make) => (ctx) =>
		ctx.path.startsWith('/api/')
			? api(app, make)(ctx)
			: fail(404, 'Not Found', 'Endpoint not found.');
	return {
		notFound: apiOnly(() => fail(404, 'Not Found', 'Endpoint not found.')),
		methodNotAllowed: apiOnly((a, ctx) => ({
			...fail(405, 'Method Not Allowed', 'Method not allowed.'),
			headers: { Allow: router.methodsFor(ctx.path).join(', ') },
		})),
	};
}

module.exports = { register, fallbacks, API };
