'use strict';
// WestWallet request authentication, as the provider checks it: X-API-KEY (public key),
// X-ACCESS-TIMESTAMP (unix seconds, within ±tolerance of the sandbox clock) and X-ACCESS-SIGN =
// hex HMAC-SHA256(privateKey, timestampHeaderText + payload). payload = the raw POST body bytes as
// received (never a re-serialization), or for GET the compact JSON of the query parameters in the
// order received (what the JS SDK signs), "" without parameters.
// https://westwallet.io/api_docs
const { safeEqual, hmac } = require('../lib/auth');
const { fail } = require('./checks');

/** Throws 401 wrong_auth / wrong_hmac unless the request is signed with the sandbox keys. */
function authenticate(ctx, { publicKey, privateKey, tolerance, now }) {
	const key = ctx.headers['x-api-key'];
	if (typeof key !== 'string' || !safeEqual(key, publicKey)) fail(401, 'wrong_auth');
	const ts = ctx.headers['x-access-timestamp'];
	if (typeof ts !== 'string' || !/^\d+$/.test(ts)) fail(401, 'wrong_hmac');
	if (Math.abs(now() / 1000 - Number(ts)) > tolerance) fail(401, 'wrong_hmac');
	let payload;
	if (ctx.method === 'GET') {
		const hasParams = !ctx.query.keys().next().done;
		payload = Buffer.from(hasParams ? JSON.stringify(Object.fromEntries(ctx.query)) : '', 'utf8');
	} else {
		payload = ctx.rawBody; // the bytes as received
	}
	const expected = hmac('sha256', privateKey, Buffer.concat([Buffer.from(ts, 'utf8'), payload]));
	const sign = ctx.headers['x-access-sign'];
	if (typeof sign !== 'string' || !safeEqual(sign, expected)) fail(401, 'wrong_hmac');
}

/** The headers a client sends for a body text (or a GET query object), as the provider expects them. */
function signHeaders({ publicKey, privateKey }, payload, timestamp) {
	const text =
		typeof payload === 'string'
			? payload
			: Object.keys(payload).length
				? JSON.stringify(payload)
				: '';
	return {
		'X-API-KEY': publicKey,
		'X-ACCESS-TIMESTAMP': String(timestamp),
		'X-ACCESS-SIGN': hmac('sha256', privateKey, `${timestamp}${text}`),
	};
}

module.exports = { authenticate, signHeaders };
