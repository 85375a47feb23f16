'use strict';
// The WolvPay sandbox's invoice creation against the provider doc's shapes: hosted and
// white-label invoices with and without a coin, and the refusals of bad input.
const {
	FIAT,
	INVALID_JSON,
	BAD_COIN,
	SQL_TIME,
	request,
	api,
	useSandbox,
} = require('./wolvpay.helpers');

let sb;
useSandbox((env) => ({ sb } = env));

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
