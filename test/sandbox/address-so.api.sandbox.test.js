'use strict';
// Address.so sandbox, the X-API-TOKEN routes: coins, wallets, accounts, permissions, transaction
// lists, webhooks CRUD, the invoice address; and the envelope (errors null / [] alternating),
// X-RateLimit headers and tariff limits, error statuses, unknown paths.
const { D, harness, errorOf, resultOf } = require('./address-so.helpers');

const h = harness();
const W5 = '/api/coins/btc/wallets/5';

describe('coins, wallets, accounts', () => {
	test('coins with precision; one coin; unknown coin -2401', async () => {
		const coins = resultOf(await h.api('GET', '/api/coins'));
		expect(coins.map((c) => [c.id, c.coin, c.precision])).toEqual([
			[1, 'eth', 18],
			[2, 'btc', 8],
			[3, 'ltc', 8],
			[4, 'dash', 8],
			[5, 'xrp', 6],
		]);
		expect(resultOf(await h.api('GET', '/api/coins/xrp/'))).toEqual({
			id: 5,
			coin: 'xrp',
			name: 'Ripple',
			precision: 6,
		});
		const r = await h.api('GET', '/api/coins/BTC');
		expect(r.status).toBe(404);
		expect(errorOf(r).code).toBe(-2401);
	});

	test('seeded wallets: base-unit strings, exact floats, addresses, permissions', async () => {
		const r = await h.api('GET', '/api/wallets');
		const list = resultOf(r);
		expect(list.map((w) => [w.id, w.coin, w.balance_int])).toEqual([
			[5, 'btc', '150000000'],
			[7, 'eth', '12345678901234567890123'],
		]);
		expect(r.text).toContain('"balance_float":12345.678901234567890123');
		expect(list[0]).toMatchObject({
			label: 'Sandbox BTC wallet',
			balance_float: 1.5,
			receiving_address: '1CrUn71NprgG8x46V3C3uGbeRpPEjG9z1c',
		});
		expect(list[0].permissions).toEqual([
			{ user_id: 1, roles: ['admin', 'view', 'order', 'transfer'] },
			{ user_id: 2, roles: ['view'] },
		]);
		expect(resultOf(await h.api('GET', '/api/coins/eth/wallets')).map((w) => w.id)).toEqual([7]);
		expect(resultOf(await h.api('GET', W5)).id).toBe(5);
		expect(errorOf(await h.api('GET', '/api/coins/eth/wallets/5')).code).toBe(-2402);
		expect(
			resultOf(await h.api('GET', '/api/wallets', { token: D.viewerApiToken })).map((w) => w.id),
		).toEqual([5]);
	});

	test('create, rename, delete (only at zero balance) a wallet', async () => {
		const w = resultOf(await h.api('POST', '/api/coins/ltc/wallets', { form: { label: 'mine' } }));
		expect(w).toMatchObject({
			id: 100,
			coin: 'ltc',
			label: 'mine',
			balance_int: '0',
			balance_float: 0,
		});
		expect(h.sb.isValidAddress('ltc', w.receiving_address)).toBe(true);
		expect(errorOf(await h.api('POST', '/api/coins/ltc/wallets', { form: {} }))).toEqual({
			code: -3005,
			message: 'The label field is required.',
		});
		expect(
			resultOf(await h.api('PUT', '/api/coins/ltc/wallets/100', { form: { label: 'renamed' } }))
				.label,
		).toBe('renamed');
		expect(resultOf(await h.api('PUT', '/api/coins/ltc/wallets/100')).label).toBe('renamed');
		expect(resultOf(await h.api('DELETE', '/api/coins/ltc/wallets/100'))).toEqual({
			id: 100,
			deleted: true,
		});
		expect(errorOf(await h.api('GET', '/api/coins/ltc/wallets/100')).code).toBe(-2402);
		expect(errorOf(await h.api('DELETE', W5)).code).toBe(-2999);
		expect(errorOf(await h.api('DELETE', W5, { token: D.viewerApiToken })).code).toBe(-2011);
	});

	test('accounts: create (SDK and doc paths), list, get, delete, archive', async () => {
		const a = resultOf(await h.api('POST', `${W5}/accounts`));
		expect(a).toMatchObject({
			id: 500,
			coin: 'btc',
			wallet_id: 5,
			balance_int: '0',
			balance_float: 0,
		});
		const b = resultOf(
			await h.api('POST', '/api/coins/btc/wallets/accounts', { form: { wallet_id: '5' } }),
		);
		expect(b.id).toBe(501);
		expect(errorOf(await h.api('POST', '/api/coins/btc/wallets/accounts')).code).toBe(-3005);
		expect(resultOf(await h.api('GET', `${W5}/accounts`)).map((x) => x.id)).toEqual([11, 500, 501]);
		expect(resultOf(await h.api('GET', `${W5}/accounts?limit=1`)).map((x) => x.id)).toEqual([11]);
		expect(resultOf(await h.api('GET', `${W5}/accounts/11`)).address).toBe(
			'1E9bq816fBBqkqn49bPqgPHo1Pxg3aSgtC',
		);
		expect(resultOf(await h.api('DELETE', `${W5}/accounts/500`))).toEqual({
			id: 500,
			deleted: true,
		});
		expect(errorOf(await h.api('DELETE', `${W5}/accounts/11`)).code).toBe(-2999);
		expect(
			resultOf(await h.api('DELETE', `${W5}/accounts/archive/`, { form: 'accounts[]=501' })),
		).toEqual({ archived: [501] });
		expect(errorOf(await h.api('GET', `${W5}/accounts/501`)).code).toBe(-2403);
		expect(errorOf(await h.api('GET', '/api/coins/eth/wallets/7/accounts/11')).code).toBe(-2403);
	});

	test('max_wallets / max_accounts of the tariff (-3060)', async () => {
		await h.ctl('POST', '/tariff', { limits: { max_wallets: 2, max_accounts: 1 } });
		expect(
			errorOf(await h.api('POST', '/api/coins/btc/wallets', { form: { label: 'x' } })).code,
		).toBe(-3060);
		expect(errorOf(await h.api('POST', `${W5}/accounts`)).code).toBe(-3060);
	});

	test('permissions: set, remove all with ["0"], admin only, roles checked', async () => {
		const w = resultOf(
			await h.api('POST', `${W5}/permissions`, {
				form: 'user_id=2&permissions[]=view&permissions[]=transfer',
			}),
		);
		expect(w.permissions[1]).toEqual({ user_id: 2, roles: ['view', 'transfer'] });
		const json = resultOf(
			await h.api('POST', `${W5}/permissions`, { json: { user_id: 2, permissions: ['0'] } }),
		);
		expect(json.permissions).toHaveLength(1);
		expect(errorOf(await h.api('GET', W5, { token: D.viewerApiToken })).code).toBe(-2402);
		expect(
			errorOf(await h.api('POST', `${W5}/permissions`, { form: 'user_id=2&permissions[]=owner' }))
				.code,
		).toBe(-3005);
		expect(
			errorOf(await h.api('POST', `${W5}/permissions`, { form: 'user_id=99&permissions[]=view' }))
				.code,
		).toBe(-3005);
		await h.api('POST', `${W5}/permissions`, { form: 'user_id=2&permissions[]=view' });
		expect(
			errorOf(
				await h.api('POST', `${W5}/permissions`, {
					form: 'user_id=2&permissions[]=admin',
					token: D.viewerApiToken,
				}),
			).code,
		).toBe(-2011);
	});

	test('transactions: wallet amount_int a number, account one a string (switchable); limit', async () => {
		const w = await h.api('GET', `${W5}/transactions`);
		expect(resultOf(w)).toEqual([
			{
				uuid: expect.stringMatching(/^[0-9a-f-]{36}$/),
				hash: expect.stringMatching(/^[0-9a-f]{64}$/),
				address: expect.any(String),
				amount_int: 150000000,
				amount_float: 1.5,
				timestamp: expect.any(Number),
			},
		]);
		expect(resultOf(await h.api('GET', `${W5}/accounts/11/transactions`))[0].amount_int).toBe(
			'25000000',
		);
		await h.ctl('POST', '/settings', { amountIntType: 'string' });
		expect(resultOf(await h.api('GET', `${W5}/transactions?limit=1`))[0].amount_int).toBe(
			'150000000',
		);
		expect(errorOf(await h.api('GET', `${W5}/transactions?limit=x`)).code).toBe(-3005);
	});

	test('invoice deposit address', async () => {
		const r = resultOf(await h.api('GET', '/api/invoice/deposit/'));
		expect(r.coin).toBe('btc');
		expect(h.sb.isValidAddress('btc', r.address)).toBe(true);
	});
});

describe('webhooks CRUD', () => {
	test('create, list, get, update, delete', async () => {
		const c = resultOf(
			await h.api('POST', '/api/webhooks', {
				form: { url: 'https://example.com/cb', type: 'wallet', entity_id: '5' },
			}),
		);
		expect(c).toMatchObject({
			id: 1,
			url: 'https://example.com/cb',
			type: 'wallet',
			entity: { id: 5, coin: 'btc' },
		});
		const a = resultOf(
			await h.api('POST', '/api/webhooks', {
				json: { url: 'http://127.0.0.1:9/x', type: 'account', entity_id: 11 },
			}),
		);
		expect(a.entity).toMatchObject({ id: 11, wallet_id: 5, balance_int: '25000000' });
		expect(resultOf(await h.api('GET', '/api/webhooks')).map((x) => x.id)).toEqual([1, 2]);
		expect(resultOf(await h.api('GET', '/api/webhooks', { token: D.viewerApiToken }))).toEqual([]);
		expect(
			resultOf(await h.api('PUT', '/api/webhooks/1', { form: { url: 'https://example.com/new' } }))
				.url,
		).toBe('https://example.com/new');
		expect(resultOf(await h.api('DELETE', '/api/webhooks/1'))).toEqual({ delete: true });
		expect(errorOf(await h.api('GET', '/api/webhooks/1')).code).toBe(-3000);
		expect(errorOf(await h.api('GET', '/api/webhooks/2', { token: D.viewerApiToken })).code).toBe(
			-3000,
		);
	});

	test.each([
		[{ type: 'wallet', entity_id: '5' }, -3005],
		[{ url: 'ftp://x', type: 'wallet', entity_id: '5' }, -3005],
		[{ url: 'https://x.io', type: 'coin', entity_id: '5' }, -3005],
		[{ url: 'https://x.io', type: 'wallet' }, -3005],
		[{ url: 'https://x.io', type: 'wallet', entity_id: '99' }, -2402],
		[{ url: 'https://x.io', type: 'account', entity_id: '99' }, -2403],
	])('refuses %p with %i', async (form, code) => {
		expect(errorOf(await h.api('POST', '/api/webhooks', { form })).code).toBe(code);
	});
});

describe('envelope, tokens, rate limits', () => {
	test('success alternates errors null and []; settings fix one', async () => {
		const seen = [];
		for (let i = 0; i < 4; i++) seen.push((await h.api('GET', '/api/coins')).json.errors);
		expect(seen).toEqual([null, [], null, []]);
		await h.ctl('POST', '/settings', { successErrors: 'array' });
		expect((await h.api('GET', '/api/coins')).json.errors).toEqual([]);
		expect((await h.ctl('POST', '/settings', { successErrors: 'maybe' })).status).toBe(400);
	});

	test('X-API-TOKEN missing or wrong: -3059 (401), no rate headers', async () => {
		const r = await h.api('GET', '/api/coins', { token: null });
		expect(r.status).toBe(401);
		expect(errorOf(r)).toEqual({ code: -3059, message: 'The X-API-TOKEN header is required.' });
		expect(r.headers['x-ratelimit-limit']).toBeUndefined();
		expect(errorOf(await h.api('GET', '/api/coins', { token: 'nope' })).code).toBe(-3059);
		expect(
			errorOf(await h.api('GET', '/api/coins', { token: null, headers: { 'X-Auth-Token': 'x' } }))
				.code,
		).toBe(-3059);
	});

	test('X-RateLimit headers from the tariff; over requests_per_sec -3060 with Retry-After', async () => {
		await h.ctl('POST', '/tariff', { tariff_id: 1 });
		const first = await h.api('GET', '/api/coins');
		expect(first.headers['x-ratelimit-limit']).toBe('300000');
		expect(first.headers['x-ratelimit-remaining']).toBe('299999');
		expect(first.headers['x-ratelimit-reset']).toBe(String(Date.UTC(2026, 3, 1) / 1000));
		await h.api('GET', '/api/coins');
		await h.api('GET', '/api/coins');
		const over = await h.api('GET', '/api/coins');
		expect(over.status).toBe(429);
		expect(errorOf(over).code).toBe(-3060);
		expect(over.headers['retry-after']).toBe('1');
		await h.advance({ advanceSeconds: 1 });
		resultOf(await h.api('GET', '/api/coins'));
	});

	test('errorStatus "200" answers errors with HTTP 200; unknown path 404, wrong method 405', async () => {
		await h.ctl('POST', '/settings', { errorStatus: '200' });
		const r = await h.api('GET', '/api/coins/doge');
		expect(r.status).toBe(200);
		expect(errorOf(r).code).toBe(-2401);
		await h.ctl('POST', '/settings', { errorStatus: 'mapped' });
		const nf = await h.api('GET', '/api/nothing');
		expect(nf.status).toBe(404);
		expect(errorOf(nf).code).toBe(-3000);
		const m = await h.api('PATCH', '/api/coins');
		expect(m.status).toBe(405);
		expect(m.headers.allow).toBe('GET');
	});
});
