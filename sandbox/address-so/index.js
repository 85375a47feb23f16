'use strict';
// Local sandbox of the Address.so API (https://docs.address.so/, base https://api.address.so):
// users (signup, login, sliding 10-minute auth tokens, logout, the e-mailed secret-token link,
// forgot password, tariffs with rate limits), coins, wallets, accounts, permissions, sends signed
// under any of the three official schemes, fee estimates, spending limits, webhooks and the signed
// GET callbacks, on a test clock. No real money, no dependencies. What it emulates:
// docs/providers/address-so.md ("Sandbox").
//   auth.js       X-Auth-Token / X-API-TOKEN, rate limits   envelope.js  {result, errors}
//   routes-*.js   user, wallets/accounts, send, webhooks    params.js    query/form/JSON parameters
//   sign.js       send signatures (three schemes)           callbacks.js webhook callbacks
//   state.js      users, wallets, accounts, transactions    views.js     answer shapes
//   control*.js   /_sandbox/ endpoints + helpers            data.js, address.js, lookup.js
const { asPromise: later, startProvider } = require('../lib/server');
const { Store } = require('./state');
const { DEFAULTS } = require('./data');
const { signSend, SCHEMES } = require('./sign');
const cb = require('./callbacks');
const { isValidAddress, makeAddress } = require('./address');
const routes = require('./routes');
const control = require('./control');
const money = require('./control-money');
const { walletView, accountView } = require('./views');

function describe(app) {
	const { url } = app.sandbox;
	const d = app.defaults;
	return [
		`API base: ${url}  (POST /login username=${d.email} password=${d.password}; X-API-TOKEN: ${d.apiToken})`,
		`Sends signed with secret token ${d.secretToken} (schemes ${app.settings.schemes.join(', ')}); payment_password ${d.paymentPassword}`,
		'Seed: wallets btc 5 and eth 7, account 11 (btc wallet 5); coins eth, btc, ltc, dash, xrp',
		'Simulate: POST /_sandbox/deposit {wallet|account, amount} (GET callbacks to webhooks); POST /_sandbox/clock {advanceMinutes}',
		'Control: /_sandbox/{mail,secret-token-link,signing,settings,tariff,balance,callbacks/send}; faults: POST /_sandbox/faults',
	].join('\n');
}

function snapshot(app) {
	const s = app.store;
	return {
		clock: control.clockView(app),
		settings: app.settings,
		users: [...s.users.values()].map((u) => ({ id: u.id, email: u.email, tariff_id: u.tariff_id })),
		sessions: [...s.sessions.entries()].map(([token, x]) => ({
			token,
			userId: x.userId,
			lastUsed: new Date(x.lastUsed).toISOString(),
		})),
		wallets: [...s.wallets.values()].map(walletView),
		accounts: [...s.accounts.values()].map((a) => ({ ...accountView(a), archived: a.archived })),
		webhooks: [...s.webhooks.values()],
		limits: [...s.limits.values()].map((l) => ({ ...l, amount: l.amount.toString() })),
		sends: app.sends.map((x) => ({
			...x,
			amount: x.amount.toString(),
			fee: x.fee.toString(),
			at: new Date(x.at).toISOString(),
		})),
		tariffRequests: s.tariffRequests,
		mail: s.mail,
	};
}

function reset(app) {
	app.clock.offsetMs = 0;
	app.store.reset();
	app.settings = control.initialSettings();
	app.rate.clear();
	app.sends.length = 0;
	app.successCount = 0;
}

async function start(opts = {}) {
	const base = typeof opts.now === 'function' ? opts.now : Date.now;
	const clock = { offsetMs: 0 };
	const now = () => base() + clock.offsetMs;
	const defaults = { ...DEFAULTS, ...(opts.defaults || {}) };
	const app = {
		defaults,
		clock,
		now,
		store: new Store({ now, defaults }),
		settings: control.initialSettings(),
		rate: new Map(),
		sends: [],
		successCount: 0,
		sandbox: null,
	};
	const sb = await startProvider(app, {
		routes,
		control,
		port: opts.port ?? 0,
		host: opts.host ?? '127.0.0.1',
		reset: () => reset(app),
		snapshot: () => snapshot(app),
		faultBody: () => ({
			result: null,
			errors: { code: -3001, message: 'Fault injected by the sandbox.' },
		}),
	});
	Object.defineProperty(sb, 'settings', { get: () => app.settings, enumerable: true });
	return Object.assign(sb, {
		credentials: {
			baseUrl: sb.url,
			email: defaults.email,
			password: defaults.password,
			apiToken: defaults.apiToken,
			secretToken: defaults.secretToken,
			paymentPassword: defaults.paymentPassword,
		},
		describe: () => describe(app),
		store: app.store,
		now: () => now(),
		advanceClock: (o) => control.advanceClock(app, o),
		setSchemes: (schemes) => control.setSchemes(app, schemes),
		setSettings: (o) => control.setSettings(app, o),
		setTariff: (o) => control.setTariff(app, o),
		mail: (to, kind) =>
			control.mailbox(
				app,
				new URLSearchParams({ ...(to ? { to } : {}), ...(kind ? { kind } : {}) }),
			),
		secretTokenLink: (email) => control.secretTokenLink(app, email),
		deposit: later((o) => money.deposit(app, o)),
		setBalance: (o) => money.setBalance(app, o),
		sendCallback: later((o) => money.sendCallback(app, o)),
		/** Client-side helpers for tests: a send's signature, a callback's query and sign. */
		signSend: (scheme, pairs, secret = defaults.secretToken) => signSend(scheme, secret, pairs),
		signCallback: (pairs, o) => cb.signCallback(pairs, { secret: defaults.secretToken, ...o }),
		isValidAddress,
		makeAddress,
		SCHEMES,
	});
}

module.exports = { start, DEFAULTS };
