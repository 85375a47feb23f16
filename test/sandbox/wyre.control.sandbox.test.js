'use strict';
// The control side of the Wyre sandbox: deposits by address or into an account, the shared
// faults and common control endpoints: a status instead of acting
// (Wyre's error body by default), a status after acting (the transfer exists), dropped
// connections before and after acting, skip, delayMs, a chosen body; the request log, reset and
// state.
const { signed, ctl, wyre, expectWyreError, rawRequest } = require('./wyre.helpers');

let sb;
beforeAll(async () => {
	sb = await wyre.start();
});
afterAll(() => sb.close());
beforeEach(() => ctl(sb, '/reset'));

const transfer = (customId) =>
	signed(sb, 'POST', '/v3/transfers', {
		body: {
			source: 'wallet:WA_SANDBOX0001',
			sourceCurrency: 'BTC',
			sourceAmount: '0.01',
			dest: 'wallet:WA_SANDBOX0002',
			autoConfirm: true,
			customId,
		},
	});
const count = async () => (await signed(sb, 'GET', '/v3/transfers')).json.recordsTotal;

test('status before acting: Wyre error bodies, nothing happens', async () => {
	await ctl(sb, '/faults', [
		{ path: '/v3/transfers', method: 'POST', status: 429 },
		{ path: '/v3/transfers', method: 'POST', status: 503, skip: 1 },
	]);
	expectWyreError(await transfer('a'), 429, 'RateLimitException', { transient: true });
	expect((await transfer('b')).status).toBe(200); // skipped once
	expectWyreError(await transfer('c'), 503, 'UnknownException', { transient: true });
	expect(await count()).toBe(1);
});

test('status after acting: the transfer exists although the answer is an error', async () => {
	await ctl(sb, '/faults', { path: '/v3/transfers', status: 500, after: true });
	expectWyreError(await transfer('after'), 500, 'UnknownException');
	const list = (await signed(sb, 'GET', '/v3/transfers')).json;
	expect(list.data.map((t) => [t.customId, t.status])).toEqual([['after', 'PENDING']]);
	// the client's retry with the same customId is refused: the node can find it instead
	expectWyreError(await transfer('after'), 400, 'ValidationException', {
		subType: 'SENDER_PROVIDED_ID_IN_USE',
	});
});

test('dropped connections before and after acting; delay; chosen body', async () => {
	await ctl(sb, '/faults', { path: '/v3/transfers', drop: 'before' });
	expect((await transfer('x')).error).toBeDefined();
	expect(await count()).toBe(0);
	await ctl(sb, '/faults', { path: '/v3/transfers', drop: 'after' });
	expect((await transfer('y')).error).toBeDefined();
	expect(await count()).toBe(1);
	await ctl(sb, '/faults', { path: '/v2/account', delayMs: 150 });
	const t0 = Date.now();
	expect((await signed(sb, 'GET', '/v2/account')).status).toBe(200);
	expect(Date.now() - t0).toBeGreaterThanOrEqual(140);
	await ctl(sb, '/faults', { path: '/v2/account', status: 502, body: '<html>Bad gateway</html>' });
	const html = await signed(sb, 'GET', '/v2/account');
	expect(html.status).toBe(502);
	expect(html.text).toBe('<html>Bad gateway</html>');
	expect((await ctl(sb, '/faults', { path: 'no-slash', status: 500 })).status).toBe(400);
});

test('request log, state, reset', async () => {
	await transfer('logged');
	const log = (await ctl(sb, '/requests', undefined, 'GET')).json;
	const entry = log.find((r) => r.method === 'POST');
	expect(entry.path).toBe('/v3/transfers');
	expect(entry.headers['x-api-key']).toBe(wyre.DEFAULTS.apiKey);
	expect(JSON.parse(entry.body).customId).toBe('logged');
	const state = (await ctl(sb, '/state', undefined, 'GET')).json;
	expect(state.transfers).toHaveLength(1);
	expect(state.wallets.map((w) => w.id)).toEqual(['WA_SANDBOX0001', 'WA_SANDBOX0002']);
	expect(state.accounts.map((a) => a.id)).toEqual(['AC_SANDBOX0001', 'AC_SANDBOX0002']);
	expect(state.paymentMethods.map((p) => p.id)).toEqual(['PA_SANDBOX0001']);
	await ctl(sb, '/settings', { autoComplete: true, timestampToleranceMs: 10 });
	await ctl(sb, '/clock', { advanceMinutes: 5 });
	await ctl(sb, '/reset');
	const after = (await ctl(sb, '/state', undefined, 'GET')).json;
	expect(after.transfers).toEqual([]);
	expect(after.settings).toMatchObject({ autoComplete: false, timestampToleranceMs: 300000 });
	expect(after.clock.offsetMs).toBe(0);
	expect((await ctl(sb, '/requests', undefined, 'GET')).json).toEqual([]);
	expect((await rawRequest('GET', `${sb.url}/_sandbox/nothing`)).status).toBe(404);
});

test('settings: autoComplete completes confirmed transfers at once; bad settings refused', async () => {
	await ctl(sb, '/settings', { autoComplete: true });
	expect((await transfer('auto')).json.status).toBe('COMPLETED');
	expect((await ctl(sb, '/settings', { autoComplete: 'yes' })).status).toBe(400);
	expect((await ctl(sb, '/settings', { rateLimit: { limit: 0 } })).status).toBe(400);
	expect((await ctl(sb, '/settings', { timestampToleranceMs: -1 })).status).toBe(400);
	expect((await ctl(sb, '/settings', undefined, 'GET')).json.settings.autoComplete).toBe(true);
});

test('deposits by address and into an account (no callback: accounts have no callbackUrl)', async () => {
	const w = (await signed(sb, 'GET', '/v2/wallet/WA_SANDBOX0001')).json;
	const byAddress = (
		await ctl(sb, '/deposit', { address: w.depositAddresses.ETH, currency: 'USDC', amount: '25' })
	).json;
	expect(byAddress.transfer).toMatchObject({
		dest: 'wallet:WA_SANDBOX0001',
		status: 'COMPLETED',
		source: expect.stringMatching(/^ethereum:0x/),
	});
	const acc = (
		await ctl(sb, '/deposit', { account: 'AC_SANDBOX0001', currency: 'USD', amount: '5' })
	).json;
	expect(acc.transfer.source).toBe('service:Bank Deposit');
	expect(acc.deliveries).toEqual([]);
	expect(
		(await ctl(sb, '/deposit', { wallet: 'WA_NOPE', currency: 'BTC', amount: '1' })).status,
	).toBe(404);
	expect(
		(
			await ctl(sb, '/deposit', {
				wallet: 'WA_SANDBOX0001',
				currency: 'BTC',
				amount: '0.123456789',
			})
		).status,
	).toBe(400);
});

test('unknown endpoint and wrong method answer Wyre error bodies', async () => {
	expectWyreError(await signed(sb, 'GET', '/v3/nothing'), 404, 'NotFoundException');
	expectWyreError(
		await signed(sb, 'PUT', '/v3/transfers', { body: {} }),
		405,
		'ValidationException',
	);
});

test('module contract: defaults, credentials, port 4104, the CLI prints url and credentials', async () => {
	expect(wyre.DEFAULTS).toMatchObject({
		apiKey: 'wyre_sandbox_api_key',
		secretKey: 'wyre_sandbox_secret_key',
	});
	expect(sb.credentials).toEqual({
		apiKey: 'wyre_sandbox_api_key',
		secretKey: 'wyre_sandbox_secret_key',
		baseUrl: sb.url,
	});
	expect(require('../../sandbox/cli').PORTS.wyre).toBe(4104);
	expect(require('../../sandbox/cli').available()).toContain('wyre');
	expect(sb.describe()).toContain(sb.url);
	const { execFile } = require('node:child_process');
	const child = execFile(process.execPath, [require.resolve('../../sandbox/cli'), 'wyre'], {
		env: { ...process.env, SANDBOX_JSON: '1', SANDBOX_PORT_WYRE: '0' },
	});
	const line = await new Promise((resolve) => {
		let out = '';
		child.stdout.on('data', (d) => {
			out += d;
			if (out.includes('\n')) resolve(out.split('\n')[0]);
		});
	});
	child.kill();
	const printed = JSON.parse(line).wyre;
	expect(printed.credentials).toEqual({
		apiKey: 'wyre_sandbox_api_key',
		secretKey: 'wyre_sandbox_secret_key',
		baseUrl: printed.url,
	});
	expect(printed.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
});
