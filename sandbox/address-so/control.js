'use strict';
// The Address.so sandbox's own control operations (no auth), as endpoints under /_sandbox/ and as
// in-process helpers of the started sandbox (docs/providers/address-so.md, "Sandbox"):
//   GET|POST /_sandbox/clock {advanceSeconds?, advanceMinutes?, advanceHours?, advanceDays?}
//   GET      /_sandbox/mail?to=&kind=          the mailbox (signup passwords, secret-token links, new passwords)
//   GET      /_sandbox/secret-token-link?email=  the newest e-mailed request-secret-token still unused
//   GET|POST /_sandbox/signing {schemes}       send-signing schemes accepted (sdk-2020, sdk-2019, doc)
//   GET|POST /_sandbox/settings {...}          envelope, error statuses, payment password, 2FA, callback shape
//   POST     /_sandbox/tariff {email?, tariff_id?, limits?}   the user's tariff and its limits
//   POST     /_sandbox/deposit {wallet | account, amount | amount_int, from?, hash?, tag?}   credit + callbacks
//   POST     /_sandbox/balance {wallet | account, amount_int}   set a balance (no transaction, no callback)
//   POST     /_sandbox/callbacks/send {...}    one callback on demand, correct or forged
const { controlRoute } = require('../lib/server');
const { SCHEMES } = require('./sign');
const cb = require('./callbacks');
const { tariffView } = require('./views');
const money = require('./control-money');

const { bad, userOf } = money;
const SETTINGS = {
	successErrors: ['alternate', 'null', 'array'],
	errorStatus: ['mapped', '200'],
	amountIntType: ['doc', 'string', 'number'],
	invalidAddressCode: [-1095, -3000],
	requirePaymentPassword: [true, false],
	require2fa: [true, false],
};
const CALLBACK = {
	shape: cb.SHAPES,
	canonical: cb.CANONICALS,
	scheme: cb.MAC_SCHEMES,
	brackets: cb.BRACKETS,
};

function initialSettings() {
	return {
		successErrors: 'alternate',
		errorStatus: 'mapped',
		amountIntType: 'doc',
		invalidAddressCode: -1095,
		requirePaymentPassword: false,
		require2fa: false,
		schemes: [...SCHEMES],
		callback: { shape: 'nested', canonical: 'raw', scheme: 'doc', brackets: 'literal' },
	};
}

const clockView = (app) => ({
	now: new Date(app.now()).toISOString(),
	offsetMs: app.clock.offsetMs,
});

function advanceClock(app, b = {}) {
	const units = {
		advanceSeconds: 1e3,
		advanceMinutes: 6e4,
		advanceHours: 36e5,
		advanceDays: 864e5,
	};
	let ms = 0;
	for (const [k, f] of Object.entries(units)) {
		if (b[k] === undefined) continue;
		if (typeof b[k] !== 'number' || !(b[k] >= 0)) throw bad(`${k} must be a non-negative number`);
		ms += b[k] * f;
	}
	app.clock.offsetMs += Math.round(ms);
	return clockView(app);
}

function setSchemes(app, schemes) {
	if (!Array.isArray(schemes) || !schemes.length || schemes.some((s) => !SCHEMES.includes(s)))
		throw bad(`schemes must be a non-empty list of ${SCHEMES.join(', ')}`);
	app.settings.schemes = [...new Set(schemes)];
	return { schemes: app.settings.schemes };
}

function setSettings(app, b = {}) {
	for (const [k, v] of Object.entries(b)) {
		if (k === 'schemes') setSchemes(app, v);
		else if (k === 'callback') {
			if (!v || typeof v !== 'object') throw bad('callback must be an object');
			for (const [ck, cv] of Object.entries(v)) {
				if (!CALLBACK[ck]?.includes(cv))
					throw bad(`callback.${ck} must be one of ${(CALLBACK[ck] || []).join(', ')}`);
				app.settings.callback[ck] = cv;
			}
		} else if (SETTINGS[k]?.includes(v)) app.settings[k] = v;
		else
			throw bad(
				`${k}: unknown setting or value (${Object.keys(SETTINGS).join(', ')}, schemes, callback)`,
			);
	}
	return app.settings;
}

function setTariff(app, b = {}) {
	const u = userOf(app, b.email);
	if (b.tariff_id !== undefined) {
		if (!app.store.tariff(b.tariff_id)) throw bad('unknown tariff_id');
		u.tariff_id = Number(b.tariff_id);
	}
	const t = app.store.tariff(u.tariff_id);
	for (const [k, v] of Object.entries(b.limits || {})) {
		if (
			!/^(requests_per_(sec|hour|month)|max_(wallets|accounts))$/.test(k) ||
			!Number.isInteger(v) ||
			v < 0
		)
			throw bad(`limits.${k}: not a tariff limit or not an integer >= 0`);
		t[k] = v;
	}
	app.rate.clear();
	return { user: u.email, tariff: tariffView(t, u) };
}

function mailbox(app, q) {
	return app.store.mail.filter(
		(m) =>
			(!q.get('to') || m.to.toLowerCase() === q.get('to').toLowerCase()) &&
			(!q.get('kind') || m.kind === q.get('kind')),
	);
}

/** The newest request-secret-token mailed to `email` (default the sandbox user) still unused. */
function secretTokenLink(app, email) {
	const u = userOf(app, email);
	const m = [...app.store.mail]
		.reverse()
		.find((x) => x.kind === 'secret-token' && x.to === u.email && app.store.links.has(x.token));
	if (!m) throw bad('no unused secret-token link: call POST /request-secret-token first', 404);
	return { token: m.token, link: m.link, at: m.at };
}

function register(router, app) {
	const S = '/_sandbox';
	const route = (method, path, handler) => router.add(method, `${S}${path}`, controlRoute(handler));
	route('GET', '/clock', () => clockView(app));
	route('POST', '/clock', (b) => advanceClock(app, b));
	route('GET', '/mail', (b, ctx) => mailbox(app, ctx.query));
	route('GET', '/secret-token-link', (b, ctx) => secretTokenLink(app, ctx.query.get('email')));
	route('GET', '/signing', () => ({ schemes: app.settings.schemes }));
	route('POST', '/signing', (b) => setSchemes(app, b.schemes));
	route('GET', '/settings', () => app.settings);
	route('POST', '/settings', (b) => setSettings(app, b));
	route('POST', '/tariff', (b) => setTariff(app, b));
	route('POST', '/deposit', (b) => money.deposit(app, b));
	route('POST', '/balance', (b) => money.setBalance(app, b));
	route('POST', '/callbacks/send', (b) => money.sendCallback(app, b));
}

module.exports = {
	register,
	initialSettings,
	clockView,
	advanceClock,
	setSchemes,
	setSettings,
	setTariff,
	mailbox,
	secretTokenLink,
};
