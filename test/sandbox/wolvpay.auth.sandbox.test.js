'use strict';
// The WolvPay sandbox (sandbox/wolvpay) against the provider doc's shapes: the module contract,
// authentication with both error formats, the coin list and the rate limit.
const { wolvpay, FIAT, UNAUTHORIZED, request, api, ctl, useSandbox } = require('./wolvpay.helpers');

let sb;
useSandbox((env) => ({ sb } = env));

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
