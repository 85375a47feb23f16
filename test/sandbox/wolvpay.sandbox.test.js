'use strict';
// Tests of the WolvPay sandbox (sandbox/wolvpay) against the provider doc's shapes:
// auth, both error formats, invoices (hosted / white-label with and without coin), coin selection,
// pagination, rate limit, lifecycle webhooks (signature checked over the raw bytes) and the forged
// deliveries of /_sandbox/webhooks/send.
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
});

afterAll(async () => {
	await sb.close();
	await new Promise((r) => receiver.close(r));
});

beforeEach(() => {
	sb.reset();
	received.length = 0;
});

describe('module contract', () => {
	test('defaults, credentials and default rate limit', async () => {
		expect(wolvpay.DEFAULTS.apiKey).toBe('wolv_sandbox_api_key');
		expect(wolvpay.DEFAULTS.webhookSecret).toBe('wolv_sandbox_webhook_secret');
		const d = await wolvpay.start();
		try {
			expect(d.credentials).toEqual({
				apiKey: 'wolv_sandbox_api_key',
				webhookSecret: 'wolv_sandbox_webhook_secret',
				baseUrl: `${d.url}/api/v1`,
			});
			const r = await request('GET', `${d.url}/api/v1/coins`, {
				headers: { Authorization: 'Bearer wolv_sandbox_api_key' },
			});
			expect(r.status).toBe(200);
			expect(r.headers['x-ratelimit-limit']).toBe('100');
			expect(r.headers['x-ratelimit-remaining']).toBe('99');
			expect(typeof d.describe()).toBe('string');
			expect(d.describe()).toContain(`${d.url}/api/v1`);
		} finally {
			await d.close();
		}
	});
});

describe('authentication', () => {
	test('missing, wrong or non-bearer credentials answer 401 with the doc shape and rate-limit headers', async () => {
		for (const headers of [
			{},
			{ Authorization: 'Bearer nope' },
			{ Authorization: `Basic ${sb.credentials.apiKey}` },
			{ Authorization: sb.credentials.apiKey },
		]) {
			const r = await request('GET', `${sb.credentials.baseUrl}/coins`, { headers });
			expect(r.status).toBe(401);
			expect(r.json).toEqual(UNAUTHORIZED);
			expect(r.headers['x-ratelimit-limit']).toBe('10000');
			expect(r.headers['x-ratelimit-remaining']).toMatch(/^\d+$/);
			expect(r.headers['x-ratelimit-reset']).toMatch(/^\d+$/);
		}
	});

	test('the bearer scheme is case-insensitive', async () => {
		for (const scheme of ['Bearer', 'bearer', 'BEARER']) {
			const r = await request('GET', `${sb.credentials.baseUrl}/coins`, {
				headers: { Authorization: `${scheme} ${sb.credentials.apiKey}` },
			});
			expect(r.status).toBe(200);
		}
	});

	test('every endpoint needs the key', async () => {
		for (const [m, p] of [
			['GET', '/invoices'],
			['POST', '/invoices'],
			['GET', '/invoices/INV0000000000000000'],
			['POST', '/invoices/INV0000000000000000'],
		]) {
			const r = await api(m, p, {
				auth: false,
				body: m === 'POST' ? { amount: 1, coin: 'btc' } : undefined,
			});
			expect(r.status).toBe(401);
			expect(r.json).toEqual(UNAUTHORIZED);
		}
		expect(sb.state.invoices.size).toBe(0);
	});
});

describe('coins', () => {
	test('lists the coins with 18-decimal minimums and the 36 fiat prices', async () => {
		const r = await api('GET', '/coins');
		expect(r.status).toBe(200);
		expect(r.json).toMatchObject({
			success: true,
			result: 'Coins retrieved successfully',
			code: 200,
		});
		const codes = r.json.data.map((c) => c.coin);
		for (const c of ['btc', 'ltc', 'eth', 'doge', 'trc20_usdt', 'erc20_usdc', 'sol_sol', 'bch'])
			expect(codes).toContain(c);
		for (const c of r.json.data) {
			expect(Object.keys(c)).toEqual([
				'coin',
				'name',
				'logo',
				'minimum_transaction_coin',
				'prices',
			]);
			expect(c.minimum_transaction_coin).toMatch(/^\d+\.\d{18}$/);
			expect(Object.keys(c.prices).sort()).toEqual([...FIAT].sort());
			for (const p of Object.values(c.prices)) expect(p).toMatch(/^\d+\.\d+$/);
		}
		const btc = r.json.data.find((c) => c.coin === 'btc');
		expect(btc.minimum_transaction_coin).toBe('0.000080000000000000');
		expect(btc.logo).toBe('assets/images/coins/btc.png');
	});

	test('the empty switch makes it answer 404 "No coins found." and back', async () => {
		expect((await ctl('/coins/empty', { empty: true })).status).toBe(200);
		const r = await api('GET', '/coins');
		expect(r.status).toBe(404);
		expect(r.json).toEqual({
			success: false,
			error: 'Not Found',
			code: 404,
			message: 'No coins found.',
		});
		await ctl('/coins/empty', { empty: false });
		expect((await api('GET', '/coins')).status).toBe(200);
	});
});

describe('create invoice', () => {
	test('body must be JSON (content type and syntax)', async () => {
		const cases = [
			{ body: 'amount=10', headers: { 'Content-Type': 'application/x-www-form-urlencoded' } },
			{ body: '{"amount": 10}', headers: { 'Content-Type': 'text/plain' } },
			{ body: '{"amount": 10', headers: { 'Content-Type': 'application/json' } },
			{ body: '[1]', headers: { 'Content-Type': 'application/json' } },
			{ body: '', headers: { 'Content-Type': 'application/json' } },
		];
		for (const c of cases) {
			const r = await api('POST', '/invoices', c);
			expect(r.status).toBe(400);
			expect(r.json).toEqual(INVALID_JSON);
		}
		expect(sb.state.invoices.size).toBe(0);
	});

	test('amount is required and must be a positive number or numeric string', async () => {
		for (const body of [{}, { amount: null }, { amount: '' }, { currency: 'USD', coin: 'btc' }]) {
			const r = await api('POST', '/invoices', { body });
			expect(r.status).toBe(400);
			expect(r.json).toEqual({
				error: {
					type: 'invalid_request_error',
					message: 'Missing required parameter: amount',
					code: 'missing_parameter',
					param: 'amount',
				},
			});
		}
		for (const amount of [0, -5, '-5', 'abc', '10 USD', true, [10], { v: 1 }, '0.00']) {
			const r = await api('POST', '/invoices', { body: { amount } });
			expect(r.status).toBe(400);
			expect(r.json.error).toMatchObject({
				type: 'invalid_request_error',
				code: 'invalid_parameter',
				param: 'amount',
			});
			expect(typeof r.json.error.message).toBe('string');
		}
		expect(sb.state.invoices.size).toBe(0);
	});

	test('unsupported currency and coin', async () => {
		let r = await api('POST', '/invoices', { body: { amount: 10, currency: 'XXX' } });
		expect(r.status).toBe(400);
		expect(r.json).toEqual({
			success: false,
			error: 'Bad Request',
			code: 400,
			message: 'Unsupported currency.',
		});
		r = await api('POST', '/invoices', { body: { amount: 10, coin: 'notacoin' } });
		expect(r.status).toBe(400);
		expect(r.json).toEqual(BAD_COIN);
		for (const currency of FIAT) {
			r = await api('POST', '/invoices', { body: { amount: 10, currency } });
			expect(r.status).toBe(201);
		}
	});

	test('hosted invoice: {invoice_id, url, status}', async () => {
		const r = await api('POST', '/invoices', {
			body: { amount: 100.5, currency: 'EUR', coin: 'ltc', white_label: false },
		});
		expect(r.status).toBe(201);
		expect(r.json).toMatchObject({
			success: true,
			code: 201,
			result: 'Invoice created successfully with selected cryptocurrency',
		});
		const d = r.json.data;
		expect(Object.keys(d)).toEqual(['invoice_id', 'url', 'status']);
		expect(d.invoice_id).toMatch(/^INV[0-9a-f]{16}$/);
		expect(d.url).toBe(`${sb.url}/invoice/${d.invoice_id}`);
		expect(d.status).toBe('AWAITING_PAYMENT');
		const g = await api('GET', `/invoices/${d.invoice_id}`);
		expect(g.status).toBe(200);
		expect(g.json).toEqual({
			success: true,
			result: 'Invoice retrieved successfully',
			code: 200,
			data: d,
		});
		const page = await request('GET', d.url);
		expect(page.status).toBe(200);
		expect(page.headers['content-type']).toMatch(/text\/html/);
		expect(page.text).toContain(d.invoice_id);

		const noCoin = await api('POST', '/invoices', { body: { amount: 3, white_label: false } });
		expect(noCoin.json.data.status).toBe('AWAITING_SELECTION');
		expect(Object.keys(noCoin.json.data)).toEqual(['invoice_id', 'url', 'status']);
	});

	test("white-label with coin: the doc's full data, exact amount text and BigInt coin amount", async () => {
		const raw =
			'{"amount": 100.00, "coin": "LTC", "description": "Invoice for Order #1234", "redirect_url": "https://example.com/thank-you"}';
		const r = await api('POST', '/invoices', {
			body: raw,
			headers: { 'Content-Type': 'application/json; charset=utf-8' },
		});
		expect(r.status).toBe(201);
		expect(r.json.result).toBe('Invoice created successfully with selected cryptocurrency');
		expect(r.text).toContain('"amount":100.00,');
		const d = r.json.data;
		expect(Object.keys(d)).toEqual([
			'invoice_id',
			'amount',
			'description',
			'status',
			'coin',
			'coin_amount',
			'coin_address',
			'redirect_url',
			'created_at',
			'expires_at',
		]);
		expect(d).toMatchObject({
			amount: 100,
			description: 'Invoice for Order #1234',
			status: 'AWAITING_PAYMENT',
			coin: 'ltc',
			redirect_url: 'https://example.com/thank-you',
		});
		// 100 USD / 88.3877848318 USD per LTC, rounded up to 8 decimals
		const units = (100n * 10n ** 8n * 10n ** 10n + 883877848318n - 1n) / 883877848318n;
		expect(d.coin_amount).toBe(Number(units) / 1e8);
		expect(r.text).toContain(`"coin_amount":${Number(units) / 1e8},`);
		expect(typeof d.coin_address).toBe('string');
		expect(d.coin_address.length).toBeGreaterThan(20);
		expect(d.created_at).toMatch(SQL_TIME);
		expect(
			Date.parse(d.expires_at.replace(' ', 'T') + 'Z') -
				Date.parse(d.created_at.replace(' ', 'T') + 'Z'),
		).toBe(24 * 3600 * 1000);
	});

	test("coin amount follows the currency's price from /coins; numeric strings are accepted", async () => {
		const coins = (await api('GET', '/coins')).json.data;
		const eurBtc = coins.find((c) => c.coin === 'btc').prices.EUR;
		const [pi, pf] = eurBtc.split('.');
		const price = BigInt(pi + pf); // scale = pf.length
		const r = await api('POST', '/invoices', {
			body: { amount: '250.75', currency: 'EUR', coin: 'btc' },
		});
		expect(r.status).toBe(201);
		expect(r.text).toContain('"amount":250.75,');
		const num = 25075n * 10n ** 8n * 10n ** BigInt(pf.length);
		const den = price * 100n;
		const expected = num / den + (num % den ? 1n : 0n);
		expect(Math.round(r.json.data.coin_amount * 1e8)).toBe(Number(expected));
	});

	test('white-label without coin: AWAITING_SELECTION with available_coins', async () => {
		const r = await api('POST', '/invoices', { body: { amount: 42 } });
		expect(r.status).toBe(201);
		const d = r.json.data;
		expect(d).toMatchObject({
			amount: 42,
			status: 'AWAITING_SELECTION',
			coin: null,
			coin_amount: null,
			coin_address: null,
			description: null,
			redirect_url: null,
		});
		expect(d.available_coins).toEqual(
			expect.arrayContaining([
				'btc',
				'ltc',
				'eth',
				'doge',
				'trc20_usdt',
				'erc20_usdc',
				'sol_sol',
				'bch',
			]),
		);
		const g = await api('GET', `/invoices/${d.invoice_id}`);
		expect(Object.keys(g.json.data)).toEqual([
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
			'expires_at',
			'available_coins',
		]);
		expect(g.json.data.coin_received).toBe(0);
		expect(g.json.data.available_coins).toEqual(d.available_coins);
	});

	test('unknown invoice and unknown endpoints / methods', async () => {
		let r = await api('GET', '/invoices/INVdeadbeefdeadbeef');
		expect(r.status).toBe(404);
		expect(r.json).toEqual({
			success: false,
			error: 'Not Found',
			code: 404,
			message: 'Invoice not found.',
		});
		r = await api('GET', '/nothing/here');
		expect(r.status).toBe(404);
		expect(r.json).toEqual({
			success: false,
			error: 'Not Found',
			code: 404,
			message: 'Endpoint not found.',
		});
		expect(r.headers['x-ratelimit-limit']).toBe('10000');
		r = await api('DELETE', '/invoices');
		expect(r.status).toBe(405);
		expect(r.json).toEqual({
			success: false,
			error: 'Method Not Allowed',
			code: 405,
			message: 'Method not allowed.',
		});
		r = await api('PUT', '/coins');
		expect(r.status).toBe(405);
	});
});

describe('update invoice (select coin)', () => {
	test('selects a coin once; errors per doc; 402 for hosted, already selected, expired', async () => {
		const wl = (await api('POST', '/invoices', { body: { amount: 100, description: 'x' } })).json
			.data;
		let r = await api('POST', `/invoices/${wl.invoice_id}`, { body: {} });
		expect(r.status).toBe(400);
		expect(r.json).toEqual({
			success: false,
			error: 'Bad Request',
			code: 400,
			message: 'Missing required parameter: coin',
		});
		r = await api('POST', `/invoices/${wl.invoice_id}`, { body: { coin: 'xyz' } });
		expect(r.status).toBe(400);
		expect(r.json).toEqual(BAD_COIN);
		r = await api('POST', '/invoices/INVdeadbeefdeadbeef', { body: { coin: 'btc' } });
		expect(r.status).toBe(404);
		expect(r.json.message).toBe('Invoice not found.');

		r = await api('POST', `/invoices/${wl.invoice_id}`, { body: { coin: 'eth' } });
		expect(r.status).toBe(200);
		expect(r.json).toMatchObject({
			success: true,
			result: 'Coin selected successfully for invoice',
			code: 200,
		});
		expect(Object.keys(r.json.data)).toEqual([
			'invoice_id',
			'amount',
			'description',
			'status',
			'coin',
			'coin_amount',
			'coin_address',
			'redirect_url',
			'updated_at',
		]);
		expect(r.json.data).toMatchObject({
			invoice_id: wl.invoice_id,
			status: 'AWAITING_PAYMENT',
			coin: 'eth',
			coin_amount: 0.03999201,
		});
		expect(r.json.data.updated_at).toMatch(SQL_TIME);
		const g = await api('GET', `/invoices/${wl.invoice_id}`);
		expect(g.json.data).toMatchObject({
			status: 'AWAITING_PAYMENT',
			coin: 'eth',
			coin_amount: 0.03999201,
			coin_address: r.json.data.coin_address,
		});
		expect(g.json.data.available_coins).toBeUndefined();

		r = await api('POST', `/invoices/${wl.invoice_id}`, { body: { coin: 'btc' } });
		expect(r.status).toBe(402);
		expect(r.json).toMatchObject({ success: false, error: 'Request Failed', code: 402 });
		expect(r.json.message).toMatch(/already/i);

		const hosted = (await api('POST', '/invoices', { body: { amount: 5, white_label: false } }))
			.json.data;
		r = await api('POST', `/invoices/${hosted.invoice_id}`, { body: { coin: 'btc' } });
		expect(r.status).toBe(402);
		expect(r.json).toMatchObject({ success: false, error: 'Request Failed', code: 402 });
		expect(r.json.message).toMatch(/hosted/i);

		const exp = (await api('POST', '/invoices', { body: { amount: 5 } })).json.data;
		expect((await ctl(`/invoices/${exp.invoice_id}/expire`)).status).toBe(200);
		r = await api('POST', `/invoices/${exp.invoice_id}`, { body: { coin: 'btc' } });
		expect(r.status).toBe(402);
		expect(r.json.message).toMatch(/expired/i);
		expect(sb.state.invoices.get(exp.invoice_id).status).toBe('EXPIRED');
	});
});

describe('list invoices', () => {
	test('pagination over 10 invoices, newest first, limit capped at 3', async () => {
		const ids = [];
		for (let k = 1; k <= 10; k++) {
			const r = await api('POST', '/invoices', {
				body: { amount: k, coin: 'btc', description: `n${k}` },
			});
			ids.push(r.json.data.invoice_id);
		}
		const newestFirst = ids.slice().reverse();
		const seen = [];
		for (let page = 1; page <= 4; page++) {
			const r = await api('GET', `/invoices?page=${page}&limit=3`);
			expect(r.status).toBe(200);
			expect(r.json).toMatchObject({
				success: true,
				code: 200,
				result: 'Transactions retrieved successfully',
			});
			expect(r.json.data.pagination).toEqual({
				current_page: page,
				per_page: 3,
				total_items: 10,
				total_pages: 4,
				has_next: page < 4,
				has_previous: page > 1,
				next_page: page < 4 ? page + 1 : null,
				previous_page: page > 1 ? page - 1 : null,
			});
			expect(r.json.data.invoices).toHaveLength(page < 4 ? 3 : 1);
			seen.push(...r.json.data.invoices.map((i) => i.invoice_id));
		}
		expect(seen).toEqual(newestFirst);

		const first = (await api('GET', '/invoices')).json.data;
		expect(first.pagination).toMatchObject({ current_page: 1, per_page: 3, total_pages: 4 });
		const item = first.invoices[0];
		expect(Object.keys(item)).toEqual([
			'invoice_id',
			'amount',
			'description',
			'status',
			'coin',
			'coin_amount',
			'coin_address',
			'fee_amount_coin',
			'fee_amount_usd',
			'apply_fee',
			'white_label',
			'redirect_url',
			'created_at',
			'updated_at',
		]);
		expect(item).toMatchObject({
			invoice_id: ids[9],
			amount: '10.00',
			description: 'n10',
			status: 'AWAITING_PAYMENT',
			coin: 'btc',
			fee_amount_usd: '0.20',
			apply_fee: 0,
			white_label: 1,
		});
		expect(typeof item.coin_amount).toBe('string');

		const big = (await api('GET', '/invoices?limit=50')).json.data;
		expect(big.pagination.per_page).toBe(3);
		expect(big.invoices).toHaveLength(3);

		const beyond = (await api('GET', '/invoices?page=9')).json.data;
		expect(beyond.invoices).toEqual([]);
		expect(beyond.pagination).toEqual({
			current_page: 9,
			per_page: 3,
			total_items: 10,
			total_pages: 4,
			has_next: false,
			has_previous: true,
			next_page: null,
			previous_page: 8,
		});

		const two = (await api('GET', '/invoices?page=2&limit=2')).json.data;
		expect(two.invoices.map((i) => i.invoice_id)).toEqual(newestFirst.slice(2, 4));
		expect(two.pagination).toMatchObject({ per_page: 2, total_pages: 5, next_page: 3 });
	});

	test('empty list and the bulk control endpoint', async () => {
		let d = (await api('GET', '/invoices')).json.data;
		expect(d).toEqual({
			invoices: [],
			pagination: {
				current_page: 1,
				per_page: 3,
				total_items: 0,
				total_pages: 0,
				has_next: false,
				has_previous: false,
				next_page: null,
				previous_page: null,
			},
		});
		const b = await ctl('/invoices/bulk', { count: 7, amount: '12.50' });
		expect(b.status).toBe(200);
		expect(b.json.invoice_ids).toHaveLength(7);
		d = (await api('GET', '/invoices?page=3')).json.data;
		expect(d.pagination).toMatchObject({ total_items: 7, total_pages: 3, has_next: false });
		expect(d.invoices.map((i) => i.invoice_id)).toEqual([b.json.invoice_ids[0]]);
		expect(d.invoices[0].amount).toBe('12.50');
	});
});

describe('rate limit', () => {
	test('429 with headers over the limit, per key, and a fresh window after reset', async () => {
		const set = await ctl('/rate-limit', { limit: 5, windowSeconds: 1 });
		expect(set.status).toBe(200);
		const remaining = [];
		let reset;
		for (let k = 0; k < 5; k++) {
			const r = await api('GET', '/coins');
			expect(r.status).toBe(200);
			expect(r.headers['x-ratelimit-limit']).toBe('5');
			remaining.push(r.headers['x-ratelimit-remaining']);
			reset = Number(r.headers['x-ratelimit-reset']);
		}
		expect(remaining).toEqual(['4', '3', '2', '1', '0']);
		expect(reset * 1000).toBeGreaterThanOrEqual(Date.now());
		expect(reset * 1000).toBeLessThanOrEqual(Date.now() + 2000);
		const over = await api('GET', '/invoices');
		expect(over.status).toBe(429);
		expect(over.json).toEqual({
			success: false,
			error: 'Too Many Requests',
			code: 429,
			message: 'Rate limit exceeded. Try again later.',
		});
		expect(over.headers['x-ratelimit-limit']).toBe('5');
		expect(over.headers['x-ratelimit-remaining']).toBe('0');
		expect(Number(over.headers['x-ratelimit-reset'])).toBe(reset);
		// a 429'd create does not create anything
		expect((await api('POST', '/invoices', { body: { amount: 1 } })).status).toBe(429);
		expect(sb.state.invoices.size).toBe(0);
		// another key has its own window
		const other = await api('GET', '/coins', {
			auth: false,
			headers: { Authorization: 'Bearer other' },
		});
		expect(other.status).toBe(401);
		expect(other.headers['x-ratelimit-remaining']).toBe('4');

		await new Promise((r) => setTimeout(r, Math.max(0, reset * 1000 - Date.now()) + 50));
		const again = await api('GET', '/coins');
		expect(again.status).toBe(200);
		expect(again.headers['x-ratelimit-remaining']).toBe('4');
		expect(Number(again.headers['x-ratelimit-reset'])).toBeGreaterThan(reset - 1);
	});

	test('follows an injected clock', async () => {
		let t = Date.UTC(2025, 5, 1, 12, 0, 0);
		const c = await wolvpay.start({ now: () => t, rateLimit: { limit: 2, windowSeconds: 10 } });
		try {
			const get = () =>
				request('GET', `${c.credentials.baseUrl}/coins`, {
					headers: { Authorization: `Bearer ${c.credentials.apiKey}` },
				});
			expect((await get()).headers['x-ratelimit-reset']).toBe(String(t / 1000 + 10));
			expect((await get()).status).toBe(200);
			expect((await get()).status).toBe(429);
			t += 9999;
			expect((await get()).status).toBe(429);
			t += 1;
			const r = await get();
			expect(r.status).toBe(200);
			expect(r.headers['x-ratelimit-remaining']).toBe('1');
			expect(c.setRateLimit({ limit: 1, windowSeconds: 5 })).toEqual({
				limit: 1,
				windowSeconds: 5,
			});
			expect((await get()).status).toBe(200);
			expect((await get()).status).toBe(429);
		} finally {
			await c.close();
		}
	});
});

describe('lifecycle and webhooks', () => {
	function verified(d) {
		const sig = d.headers['x-wolvpay-signature'];
		return (
			typeof sig === 'string' &&
			crypto.timingSafeEqual(
				Buffer.from(sig),
				Buffer.from(hmac(sb.credentials.webhookSecret, d.raw)),
			)
		);
	}

	test("selection -> confirming -> paid, each with a signed webhook of the doc's payload", async () => {
		expect((await ctl('/webhook-url', { url: receiverUrl })).status).toBe(200);
		const inv = (
			await api('POST', '/invoices', {
				body: '{"amount": 100.00, "description": "Order 7"}',
				headers: { 'Content-Type': 'application/json' },
			})
		).json.data;
		expect(received).toHaveLength(0); // creation sends nothing

		const sel = await api('POST', `/invoices/${inv.invoice_id}`, { body: { coin: 'btc' } });
		expect(sel.status).toBe(200);
		await sb.idle();
		expect(received).toHaveLength(1);

		const conf = await ctl(`/invoices/${inv.invoice_id}/confirming`);
		expect(conf.status).toBe(200);
		expect(conf.json.invoice.status).toBe('CONFIRMING_PAYMENT');
		expect(conf.json.delivery).toMatchObject({ url: receiverUrl, status: 200, error: null });
		const paid = await ctl(`/invoices/${inv.invoice_id}/pay`);
		expect(paid.status).toBe(200);
		expect(paid.json.invoice).toMatchObject({
			status: 'PAID',
			coin_received: sel.json.data.coin_amount.toString(),
		});
		expect(received).toHaveLength(3);

		const statuses = [];
		for (const d of received) {
			expect(d.url).toBe('/hook');
			expect(d.headers['content-type']).toBe('application/json');
			expect(verified(d)).toBe(true);
			const text = d.raw.toString('utf8');
			expect(text).toContain('"amount":100.00,');
			const body = JSON.parse(text);
			expect(Object.keys(body)).toEqual(WEBHOOK_FIELDS);
			expect(body).toMatchObject({
				invoice_id: inv.invoice_id,
				amount: 100,
				description: 'Order 7',
				coin: 'BTC',
				coin_amount: sel.json.data.coin_amount,
				coin_address: sel.json.data.coin_address,
				redirect_url: null,
			});
			expect(body.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
			statuses.push([body.status, body.coin_received]);
		}
		expect(statuses).toEqual([
			['AWAITING_PAYMENT', 0],
			['CONFIRMING_PAYMENT', 0],
			['PAID', sel.json.data.coin_amount],
		]);
		// a byte flipped anywhere breaks the signature
		const bad = {
			...received[2],
			raw: Buffer.from(received[2].raw.toString().replace('"PAID"', '"PAIF"')),
		};
		expect(verified(bad)).toBe(false);
		// the delivery log records what was sent
		expect(sb.webhooks).toHaveLength(3);
		expect(sb.webhooks[2].body).toBe(received[2].raw.toString('utf8'));

		const g = await api('GET', `/invoices/${inv.invoice_id}`);
		expect(g.json.data).toMatchObject({ status: 'PAID', coin_received: sel.json.data.coin_amount });

		// impossible transitions
		for (const action of ['pay', 'underpay', 'confirming', 'expire']) {
			const r = await ctl(`/invoices/${inv.invoice_id}/${action}`);
			expect(r.status).toBe(409);
			expect(r.json.error).toBe('invalid transition');
		}
		expect(received).toHaveLength(3);
		expect((await ctl('/invoices/INVdeadbeefdeadbeef/pay')).status).toBe(404);
	});

	test('invalid transitions from AWAITING_SELECTION; underpay default half; expiry; in-process helpers', async () => {
		sb.setWebhookUrl(receiverUrl);
		const a = (await api('POST', '/invoices', { body: { amount: 10 } })).json.data;
		for (const action of ['pay', 'underpay', 'confirming']) {
			const r = await ctl(`/invoices/${a.invoice_id}/${action}`);
			expect(r.status).toBe(409);
			expect(r.json.error).toBe('invalid transition');
		}
		await expect(sb.pay(a.invoice_id)).rejects.toMatchObject({ status: 409 });
		const e = await sb.expire(a.invoice_id);
		expect(e.invoice.status).toBe('EXPIRED');
		expect(e.delivery.status).toBe(200);
		expect(JSON.parse(received[0].raw)).toMatchObject({
			status: 'EXPIRED',
			coin: null,
			coin_amount: null,
			coin_received: 0,
		});

		const b = (await api('POST', '/invoices', { body: { amount: 10, coin: 'trc20_usdt' } })).json
			.data;
		expect(b.coin_amount).toBe(10);
		const u = await ctl(`/invoices/${b.invoice_id}/underpay`);
		expect(u.status).toBe(200);
		expect(u.json.invoice).toMatchObject({ status: 'UNDERPAID', coin_received: '5' });
		expect(JSON.parse(received[1].raw)).toMatchObject({
			status: 'UNDERPAID',
			coin: 'TRC20_USDT',
			coin_amount: 10,
			coin_received: 5,
		});

		const c = (await api('POST', '/invoices', { body: { amount: 10, coin: 'trc20_usdt' } })).json
			.data;
		const cu = await sb.underpay(c.invoice_id, { coin_received: '7.25' });
		expect(cu.invoice.coin_received).toBe('7.25');
		expect(cu.delivery.status).toBe(200);
		await expect(sb.underpay(c.invoice_id)).rejects.toMatchObject({ status: 409 });

		const d = (await api('POST', '/invoices', { body: { amount: 10, coin: 'trc20_usdt' } })).json
			.data;
		await expect(sb.underpay(d.invoice_id, { coin_received: '10' })).rejects.toMatchObject({
			status: 400,
		});
		const conf = await sb.confirming(d.invoice_id);
		expect(conf.invoice.status).toBe('CONFIRMING_PAYMENT');
		const p = await sb.pay(d.invoice_id, { coin_amount: '10.5' });
		expect(p.invoice).toMatchObject({ status: 'PAID', coin_received: '10.5' });
		expect(JSON.parse(p.delivery.body)).toMatchObject({ status: 'PAID', coin_received: 10.5 });

		// no webhook URL: transitions still work, delivery is null
		sb.setWebhookUrl(null);
		const f = (await api('POST', '/invoices', { body: { amount: 1, coin: 'btc' } })).json.data;
		const fp = await ctl(`/invoices/${f.invoice_id}/pay`);
		expect(fp.json).toMatchObject({ invoice: { status: 'PAID' }, delivery: null });
	});

	test('invoices expire by themselves after 24 h (injected clock) and notify', async () => {
		let t = Date.UTC(2025, 5, 1, 15, 24, 48);
		const c = await wolvpay.start({ now: () => t, webhookUrl: receiverUrl });
		try {
			const call = (m, p, body) =>
				request(m, c.credentials.baseUrl + p, {
					headers: {
						Authorization: `Bearer ${c.credentials.apiKey}`,
						'Content-Type': 'application/json',
					},
					body,
				});
			const inv = (await call('POST', '/invoices', { amount: 20, coin: 'btc' })).json.data;
			expect(inv.created_at).toBe('2025-06-01 15:24:48');
			expect(inv.expires_at).toBe('2025-06-02 15:24:48');
			t += 24 * 3600 * 1000 - 1;
			expect((await call('GET', `/invoices/${inv.invoice_id}`)).json.data.status).toBe(
				'AWAITING_PAYMENT',
			);
			t += 1;
			expect((await call('GET', `/invoices/${inv.invoice_id}`)).json.data.status).toBe('EXPIRED');
			await c.idle();
			expect(received).toHaveLength(1);
			const body = JSON.parse(received[0].raw);
			expect(body).toMatchObject({
				invoice_id: inv.invoice_id,
				status: 'EXPIRED',
				created_at: '2025-06-01T15:24:48Z',
			});
			expect(received[0].headers['x-wolvpay-signature']).toBe(
				hmac(c.credentials.webhookSecret, received[0].raw),
			);
		} finally {
			await c.close();
		}
	});

	test('hosted page buttons drive a hosted invoice', async () => {
		sb.setWebhookUrl(receiverUrl);
		const h = (await api('POST', '/invoices', { body: { amount: 30, white_label: false } })).json
			.data;
		const form = (body) =>
			request('POST', h.url, {
				headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
				body,
			});
		expect((await form('action=select&coin=eth')).status).toBe(303);
		expect((await api('GET', `/invoices/${h.invoice_id}`)).json.data).toEqual({
			invoice_id: h.invoice_id,
			url: h.url,
			status: 'AWAITING_PAYMENT',
		});
		expect((await form('action=pay')).status).toBe(303);
		expect((await api('GET', `/invoices/${h.invoice_id}`)).json.data.status).toBe('PAID');
		await sb.idle();
		expect(received.map((d) => JSON.parse(d.raw).status)).toEqual(['AWAITING_PAYMENT', 'PAID']);
	});
});

describe('forged and tampered deliveries (/_sandbox/webhooks/send)', () => {
	let inv;
	let genuine;
	beforeEach(async () => {
		sb.setWebhookUrl(receiverUrl);
		inv = (
			await api('POST', '/invoices', { body: { amount: 55, coin: 'ltc', description: 'forge me' } })
		).json.data;
		const r = await ctl('/webhooks/send', { invoice_id: inv.invoice_id });
		expect(r.status).toBe(200);
		genuine = received.pop();
		expect(genuine.headers['x-wolvpay-signature']).toBe(
			hmac(sb.credentials.webhookSecret, genuine.raw),
		);
		expect(r.json.delivery).toMatchObject({ status: 200, body: genuine.raw.toString('utf8') });
	});

	test("tamper is applied after signing: the signature is the genuine body's", async () => {
		const r = await ctl('/webhooks/send', {
			invoice_id: inv.invoice_id,
			tamper: { status: 'PAID', coin_received: 1 },
		});
		expect(r.status).toBe(200);
		const d = received.pop();
		expect(JSON.parse(d.raw)).toMatchObject({
			invoice_id: inv.invoice_id,
			status: 'PAID',
			coin_received: 1,
		});
		expect(d.headers['x-wolvpay-signature']).toBe(hmac(sb.credentials.webhookSecret, genuine.raw));
		expect(d.headers['x-wolvpay-signature']).not.toBe(hmac(sb.credentials.webhookSecret, d.raw));
		expect(sb.state.invoices.get(inv.invoice_id).status).toBe('AWAITING_PAYMENT');
	});

	test('override is applied before signing: valid signature over a lie', async () => {
		await ctl('/webhooks/send', { invoice_id: inv.invoice_id, override: { status: 'PAID' } });
		const d = received.pop();
		expect(JSON.parse(d.raw).status).toBe('PAID');
		expect(d.headers['x-wolvpay-signature']).toBe(hmac(sb.credentials.webhookSecret, d.raw));
	});

	test('other secret, no signature, header case variant, raw body, other url', async () => {
		await ctl('/webhooks/send', { invoice_id: inv.invoice_id, secret: 'not_the_secret' });
		let d = received.pop();
		expect(d.raw.equals(genuine.raw)).toBe(true);
		expect(d.headers['x-wolvpay-signature']).toBe(hmac('not_the_secret', d.raw));
		expect(d.headers['x-wolvpay-signature']).not.toBe(hmac(sb.credentials.webhookSecret, d.raw));

		await ctl('/webhooks/send', { invoice_id: inv.invoice_id, omitSignature: true });
		d = received.pop();
		expect(d.headers['x-wolvpay-signature']).toBeUndefined();
		expect(d.raw.equals(genuine.raw)).toBe(true);

		await ctl('/webhooks/send', { invoice_id: inv.invoice_id, headerName: 'x-wolvpay-signature' });
		d = received.pop();
		expect(d.rawHeaders).toContain('x-wolvpay-signature');
		expect(d.rawHeaders).not.toContain('X-WolvPay-Signature');
		expect(d.headers['x-wolvpay-signature']).toBe(hmac(sb.credentials.webhookSecret, d.raw));
		// the genuine delivery uses the doc's spelling
		expect(genuine.rawHeaders).toContain('X-WolvPay-Signature');

		const raw = '{"invoice_id": "' + inv.invoice_id + '", "status": "PAID",  "amount": 55.0}';
		await ctl('/webhooks/send', { body: raw });
		d = received.pop();
		expect(d.raw.toString('utf8')).toBe(raw);
		expect(d.headers['x-wolvpay-signature']).toBe(hmac(sb.credentials.webhookSecret, raw));

		const r = await sb.sendWebhook(inv.invoice_id, {
			url: receiverUrl.replace('/hook', '/elsewhere'),
		});
		expect(r.delivery.status).toBe(200);
		expect(received.pop().url).toBe('/elsewhere');

		sb.setWebhookUrl(null);
		expect((await ctl('/webhooks/send', { invoice_id: inv.invoice_id })).status).toBe(400);
		expect(
			(await ctl('/webhooks/send', { invoice_id: 'INVdeadbeefdeadbeef', url: receiverUrl })).status,
		).toBe(404);
		expect(received).toHaveLength(0);
	});
});

describe('control endpoints', () => {
	test('state and reset', async () => {
		await api('POST', '/invoices', { body: { amount: 1, coin: 'btc' } });
		await ctl('/webhook-url', { url: receiverUrl });
		let s = await request('GET', `${sb.url}/_sandbox/state`);
		expect(s.json.invoices).toHaveLength(1);
		expect(s.json.webhookUrl).toBe(receiverUrl);
		expect(s.json.invoices[0]).toMatchObject({
			amount: '1',
			currency: 'USD',
			status: 'AWAITING_PAYMENT',
			coin: 'btc',
			white_label: true,
		});
		expect((await ctl('/reset')).status).toBe(200);
		s = await request('GET', `${sb.url}/_sandbox/state`);
		expect(s.json.invoices).toHaveLength(0);
		expect(s.json.webhookUrl).toBeNull();
		expect(sb.requests).toHaveLength(0);
		expect((await ctl('/webhook-url', { url: 'ftp://x' })).status).toBe(400);
		expect((await ctl('/rate-limit', { limit: 0 })).status).toBe(400);
	});
});
