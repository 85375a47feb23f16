'use strict';
// Shared by the Wyre sandbox tests: a started sandbox, requests signed the way Wyre's clients sign
// (hex HMAC-SHA256 of the full URL + body, written again here rather than borrowed from the
// sandbox), bearer requests, control calls and a local receiver for callbacks and webhooks.
const http = require('node:http');
const crypto = require('node:crypto');
const wyre = require('../../sandbox/wyre');
const { request: rawRequest } = require('./request');

const KEY = wyre.DEFAULTS.apiKey;
const SECRET = wyre.DEFAULTS.secretKey;
const hmac = (secret, data) => crypto.createHmac('sha256', secret).update(data).digest('hex');

/**
 * A signed API call. `path` may carry a query; `timestamp` (default the sandbox clock, false for
 * none) is appended last unless `path` already has one. `body`: a string sent byte for byte, or an
 * object sent as compact JSON. `sign(url, bodyText)` overrides the signature.
 */
function signed(sb, method, path, o = {}) {
	const ts = o.timestamp === undefined ? sb.now() : o.timestamp;
	const sep = path.includes('?') ? '&' : '?';
	const full = ts === false || /[?&]timestamp=/.test(path) ? path : `${path}${sep}timestamp=${ts}`;
	const bodyText =
		o.body === undefined ? '' : typeof o.body === 'string' ? o.body : JSON.stringify(o.body);
	const url = `${sb.url}${full}`;
	const signature = o.sign ? o.sign(url, bodyText) : hmac(o.secret || SECRET, url + bodyText);
	const headers = { 'X-Api-Key': o.key || KEY, 'X-Api-Signature': signature, ...(o.headers || {}) };
	return rawRequest(method, url, {
		headers,
		body: o.body === undefined ? undefined : bodyText,
		contentType: o.contentType === undefined ? 'application/json' : o.contentType,
	});
}

/** A call with Authorization: Bearer <secret key>. */
function bearer(sb, method, path, o = {}) {
	return rawRequest(method, `${sb.url}${path}`, {
		headers: { Authorization: `Bearer ${o.token || SECRET}`, ...(o.headers || {}) },
		body:
			o.body === undefined
				? undefined
				: typeof o.body === 'string'
					? o.body
					: JSON.stringify(o.body),
	});
}

/** POST (or GET) to a control endpoint. */
function ctl(sb, path, body, method = 'POST') {
	return rawRequest(method, `${sb.url}/_sandbox${path}`, {
		body: method === 'GET' ? undefined : body || {},
	});
}

/** A local HTTP receiver: {url, received: [{path, headers, raw, json}], status(code), close()}. */
async function receiver() {
	const received = [];
	let status = 200;
	const server = http.createServer((req, res) => {
		const chunks = [];
		req.on('data', (c) => chunks.push(c));
		req.on('end', () => {
			const raw = Buffer.concat(chunks);
			let json;
			try {
				json = JSON.parse(raw.toString('utf8'));
			} catch {
				json = undefined;
			}
			received.push({ path: req.url, headers: req.headers, raw, json });
			res.writeHead(status).end('ok');
		});
	});
	await new Promise((r) => server.listen(0, '127.0.0.1', r));
	return {
		url: `http://127.0.0.1:${server.address().port}`,
		received,
		status: (code) => (status = code),
		close: () => new Promise((r) => server.close(r)),
	};
}

/** Asserts a Wyre error answer: status, type, and (when given) subType / problematicField. */
function expectWyreError(res, status, type, extra = {}) {
	expect(res.status).toBe(status);
	expect(res.json).toMatchObject({ type, language: 'en', ...extra });
	expect(typeof res.json.exceptionId).toBe('string');
	expect(typeof res.json.errorCode).toBe('string');
	expect(typeof res.json.message).toBe('string');
	expect(typeof res.json.transient).toBe('boolean');
	expect(res.json).toHaveProperty('subType');
	expect(res.json).toHaveProperty('problematicField');
}

module.exports = {
	wyre,
	KEY,
	SECRET,
	hmac,
	signed,
	bearer,
	ctl,
	receiver,
	expectWyreError,
	rawRequest,
};
