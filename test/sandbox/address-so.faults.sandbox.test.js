'use strict';
// Address.so sandbox: the shared faults (status before/after acting, drop, delay, skip, body) on
// the provider's paths, reset and state, the clock and mailbox control endpoints, and its
// registration in sandbox/cli.js (port 4105, SANDBOX_PORT_ADDRESS_SO).
const { BTC_OUT, harness, errorOf, resultOf, query, sendSign } = require('./address-so.helpers');
const { PORTS, portEnv, available } = require('../../sandbox/cli');

const h = harness();
const SEND = '/api/coins/btc/wallets/5/send';
const pairs = [
	['amount', '0.1'],
	['recipient', BTC_OUT],
];
const send = () =>
	h.api('POST', SEND, { form: `${query(pairs)}&sign=${sendSign('sdk-2020', pairs)}` });
const balance = async () => resultOf(await h.api('GET', '/api/coins/btc/wallets/5')).balance_int;
const fault = (f) => h.ctl('POST', '/faults', f);

describe('faults', () => {
	test('a status fault answers instead of acting, in the provider envelope', async () => {
		await fault({ path: SEND, status: 503 });
		const r = await send();
		expect(r.status).toBe(503);
		expect(r.json).toEqual({
			result: null,
			errors: { code: -3001, message: 'Fault injected by the sandbox.' },
		});
		expect(await balance()).toBe('150000000');
		resultOf(await send());
		expect(await balance()).toBe('139999000');
	});

	test('after: true sends, then answers the status', async () => {
		await fault({ path: SEND, status: 500, after: true });
		expect((await send()).status).toBe(500);
		expect(await balance()).toBe('139999000');
	});

	test('drop before / after: no answer; only "after" moved money', async () => {
		await fault({ path: SEND, drop: 'before' });
		expect((await send()).error).toBeDefined();
		expect(await balance()).toBe('150000000');
		await fault({ path: SEND, drop: 'after' });
		expect((await send()).error).toBeDefined();
		expect(await balance()).toBe('139999000');
	});

	test('skip, body (an HTML page), method, times and delayMs', async () => {
		await fault({
			path: '/api/coins',
			method: 'GET',
			status: 502,
			body: '<html>bad gateway</html>',
			skip: 1,
			times: 2,
		});
		resultOf(await h.api('GET', '/api/coins'));
		for (let i = 0; i < 2; i++) {
			const r = await h.api('GET', '/api/coins');
			expect(r.status).toBe(502);
			expect(r.text).toBe('<html>bad gateway</html>');
		}
		resultOf(await h.api('GET', '/api/coins'));
		await fault({ path: '/api/coins', delayMs: 150 });
		const t0 = Date.now();
		resultOf(await h.api('GET', '/api/coins'));
		expect(Date.now() - t0).toBeGreaterThanOrEqual(140);
		expect((await fault({ path: '/api/coins' })).status).toBe(400);
	});

	test('faults hit user routes too', async () => {
		await fault({ path: '/login', status: 429, headers: { 'Retry-After': '7' } });
		const r = await h.user('POST', '/login', null, { username: 'a', password: 'b' });
		expect(r.status).toBe(429);
		expect(r.headers['retry-after']).toBe('7');
	});
});

describe('control endpoints', () => {
	test('reset brings back the seed, settings, clock and sessions', async () => {
		const token = await h.login();
		resultOf(await send());
		await h.ctl('POST', '/settings', { successErrors: 'array', schemes: ['doc'] });
		await h.advance({ advanceDays: 3 });
		expect((await h.ctl('POST', '/reset')).json).toEqual({ ok: true });
		expect(await balance()).toBe('150000000');
		const state = (await h.ctl('GET', '/state')).json;
		expect(state.settings.schemes).toEqual(['sdk-2020', 'sdk-2019', 'doc']);
		expect(state.clock.offsetMs).toBe(0);
		expect(state.sessions).toEqual([]);
		expect(state.sends).toEqual([]);
		expect(errorOf(await h.user('GET', '/user', token)).code).toBe(-3058);
	});

	test('clock reads and moves; bad values refused', async () => {
		const c = (await h.ctl('GET', '/clock')).json;
		expect(c).toEqual({ now: '2026-03-10T12:00:00.000Z', offsetMs: 0 });
		expect((await h.advance({ advanceHours: 1, advanceMinutes: 30 })).json.now).toBe(
			'2026-03-10T13:30:00.000Z',
		);
		expect((await h.advance({ advanceMinutes: -1 })).status).toBe(400);
	});

	test('no secret-token link yet: 404; the request log records every API call', async () => {
		expect((await h.ctl('GET', '/secret-token-link')).status).toBe(404);
		await h.api('GET', '/api/coins');
		const log = (await h.ctl('GET', '/requests')).json;
		expect(log.map((e) => [e.method, e.path])).toEqual([['GET', '/api/coins']]);
	});

	test('balance sets a balance without a transaction', async () => {
		const w = (await h.ctl('POST', '/balance', { wallet: 5, amount_int: '0' })).json;
		expect(w.balance_int).toBe('0');
		expect(
			resultOf(
				await h.api('DELETE', '/api/coins/btc/wallets/5/accounts/archive', {
					form: 'accounts[]=11',
				}),
			),
		).toEqual({ archived: [11] });
		await h.ctl('POST', '/balance', { account: 11, amount_int: '0' });
		expect(resultOf(await h.api('DELETE', '/api/coins/btc/wallets/5'))).toEqual({
			id: 5,
			deleted: true,
		});
	});
});

describe('registration', () => {
	test('sandbox/cli.js: port 4105, SANDBOX_PORT_ADDRESS_SO, available', () => {
		expect(PORTS['address-so']).toBe(4105);
		expect(portEnv('address-so')).toBe('SANDBOX_PORT_ADDRESS_SO');
		expect(portEnv('westwallet')).toBe('SANDBOX_PORT_WESTWALLET');
		expect(available()).toContain('address-so');
		expect(h.sb.credentials).toEqual({
			baseUrl: h.sb.url,
			email: 'sandbox@address.so',
			password: 'addr_sandbox_password',
			apiToken: 'addr_sandbox_api_token',
			secretToken: 'addr_sandbox_secret_token',
			paymentPassword: 'addr_sandbox_payment_password',
		});
	});
});
