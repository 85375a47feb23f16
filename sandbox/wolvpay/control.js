'use strict';
// The WolvPay sandbox's own control operations (no auth), as endpoints under /_sandbox/ and as
// in-process helpers of the started sandbox:
//   POST /_sandbox/webhook-url        {url}      where status-change webhooks go (null: none)
//   POST /_sandbox/rate-limit         {limit, windowSeconds}
//   POST /_sandbox/coins/empty        {empty}    GET /coins answers 404 "No coins found." while true
//   POST /_sandbox/invoices/bulk      {count, amount?, currency?, coin?, white_label?, description?}
//   POST /_sandbox/invoices/:id/select-coin {coin}   the customer picks a coin (hosted or white-label)
//   POST /_sandbox/invoices/:id/confirming
//   POST /_sandbox/invoices/:id/pay         {coin_amount?}   amount received, default the amount due
//   POST /_sandbox/invoices/:id/underpay    {coin_received?} default half the amount due
//   POST /_sandbox/invoices/:id/expire
//   POST /_sandbox/webhooks/send      {invoice_id, url?, override?, tamper?, secret?, omitSignature?, headerName?, body?}
// Each lifecycle step sends the signed webhook and answers { invoice, delivery|null }.
const { controlRoute } = require('../lib/server');
const { HttpError } = require('../lib/router');
const { RawNumber, stringify } = require('../lib/json');
const { toUnits, fromUnits, trimDecimal } = require('../lib/money');
const { COIN_BY_CODE } = require('./data.js');
const { TransitionError, STATUS } = require('./state.js');
const { checkRateLimit } = require('./auth.js');
const { blank, text, decimalText, coinCode, validateCreate } = require('./checks.js');
const views = require('./views.js');
const { sendSigned, notify, sweep, SIGNATURE_HEADER } = require('./webhooks.js');

const bad = (status, body) => new HttpError(status, body);

function requireInvoice(app, id) {
	const inv = app.store.get(id);
	if (!inv) throw bad(404, { error: 'invoice not found', invoice_id: id });
	return inv;
}

/** A coin amount given to pay/underpay, checked against the coin's decimals; trimmed text. */
function coinDecimalsText(v, inv, name) {
	const t = decimalText(v);
	const dec = COIN_BY_CODE.get(inv.coin)?.decimals ?? 8;
	const units = t === null ? null : toUnits(t, dec);
	if (units === null || units < 0n)
		throw bad(400, {
			error: `invalid ${name}`,
			message: `${name} must be a non-negative decimal with at most ${dec} decimals`,
		});
	return trimDecimal(fromUnits(units, dec));
}

function applyStep(app, inv, action, params) {
	const { store } = app;
	if (action === 'select-coin') {
		const coin = coinCode(params.coin);
		if (!COIN_BY_CODE.has(coin)) throw bad(400, { error: 'invalid coin', message: 'unknown coin' });
		store.selectCoin(inv, coin);
	} else if (action === 'confirming') {
		store.transition(inv, STATUS.CONFIRMING_PAYMENT);
	} else if (action === 'pay') {
		const received =
			blank(params.coin_amount) || !inv.coin
				? undefined
				: coinDecimalsText(params.coin_amount, inv, 'coin_amount');
		if (received !== undefined && toUnits(received, 18) <= 0n)
			throw bad(400, { error: 'invalid coin_amount', message: 'coin_amount must be positive' });
		store.transition(inv, STATUS.PAID, { coinReceived: received });
	} else if (action === 'underpay') {
		const received =
			blank(params.coin_received) || !inv.coin
				? undefined
				: coinDecimalsText(params.coin_received, inv, 'coin_received');
		store.transition(inv, STATUS.UNDERPAID, { coinReceived: received });
	} else if (action === 'expire') {
		store.transition(inv, STATUS.EXPIRED);
	} else {
		throw bad(404, { error: 'unknown action' });
	}
}

/** One lifecycle step; resolves after the webhook delivery with { invoice, delivery|null }. */
async function lifecycle(app, id, action, params = {}) {
	sweep(app);
	const inv = requireInvoice(app, id);
	try {
		applyStep(app, inv, action, params);
	} catch (e) {
		if (!(e instanceof TransitionError)) throw e;
		throw bad(e.status, {
			error: e.status === 409 ? 'invalid transition' : 'invalid request',
			message: e.message,
			status: inv.status,
		});
	}
	const delivery = await notify(app, inv);
	return { invoice: views.controlView(app.store, inv), delivery };
}

/** A webhook on demand, optionally forged (see webhooks.js). Resolves with { delivery }. */
async function sendWebhook(app, invoiceId, o = {}) {
	sweep(app);
	const url = o.url ? checkUrl(o.url) : app.config.webhookUrl;
	if (!url)
		throw bad(400, {
			error: 'no webhook url: pass url or set one with POST /_sandbox/webhook-url',
		});
	let bodyText;
	if (o.body !== undefined && o.body !== null) {
		bodyText = typeof o.body === 'string' ? o.body : stringify(o.body);
	} else {
		if (blank(invoiceId)) throw bad(400, { error: 'invoice_id is required (or body)' });
		const payload = views.webhookPayload(requireInvoice(app, invoiceId));
		if (o.override && typeof o.override === 'object') Object.assign(payload, o.override);
		bodyText = stringify(payload);
	}
	const delivery = await sendSigned(app, url, bodyText, {
		secret: o.secret === undefined || o.secret === null ? app.webhookSecret : String(o.secret),
		omitSignature: o.omitSignature === true,
		headerName: o.headerName ? String(o.headerName) : SIGNATURE_HEADER,
		tamper: o.tamper,
	});
	return { delivery };
}

function createInvoice(app, fields = {}) {
	const v = validateCreate(fields);
	if (v.error) throw bad(v.error.status, v.error.body);
	return views.controlView(app.store, app.store.create(v.fields));
}

function bulk(app, count, o = {}) {
	const n = Number(count instanceof RawNumber ? count.text : count);
	if (!Number.isInteger(n) || n < 1 || n > 1000)
		throw bad(400, { error: 'count must be an integer from 1 to 1000' });
	const ids = [];
	for (let k = 1; k <= n; k++) {
		const inv = createInvoice(app, {
			amount: o.amount ?? '10.00',
			currency: o.currency,
			coin: o.coin === undefined ? 'btc' : o.coin,
			white_label: o.white_label,
			description: o.description === undefined ? `Sandbox invoice ${k} of ${n}` : o.description,
			redirect_url: o.redirect_url,
		});
		ids.push(inv.invoice_id);
	}
	return { count: n, invoice_ids: ids };
}

/** Webhooks go out over plain http (the shared outbox). */
function checkUrl(url) {
	try {
		if (new URL(String(url)).protocol === 'http:') return String(url);
	} catch {
		// fall through
	}
	throw bad(400, { error: 'url must be an http:// URL (or null to disable webhooks)' });
}

function setWebhookUrl(app, url) {
	app.config.webhookUrl = blank(url) ? null : checkUrl(url);
	return { webhookUrl: app.config.webhookUrl };
}

function setRateLimit(app, rl = {}) {
	app.config.rateLimit = checkRateLimit({ ...app.config.rateLimit, ...rl });
	app.limiter.buckets.clear();
	return { rateLimit: { ...app.config.rateLimit } };
}

function setCoinsEmpty(app, empty = true) {
	app.config.coinsEmpty = empty !== false;
	return { coinsEmpty: app.config.coinsEmpty };
}

const plainNumbers = (b) =>
	Object.fromEntries(
		Object.entries(b).map(([k, v]) => [k, v instanceof RawNumber ? Number(v.text) : v]),
	);

function register(router, app) {
	const S = '/_sandbox';
	const route = (method, path, handler) =>
		router.add(method, `${S}${path}`, controlRoute(handler, { lossless: true }));
	route('POST', '/webhook-url', (b) => setWebhookUrl(app, b.url));
	route('POST', '/rate-limit', (b) => setRateLimit(app, plainNumbers(b)));
	route('POST', '/coins/empty', (b) => setCoinsEmpty(app, b.empty));
	route('POST', '/invoices/bulk', (b) => bulk(app, b.count, b));
	for (const action of ['select-coin', 'confirming', 'pay', 'underpay', 'expire']) {
		route('POST', `/invoices/:id/${action}`, (b, ctx) => lifecycle(app, ctx.params.id, action, b));
	}
	route('POST', '/webhooks/send', (b) => sendWebhook(app, text(b.invoice_id), b));
}

module.exports = {
	register,
	lifecycle,
	sendWebhook,
	createInvoice,
	bulk,
	setWebhookUrl,
	setRateLimit,
	setCoinsEmpty,
};
