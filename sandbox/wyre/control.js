'use strict';
// The Wyre sandbox's own control operations (no auth), as endpoints under /_sandbox/ and as
// in-process helpers of the started sandbox. Calls that cause deliveries wait for them and answer
// them in `deliveries` (each {url, headers, body, status, response, error}).
//   POST /_sandbox/deposit {wallet | account | address, currency, amount, confirm?, from?}
//   POST /_sandbox/transfers/:id/status {status: PENDING|COMPLETED|FAILED|EXPIRED|REVERSED, reason?}
//   POST /_sandbox/orders {reservation, email?, amount?, dest?}    the customer pays a reservation
//   POST /_sandbox/orders/:id/status {status: PROCESSING|COMPLETE|FAILED, reason?}
//   POST /_sandbox/callbacks/send {wallet? | url?, transaction?, body?, override?, tamper?, secret?, omitSignature?, headerName?}
//   POST /_sandbox/subscriptions/:id/fire {trigger?, url?, sign?}
//   POST /_sandbox/balance {wallet | account, currency, amount}     sets total and available
//   POST /_sandbox/accounts/:id/status {status}    POST /_sandbox/payment-methods/:id/status {status}
//   GET|POST /_sandbox/clock {advanceMs?, advanceSeconds?, advanceMinutes?}
//   GET|POST /_sandbox/settings {timestampToleranceMs?, callbackSecret?, autoComplete?, signNotifications?, rejectReplays?, rateLimit?}
const { controlRoute } = require('../lib/server');
const { HttpError } = require('../lib/router');
const { RawNumber, stringify } = require('../lib/json');
const { toUnits, normalizeDecimal } = require('../lib/money');
const { CURRENCIES } = require('./data');
const { SCALE } = require('./checks');
const { deposit, move, sweep, STATUS, TransitionError } = require('./transfers');
const views = require('./views');
const { post, fire } = require('./notify');

const bad = (message, status = 400) => new HttpError(status, { error: 'bad_request', message });
const text = (v) =>
	v instanceof RawNumber ? v.text : v === undefined || v === null ? '' : String(v);

/** Runs fn, waits for the deliveries it caused and adds them to its answer. */
async function withDeliveries(app, fn) {
	const start = app.sandbox.webhooks.length;
	const result = await fn();
	await app.sandbox.idle();
	return { ...result, deliveries: app.sandbox.webhooks.slice(start) };
}

/** A wallet (id or name) or account named in a control body. */
function holderFrom(app, b) {
	const { store } = app;
	if (b.wallet) {
		const id = text(b.wallet).replace(/^wallet:/i, '');
		const w = store.wallets.get(id) || [...store.wallets.values()].find((x) => x.name === id);
		if (!w) throw bad(`unknown wallet ${id}`, 404);
		return w;
	}
	if (b.account) {
		const a = store.accounts.get(text(b.account).replace(/^account:/i, ''));
		if (!a) throw bad(`unknown account ${text(b.account)}`, 404);
		return a;
	}
	if (b.address) {
		const h = store.holderByAddress(text(b.address));
		if (!h) throw bad(`no wallet or account has the deposit address ${text(b.address)}`, 404);
		return h;
	}
	throw bad('give wallet, account or address');
}

function currencyAndUnits(b, { allowZero = false } = {}) {
	const currency = text(b.currency).toUpperCase();
	if (!CURRENCIES[currency])
		throw bad(`currency must be one of ${Object.keys(CURRENCIES).join(', ')}`);
	const norm = normalizeDecimal(text(b.amount));
	const units = norm === null ? null : toUnits(norm, CURRENCIES[currency].decimals);
	if (units === null || (!allowZero && units === 0n))
		throw bad(
			`amount must be a positive decimal with at most ${CURRENCIES[currency].decimals} decimals`,
		);
	return { currency, units: units * 10n ** BigInt(SCALE - CURRENCIES[currency].decimals) };
}

function depositFunds(app, b) {
	sweep(app);
	const holder = holderFrom(app, b);
	const { currency, units } = currencyAndUnits(b);
	const chain = CURRENCIES[currency].chain;
	const from = b.from
		? text(b.from)
		: chain === 'bitcoin'
			? '1BoatSLRHtKNngkdXEeobR76b53LETtpyT'
			: chain
				? '0x00000000000000000000000000000000000b0a7'
				: 'Bank Deposit';
	return withDeliveries(app, () => {
		const t = deposit(app, holder, { currency, units, from, confirm: b.confirm !== false });
		return { transfer: views.transferView(t), walletTransactions: txsOf(app, t) };
	});
}

function txsOf(app, transfer) {
	return [...app.store.walletTxs.values()]
		.filter((tx) => tx.metadata.transferId === transfer.id)
		.map(views.walletTxView);
}

function transferStatus(app, id, b) {
	sweep(app);
	const t = app.store.transfers.get(id);
	if (!t) throw bad(`unknown transfer ${id}`, 404);
	const status = text(b.status).toUpperCase();
	if (!STATUS.includes(status) || status === 'UNCONFIRMED')
		throw bad('status must be PENDING, COMPLETED, FAILED, EXPIRED or REVERSED');
	return withDeliveries(app, () => {
		try {
			move(app, t, status, { reason: b.reason ? text(b.reason) : null });
		} catch (e) {
			if (e instanceof TransitionError) throw bad(e.message, 409);
			throw e;
		}
		return { transfer: views.transferView(t) };
	});
}

/** A wallet callback on demand: a recorded transaction (or `body`), optionally forged. */
function sendCallback(app, b) {
	const { store } = app;
	let bodyText;
	let url = b.url ? text(b.url) : null;
	const wallet = b.wallet ? holderFrom(app, b) : null;
	if (!url && wallet) url = wallet.callbackUrl;
	if (!url) throw bad('give url, or a wallet that has a callbackUrl');
	if (b.body !== undefined && b.body !== null) {
		bodyText = typeof b.body === 'string' ? b.body : stringify(b.body);
	} else {
		const txs = [...store.walletTxs.values()].filter((tx) => !wallet || tx.holder === wallet.id);
		const tx = b.transaction ? store.walletTxs.get(text(b.transaction)) : txs[txs.length - 1];
		if (!tx)
			throw bad(
				'no wallet transaction to send: give transaction, wallet with history, or body',
				404,
			);
		const payload = views.walletTxView(tx);
		if (b.override && typeof b.override === 'object') Object.assign(payload, b.override);
		bodyText = stringify(payload);
	}
	return withDeliveries(app, () => {
		post(app, url, bodyText, {
			secret: b.secret === undefined || b.secret === null ? undefined : text(b.secret),
			omitSignature: b.omitSignature === true,
			headerName: b.headerName ? text(b.headerName) : undefined,
			tamper: b.tamper,
		});
		return {};
	});
}

function fireSubscription(app, id, b) {
	const sub = app.store.subscriptions.get(id);
	if (!sub) throw bad(`unknown subscription ${id}`, 404);
	const trigger = b.trigger ? text(b.trigger) : sub.subscribed;
	const target = b.url ? text(b.url) : sub.notifyTarget;
	const sign = b.sign === true || app.settings.signNotifications;
	return withDeliveries(
		app,
		async () => (await fire(app, target, sub.id, trigger, sub, { sign }), {}),
	);
}

function setBalance(app, b) {
	const holder = holderFrom(app, b);
	const { currency, units } = currencyAndUnits(b, { allowZero: true });
	app.store.balance(holder, currency).total = units;
	app.store.balance(holder, currency).available = units;
	return holder.owner
		? { wallet: views.walletView(holder) }
		: { account: views.accountView(app.store, holder) };
}

function setStatus(app, map, id, status, allowed, kind) {
	const obj = map.get(id);
	if (!obj) throw bad(`unknown ${kind} ${id}`, 404);
	if (!allowed.includes(status)) throw bad(`status must be one of ${allowed.join(', ')}`);
	obj.status = status;
	app.store.emit({ kind: 'object', srn: `${kind}:${id}` });
	return withDeliveries(app, () => ({ [kind]: { id, status } }));
}

function clockView(app) {
	return { now: app.now(), offsetMs: app.clock.offsetMs, iso: new Date(app.now()).toISOString() };
}

function advanceClock(app, b = {}) {
	const ms =
		Number(text(b.advanceMs) || 0) +
		Number(text(b.advanceSeconds) || 0) * 1000 +
		Number(text(b.advanceMinutes) || 0) * 60000;
	if (!Number.isFinite(ms) || ms < 0)
		throw bad('advanceMs / advanceSeconds / advanceMinutes must be non-negative numbers');
	app.clock.offsetMs += Math.round(ms);
	return withDeliveries(app, () => (sweep(app), { clock: clockView(app) }));
}

function settings(app, b = {}) {
	const s = app.settings;
	if (b.timestampToleranceMs !== undefined) {
		const v = Number(text(b.timestampToleranceMs));
		if (!Number.isInteger(v) || v < 0)
			throw bad('timestampToleranceMs must be a non-negative integer');
		s.timestampToleranceMs = v;
	}
	if (b.callbackSecret !== undefined)
		s.callbackSecret = b.callbackSecret === null ? null : text(b.callbackSecret);
	for (const k of ['autoComplete', 'signNotifications', 'rejectReplays'])
		if (b[k] !== undefined) {
			if (typeof b[k] !== 'boolean') throw bad(`${k} must be true or false`);
			s[k] = b[k];
		}
	if (b.rateLimit !== undefined) {
		if (b.rateLimit === null) s.rateLimit = null;
		else {
			const limit = Number(text(b.rateLimit.limit));
			const windowSeconds = Number(text(b.rateLimit.windowSeconds ?? 60));
			if (!Number.isInteger(limit) || limit < 1 || !(windowSeconds > 0))
				throw bad('rateLimit needs an integer limit >= 1 and windowSeconds > 0');
			s.rateLimit = { limit, windowSeconds };
		}
		app.rateWindows.clear();
	}
	return { settings: { ...s } };
}

function register(router, app) {
	const route = (method, path, handler) =>
		router.add(method, `/_sandbox${path}`, controlRoute(handler, { lossless: true }));
	route('POST', '/deposit', (b) => depositFunds(app, b));
	route('POST', '/transfers/:id/status', (b, ctx) => transferStatus(app, ctx.params.id, b));
	route('POST', '/callbacks/send', (b) => sendCallback(app, b));
	route('POST', '/subscriptions/:id/fire', (b, ctx) => fireSubscription(app, ctx.params.id, b));
	route('POST', '/balance', (b) => setBalance(app, b));
	route('POST', '/accounts/:id/status', (b, ctx) =>
		setStatus(
			app,
			app.store.accounts,
			ctx.params.id,
			text(b.status),
			['OPEN', 'PENDING', 'APPROVED', 'REJECTED'],
			'account',
		),
	);
	route('POST', '/payment-methods/:id/status', (b, ctx) =>
		setStatus(
			app,
			app.store.paymentMethods,
			ctx.params.id,
			text(b.status),
			['PENDING', 'ACTIVE', 'REJECTED', 'DISABLED'],
			'paymentmethod',
		),
	);
	route('GET', '/clock', () => ({ clock: clockView(app) }));
	route('POST', '/clock', (b) => advanceClock(app, b));
	route('GET', '/settings', () => settings(app));
	route('POST', '/settings', (b) => settings(app, b));
	require('./orders').registerControl(route, app);
}

module.exports = {
	register,
	depositFunds,
	transferStatus,
	sendCallback,
	fireSubscription,
	setBalance,
	advanceClock,
	settings,
	clockView,
	withDeliveries,
	text,
	bad,
};
