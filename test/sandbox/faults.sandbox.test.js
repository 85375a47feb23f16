'use strict';
// Fault injection and the common control endpoints of the shared sandbox server (sandbox/lib),
// over real HTTP through the WolvPay and WestWallet sandboxes: a status before or AFTER the
// provider acted, a chosen (unparsable) body, a late answer, dropped connections, validation of
// POST /_sandbox/faults, and reset.
const crypto = require('node:crypto');
const wolvpay = require('../../sandbox/wolvpay');
const westwallet = require('../../sandbox/westwallet');
const { request } = require('./request');

const BTC_ADDR = '35NjwZg8T4F12ESdEo3rQeYQ8ZiTyDYoTJ';

let wp;
let ww;
beforeAll(async () => {
	wp = await wolvpay.start({ rateLimit: { limit: 10000, windowSeconds: 60 } });
	ww = await westwallet.start();
});
afterAll(async () => {
	await wp.close();
	await ww.close();
});
beforeEach(() => {
	wp.reset();
	ww.reset();
});

const auth = () => ({ Authorization: `Bearer ${wp.credentials.apiKey}` });
const createInvoice = () =>
	request('POST', `${wp.credentials.baseUrl}/invoices`, {
		headers: auth(),
		body: { amount: 5, coin: 'btc' },
	});
const arm = (sb, fault) => request('POST', `${sb.url}/_sandbox/faults`, { body: fault });

function withdraw(amount = '0.1') {
	const body = JSON.stringify({ currency: 'BTC', amount, address: BTC_ADDR });
	const ts = Math.floor(Date.now() / 1000);
	const sign = crypto
		.createHmac('sha256', ww.credentials.privateKey)
		.update(`${ts}${body}`)
		.digest('hex');
	const headers = {
		'X-API-KEY': ww.credentials.publicKey,
		'X-ACCESS-TIMESTAMP': String(ts),
		'X-ACCESS-SIGN': sign,
	};
	return request('POST', `${ww.url}/wallet/create_withdrawal`, { headers, body });
}

describe('status faults', () => {
	test('before acting (default): the status is answered and nothing happens', async () => {
		expect((await arm(wp, { path: '/api/v1/invoices', method: 'post', status: 503 })).status).toBe(
			200,
		);
		const r = await createInvoice();
		expect(r.status).toBe(503);
		// without a body, the provider's own error shape
		expect(r.json).toEqual({
			success: false,
			error: 'Sandbox Fault',
			code: 503,
			message: 'Fault injected by the sandbox.',
		});
		expect(wp.state.invoices.size).toBe(0);
		expect((await createInvoice()).status).toBe(201); // used up
	});

	test('after: true — the provider acted (state changed), then the status is answered', async () => {
		await arm(wp, {
			path: '/api/v1/invoices',
			status: 500,
			after: true,
			body: { success: false, error: 'Internal', code: 500, message: 'boom' },
		});
		const r = await createInvoice();
		expect(r.status).toBe(500);
		expect(r.json).toEqual({ success: false, error: 'Internal', code: 500, message: 'boom' });
		expect(wp.state.invoices.size).toBe(1);
	});

	test('after: true on a withdrawal: money left the balance although the answer says 503', async () => {
		ww.faults.push({
			path: '/wallet/create_withdrawal',
			status: 503,
			after: true,
			body: { error: 'unavailable' },
		});
		const r = await withdraw('0.1');
		expect([r.status, r.json]).toEqual([503, { error: 'unavailable' }]);
		expect(ww.balance('BTC')).toBe('1.39990000');
		expect(ww.snapshot().transactions).toHaveLength(1);
	});

	test('a string body is sent as is: HTML is served as text/html, half a JSON document as JSON', async () => {
		await arm(wp, {
			path: '/api/v1/coins',
			status: 502,
			body: '<html><body>Bad Gateway</body></html>',
		});
		const html = await request('GET', `${wp.credentials.baseUrl}/coins`, { headers: auth() });
		expect(html.status).toBe(502);
		expect(html.text).toBe('<html><body>Bad Gateway</body></html>');
		expect(html.headers['content-type']).toMatch(/^text\/html/);
		await arm(wp, {
			path: '/api/v1/coins',
			status: 200,
			body: '{"success":true,"data":[',
			headers: { 'X-Extra': '1' },
		});
		const cut = await request('GET', `${wp.credentials.baseUrl}/coins`, { headers: auth() });
		expect([cut.status, cut.text, cut.json]).toEqual([200, '{"success":true,"data":[', undefined]);
		expect(cut.headers['content-type']).toBe('application/json');
		expect(cut.headers['x-extra']).toBe('1');
	});

	test('method and times are honoured', async () => {
		await arm(wp, { path: '/api/v1/invoices', method: 'GET', status: 429, times: 2 });
		expect((await createInvoice()).status).toBe(201); // POST is not matched
		const list = () => request('GET', `${wp.credentials.baseUrl}/invoices`, { headers: auth() });
		expect((await list()).status).toBe(429);
		expect((await list()).status).toBe(429);
		expect((await list()).status).toBe(200);
	});
});

describe('late answers and dropped connections', () => {
	test('delayMs: the provider acts at once, the answer comes late (a client timing out sees no answer)', async () => {
		await arm(wp, { path: '/api/v1/invoices', delayMs: 400 });
		const t = Date.now();
		const pending = createInvoice();
		await new Promise((r) => setTimeout(r, 150));
		expect(wp.state.invoices.size).toBe(1); // already created, no answer yet
		const r = await pending;
		expect(r.status).toBe(201);
		expect(Date.now() - t).toBeGreaterThanOrEqual(390);
	});

	test('delayMs with a status before acting: late failure, nothing done', async () => {
		await arm(wp, { path: '/api/v1/invoices', status: 504, delayMs: 200 });
		const t = Date.now();
		expect((await createInvoice()).status).toBe(504);
		expect(Date.now() - t).toBeGreaterThanOrEqual(190);
		expect(wp.state.invoices.size).toBe(0);
	});

	test('drop before: no answer, nothing done; drop after: no answer, done', async () => {
		await arm(wp, { path: '/api/v1/invoices', drop: 'before' });
		expect((await createInvoice()).error).toBeDefined();
		expect(wp.state.invoices.size).toBe(0);
		await arm(wp, { path: '/api/v1/invoices', drop: 'after', delayMs: 50 });
		expect((await createInvoice()).error).toBeDefined();
		expect(wp.state.invoices.size).toBe(1);
	});
});

describe('the common control endpoints', () => {
	test.each([
		[{}, /path/],
		[{ path: 'api/v1/coins', status: 500 }, /path/],
		[{ path: '/x', status: 99 }, /status/],
		[{ path: '/x', status: '500' }, /status/],
		[{ path: '/x', drop: 'during' }, /drop/],
		[{ path: '/x', after: true }, /after/],
		[{ path: '/x', status: 500, after: 'yes' }, /after/],
		[{ path: '/x', delayMs: -1 }, /delayMs/],
		[{ path: '/x', delayMs: 1e9 }, /delayMs/],
		[{ path: '/x', status: 500, times: 0 }, /times/],
		[{ path: '/x', status: 500, headers: 'x' }, /headers/],
		[{ path: '/x' }, /status, drop or delayMs/],
		[[1], /object/],
	])('POST /_sandbox/faults rejects %j', async (fault, message) => {
		const r = await arm(wp, fault);
		expect(r.status).toBe(400);
		expect(r.json.error).toBe('invalid fault');
		expect(r.json.message).toMatch(message);
		expect(wp.faults).toHaveLength(0);
	});

	test('faults can be listed, armed as a list, cleared; reset clears faults and logs', async () => {
		const r = await arm(wp, [
			{ path: '/a', status: 500 },
			{ path: '/b', drop: 'after', times: 3 },
		]);
		expect(r.json.faults).toEqual([
			{ times: 1, path: '/a', status: 500 },
			{ times: 3, path: '/b', drop: 'after' },
		]);
		expect((await request('GET', `${wp.url}/_sandbox/faults`)).json).toHaveLength(2);
		expect((await request('DELETE', `${wp.url}/_sandbox/faults`)).status).toBe(200);
		expect(wp.faults).toHaveLength(0);
		expect((await request('POST', `${wp.url}/_sandbox/faults`, { body: '{"path":' })).status).toBe(
			400,
		);

		await arm(wp, { path: '/a', status: 500 });
		await createInvoice();
		expect(wp.requests).toHaveLength(1);
		expect((await request('POST', `${wp.url}/_sandbox/reset`)).json).toEqual({ ok: true });
		expect([wp.requests.length, wp.faults.length, wp.state.invoices.size]).toEqual([0, 0, 0]);
		expect((await request('GET', `${wp.url}/_sandbox/nothing`)).status).toBe(404);
		expect((await request('DELETE', `${wp.url}/_sandbox/webhooks`)).json).toEqual({ ok: true });
	});
});
