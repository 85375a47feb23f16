'use strict';
// The Wyre sandbox's request authentication on its own host (the inventory's vectors are in
// wyre.vectors.sandbox.test.js): GET with and without query, body-less POST, masqueradeAs inside the
// signed URL, the millisecond timestamp window, replays, bearer mode, 429.
const {
	wyre,
	signed,
	bearer,
	ctl,
	hmac,
	expectWyreError,
	rawRequest,
	KEY,
} = require('./wyre.helpers');

describe('signature mode on the sandbox host', () => {
	let sb;
	beforeAll(async () => {
		sb = await wyre.start();
	});
	afterAll(() => sb.close());
	afterEach(() => ctl(sb, '/reset'));

	test('GET without and with query parameters (every parameter is signed, in order)', async () => {
		expect((await signed(sb, 'GET', '/v2/account')).status).toBe(200);
		const res = await signed(sb, 'GET', '/v2/wallets?limit=1&offset=1&format=json_numberstring');
		expect(res.status).toBe(200);
		expect(res.json.data).toHaveLength(1);
		// the same parameters re-ordered after signing: refused
		const url = `${sb.url}/v2/wallets?offset=1&limit=1&timestamp=${sb.now()}`;
		const sig = hmac(
			'wyre_sandbox_secret_key',
			`${sb.url}/v2/wallets?limit=1&offset=1&timestamp=${sb.now()}`,
		);
		const r2 = await rawRequest('GET', url, {
			headers: { 'X-Api-Key': KEY, 'X-Api-Signature': sig },
		});
		expectWyreError(r2, 401, 'AccessDeniedException', {
			errorCode: 'accessDenied.invalidSignature',
		});
	});

	test('a body-less POST signs the URL alone; {} signs the URL + "{}"', async () => {
		const create = (customId) =>
			signed(sb, 'POST', '/v3/transfers', {
				body: {
					source: 'wallet:WA_SANDBOX0001',
					sourceCurrency: 'BTC',
					sourceAmount: '0.001',
					dest: 'wallet:WA_SANDBOX0002',
					customId,
				},
			});
		const a = (await create('a')).json;
		const b = (await create('b')).json;
		const noBody = await signed(sb, 'POST', `/v3/transfers/${a.id}/confirm`, { contentType: null });
		expect(noBody.status).toBe(200);
		expect(noBody.json.status).toBe('PENDING');
		const braces = await signed(sb, 'POST', `/v3/transfers/${b.id}/confirm`, { body: '{}' });
		expect(braces.status).toBe(200);
		// signed as "{}" but sent without a body: refused
		const url = `${sb.url}/v3/transfers/${b.id}/confirm?timestamp=${sb.now()}`;
		const r = await rawRequest('POST', url, {
			headers: { 'X-Api-Key': KEY, 'X-Api-Signature': hmac('wyre_sandbox_secret_key', url + '{}') },
		});
		expectWyreError(r, 401, 'AccessDeniedException');
	});

	test('masqueradeAs acts as the sub-account; it is part of the signed URL', async () => {
		const res = await signed(sb, 'GET', '/v2/account?masqueradeAs=AC_SANDBOX0002');
		expect(res.status).toBe(200);
		expect(res.json.id).toBe('AC_SANDBOX0002');
		expect(
			(await signed(sb, 'GET', '/v2/account?masqueradeAs=account:AC_SANDBOX0002')).json.id,
		).toBe('AC_SANDBOX0002');
		// the masquerade added after signing
		const url = `${sb.url}/v2/account?timestamp=${sb.now()}`;
		const r = await rawRequest('GET', `${url}&masqueradeAs=AC_SANDBOX0002`, {
			headers: { 'X-Api-Key': KEY, 'X-Api-Signature': hmac('wyre_sandbox_secret_key', url) },
		});
		expectWyreError(r, 401, 'AccessDeniedException');
		// not a sub-account of the key's account
		expectWyreError(
			await signed(sb, 'GET', '/v2/account?masqueradeAs=AC_NOPE'),
			401,
			'AccessDeniedException',
			{ errorCode: 'accessDenied.masquerade' },
		);
		// the sub-account sees its own wallets only
		expect(
			(await signed(sb, 'GET', '/v2/wallet/WA_SANDBOX0001?masqueradeAs=AC_SANDBOX0002')).status,
		).toBe(404);
	});

	test('timestamp: required, in milliseconds, inside the window (default 5 minutes)', async () => {
		const now = sb.now();
		expectWyreError(
			await signed(sb, 'GET', '/v2/account', { timestamp: false }),
			401,
			'AccessDeniedException',
			{ errorCode: 'accessDenied.invalidTimestamp' },
		);
		expectWyreError(
			await signed(sb, 'GET', '/v2/account', { timestamp: Math.floor(now / 1000) }),
			401,
			'AccessDeniedException',
		);
		expectWyreError(
			await signed(sb, 'GET', '/v2/account', { timestamp: now * 1000 }),
			401,
			'AccessDeniedException',
		);
		expect((await signed(sb, 'GET', '/v2/account', { timestamp: now - 299000 })).status).toBe(200);
		expect((await signed(sb, 'GET', '/v2/account', { timestamp: now + 299000 })).status).toBe(200);
		expectWyreError(
			await signed(sb, 'GET', '/v2/account', { timestamp: now - 301000 }),
			401,
			'AccessDeniedException',
		);
		expectWyreError(
			await signed(sb, 'GET', `/v2/account?timestamp=${now}&timestamp=${now}`),
			401,
			'AccessDeniedException',
		);
		await ctl(sb, '/settings', { timestampToleranceMs: 1000 });
		expectWyreError(
			await signed(sb, 'GET', '/v2/account', { timestamp: now - 5000 }),
			401,
			'AccessDeniedException',
		);
	});

	test('a replay inside the window is accepted, unless rejectReplays is on', async () => {
		const url = `${sb.url}/v2/account?timestamp=${sb.now()}`;
		const headers = { 'X-Api-Key': KEY, 'X-Api-Signature': hmac('wyre_sandbox_secret_key', url) };
		expect((await rawRequest('GET', url, { headers })).status).toBe(200);
		expect((await rawRequest('GET', url, { headers })).status).toBe(200);
		await ctl(sb, '/settings', { rejectReplays: true });
		expect((await rawRequest('GET', url, { headers })).status).toBe(200);
		expectWyreError(await rawRequest('GET', url, { headers }), 401, 'AccessDeniedException', {
			errorCode: 'accessDenied.replay',
		});
	});

	test('wrong key, wrong secret, missing headers', async () => {
		expectWyreError(
			await signed(sb, 'GET', '/v2/account', { key: 'AK-OTHER' }),
			401,
			'AccessDeniedException',
		);
		expectWyreError(
			await signed(sb, 'GET', '/v2/account', { secret: 'SK-OTHER' }),
			401,
			'AccessDeniedException',
		);
		expectWyreError(
			await rawRequest('GET', `${sb.url}/v2/account?timestamp=${sb.now()}`),
			401,
			'AccessDeniedException',
		);
		const noSig = await rawRequest('GET', `${sb.url}/v2/account?timestamp=${sb.now()}`, {
			headers: { 'X-Api-Key': KEY },
		});
		expectWyreError(noSig, 401, 'AccessDeniedException');
	});

	test('bearer mode: Authorization: Bearer <secret key>, no timestamp; masquerade works too', async () => {
		expect((await bearer(sb, 'GET', '/v2/account')).json.id).toBe('AC_SANDBOX0001');
		expect((await bearer(sb, 'GET', '/v2/account?masqueradeAs=AC_SANDBOX0002')).json.id).toBe(
			'AC_SANDBOX0002',
		);
		expectWyreError(
			await bearer(sb, 'GET', '/v2/account', { token: 'wrong' }),
			401,
			'AccessDeniedException',
		);
		expectWyreError(
			await bearer(sb, 'GET', '/v2/account', { token: KEY }),
			401,
			'AccessDeniedException',
		);
	});

	test('rates answer without credentials, but given credentials must be valid', async () => {
		expect((await rawRequest('GET', `${sb.url}/v3/rates`)).status).toBe(200);
		expectWyreError(
			await signed(sb, 'GET', '/v3/rates', { secret: 'nope' }),
			401,
			'AccessDeniedException',
		);
	});

	test('rate limit: 429 RateLimitException with Retry-After, per key', async () => {
		await ctl(sb, '/settings', { rateLimit: { limit: 2, windowSeconds: 60 } });
		expect((await signed(sb, 'GET', '/v2/account')).status).toBe(200);
		expect((await bearer(sb, 'GET', '/v2/account')).status).toBe(200);
		const res = await signed(sb, 'GET', '/v2/account');
		expectWyreError(res, 429, 'RateLimitException', { transient: true });
		expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
		await ctl(sb, '/clock', { advanceSeconds: 61 });
		expect((await signed(sb, 'GET', '/v2/account')).status).toBe(200);
	});
});
