'use strict';
// Outgoing deliveries of the Wyre sandbox (inventory §3), all POST JSON, each sent once (no retry):
// 1. wallet callbacks: a wallet transaction (views.walletTxView) to the wallet's callbackUrl on
//    every balance event, signed X-Api-Signature = hex HMAC-SHA256(callback secret, raw body);
//    the callback secret is the API secret key unless set with POST /_sandbox/settings.
// 2. transfer notifyUrl and data subscriptions: {subscriptionId, trigger: "<srn>"}, unsigned (as
//    documented) unless settings.signNotifications is on. A subscription fires for its own SRN:
//    transfer:TF_… (that transfer), wallet:WA_… (transfers from or to it), account:AC_… (the
//    account's transfers and profile changes), paymentmethod:PA_… (its changes). Non-2xx answers
//    count in the subscription's failCount / failure.
// 3. wallet-order webhooks (W40): {referenceId, accountId, orderId, orderStatus, transferId,
//    failedReason, error, reservation, email} to every webhook registered for the order's account.
const { hmac } = require('../lib/auth');
const { stringify, parseLossless } = require('../lib/json');
const { HttpError } = require('../lib/router');
const { walletTxView } = require('./views');

const SIGNATURE_HEADER = 'X-Api-Signature';

/** Sends bodyText, signed over exactly those bytes unless `sign` is false; forgeries for tests. */
function post(
	app,
	url,
	bodyText,
	{ sign = true, secret, omitSignature = false, headerName, tamper } = {},
) {
	const headers = { 'Content-Type': 'application/json' };
	let sent = bodyText;
	if (sign && !omitSignature)
		headers[headerName || SIGNATURE_HEADER] = hmac(
			'sha256',
			secret ?? app.callbackSecret(),
			bodyText,
		);
	if (tamper && typeof tamper === 'object') {
		const obj = parseLossless(bodyText);
		if (!obj || typeof obj !== 'object' || Array.isArray(obj))
			throw new HttpError(400, { error: 'tamper needs a JSON object body' });
		Object.assign(obj, tamper);
		sent = stringify(obj);
	}
	return app.sandbox.send(url, { method: 'POST', body: sent, headers });
}

function walletCallback(app, tx, holder) {
	if (!holder || !holder.owner || !holder.callbackUrl) return;
	post(app, holder.callbackUrl, stringify(walletTxView(tx)));
}

/**
 * One {subscriptionId, trigger} delivery; a non-2xx answer (or none) counts in the subscription's
 * failCount / failure when `sub` is given.
 */
function fire(
	app,
	target,
	subscriptionId,
	trigger,
	sub,
	{ sign = app.settings.signNotifications } = {},
) {
	const body = stringify({ subscriptionId, trigger });
	return post(app, target, body, { sign }).then((entry) => {
		if (sub && !(entry.status >= 200 && entry.status < 300)) {
			sub.failCount += 1;
			sub.failure = entry.error || `HTTP ${entry.status}`;
		}
		return entry;
	});
}

/** Subscriptions whose SRN is one of `srns`, each once. */
function subscribers(app, srns) {
	const wanted = new Set(srns.map((s) => s.toLowerCase()));
	return [...app.store.subscriptions.values()].filter((s) =>
		wanted.has(s.subscribed.toLowerCase()),
	);
}

function onTransfer(app, transfer) {
	const trigger = `transfer:${transfer.id}`;
	if (transfer.notifyUrl) fire(app, transfer.notifyUrl, transfer.notifyId, trigger);
	for (const s of subscribers(app, [
		trigger,
		transfer.source,
		transfer.dest,
		`account:${transfer.owner}`,
	]))
		fire(app, s.notifyTarget, s.id, trigger, s);
}

function orderWebhook(app, order) {
	const body = stringify({
		referenceId: order.referenceId,
		accountId: order.owner,
		orderId: order.id,
		orderStatus: order.status,
		transferId: order.transferId,
		failedReason: order.failedReason,
		error:
			order.status === 'FAILED'
				? { errorCategory: 'PAYMENT', errorCode: 'CARD_DECLINED', errorMessage: order.failedReason }
				: null,
		reservation: order.reservation,
		email: order.email,
	});
	for (const w of app.store.orderWebhooks)
		if (w.owner === order.owner)
			post(app, w.webhook, body, { sign: app.settings.signNotifications });
}

/** Wires the deliveries to the store's events. */
function listen(app) {
	app.store.on((e) => {
		if (e.kind === 'walletTx') walletCallback(app, e.tx, e.holder);
		else if (e.kind === 'transfer') onTransfer(app, e.transfer);
		else if (e.kind === 'order' && e.order.status !== 'RUNNING_CHECKS') orderWebhook(app, e.order);
		else if (e.kind === 'object')
			for (const s of subscribers(app, [e.srn, ...(e.also || [])]))
				fire(app, s.notifyTarget, s.id, e.srn, s);
	});
}

module.exports = { listen, post, fire, SIGNATURE_HEADER };
