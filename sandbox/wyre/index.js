'use strict';
// Local sandbox of the Wyre API (paths as https://api.sendwyre.com: /v2/..., /v3/...): request
// signatures byte-exact over the URL as received + raw body with a millisecond timestamp window,
// bearer mode, masquerading as sub-accounts, `format=json_numberstring`, accounts, payment methods,
// wallets with balances and deposit addresses, the transfer state machine, rates and limits,
// subscriptions, signed wallet callbacks, wallet orders and their webhooks, Wyre's error bodies.
// No real money, no dependencies. What it emulates: docs/providers/wyre.md (## Sandbox).
//   auth.js      signature / bearer / masquerade / rate limit   checks.js    error bodies, value checks
//   routes.js    wrapper, rates, limits, subscriptions          routes-accounts.js  accounts (W4-W8)
//   routes-wallets.js  wallets, payment methods              routes-transfers.js transfers (W14-W20)
//   routes-orders.js   reservations, orders, W38, W40        page.js      the hosted checkout page
//   state.js     accounts, wallets, balances, wallet txs       transfers.js the transfer state machine
//   orders.js    the wallet-order lifecycle                    quote.js     rates and fees
//   views.js     what the API shows                            notify.js    callbacks and webhooks
//   control.js   /_sandbox/ endpoints + helpers                data.js      keys, currencies, seed
const { asPromise: later, startProvider } = require('../lib/server');
const { errorBody } = require('./checks');
const { DEFAULTS } = require('./data');
const { Store } = require('./state');
const notify = require('./notify');
const views = require('./views');
const routes = require('./routes');
const control = require('./control');
const { hmac } = require('../lib/auth');

function initialSettings(app) {
	return {
		timestampToleranceMs: app.initial.timestampToleranceMs,
		callbackSecret: null,
		autoComplete: false,
		signNotifications: false,
		rejectReplays: false,
		rateLimit: null,
	};
}

function describe(app) {
	const { url } = app.sandbox;
	return [
		`API base: ${url}  (X-Api-Key ${app.apiKey} + X-Api-Signature = hex HMAC-SHA256(${app.secretKey}, full URL with ?timestamp=<ms> + body); or Authorization: Bearer ${app.secretKey})`,
		'Seed: account AC_SANDBOX0001 (sub-account AC_SANDBOX0002 for masqueradeAs), wallets WA_SANDBOX0001 / WA_SANDBOX0002, payment method PA_SANDBOX0001',
		`Simulate: POST ${url}/_sandbox/deposit {"wallet":"WA_SANDBOX0001","currency":"BTC","amount":"0.01"}; POST /_sandbox/transfers/<id>/status {"status":"COMPLETED"}`,
		'Wallet callbacks signed X-Api-Signature = hex HMAC-SHA256(secret key, raw body); forged: POST /_sandbox/callbacks/send; settings: POST /_sandbox/settings',
	].join('\n');
}

function snapshot(app) {
	const { store } = app;
	const all = (map, view) => [...map.values()].map(view);
	return {
		accounts: all(store.accounts, (a) => ({ ...views.accountView(store, a), parent: a.parent })),
		wallets: all(store.wallets, views.walletView),
		paymentMethods: all(store.paymentMethods, views.paymentMethodView),
		transfers: all(store.transfers, views.transferView),
		walletTransactions: all(store.walletTxs, views.walletTxView),
		subscriptions: all(store.subscriptions, views.subscriptionView),
		reservations: all(store.reservations, (r) => ({
			...r,
			sourceUnits: undefined,
			destUnits: undefined,
			sourceAmount: r.sourceUnits === null ? null : views.amount(r.sourceUnits),
			destAmount: r.destUnits === null ? null : views.amount(r.destUnits),
		})),
		orders: all(store.orders, views.orderView),
		orderWebhooks: store.orderWebhooks.map((w) => ({ ...w })),
		settings: { ...app.settings },
		clock: control.clockView(app),
	};
}

function reset(app) {
	app.clock.offsetMs = 0;
	app.settings = initialSettings(app);
	app.rateWindows.clear();
	app.seenSignatures.clear();
	app.store.reset();
}

async function start(opts = {}) {
	const base = typeof opts.now === 'function' ? opts.now : Date.now;
	const clock = { offsetMs: 0 };
	const now = () => base() + clock.offsetMs;
	const app = {
		apiKey: opts.apiKey ?? DEFAULTS.apiKey,
		secretKey: opts.secretKey ?? DEFAULTS.secretKey,
		accountId: 'AC_SANDBOX0001',
		initial: { timestampToleranceMs: opts.timestampToleranceMs ?? DEFAULTS.timestampToleranceMs },
		clock,
		now,
		rateWindows: new Map(),
		seenSignatures: new Map(),
		store: new Store({ now }),
		sandbox: null,
		callbackSecret: () => app.settings.callbackSecret ?? app.secretKey,
	};
	app.settings = initialSettings(app);
	notify.listen(app);
	const sb = await startProvider(app, {
		routes,
		control,
		port: opts.port ?? 0,
		host: opts.host ?? '127.0.0.1',
		reset: () => reset(app),
		snapshot: () => snapshot(app),
		faultBody: (status) =>
			errorBody(
				status === 429
					? 'RateLimitException'
					: status === 401
						? 'AccessDeniedException'
						: status === 404
							? 'NotFoundException'
							: status >= 500
								? 'UnknownException'
								: 'ValidationException',
				'Fault injected by the sandbox',
				{ errorCode: 'sandbox.fault', transient: status === 429 || status >= 500 },
			),
	});
	app.baseUrl = sb.url;
	Object.defineProperty(sb, 'settings', { get: () => app.settings, enumerable: true });
	return Object.assign(sb, {
		credentials: { apiKey: app.apiKey, secretKey: app.secretKey, baseUrl: sb.url },
		describe: () => describe(app),
		store: app.store,
		now: () => now(),
		/** The signature of a request: hex HMAC-SHA256(secret, full URL + body). */
		sign: (fullUrl, body = '', secret = app.secretKey) =>
			hmac('sha256', secret, Buffer.concat([Buffer.from(fullUrl), Buffer.from(body)])),
		deposit: later((o) => control.depositFunds(app, o)),
		setTransferStatus: later((id, status, o = {}) =>
			control.transferStatus(app, id, { ...o, status }),
		),
		sendCallback: later((o = {}) => control.sendCallback(app, o)),
		fireSubscription: later((id, o = {}) => control.fireSubscription(app, id, o)),
		setBalance: later((o) => control.setBalance(app, o)),
		advanceClock: later((o) => control.advanceClock(app, o)),
		configure: later((o) => control.settings(app, o)),
	});
}

module.exports = { start, DEFAULTS };
