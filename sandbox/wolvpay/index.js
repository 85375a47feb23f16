'use strict';
// Local sandbox of the WolvPay crypto invoicing API (https://wolvpay.com/api/v1), per
// /work/shared/providers/wolvpay.txt: bearer auth, per-key fixed-window rate limit with
// X-RateLimit-* headers, coins, invoices (hosted / white-label with or without coin), coin
// selection, paginated list, the status lifecycle and signed webhooks (X-WolvPay-Signature =
// hex HMAC-SHA256 of the raw body). No real money, no dependencies.
//
// Control endpoints (no auth), besides the shared ones of ../lib/http.js (requests, faults, webhooks):
//   POST /_sandbox/reset                         back to the state at start
//   GET  /_sandbox/state                         invoices and settings
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
const { Router, startSandboxServer, deliver, safeEqual, hmacHex } = require('../lib/http.js');
const { FIAT_CODES, COIN_BY_CODE } = require('./data.js');
const { InvoiceStore, TransitionError, STATUS, coinList } = require('./invoices.js');
const { RawNumber, parseLossless, stringify, normalizeDecimal, toUnits, fromUnits, trimDecimal } = require('./json.js');
const { renderInvoicePage, renderNotFound } = require('./page.js');

const DEFAULTS = Object.freeze({
	apiKey: 'wolv_sandbox_api_key',
	webhookSecret: 'wolv_sandbox_webhook_secret',
	rateLimit: Object.freeze({ limit: 100, windowSeconds: 60 }),
});

const API = '/api/v1';
const SIGNATURE_HEADER = 'X-WolvPay-Signature';

/** An error answer of a control endpoint (or a rejection of an in-process helper). */
class SandboxError extends Error {
	constructor(status, body) {
		super(body.message || body.error);
		this.status = status;
		this.body = body;
	}
}

// ---- provider-shaped answers ---------------------------------------------------------------------
const ok = (code, result, data) => ({ status: code, body: { success: true, result, code, data } });
const fail = (code, error, message) => ({ status: code, body: { success: false, error, code, message } });
const requestError = (message, code, param) => ({
	status: 400,
	body: { error: { type: 'invalid_request_error', message, code, ...(param ? { param } : {}) } },
});
const invalidJson = () => requestError('Data must be sent as JSON in the request body.', 'invalid_json');
const badCoin = () => fail(400, 'Bad Request', 'The provided cryptocurrency code is not supported or not enabled.');
const invoiceNotFound = () => fail(404, 'Not Found', 'Invoice not found.');

const isJsonContentType = (ct) => /^application\/([\w.-]+\+)?json\s*(;|$)/i.test(String(ct || '').trim());
const blank = (v) => v === undefined || v === null || v === '';
const text = (v) => (blank(v) ? null : v instanceof RawNumber ? v.text : typeof v === 'object' ? JSON.stringify(v) : String(v));

/** A decimal from a JSON value (RawNumber, number or string) -> normalized text, or null. */
function decimalText(v) {
	if (v instanceof RawNumber) return v.text.startsWith('-') ? null : /[eE]/.test(v.text) ? normalizeDecimal(v.text) : v.text;
	if (typeof v === 'number') return Number.isFinite(v) && v >= 0 ? normalizeDecimal(String(v)) : null;
	if (typeof v === 'string') return normalizeDecimal(v);
	return null;
}

function whiteLabelOf(v) {
	if (blank(v)) return true;
	if (v === false || v === 0 || (v instanceof RawNumber && Number(v.text) === 0)) return false;
	if (typeof v === 'string' && ['0', 'false', 'no', 'off'].includes(v.trim().toLowerCase())) return false;
	return true;
}

/** Validates POST /invoices fields; returns { fields } or { error: <answer> }. */
function validateCreate(body) {
	if (blank(body.amount)) return { error: requestError('Missing required parameter: amount', 'missing_parameter', 'amount') };
	const amountText = decimalText(body.amount);
	const units = amountText === null ? null : toUnits(amountText, 18);
	if (units === null || units <= 0n) {
		return { error: requestError('Invalid parameter: amount must be a positive number.', 'invalid_parameter', 'amount') };
	}
	let currency = 'USD';
	if (!blank(body.currency)) {
		currency = typeof body.currency === 'string' ? body.currency.trim().toUpperCase() : '';
		if (!FIAT_CODES.includes(currency)) return { error: fail(400, 'Bad Request', 'Unsupported currency.') };
	}
	let coin = null;
	if (!blank(body.coin)) {
		coin = typeof body.coin === 'string' ? body.coin.trim().toLowerCase() : '';
		if (!COIN_BY_CODE.has(coin)) return { error: badCoin() };
	}
	return {
		fields: {
			amountText,
			currency,
			coin,
			description: text(body.description),
			redirectUrl: text(body.redirect_url),
			whiteLabel: whiteLabelOf(body.white_label),
		},
	};
}

function parseIntParam(v, dflt) {
	if (v === null || !/^\s*\d+\s*$/.test(v)) return dflt;
	const n = Number(v);
	return n >= 1 ? n : dflt;
}

async function start(opts = {}) {
	const apiKey = opts.apiKey ?? DEFAULTS.apiKey;
	const webhookSecret = opts.webhookSecret ?? DEFAULTS.webhookSecret;
	const now = typeof opts.now === 'function' ? opts.now : Date.now;
	const initial = {
		webhookUrl: opts.webhookUrl || null,
		rateLimit: checkRateLimit({ ...DEFAULTS.rateLimit, ...(opts.rateLimit || {}) }),
	};
	/** Live settings (mutated in place, so `state.config` stays the same object). */
	const config = { webhookUrl: initial.webhookUrl, rateLimit: { ...initial.rateLimit }, coinsEmpty: false };
	const buckets = new Map(); // presented token -> { start, count }
	const pending = new Set(); // deliveries under way
	const store = new InvoiceStore({ now, baseUrl: '' });
	const router = new Router();

	// ---- rate limit + auth ---------------------------------------------------------------------
	function checkRateLimit(rl) {
		const limit = Number(rl.limit);
		const windowSeconds = Number(rl.windowSeconds);
		if (!Number.isInteger(limit) || limit < 1 || !(windowSeconds > 0)) {
			throw new SandboxError(400, { error: 'rateLimit needs an integer limit >= 1 and windowSeconds > 0' });
		}
		return { limit, windowSeconds };
	}

	function consume(key) {
		const t = now();
		const { limit, windowSeconds } = config.rateLimit;
		const windowMs = windowSeconds * 1000;
		let b = buckets.get(key);
		if (!b || t >= b.start + windowMs) {
			b = { start: t, count: 0 };
			buckets.set(key, b);
		}
		b.count += 1;
		const end = b.start + windowMs;
		const headers = {
			'X-RateLimit-Limit': String(limit),
			'X-RateLimit-Remaining': String(Math.max(0, limit - b.count)),
			'X-RateLimit-Reset': String(Math.ceil(end / 1000)),
		};
		return { limited: b.count > limit, headers, retryAfter: Math.max(1, Math.ceil((end - t) / 1000)) };
	}

	/** Rate limit (per presented key, fixed window) then bearer check. Returns { stop } or { headers }. */
	function guard(ctx) {
		const auth = String(ctx.headers.authorization || '').trim();
		const m = /^bearer\s+(\S.*)$/i.exec(auth);
		const token = m ? m[1].trim() : '';
		const rl = consume(token);
		if (rl.limited) {
			const r = fail(429, 'Too Many Requests', 'Rate limit exceeded. Try again later.');
			return { stop: { ...r, headers: { ...rl.headers, 'Retry-After': String(rl.retryAfter) } } };
		}
		if (!m || !safeEqual(token, apiKey)) {
			const r = fail(401, 'Unauthorized', 'Invalid or missing API key.');
			return { stop: { ...r, headers: { ...rl.headers, 'WWW-Authenticate': 'Bearer' } } };
		}
		return { headers: rl.headers };
	}

	/** Wraps an API handler: expiry sweep, rate limit, auth, lossless JSON answer with the headers. */
	const api = (handler) => (ctx) => {
		sweep();
		const g = guard(ctx);
		const r = g.stop || handler(ctx);
		return { status: r.status, body: stringify(r.body), headers: { ...(r.headers || {}), ...(g.headers || {}) } };
	};

	// ---- webhooks ------------------------------------------------------------------------------
	function track(p) {
		pending.add(p);
		p.finally(() => pending.delete(p));
		return p;
	}

	/** Sends a signed delivery of `bodyText` (signature over exactly those bytes). */
	function sendSigned(url, bodyText, { secret = webhookSecret, omitSignature = false, headerName = SIGNATURE_HEADER, tamper } = {}) {
		const signature = hmacHex('sha256', secret, bodyText);
		let sent = bodyText;
		if (tamper && typeof tamper === 'object') {
			const obj = parseLossless(bodyText);
			if (!obj || typeof obj !== 'object' || Array.isArray(obj)) throw new SandboxError(400, { error: 'tamper needs a JSON object body' });
			Object.assign(obj, tamper);
			sent = stringify(obj);
		}
		const headers = { 'Content-Type': 'application/json' };
		if (!omitSignature) headers[headerName || SIGNATURE_HEADER] = signature;
		return track(deliver(webhooks(), url, { method: 'POST', body: sent, headers }));
	}

	/** The status-change webhook of an invoice (payload captured now); null when no URL is set. */
	function notify(inv) {
		if (!config.webhookUrl) return Promise.resolve(null);
		return sendSigned(config.webhookUrl, stringify(store.webhookPayload(inv)));
	}

	/** Expires overdue invoices; their webhooks go out in the background. */
	function sweep() {
		for (const inv of store.sweep()) notify(inv);
	}

	let sb; // the started server (set below)
	const webhooks = () => sb.webhooks;

	// ---- API routes ----------------------------------------------------------------------------
	router.add(
		'GET',
		`${API}/coins`,
		api(() => (config.coinsEmpty ? fail(404, 'Not Found', 'No coins found.') : ok(200, 'Coins retrieved successfully', coinList()))),
	);

	router.add(
		'POST',
		`${API}/invoices`,
		api((ctx) => {
			if (!isJsonContentType(ctx.headers['content-type'])) return invalidJson();
			const body = parseLossless(ctx.rawBody.toString('utf8'));
			if (!body || typeof body !== 'object' || Array.isArray(body)) return invalidJson();
			const v = validateCreate(body);
			if (v.error) return v.error;
			const inv = store.create(v.fields);
			const result = inv.coin ? 'Invoice created successfully with selected cryptocurrency' : 'Invoice created successfully';
			return ok(201, result, store.createView(inv));
		}),
	);

	router.add(
		'GET',
		`${API}/invoices`,
		api((ctx) => {
			const limit = Math.min(3, parseIntParam(ctx.query.get('limit'), 3));
			const page = parseIntParam(ctx.query.get('page'), 1);
			const all = store.list();
			const totalPages = Math.ceil(all.length / limit);
			const items = all.slice((page - 1) * limit, page * limit).map((inv) => store.listView(inv));
			return ok(200, 'Transactions retrieved successfully', {
				invoices: items,
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
		}),
	);

	router.add(
		'GET',
		`${API}/invoices/:id`,
		api((ctx) => {
			const inv = store.get(ctx.params.id);
			return inv ? ok(200, 'Invoice retrieved successfully', store.retrieveView(inv)) : invoiceNotFound();
		}),
	);

	router.add(
		'POST',
		`${API}/invoices/:id`,
		api((ctx) => {
			const raw = ctx.rawBody.toString('utf8');
			let body = {};
			if (raw.trim() !== '') {
				const ct = String(ctx.headers['content-type'] || '');
				if (/^application\/x-www-form-urlencoded/i.test(ct)) body = Object.fromEntries(new URLSearchParams(raw));
				else {
					body = parseLossless(raw);
					if (!body || typeof body !== 'object' || Array.isArray(body)) return invalidJson();
				}
			}
			if (blank(body.coin)) return fail(400, 'Bad Request', 'Missing required parameter: coin');
			const coin = typeof body.coin === 'string' ? body.coin.trim().toLowerCase() : '';
			if (!COIN_BY_CODE.has(coin)) return badCoin();
			const inv = store.get(ctx.params.id);
			if (!inv) return invoiceNotFound();
			if (!inv.white_label) {
				return fail(402, 'Request Failed', 'Coin selection for hosted invoices happens on the hosted invoice page.');
			}
			const why = store.selectionBlocker(inv);
			if (why) return fail(402, 'Request Failed', why);
			store.selectCoin(inv, coin);
			notify(inv);
			return ok(200, 'Coin selected successfully for invoice', store.updateView(inv));
		}),
	);

	// ---- hosted invoice page (no auth, HTML) ---------------------------------------------------
	router.add('GET', '/invoice/:id', (ctx) => {
		sweep();
		const inv = store.get(ctx.params.id);
		const html = inv ? renderInvoicePage(store.controlView(inv), ctx.query.get('message')) : renderNotFound(ctx.params.id);
		ctx.res.writeHead(inv ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' });
		ctx.res.end(html);
	});
	router.add('POST', '/invoice/:id', async (ctx) => {
		const form = new URLSearchParams(ctx.rawBody.toString('utf8'));
		const action = form.get('action');
		let message = '';
		try {
			const names = { select: 'select-coin', confirming: 'confirming', pay: 'pay', underpay: 'underpay', expire: 'expire' };
			if (!names[action]) throw new SandboxError(400, { error: 'unknown action' });
			await lifecycle(ctx.params.id, names[action], { coin: form.get('coin') });
		} catch (e) {
			if (!(e instanceof SandboxError)) throw e;
			message = e.body.message || e.body.error;
		}
		const loc = `/invoice/${encodeURIComponent(ctx.params.id)}${message ? `?message=${encodeURIComponent(message)}` : ''}`;
		ctx.res.writeHead(303, { Location: loc });
		ctx.res.end();
	});

	// ---- control endpoints ---------------------------------------------------------------------
	/** Wraps a control handler: JSON body (numbers kept as text), SandboxError -> its answer. */
	const control = (handler) => async (ctx) => {
		try {
			const raw = ctx.rawBody.toString('utf8');
			const body = raw.trim() === '' ? {} : parseLossless(raw);
			if (!body || typeof body !== 'object' || Array.isArray(body)) throw new SandboxError(400, { error: 'invalid json' });
			const out = await handler(ctx, body);
			return { status: 200, body: JSON.stringify(out) };
		} catch (e) {
			if (e instanceof SandboxError) return { status: e.status, body: JSON.stringify(e.body) };
			throw e;
		}
	};

	function requireInvoice(id) {
		const inv = store.get(id);
		if (!inv) throw new SandboxError(404, { error: 'invoice not found', invoice_id: id });
		return inv;
	}

	function coinDecimalsText(v, inv, name) {
		const t = decimalText(v);
		const dec = COIN_BY_CODE.get(inv.coin)?.decimals ?? 8;
		const units = t === null ? null : toUnits(t, dec);
		if (units === null || units < 0n) throw new SandboxError(400, { error: `invalid ${name}`, message: `${name} must be a non-negative decimal with at most ${dec} decimals` });
		return trimDecimal(fromUnits(units, dec));
	}

	/** One lifecycle step; resolves after the webhook delivery with { invoice, delivery|null }. */
	async function lifecycle(id, action, params = {}) {
		sweep();
		const inv = requireInvoice(id);
		try {
			if (action === 'select-coin') {
				const coin = typeof params.coin === 'string' ? params.coin.trim().toLowerCase() : '';
				if (!COIN_BY_CODE.has(coin)) throw new SandboxError(400, { error: 'invalid coin', message: 'unknown coin' });
				store.selectCoin(inv, coin);
			} else if (action === 'confirming') {
				store.transition(inv, STATUS.CONFIRMING_PAYMENT);
			} else if (action === 'pay') {
				const received = blank(params.coin_amount) || !inv.coin ? undefined : coinDecimalsText(params.coin_amount, inv, 'coin_amount');
				if (received !== undefined && toUnits(received, 18) <= 0n) throw new SandboxError(400, { error: 'invalid coin_amount', message: 'coin_amount must be positive' });
				store.transition(inv, STATUS.PAID, { coinReceived: received });
			} else if (action === 'underpay') {
				const received = blank(params.coin_received) || !inv.coin ? undefined : coinDecimalsText(params.coin_received, inv, 'coin_received');
				store.transition(inv, STATUS.UNDERPAID, { coinReceived: received });
			} else if (action === 'expire') {
				store.transition(inv, STATUS.EXPIRED);
			} else {
				throw new SandboxError(404, { error: 'unknown action' });
			}
		} catch (e) {
			if (e instanceof TransitionError) {
				const error = e.status === 409 ? 'invalid transition' : 'invalid request';
				throw new SandboxError(e.status, { error, message: e.message, status: inv.status });
			}
			throw e;
		}
		const delivery = await notify(inv);
		return { invoice: store.controlView(inv), delivery };
	}

	/** A webhook on demand, optionally forged (see the header comment). Resolves with { delivery }. */
	async function sendWebhook(invoiceId, o = {}) {
		sweep();
		const url = o.url ? checkUrl(o.url) : config.webhookUrl;
		if (!url) throw new SandboxError(400, { error: 'no webhook url: pass url or set one with POST /_sandbox/webhook-url' });
		let bodyText;
		if (o.body !== undefined && o.body !== null) {
			bodyText = typeof o.body === 'string' ? o.body : stringify(o.body);
		} else {
			if (blank(invoiceId)) throw new SandboxError(400, { error: 'invoice_id is required (or body)' });
			const payload = store.webhookPayload(requireInvoice(invoiceId));
			if (o.override && typeof o.override === 'object') Object.assign(payload, o.override);
			bodyText = stringify(payload);
		}
		const delivery = await sendSigned(url, bodyText, {
			secret: o.secret === undefined || o.secret === null ? webhookSecret : String(o.secret),
			omitSignature: o.omitSignature === true,
			headerName: o.headerName ? String(o.headerName) : SIGNATURE_HEADER,
			tamper: o.tamper,
		});
		return { delivery };
	}

	function createInvoice(fields = {}) {
		const v = validateCreate(fields);
		if (v.error) throw new SandboxError(v.error.status, v.error.body);
		return store.controlView(store.create(v.fields));
	}

	function bulk(count, o = {}) {
		const n = Number(count instanceof RawNumber ? count.text : count);
		if (!Number.isInteger(n) || n < 1 || n > 1000) throw new SandboxError(400, { error: 'count must be an integer from 1 to 1000' });
		const ids = [];
		for (let k = 1; k <= n; k++) {
			const inv = createInvoice({
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

	/** Webhooks go out over plain http (deliver() of the shared lib). */
	function checkUrl(url) {
		try {
			if (new URL(String(url)).protocol === 'http:') return String(url);
		} catch {
			// fall through
		}
		throw new SandboxError(400, { error: 'url must be an http:// URL (or null to disable webhooks)' });
	}

	function setWebhookUrl(url) {
		config.webhookUrl = blank(url) ? null : checkUrl(url);
		return { webhookUrl: config.webhookUrl };
	}

	function setRateLimit(rl = {}) {
		config.rateLimit = checkRateLimit({ ...config.rateLimit, ...rl });
		buckets.clear();
		return { rateLimit: { ...config.rateLimit } };
	}

	function setCoinsEmpty(empty = true) {
		config.coinsEmpty = empty !== false;
		return { coinsEmpty: config.coinsEmpty };
	}

	function snapshot() {
		return {
			invoices: store.list().map((inv) => store.controlView(inv)),
			webhookUrl: config.webhookUrl,
			rateLimit: { ...config.rateLimit },
			coinsEmpty: config.coinsEmpty,
			rateLimitWindows: Object.fromEntries([...buckets].map(([k, b]) => [k ? `${k.slice(0, 4)}…` : '(no key)', { ...b }])),
		};
	}

	function reset() {
		store.reset();
		config.webhookUrl = initial.webhookUrl;
		config.rateLimit = { ...initial.rateLimit };
		config.coinsEmpty = false;
		buckets.clear();
		sb.requests.length = 0;
		sb.webhooks.length = 0;
		sb.faults.length = 0;
		return { ok: true };
	}

	const S = '/_sandbox';
	router.add('POST', `${S}/reset`, control(() => reset()));
	router.add('GET', `${S}/state`, control(() => snapshot()));
	router.add('POST', `${S}/webhook-url`, control((ctx, b) => setWebhookUrl(b.url)));
	router.add('POST', `${S}/rate-limit`, control((ctx, b) => setRateLimit(plainNumbers(b))));
	router.add('POST', `${S}/coins/empty`, control((ctx, b) => setCoinsEmpty(b.empty)));
	router.add('POST', `${S}/invoices/bulk`, control((ctx, b) => bulk(b.count, b)));
	for (const action of ['select-coin', 'confirming', 'pay', 'underpay', 'expire']) {
		router.add('POST', `${S}/invoices/:id/${action}`, control((ctx, b) => lifecycle(ctx.params.id, action, b)));
	}
	router.add('POST', `${S}/webhooks/send`, control((ctx, b) => sendWebhook(text(b.invoice_id), b)));

	function plainNumbers(b) {
		const out = {};
		for (const [k, v] of Object.entries(b)) out[k] = v instanceof RawNumber ? Number(v.text) : v;
		return out;
	}

	// ---- unknown paths -------------------------------------------------------------------------
	const apiOnly = (make) => (ctx) => {
		if (!ctx.path.startsWith('/api/')) {
			const r = fail(404, 'Not Found', 'Endpoint not found.');
			return { status: r.status, body: stringify(r.body) };
		}
		return api(make)(ctx);
	};
	const notFound = apiOnly(() => fail(404, 'Not Found', 'Endpoint not found.'));
	const methodNotAllowed = apiOnly((ctx) => {
		const allow = [...new Set(router.routes.filter((r) => r.re.test(ctx.path)).map((r) => r.method))];
		return { ...fail(405, 'Method Not Allowed', 'Method not allowed.'), headers: { Allow: allow.join(', ') } };
	});

	sb = await startSandboxServer({ router, port: opts.port ?? 0, host: opts.host ?? '127.0.0.1', name: 'wolvpay', notFound, methodNotAllowed });
	store.baseUrl = sb.url;

	const reject = (fn) => (...args) => {
		try {
			return Promise.resolve(fn(...args));
		} catch (e) {
			return Promise.reject(e);
		}
	};

	return Object.assign(sb, {
		credentials: { apiKey, webhookSecret, baseUrl: `${sb.url}${API}` },
		state: { invoices: store.invoices, config, rateLimitWindows: buckets },
		reset,
		snapshot,
		describe: () =>
			[
				`API base: ${sb.url}${API}  (Authorization: Bearer ${apiKey})`,
				`Webhooks: ${config.webhookUrl || 'none yet'}; signed X-WolvPay-Signature = hex HMAC-SHA256(webhookSecret, raw body); set with POST ${sb.url}${S}/webhook-url {"url": "..."}`,
				`Rate limit: ${config.rateLimit.limit} requests / ${config.rateLimit.windowSeconds} s per API key (POST ${S}/rate-limit)`,
				`Simulate: POST ${S}/invoices/<id>/{select-coin|confirming|pay|underpay|expire}; forged webhooks: POST ${S}/webhooks/send; hosted pages: ${sb.url}/invoice/<id>`,
			].join('\n'),
		setWebhookUrl: (url) => setWebhookUrl(url).webhookUrl,
		setRateLimit: (rl) => setRateLimit(rl).rateLimit,
		setCoinsEmpty: (empty) => setCoinsEmpty(empty).coinsEmpty,
		createInvoice: (fields) => createInvoice(fields),
		bulk: (count, o) => bulk(count, o),
		selectCoin: reject((id, coin) => lifecycle(id, 'select-coin', { coin })),
		confirming: reject((id) => lifecycle(id, 'confirming')),
		pay: reject((id, o = {}) => lifecycle(id, 'pay', o)),
		underpay: reject((id, o = {}) => lifecycle(id, 'underpay', o)),
		expire: reject((id) => lifecycle(id, 'expire')),
		sendWebhook: reject((id, o = {}) => sendWebhook(id, o)),
		/** Resolves when every webhook delivery under way (including background ones) has finished. */
		idle: async () => {
			while (pending.size) await Promise.allSettled([...pending]);
		},
	});
}

module.exports = { start, DEFAULTS, SandboxError };
