'use strict';
// WolvPay webhooks: a JSON POST of the invoice on every status change, signed
// X-WolvPay-Signature = hex HMAC-SHA256(webhook secret, the raw body bytes), to the one URL set
// with POST /_sandbox/webhook-url (the provider's dashboard setting).
const { HttpError } = require('../lib/router');
const { hmac } = require('../lib/auth');
const { parseLossless, stringify } = require('../lib/json');
const { webhookPayload } = require('./views.js');

const SIGNATURE_HEADER = 'X-WolvPay-Signature';

/**
 * Sends `bodyText` signed over exactly those bytes. Forgeries for tests: another `secret`, no
 * signature, another header name, or `tamper` fields changed AFTER signing.
 */
function sendSigned(
	app,
	url,
	bodyText,
	{ secret = app.webhookSecret, omitSignature = false, headerName = SIGNATURE_HEADER, tamper } = {},
) {
	const signature = hmac('sha256', secret, bodyText);
	let sent = bodyText;
	if (tamper && typeof tamper === 'object') {
		const obj = parseLossless(bodyText);
		if (!obj || typeof obj !== 'object' || Array.isArray(obj))
			throw new HttpError(400, { error: 'tamper needs a JSON object body' });
		Object.assign(obj, tamper);
		sent = stringify(obj);
	}
	const headers = { 'Content-Type': 'application/json' };
	if (!omitSignature) headers[headerName || SIGNATURE_HEADER] = signature;
	return app.sandbox.send(url, { method: 'POST', body: sent, headers });
}

/** The status-change webhook of an invoice (payload captured now); null when no URL is set. */
function notify(app, inv) {
	if (!app.config.webhookUrl) return Promise.resolve(null);
	return sendSigned(app, app.config.webhookUrl, stringify(webhookPayload(inv)));
}

/** Expires overdue invoices; their webhooks go out in the background. */
function sweep(app) {
	for (const inv of app.store.sweep()) notify(app, inv);
}

module.exports = { sendSigned, notify, sweep, SIGNATURE_HEADER };
