'use strict';
// The Whir sandbox's own control operations (no auth), as endpoints under /_sandbox/ and as
// in-process helpers of the started sandbox. Lifecycle steps answer { transaction } (the
// sandbox's full view); an impossible step is 409, an unknown transaction 404.
//   POST /_sandbox/transactions/:id/deposit  {amount?, txid?}  pending -> confirming (depositTxid set)
//   POST /_sandbox/transactions/:id/confirm                    confirming -> processing, or complete when the delay is over
//   POST /_sandbox/transactions/:id/complete {txid?}           (alias /process) -> complete, once the delay is over
//   POST /_sandbox/transactions/:id/expire                     pending -> expired
//   GET|POST /_sandbox/clock {advanceHours?, advanceMinutes?, advanceSeconds?}   the sandbox clock
//   POST /_sandbox/block {blocked}            private methods answer 403
//   POST /_sandbox/maintenance {enabled}      every API endpoint answers 503
//   POST /_sandbox/signature {mode: normal|forged|tamper|omit, field?, value?, key?}
//   POST /_sandbox/payouts-format {format: received|object|array}
//   POST /_sandbox/testnet {accept}           whether testnet addresses are valid (and deposit addresses testnet)
const { controlRoute } = require('../lib/server');
const { HttpError } = require('../lib/router');
const { RawNumber } = require('../lib/json');
const { TransitionError } = require('./state');
const { amountUnits, AMOUNT_RULE } = require('./checks');
const { HOUR_MS } = require('./data');
const views = require('./views');

const bad = (message) => new HttpError(400, { error: 'bad_request', message });
const num = (v) => (v instanceof RawNumber ? Number(v.text) : v);
const SIGNATURE_MODES = ['normal', 'forged', 'tamper', 'omit'];
const TAMPER_FIELDS = [
	'id',
	'status',
	'depositAddress',
	'depositAmount',
	'depositTxid',
	'payouts',
	'txid',
	'fee',
	'delay',
	'refCode',
	'updated',
	'created',
];
const PAYOUT_FORMATS = ['received', 'object', 'array'];

function flag(v, name) {
	if (typeof v !== 'boolean') throw bad(`${name} must be true or false`);
	return v;
}

function txidOf(v) {
	if (v === undefined || v === null || v === '') return null;
	if (typeof v !== 'string' || !/^[0-9a-f]{64}$/.test(v))
		throw bad('txid must be 64 lower-case hex characters');
	return v;
}

/** One lifecycle step on a transaction; resolves with { transaction }. */
function step(app, id, action, body = {}) {
	const { store } = app;
	store.sweep();
	const tx = store.get(id);
	if (!tx) throw new HttpError(404, { error: 'not_found', message: `no transaction ${id}` });
	try {
		if (action === 'deposit') {
			const receivedUnits =
				body.amount === undefined || body.amount === null ? undefined : amountUnits(body.amount);
			if (receivedUnits === null) throw bad(`amount ${AMOUNT_RULE}`);
			store.deposit(tx, { receivedUnits, txid: txidOf(body.txid) });
		} else if (action === 'confirm') store.confirm(tx);
		else if (action === 'complete') store.complete(tx, { txid: txidOf(body.txid) });
		else store.expire(tx);
	} catch (e) {
		if (!(e instanceof TransitionError)) throw e;
		throw new HttpError(e.status, {
			error: 'invalid transition',
			message: e.message,
			status: tx.status,
		});
	}
	return { transaction: views.controlView(store, tx) };
}

function clockView(app) {
	const t = app.now();
	return {
		now: views.iso(t),
		timestamp: Math.floor(t / 1000),
		offsetSeconds: Math.round(app.clock.offsetMs / 1000),
	};
}

/** Moves the sandbox clock forward (never back), then lets it act (expiry, due payouts). */
function advanceClock(app, { advanceHours = 0, advanceMinutes = 0, advanceSeconds = 0 } = {}) {
	const parts = [num(advanceHours), num(advanceMinutes), num(advanceSeconds)];
	if (!parts.every((v) => typeof v === 'number' && Number.isFinite(v) && v >= 0))
		throw bad('advanceHours/advanceMinutes/advanceSeconds must be numbers >= 0');
	app.clock.offsetMs += Math.round(parts[0] * HOUR_MS + parts[1] * 60000 + parts[2] * 1000);
	app.store.sweep();
	return clockView(app);
}

function setSignatureMode(app, { mode, field = 'depositAddress', value, key } = {}) {
	if (!SIGNATURE_MODES.includes(mode))
		throw bad(`mode must be one of ${SIGNATURE_MODES.join(', ')}`);
	if (mode === 'tamper') {
		if (!TAMPER_FIELDS.includes(field))
			throw bad(`field must be one of ${TAMPER_FIELDS.join(', ')}`);
		if (field !== 'depositAddress' && value === undefined)
			throw bad('tampering with a field other than depositAddress needs a value');
	}
	if (key !== undefined && (typeof key !== 'string' || !key))
		throw bad('key must be a non-empty string');
	app.settings.signature = { mode, field, value, key: key ?? app.forgedKey };
	return { signature: { mode, ...(mode === 'tamper' ? { field } : {}) } };
}

function setPayoutsFormat(app, format) {
	if (!PAYOUT_FORMATS.includes(format))
		throw bad(`format must be one of ${PAYOUT_FORMATS.join(', ')}`);
	app.settings.payoutsFormat = format;
	return { payoutsFormat: format };
}

const setting = (app, name, value, label) => {
	app.settings[name] = flag(value, label);
	return { [name]: app.settings[name] };
};

function register(router, app) {
	const route = (method, path, handler) =>
		router.add(method, `/_sandbox${path}`, controlRoute(handler, { lossless: true }));
	for (const action of ['deposit', 'confirm', 'complete', 'expire']) {
		route('POST', `/transactions/:id/${action}`, (b, ctx) => step(app, ctx.params.id, action, b));
	}
	route('POST', '/transactions/:id/process', (b, ctx) => step(app, ctx.params.id, 'complete', b));
	route('GET', '/clock', () => clockView(app));
	route('POST', '/clock', (b) => advanceClock(app, b));
	route('POST', '/block', (b) => setting(app, 'blocked', b.blocked, 'blocked'));
	route('POST', '/maintenance', (b) => setting(app, 'maintenance', b.enabled, 'enabled'));
	route('POST', '/signature', (b) => setSignatureMode(app, b));
	route('POST', '/payouts-format', (b) => setPayoutsFormat(app, b.format));
	route('POST', '/testnet', (b) => setting(app, 'acceptTestnet', b.accept, 'accept'));
}

module.exports = {
	register,
	step,
	advanceClock,
	clockView,
	setSignatureMode,
	setPayoutsFormat,
	setting,
};
