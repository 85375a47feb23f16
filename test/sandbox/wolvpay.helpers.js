'use strict';
// Shared by the WolvPay sandbox tests (sandbox/wolvpay): the doc's answer shapes, raw HTTP, the
// webhook HMAC, API and control calls against a started sandbox, and a local webhook receiver.
// `useSandbox(bind)` registers the hooks that start both before a file's tests (resetting them
// before each test) and hands `{ sb, receiverUrl }` to `bind` once they are up.
const http = require('node:http');
const { request: rawRequest } = require('./request');
const crypto = require('node:crypto');
const wolvpay = require('../../sandbox/wolvpay/index.js');

const FIAT =
	'AED AUD BGN BRL CAD CHF CNY COP CZK DKK EUR GBP HKD HUF IDR INR JPY LKR MXN MYR NGN NOK PHP PLN RON RUB SEK SGD THB TRY TWD UAH UGX USD VND ZAR'.split(
		' ',
	);
const WEBHOOK_FIELDS = [
	'invoice_id',
	'amount',
	'description',
	'status',
	'coin',
	'coin_amount',
	'coin_received',
	'coin_address',
	'redirect_url',
	'created_at',
];
const UNAUTHORIZED = {
	success: false,
	error: 'Unauthorized',
	code: 401,
	message: 'Invalid or missing API key.',
};
const INVALID_JSON = {
	error: {
		type: 'invalid_request_error',
		message: 'Data must be sent as JSON in the request body.',
		code: 'invalid_json',
	},
};
const BAD_COIN = {
	success: false,
	error: 'Bad Request',
	code: 400,
	message: 'The provided cryptocurrency code is not supported or not enabled.',
};
const SQL_TIME = /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/;

/** Raw HTTP, no Content-Type unless the headers give one. */
const request = (method, url, o = {}) => rawRequest(method, url, { contentType: null, ...o });

const hmac = (secret, raw) => crypto.createHmac('sha256', secret).update(raw).digest('hex');

let sb;
let receiver;
let receiverUrl;
const received = [];

/** API call with the sandbox key; body objects are sent as JSON. */
function api(method, path, { body, headers = {}, auth = true } = {}) {
	const h = { ...headers };
	if (auth) h.Authorization = `Bearer ${sb.credentials.apiKey}`;
	if (body !== undefined && typeof body !== 'string' && !h['Content-Type'])
		h['Content-Type'] = 'application/json';
	return request(method, sb.credentials.baseUrl + path, { headers: h, body });
}
const ctl = (path, body = {}) =>
	request('POST', `${sb.url}/_sandbox${path}`, {
		headers: { 'Content-Type': 'application/json' },
		body,
	});

function useSandbox(bind) {
	beforeAll(async () => {
		receiver = http.createServer((req, res) => {
			const chunks = [];
			req.on('data', (c) => chunks.push(c));
			req.on('end', () => {
				received.push({
					headers: req.headers,
					rawHeaders: req.rawHeaders,
					raw: Buffer.concat(chunks),
					url: req.url,
				});
				res.writeHead(200, { 'Content-Type': 'text/plain' });
				res.end('ok');
			});
		});
		await new Promise((r) => receiver.listen(0, '127.0.0.1', r));
		receiverUrl = `http://127.0.0.1:${receiver.address().port}/hook`;
		sb = await wolvpay.start({ rateLimit: { limit: 10000, windowSeconds: 60 } });
		bind({ sb, receiverUrl });
	});

	afterAll(async () => {
		await sb.close();
		await new Promise((r) => receiver.close(r));
	});

	beforeEach(() => {
		sb.reset();
		received.length = 0;
	});
}

module.exports = {
	wolvpay,
	crypto,
	FIAT,
	WEBHOOK_FIELDS,
	UNAUTHORIZED,
	INVALID_JSON,
	BAD_COIN,
	SQL_TIME,
	request,
	hmac,
	received,
	api,
	ctl,
	useSandbox,
};
