'use strict';
// The Wyre sandbox's request authentication: the inventory's signature vectors (run with its
// secret and pinned clock), one-byte changes refused, GET with and without query, body-less POST,
// masqueradeAs inside the signed URL, the millisecond timestamp window, bearer mode, 429.
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

const T = 1426252182534;
const VECTORS = [
	[
		'GET',
		'/v2/account?timestamp=1426252182534&format=json',
		'',
		'06219c85674b282f6f4120a6fbc2e1f55be754a842e6ff5a0aa3b4e1ccdfddcb',
		200,
	],
	[
		'GET',
		'/v3/rates?timestamp=1426252182534&format=json&as=priced',
		'',
		'ffedd5c875dfa097424da8c831e7134ad62b996f61a55cefb1d99c3387904586',
		200,
	],
	[
		'POST',
		'/v3/transfers?timestamp=1426252182534&format=json',
		'{"source":"wallet:WA_1","sourceCurrency":"BTC","sourceAmount":"0.01","dest":"bitcoin:1DDfMQLTd8RhGzoyWyr1ENVdoeGaoq2MZH","destCurrency":"BTC","autoConfirm":true}',
		'5ede9419ce05f30450079f84c4e702fad2f36a43a538acc850e58a37f81c3c34',
		200,
	],
	[
		'POST',
		'/v3/transfers/TF_X/confirm?timestamp=1426252182534&format=json',
		'{}',
		'893f163f48feb2ff9699827b731183a5179fdafd1d7865069f5161e36519a460',
		404,
	],
	[
		'GET',
		'/v3/accounts/AC_123?timestamp=1426252182534&format=json&masqueradeAs=AC_123',
		'',
		'81d596b8e2f0dd1ec610a8dcb3b73de57bc45351f7400b686482240257b9d732',
		200,
	],
];

describe('the inventory vectors (secret SK-TEST, host api.sendwyre.com over https)', () => {
	let sb;
	beforeAll(async () => {
		sb = await wyre.start({ secretKey: 'SK-TEST', now: () => T });
		// the vectors' objects: a sub-account AC_123 and a wallet WA_1 with funds
		sb.store.addAccount({
			id: 'AC_123',
			type: 'INDIVIDUAL',
			country: 'US',
			parent: 'AC_SANDBOX0001',
		});
		const w = sb.store.addWallet({ id: 'WA_1', owner: 'AC_SANDBOX0001', name: 'vector' });
		w.balances.set('BTC', { total: 10n ** 18n, available: 10n ** 18n });
	});
	afterAll(() => sb.close());

	const send = (method, path, body, signature, host = 'api.sendwyre.com') =>
		rawRequest(method, `${sb.url}${path}`, {
			headers: { Host: host, 'X-Api-Key': KEY, 'X-Api-Signature': signature },
			body: body || undefined,
		});

	test.each(VECTORS)(
		'%s %s is accepted with the vector signature',
		async (method, path, body, sig, status) => {
			const res = await send(method, path, body, sig);
			expect(res.status).toBe(status);
			if (status === 404) expect(res.json.type).toBe('NotFoundException'); // auth passed, TF_X unknown
		},
	);

	test.each(VECTORS)(
		'%s %s: a one-byte change anywhere is refused',
		async (method, path, body, sig) => {
			const flipped = sig.slice(0, -1) + (sig.endsWith('0') ? '1' : '0');
			expectWyreError(await send(method, path, body, flipped), 401, 'AccessDeniedException');
			const otherPath = path.replace('timestamp=1426252182534', 'timestamp=1426252182535');
			expectWyreError(await send(method, otherPath, body, sig), 401, 'AccessDeniedException');
			if (body) {
				const otherBody = body.replace('{', '{ ');
				expectWyreError(await send(method, path, otherBody, sig), 401, 'AccessDeniedException');
			}
			expectWyreError(
				await send(method, path, body, sig, 'api.testwyre.com'),
				401,
				'AccessDeniedException',
			);
		},
	);

	test('the doc-style vector (no format parameter, legacy example key)', async () => {
		const legacy = await wyre.start({
			secretKey: 'a19cvrchgja82urvn47kirrlrrb7stgg',
			now: () => T,
		});
		try {
			const res = await rawRequest('GET', `${legacy.url}/v2/rates?timestamp=1426252182534`, {
				headers: {
					Host: 'api.sendwyre.com',
					'X-Api-Key': KEY,
					'X-Api-Signature': 'a31d8a0769d952ccf60eccedbe87307c5fe1012948b264602f44afb5419c1f0b',
				},
			});
			expect(res.status).toBe(200);
			expect(res.json.BTCUSD).toBe(0.00002);
		} finally {
			await legacy.close();
		}
	});
});

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
