'use strict';
// Shared by the Address.so sandbox tests: a started sandbox on a fixed clock, raw HTTP calls (form
// bodies, as the last official SDK sends), a callback receiver, and signatures computed again here
// from the inventory's rules (never with the sandbox's own signer).
const crypto = require('node:crypto');
const http = require('node:http');
const addressSo = require('../../sandbox/address-so');
const { request } = require('./request');

const CLOCK = Date.UTC(2026, 2, 10, 12, 0, 0);
const D = addressSo.DEFAULTS;
const BTC_OUT = '1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2';
const ETH_OUT = '0xd0a872ae3b7a4c91dd6d2feb144ac300e163318d';

/** PHP urlencode / http_build_query, written again for the tests. */
const phpEncode = (s) =>
	encodeURIComponent(String(s))
		.replace(/[!'()*~]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase())
		.replace(/%20/g, '+');
const query = (pairs) => pairs.map(([k, v]) => `${phpEncode(k)}=${phpEncode(v)}`).join('&');

const sha512hex = (s) => crypto.createHash('sha512').update(s).digest('hex');
const hmac = (alg, key, msg) => crypto.createHmac(alg, key).update(msg).digest('hex');

/** The `sign` of a send under a scheme, over pairs in the order they will be sent. */
function sendSign(scheme, pairs, secret = D.secretToken) {
	if (scheme === 'doc') return hmac('sha256', secret, query(pairs));
	const ordered =
		scheme === 'sdk-2020'
			? [...pairs].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
			: pairs;
	return hmac('sha512', sha512hex(secret), query(ordered));
}

/** One started sandbox per test file, on a fixed clock; reset between tests. */
function harness(startOptions = {}) {
	const h = { sb: null };
	beforeAll(async () => {
		h.sb = await addressSo.start({ now: () => CLOCK, ...startOptions });
	});
	afterAll(() => h.sb.close());
	beforeEach(() => h.sb.reset());
	const url = (path) => h.sb.url + path;
	/** API call: X-API-TOKEN (default the sandbox's), params as a form body (or `json`/`query`). */
	h.api = (method, path, { form, json, token = D.apiToken, headers = {} } = {}) => {
		const hd = { ...headers };
		if (token !== null) hd['X-API-TOKEN'] = token;
		if (form !== undefined)
			return request(method, url(path), {
				headers: hd,
				body: typeof form === 'string' ? form : query(Object.entries(form)),
				contentType: 'application/x-www-form-urlencoded',
			});
		if (json !== undefined) return request(method, url(path), { headers: hd, body: json });
		return request(method, url(path), { headers: hd, contentType: null });
	};
	/** User call with X-Auth-Token. */
	h.user = (method, path, authToken, form) =>
		request(method, url(path), {
			headers: authToken ? { 'X-Auth-Token': authToken } : {},
			body: form ? query(Object.entries(form)) : undefined,
			contentType: form ? 'application/x-www-form-urlencoded' : null,
		});
	h.login = async (username = D.email, password = D.password) => {
		const r = await h.user('POST', '/login', null, { username, password });
		return r.json.result.user.auth_token;
	};
	h.ctl = (method, path, body) =>
		request(method, url(`/_sandbox${path}`), body === undefined ? { contentType: null } : { body });
	h.advance = (o) => h.ctl('POST', '/clock', o);
	return h;
}

/** The error of an envelope: {code, message} (and that result is null). */
function errorOf(r) {
	expect(r.json.result).toBeNull();
	expect(r.json.errors).toEqual({ code: expect.any(Number), message: expect.any(String) });
	return r.json.errors;
}

/** A success envelope: errors null or []. */
function resultOf(r) {
	expect(r.status).toBe(200);
	expect(r.json.errors === null || (Array.isArray(r.json.errors) && !r.json.errors.length)).toBe(
		true,
	);
	return r.json.result;
}

/** A local HTTP server recording GET callbacks (raw url). */
function receiver() {
	const rec = { hits: [], url: null, status: 200 };
	beforeAll(async () => {
		rec.server = http.createServer((req, res) => {
			rec.hits.push({ method: req.method, url: req.url, headers: req.headers });
			res.writeHead(rec.status, { 'Content-Type': 'text/plain' });
			res.end('ok');
		});
		await new Promise((r) => rec.server.listen(0, '127.0.0.1', r));
		rec.url = `http://127.0.0.1:${rec.server.address().port}/hook`;
	});
	afterAll(() => new Promise((r) => rec.server.close(r)));
	beforeEach(() => (rec.hits.length = 0));
	return rec;
}

module.exports = {
	request,
	CLOCK,
	D,
	BTC_OUT,
	ETH_OUT,
	phpEncode,
	query,
	sendSign,
	hmac,
	sha512hex,
	harness,
	errorOf,
	resultOf,
	receiver,
};
