'use strict';
// Local sandbox of the WolvPay crypto invoicing API (https://wolvpay.com/docs), base /api/v1:
// bearer auth, per-key fixed-window rate limit with X-RateLimit-* headers, coins, invoices (hosted /
// white-label with or without coin), coin selection, paginated list, the status lifecycle and
// signed webhooks. No real money, no dependencies. What it emulates: docs/providers/wolvpay.md.
//   auth.js    rate limit + bearer check      routes.js    the API endpoints, hosted page
//   checks.js  answer shapes, value checks    control.js   /_sandbox/ endpoints + helpers
//   state.js   invoices and their lifecycle   views.js     what the API shows of an invoice
//   webhooks.js signed deliveries             data.js, page.js   coins and fiat, the HTML page
const { asPromise: later, startProvider, HttpError } = require('../lib/server');
const { RateLimiter, checkRateLimit } = require('./auth.js');
const { InvoiceStore } = require('./state.js');
const views = require('./views.js');
const routes = require('./routes.js');
const control = require('./control.js');

const DEFAULTS = Object.freeze({
	apiKey: 'wolv_sandbox_api_key',
	webhookSecret: 'wolv_sandbox_webhook_secret',
	rateLimit: Object.freeze({ limit: 100, windowSeconds: 60 }),
});
const S = '/_sandbox';

function describe(app) {
	const { url } = app.sandbox;
	const { config } = app;
	return [
		`API base: ${url}${routes.API}  (Authorization: Bearer ${app.apiKey})`,
		`Webhooks: ${config.webhookUrl || 'none yet'}; signed X-WolvPay-Signature = hex HMAC-SHA256(webhookSecret, raw body); set with POST ${url}${S}/webhook-url {"url": "..."}`,
		`Rate limit: ${config.rateLimit.limit} requests / ${config.rateLimit.windowSeconds} s per API key (POST ${S}/rate-limit)`,
		`Simulate: POST ${S}/invoices/<id>/{select-coin|confirming|pay|underpay|expire}; forged webhooks: POST ${S}/webhooks/send; hosted pages: ${url}/invoice/<id>`,
	].join('\n');
}

function snapshot(app) {
	const { config } = app;
	return {
		invoices: app.store.list().map((inv) => views.controlView(app.store, inv)),
		webhookUrl: config.webhookUrl,
		rateLimit: { ...config.rateLimit },
		coinsEmpty: config.coinsEmpty,
		rateLimitWindows: app.limiter.windows(),
	};
}

function reset(app) {
	app.store.reset();
	Object.assign(app.config, {
		webhookUrl: app.initial.webhookUrl,
		rateLimit: { ...app.initial.rateLimit },
		coinsEmpty: false,
	});
	app.limiter.buckets.clear();
}

async function start(opts = {}) {
	const now = typeof opts.now === 'function' ? opts.now : Date.now;
	const initial = {
		webhookUrl: opts.webhookUrl || null,
		rateLimit: checkRateLimit({ ...DEFAULTS.rateLimit, ...(opts.rateLimit || {}) }),
	};
	/** Live settings (mutated in place, so `state.config` stays the same object). */
	const config = {
		webhookUrl: initial.webhookUrl,
		rateLimit: { ...initial.rateLimit },
		coinsEmpty: false,
	};
	const app = {
		apiKey: opts.apiKey ?? DEFAULTS.apiKey,
		webhookSecret: opts.webhookSecret ?? DEFAULTS.webhookSecret,
		initial,
		config,
		store: new InvoiceStore({ now, baseUrl: '' }),
		limiter: new RateLimiter(now, config),
		sandbox: null,
	};
	const sb = await startProvider(app, {
		routes,
		control,
		port: opts.port ?? 0,
		host: opts.host ?? '127.0.0.1',
		reset: () => reset(app),
		snapshot: () => snapshot(app),
		faultBody: (status) => ({
			success: false,
			error: 'Sandbox Fault',
			code: status,
			message: 'Fault injected by the sandbox.',
		}),
	});
	app.store.baseUrl = sb.url;
	return Object.assign(sb, {
		credentials: {
			apiKey: app.apiKey,
			webhookSecret: app.webhookSecret,
			baseUrl: `${sb.url}${routes.API}`,
		},
		state: { invoices: app.store.invoices, config, rateLimitWindows: app.limiter.buckets },
		describe: () => describe(app),
		setWebhookUrl: (url) => control.setWebhookUrl(app, url).webhookUrl,
		setRateLimit: (rl) => control.setRateLimit(app, rl).rateLimit,
		setCoinsEmpty: (empty) => control.setCoinsEmpty(app, empty).coinsEmpty,
		createInvoice: (fields) => control.createInvoice(app, fields),
		bulk: (count, o) => control.bulk(app, count, o),
		selectCoin: later((id, coin) => control.lifecycle(app, id, 'select-coin', { coin })),
		confirming: later((id) => control.lifecycle(app, id, 'confirming')),
		pay: later((id, o = {}) => control.lifecycle(app, id, 'pay', o)),
		underpay: later((id, o = {}) => control.lifecycle(app, id, 'underpay', o)),
		expire: later((id) => control.lifecycle(app, id, 'expire')),
		sendWebhook: later((id, o = {}) => control.sendWebhook(app, id, o)),
	});
}

module.exports = { start, DEFAULTS, SandboxError: HttpError };
