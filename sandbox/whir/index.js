'use strict';
// Local sandbox of the Whir API (https://whir.to/api), base /api: bearer auth with a blockable key,
// Bitcoin address validation, transactions with signed answers (HMAC-SHA256 as the doc's PHP),
// the lifecycle pending -> confirming -> processing -> complete / expired on a test clock, and
// maintenance / signature / payout-format switches. No webhooks (the provider has none). No real
// money, no dependencies. What it emulates: docs/providers/whir.md.
//   auth.js    maintenance, bearer, blocked   routes.js   the five endpoints
//   checks.js  error answer, request checks   control.js  /_sandbox/ endpoints + helpers
//   state.js   transactions, lifecycle        views.js    answer shapes, signature modes
//   sign.js    the response signature         address.js  Base58Check / bech32(m) validation
//   data.js    keys, fee rule, texts
const { asPromise: later, startProvider } = require('../lib/server');
const { TransactionStore } = require('./state');
const { DEFAULTS } = require('./data');
const { canonicalString, signFields } = require('./sign');
const { isValidAddress } = require('./address');
const views = require('./views');
const routes = require('./routes');
const control = require('./control');

function initialSettings(app) {
	return {
		maintenance: false,
		blocked: false,
		signature: { mode: 'normal', key: app.forgedKey },
		payoutsFormat: 'received',
		acceptTestnet: app.acceptTestnet,
	};
}

function describe(app) {
	const { url } = app.sandbox;
	return [
		`API base: ${url}${routes.BASE}  (Authorization: Bearer ${app.apiKey}; answers signed with secret ${app.secretKey})`,
		'API: GET /status, /validateAddress/{address} (public); POST /createTransaction; GET /transactions?limit&offset, /transaction/{id}',
		'Simulate: POST /_sandbox/transactions/<id>/{deposit|confirm|complete|expire}; POST /_sandbox/clock {"advanceHours": 1}',
		'Switches: POST /_sandbox/{block|maintenance|signature|payouts-format|testnet}; faults: POST /_sandbox/faults',
	].join('\n');
}

function snapshot(app) {
	return {
		transactions: app.store.list().map((tx) => views.controlView(app.store, tx)),
		settings: {
			...app.settings,
			signature: { mode: app.settings.signature.mode, field: app.settings.signature.field },
		},
		clock: control.clockView(app),
	};
}

function reset(app) {
	app.store.reset();
	app.clock.offsetMs = 0;
	app.settings = initialSettings(app);
}

async function start(opts = {}) {
	const base = typeof opts.now === 'function' ? opts.now : Date.now;
	const clock = { offsetMs: 0 };
	const now = () => base() + clock.offsetMs;
	const app = {
		apiKey: opts.apiKey ?? DEFAULTS.apiKey,
		secretKey: opts.secretKey ?? DEFAULTS.secretKey,
		forgedKey: DEFAULTS.forgedKey,
		acceptTestnet: opts.acceptTestnet ?? DEFAULTS.acceptTestnet,
		clock,
		now,
		store: new TransactionStore({
			now,
			pendingTtlHours: opts.pendingTtlHours ?? DEFAULTS.pendingTtlHours,
		}),
		sandbox: null,
	};
	app.settings = initialSettings(app);
	const sb = await startProvider(app, {
		routes,
		control,
		port: opts.port,
		host: opts.host,
		reset: () => reset(app),
		snapshot: () => snapshot(app),
		faultBody: (status) => ({ code: status, description: 'Fault injected by the sandbox.' }),
	});
	/** The live switches (replaced on reset, hence a getter). */
	Object.defineProperty(sb, 'settings', { get: () => app.settings, enumerable: true });
	return Object.assign(sb, {
		credentials: {
			apiKey: app.apiKey,
			secretKey: app.secretKey,
			baseUrl: `${sb.url}${routes.BASE}`,
		},
		describe: () => describe(app),
		store: app.store,
		deposit: later((id, o = {}) => control.step(app, id, 'deposit', o)),
		confirm: later((id) => control.step(app, id, 'confirm')),
		complete: later((id, o = {}) => control.step(app, id, 'complete', o)),
		expire: later((id) => control.step(app, id, 'expire')),
		advanceClock: (o) => control.advanceClock(app, o),
		now: () => now(),
		setBlocked: (v) => control.setting(app, 'blocked', v, 'blocked'),
		setMaintenance: (v) => control.setting(app, 'maintenance', v, 'enabled'),
		setAcceptTestnet: (v) => control.setting(app, 'acceptTestnet', v, 'accept'),
		setSignatureMode: (mode, o = {}) => control.setSignatureMode(app, { ...o, mode }),
		setPayoutsFormat: (format) => control.setPayoutsFormat(app, format),
		/** The signer, for tests: canonical string and base64 signature of answer fields (in order). */
		canonicalString,
		sign: (fields, secret = app.secretKey) => signFields(fields, secret),
		isValidAddress: (a, o) =>
			isValidAddress(a, { acceptTestnet: app.settings.acceptTestnet, ...o }),
	});
}

module.exports = { start, DEFAULTS };
