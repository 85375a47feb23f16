/**
 * Every operation of the WestWallet node, run through n8n-core's execution context with the real
 * credential signing, over real HTTP against the local sandbox (which checks the signature on the
 * raw bytes exactly as WestWallet does).
 */
import { createHmac } from 'crypto';
import type { IDataObject } from 'n8n-workflow';
import type { WestWalletSandbox } from './setup';
import {
	BTC_ADDRESS,
	BTC_ADDRESS_2,
	BTC_ADDRESS_3,
	apiCalls,
	expectNoSecrets,
	options,
	run,
	startSandbox,
} from './setup';

let sb: WestWalletSandbox;
beforeAll(async () => {
	sb = await startSandbox();
});
afterAll(async () => sb.close());
beforeEach(() => {
	sb.reset();
	sb.requests.length = 0;
	sb.faults.length = 0;
});

function expectSigned(req: {
	headers: Record<string, string>;
	body: string;
	method: string;
	url: string;
}) {
	const ts = req.headers['x-access-timestamp'];
	expect(req.headers['x-api-key']).toBe(sb.credentials.publicKey);
	let payload = req.body;
	if (req.method === 'GET') {
		const q = new URL(req.url, 'http://x').searchParams;
		payload = [...q.keys()].length ? JSON.stringify(Object.fromEntries(q)) : '';
	}
	expect(req.headers['x-access-sign']).toBe(
		createHmac('sha256', sb.credentials.privateKey)
			.update(ts + payload)
			.digest('hex'),
	);
}

describe('Currency', () => {
	test('Get Many returns currencies_data; Only Active filters', async () => {
		const all = await run(sb, { resource: 'currency', operation: 'getAll', options: {} });
		expect(all.map((i) => i.json.tickers)).toEqual(
			expect.arrayContaining([['BTC'], ['XRP'], ['ZEC']]),
		);
		expect(all[0].pairedItem).toEqual({ item: 0 });
		const active = await run(sb, {
			resource: 'currency',
			operation: 'getAll',
			options: { onlyActive: true },
		});
		expect(active.length).toBe(all.length - 1);
		expect(active.find((i) => (i.json.tickers as string[]).includes('ZEC'))).toBeUndefined();
	});

	test('loadOptions lists tickers from currencies_data', async () => {
		const list = await options(sb, 'getCurrencies');
		expect(list.map((o) => o.value)).toEqual(
			expect.arrayContaining(['BTC', 'ETH', 'XRP', 'USDTTRC']),
		);
		expect(list.find((o) => o.value === 'ZEC')?.name).toContain('inactive');
	});
});

describe('Wallet', () => {
	test('Get Balance sends a signed GET with the currency and returns the balance', async () => {
		const out = await run(sb, { resource: 'wallet', operation: 'getBalance', currency: 'BTC' });
		expect(out[0].json).toMatchObject({ currency: 'BTC', balance: '1.5' });
		expect(sb.requests).toHaveLength(1);
		expect(sb.requests[0].url).toBe('/wallet/balance?currency=BTC');
		expectSigned(sb.requests[0]);
	});

	test('Get All Balances, as one item or one item per currency', async () => {
		const single = await run(sb, {
			resource: 'wallet',
			operation: 'getBalances',
			output: 'single',
		});
		expect(single[0].json.BTC).toBe('1.5'); // money as its exact decimal text
		const split = await run(sb, { resource: 'wallet', operation: 'getBalances', output: 'split' });
		expect(split).toEqual(
			expect.arrayContaining([
				expect.objectContaining({
					json: { currency: 'ETH', balance: '10' },
					pairedItem: { item: 0 },
				}),
			]),
		);
		expect(split.find((i) => i.json.currency === 'error')).toBeUndefined();
		expectSigned(sb.requests[sb.requests.length - 1]);
	});
});

describe('Withdrawal', () => {
	test('the credential is loaded once per execution, while every request gets its own timestamp and signature', async () => {
		let loads = 0;
		const credentials = { ...sb.credentials };
		Object.defineProperty(credentials, 'privateKey', {
			enumerable: true,
			get: () => {
				loads += 1; // read once each time n8n hands the credential out (a load + decryption)
				return sb.credentials.privateKey;
			},
		});
		const items = [0, 1, 2, 3, 4].map((k) => ({ amount: `0.0${k + 1}` }));
		const out = await run(
			sb,
			{
				resource: 'withdrawal',
				operation: 'create',
				currency: 'BTC',
				amount: '={{ $json.amount }}',
				address: BTC_ADDRESS,
				additionalFields: {},
				options: { tagPayouts: false },
			},
			items,
			{ credentials },
		);
		expect(out).toHaveLength(5);
		expect(loads).toBe(1);
		const signed = apiCalls(sb).filter((r) => r.path === '/wallet/create_withdrawal');
		expect(signed).toHaveLength(5);
		expect(new Set(signed.map((r) => r.headers['x-access-sign'])).size).toBe(5);
	});

	test('Create sends exactly the signed JSON, with the amount as the given decimal text', async () => {
		const before = sb.balance('BTC');
		const out = await run(sb, {
			resource: 'withdrawal',
			operation: 'create',
			currency: 'BTC',
			amount: '0.01000000',
			address: BTC_ADDRESS,
			additionalFields: {
				description: 'Payout #7 — café',
				priority: 'high',
				ipnUrl: 'https://example.com/ipn?token=abc',
			},
			options: { tagPayouts: false },
		});
		expect(out[0].json).toMatchObject({
			status: 'pending',
			currency: 'BTC',
			address: BTC_ADDRESS,
			error: 'ok',
		});
		const posts = apiCalls(sb);
		expect(posts).toHaveLength(1);
		expect(posts[0].path).toBe('/wallet/create_withdrawal');
		expect(posts[0].body).toBe(
			'{"currency":"BTC","amount":"0.01000000","address":"35NjwZg8T4F12ESdEo3rQeYQ8ZiTyDYoTJ","description":"Payout #7 — café","priority":"high","ipn_url":"https://example.com/ipn?token=abc"}',
		);
		expectSigned(posts[0]);
		expect(sb.balance('BTC')).toBe('1.48990000'); // 1.5 - 0.01 - fee 0.0001
		expect(before).toBe('1.50000000');
	});

	test('Create for a destination-tag currency sends the tag', async () => {
		await run(sb, {
			resource: 'withdrawal',
			operation: 'create',
			currency: 'XRP',
			amount: '12.5',
			address: 'rw2ciyaNshpHe7bCHo4bRWq6pqqynnWKQg',
			additionalFields: { destTag: '755785168' },
			options: { tagPayouts: false },
		});
		expect(JSON.parse(apiCalls(sb)[0].body)).toEqual({
			currency: 'XRP',
			amount: '12.5',
			address: 'rw2ciyaNshpHe7bCHo4bRWq6pqqynnWKQg',
			dest_tag: '755785168',
		});
	});

	test('Create tags the description by default, so Check Outcome can find the withdrawal', async () => {
		await run(sb, {
			resource: 'withdrawal',
			operation: 'create',
			currency: 'BTC',
			amount: '0.01',
			address: BTC_ADDRESS,
			additionalFields: { description: 'Payout #8' },
			options: {},
		});
		await run(sb, {
			resource: 'withdrawal',
			operation: 'create',
			currency: 'BTC',
			amount: '0.01',
			address: BTC_ADDRESS,
			additionalFields: {},
			options: {},
		});
		const [first, second] = apiCalls(sb).map((c) => JSON.parse(c.body).description as string);
		expect(first).toMatch(/^Payout #8 \[n8n-[a-z2-7]{10}\]$/);
		expect(second).toMatch(/^\[n8n-[a-z2-7]{10}\]$/);
		expect(first.slice(-15)).not.toBe(second.slice(-15));
	});

	test('Create Many (items mode): one request per currency; each output item carries its own result', async () => {
		sb.setBalance('BTC', '0.03');
		const input = [
			{ to: BTC_ADDRESS_3, amt: '5', ref: '40124' }, // more than the balance
			{ to: BTC_ADDRESS_2, amt: '0.015', ref: '40125' },
			{ to: BTC_ADDRESS, amt: '0.010', ref: '40126' },
		];
		const out = await run(
			sb,
			{
				resource: 'withdrawal',
				operation: 'createMany',
				inputMode: 'items',
				currency: 'BTC',
				priority: 'high',
				address: '={{ $json.to }}',
				amount: '={{ $json.amt }}',
				description: '={{ $json.ref }}',
				ipnUrl: '',
				options: { tagPayouts: false },
			},
			input,
		);
		const posts = apiCalls(sb);
		expect(posts).toHaveLength(1);
		expect(JSON.parse(posts[0].body)).toEqual({
			currency: 'BTC',
			priority: 'high',
			transactions: [
				{ address: BTC_ADDRESS_3, amount: '5', description: '40124' },
				{ address: BTC_ADDRESS_2, amount: '0.015', description: '40125' },
				{ address: BTC_ADDRESS, amount: '0.010', description: '40126' },
			],
		});
		expectSigned(posts[0]);
		expect(out.map((o) => o.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		expect(out[0].json).toMatchObject({
			success: false,
			error: 'insufficient_funds',
			description: '40124',
		});
		expect(String(out[0].json.errorMessage)).toMatch(/Insufficient funds/);
		expect(out[1].json).toMatchObject({
			success: true,
			error: 'ok',
			description: '40125',
			status: 'pending',
		});
		expect(out[2].json).toMatchObject({ success: true, error: 'ok', description: '40126' });
	});

	test('Create Many groups items by currency', async () => {
		const out = await run(
			sb,
			{
				resource: 'withdrawal',
				operation: 'createMany',
				inputMode: 'items',
				currency: '={{ $json.cur }}',
				priority: 'medium',
				address: '={{ $json.to }}',
				amount: '0.5',
				options: {},
			},
			[
				{ cur: 'LTC', to: 'LeNUXUqWC48uu3xJo4JK5LqTvWAv6wCYm8' },
				{ cur: 'BTC', to: BTC_ADDRESS },
				{ cur: 'LTC', to: 'MSZLgMQeAy86yG6LykuWU3vVyRA362Zrnc' },
			],
		);
		const posts = apiCalls(sb);
		expect(posts).toHaveLength(2);
		expect(posts.map((p) => JSON.parse(p.body).currency).sort()).toEqual(['BTC', 'LTC']);
		expect(out.map((o) => [o.pairedItem, o.json.currency])).toEqual([
			[{ item: 0 }, 'LTC'],
			[{ item: 1 }, 'BTC'],
			[{ item: 2 }, 'LTC'],
		]);
	});

	test('Create Many (list mode): the listed withdrawals of one item in one request', async () => {
		const out = await run(sb, {
			resource: 'withdrawal',
			operation: 'createMany',
			inputMode: 'list',
			currency: 'BTC',
			priority: 'low',
			transactions: {
				transaction: [
					{ address: BTC_ADDRESS, amount: '0.001' },
					{ address: BTC_ADDRESS_2, amount: '0.002', description: 'b' },
				],
			},
			options: { tagPayouts: false },
		});
		expect(out).toHaveLength(2);
		expect(out.every((o) => o.json.success === true)).toBe(true);
		expect(JSON.parse(apiCalls(sb)[0].body).transactions).toEqual([
			{ address: BTC_ADDRESS, amount: '0.001' },
			{ address: BTC_ADDRESS_2, amount: '0.002', description: 'b' },
		]);
	});
});

describe('Transaction', () => {
	test('Get by ID and by label', async () => {
		const sent = await run(sb, {
			resource: 'withdrawal',
			operation: 'create',
			currency: 'BTC',
			amount: '0.1',
			address: BTC_ADDRESS,
			additionalFields: {},
			options: {},
		});
		const id = sent[0].json.id as number;
		const byId = await run(sb, {
			resource: 'transaction',
			operation: 'get',
			by: 'id',
			transactionId: String(id),
		});
		expect(byId[0].json).toMatchObject({ id, type: 'send', currency: 'BTC' });
		expect(JSON.parse(apiCalls(sb)[1].body)).toEqual({ id });

		const addr = await run(sb, {
			resource: 'address',
			operation: 'generate',
			currency: 'BTC',
			ipnUrl: 'http://127.0.0.1:9/ipn',
			additionalFields: { label: 'order-77' },
		});
		await sb.deposit({ address: addr[0].json.address, amount: '0.2' });
		const byLabel = await run(sb, {
			resource: 'transaction',
			operation: 'get',
			by: 'label',
			label: 'order-77',
		});
		expect(byLabel[0].json).toMatchObject({
			type: 'receive',
			label: 'order-77',
			status: 'completed',
		});
	});

	test('Get Many: Limit, Return All across pages of 100, filters', async () => {
		const addr = await run(sb, {
			resource: 'address',
			operation: 'generate',
			currency: 'LTC',
			ipnUrl: 'http://127.0.0.1:9/ipn',
			additionalFields: {},
		});
		for (let k = 0; k < 130; k++)
			await sb.deposit({ address: addr[0].json.address, amount: '0.01' });
		await run(sb, {
			resource: 'withdrawal',
			operation: 'create',
			currency: 'BTC',
			amount: '0.1',
			address: BTC_ADDRESS,
			additionalFields: {},
			options: {},
		});
		sb.requests.length = 0;

		const limited = await run(sb, {
			resource: 'transaction',
			operation: 'getAll',
			returnAll: false,
			limit: 7,
			filters: {},
		});
		expect(limited).toHaveLength(7);
		expect(JSON.parse(sb.requests[0].body)).toEqual({ limit: 7, offset: 0 });

		sb.requests.length = 0;
		const all = await run(sb, {
			resource: 'transaction',
			operation: 'getAll',
			returnAll: true,
			filters: { currency: 'LTC', type: 'receive', order: 'asc' },
		});
		expect(all).toHaveLength(130);
		expect(new Set(all.map((i) => i.json.id)).size).toBe(130);
		expect(sb.requests.map((r) => JSON.parse(r.body))).toEqual([
			{ currency: 'LTC', type: 'receive', order: 'asc', limit: 100, offset: 0 },
			{ currency: 'LTC', type: 'receive', order: 'asc', limit: 100, offset: 100 },
		]);
		sb.requests.forEach(expectSigned);
	});
});

describe('Address and Invoice', () => {
	test('Address Generate', async () => {
		const out = await run(sb, {
			resource: 'address',
			operation: 'generate',
			currency: 'XRP',
			ipnUrl: 'https://example.com/ipn',
			additionalFields: { label: 'cust-1' },
		});
		expect(out[0].json).toMatchObject({ currency: 'XRP', label: 'cust-1', error: 'ok' });
		expect(String(out[0].json.dest_tag)).toMatch(/^\d+$/);
		expect(JSON.parse(apiCalls(sb)[0].body)).toEqual({
			currency: 'XRP',
			ipn_url: 'https://example.com/ipn',
			label: 'cust-1',
		});
	});

	test('Invoice Create and Get Transactions', async () => {
		const inv = await run(sb, {
			resource: 'invoice',
			operation: 'create',
			currencies: ['BTC', 'USDTTRC'],
			amount: '100',
			ipnUrl: 'http://127.0.0.1:9/ipn',
			additionalFields: {
				description: 'Order 1234',
				label: '1234',
				ttl: 10,
				successUrl: 'https://shop.example/thanks',
			},
		});
		expect(inv[0].json).toMatchObject({ error: 'ok' });
		expect(JSON.parse(apiCalls(sb)[0].body)).toEqual({
			currencies: ['BTC', 'USDTTRC'],
			amount: '100',
			amount_in_usd: true,
			ipn_url: 'http://127.0.0.1:9/ipn',
			success_url: 'https://shop.example/thanks',
			description: 'Order 1234',
			label: '1234',
			ttl: 10,
		});
		const token = inv[0].json.token as string;
		await sb.deposit({ token, currency: 'BTC', amount: '0.002' });
		const txs = await run(sb, {
			resource: 'invoice',
			operation: 'getTransactions',
			invoice: token,
			output: 'split',
		});
		expect(txs).toHaveLength(1);
		expect(txs[0].json).toMatchObject({ currency: 'BTC', type: 'receive' });
		const last = sb.requests[sb.requests.length - 1];
		expect(last.url).toBe(`/address/invoice_transactions?token=${token}`);
		expectSigned(last);
		const raw = await run(sb, {
			resource: 'invoice',
			operation: 'getTransactions',
			invoice: token,
			output: 'raw',
		});
		expect(raw[0].json).toMatchObject({ count: 1, error: 'ok' });
	});
});

describe('Bad input is rejected before anything is sent', () => {
	const base = {
		resource: 'withdrawal',
		operation: 'create',
		currency: 'BTC',
		amount: '0.1',
		address: BTC_ADDRESS,
		additionalFields: {},
		options: {},
	};
	const cases: Array<[string, IDataObject, RegExp]> = [
		['exponent amount', { amount: '1e-5' }, /^Amount .*not a plain decimal/],
		['empty amount', { amount: '' }, /^Amount is required/],
		['negative amount', { amount: '-1' }, /^Amount .*not a plain decimal/],
		['comma amount', { amount: '0,1' }, /^Amount .*not a plain decimal/],
		['NaN amount', { amount: 'NaN' }, /^Amount .*not a plain decimal/],
		['zero amount', { amount: '0.000' }, /^Amount must be greater than zero/],
		['number amount', { amount: '={{ 0.1 }}' }, /^Amount must be given as text/],
		[
			'address failing the currency regex',
			{ address: '0x57689002367b407f031f1BB5Ef2923F103015A32' },
			/^Address .*not a valid Bitcoin address/,
		],
		[
			'missing destination tag',
			{ currency: 'XRP', address: 'rw2ciyaNshpHe7bCHo4bRWq6pqqynnWKQg' },
			/^Destination Tag is required for XRP/,
		],
		[
			'bad priority',
			{ additionalFields: { priority: 'urgent' } },
			/^Priority must be low, medium or high/,
		],
		['bad IPN URL', { additionalFields: { ipnUrl: 'ftp://x' } }, /^IPN URL .*not a valid http/],
		['unknown currency', { currency: 'FOO' }, /^Currency "FOO" is not a WestWallet currency/],
		[
			'bulk for a non-bulk currency',
			{
				operation: 'createMany',
				inputMode: 'items',
				currency: 'ETH',
				address: '0x57689002367b407f031f1BB5Ef2923F103015A32',
				priority: 'medium',
			},
			/^Currency "ETH" cannot be sent in bulk/,
		],
		[
			'bulk with a bad amount',
			{ operation: 'createMany', inputMode: 'items', amount: '1e3', priority: 'medium' },
			/^Amount /,
		],
		[
			'address label over 30 chars',
			{
				resource: 'address',
				operation: 'generate',
				ipnUrl: 'https://e.x/i',
				additionalFields: { label: 'x'.repeat(31) },
			},
			/^Label is 31 characters/,
		],
		[
			'address without IPN URL',
			{ resource: 'address', operation: 'generate', ipnUrl: '', additionalFields: {} },
			/^IPN URL /,
		],
		[
			'invoice ttl over 15',
			{
				resource: 'invoice',
				operation: 'create',
				currencies: ['BTC'],
				amount: '1',
				ipnUrl: 'https://e.x/i',
				additionalFields: { ttl: 16 },
			},
			/^Lifetime \(Minutes\) must be/,
		],
		[
			'invoice label over 30',
			{
				resource: 'invoice',
				operation: 'create',
				currencies: ['BTC'],
				amount: '1',
				ipnUrl: 'https://e.x/i',
				additionalFields: { label: 'y'.repeat(31) },
			},
			/^Label is 31/,
		],
		[
			'invoice bad amount',
			{
				resource: 'invoice',
				operation: 'create',
				currencies: ['BTC'],
				amount: '1.2.3',
				ipnUrl: 'https://e.x/i',
				additionalFields: {},
			},
			/^Amount /,
		],
		[
			'transaction id not a number',
			{ resource: 'transaction', operation: 'get', by: 'id', transactionId: '12a' },
			/^Transaction ID "12a" is not a transaction ID/,
		],
	];
	test.each(cases)('%s', async (_name, override, message) => {
		let error: Error | undefined;
		try {
			await run(sb, { ...base, ...override });
		} catch (e) {
			error = e as Error;
		}
		expect(error).toBeDefined();
		expect(error!.message).toMatch(message);
		expect((error as { description?: string }).description).toMatch(/Nothing was sent/);
		expect(apiCalls(sb)).toHaveLength(0);
	});

	test('with Continue On Fail, a bad item is reported and the good one is still sent', async () => {
		const out = await run(
			sb,
			{ ...base, amount: '={{ $json.amt }}' },
			[{ amt: '1e-5' }, { amt: '0.2' }],
			{ continueOnFail: true },
		);
		expect(out[0]).toMatchObject({
			pairedItem: { item: 0 },
			json: { error: expect.stringMatching(/^Amount/) },
		});
		expect(out[1]).toMatchObject({
			pairedItem: { item: 1 },
			json: { status: 'pending', error: 'ok' },
		});
		expect(apiCalls(sb)).toHaveLength(1);
	});

	test('bulk: an invalid item stops the run before any request (without Continue On Fail)', async () => {
		await expect(
			run(
				sb,
				{
					resource: 'withdrawal',
					operation: 'createMany',
					inputMode: 'items',
					currency: 'BTC',
					priority: 'medium',
					address: '={{ $json.to }}',
					amount: '0.01',
					options: {},
				},
				[{ to: BTC_ADDRESS }, { to: 'not-an-address' }],
			),
		).rejects.toThrow(/Address "not-an-address" is not a valid Bitcoin address/);
		expect(apiCalls(sb)).toHaveLength(0);
	});
});

describe('Provider errors', () => {
	const DOCUMENTED: Array<[string, RegExp]> = [
		['wrong_auth', /public key is wrong/],
		['ip_not_allowed', /not in the allowed list/],
		['wrong_hmac', /signature was rejected/],
		['not_allowed_by_api_key', /not allowed to do this action/],
		['account_blocked', /account is blocked/],
		['bad_address', /address is not valid/],
		['bad_dest_tag', /destination tag is missing or invalid/],
		['insufficient_funds', /Insufficient funds/],
		['max_withdraw_error', /greater than the maximum/],
		['min_withdraw_error', /less than the minimum/],
		['currency_not_found', /Unknown currency/],
		['currency_not_active', /not active/],
		['deposit_not_allowed', /Deposits .* not allowed/],
		['not_found', /No transaction or payment page/],
		['wrong_ipn_url', /IPN URL is invalid/],
		['self_address', /belongs to your own/],
		['bad_priority', /priority is not allowed/],
		['too_much_addresses_per_day', /Too many addresses/],
	];
	test.each(DOCUMENTED)('%s is mapped to a named, actionable message', async (code, message) => {
		sb.faults.push({
			path: '/wallet/create_withdrawal',
			status: 400,
			body: { error: code },
			times: 1,
		});
		let error: (Error & { description?: string; httpCode?: string }) | undefined;
		try {
			await run(sb, {
				resource: 'withdrawal',
				operation: 'create',
				currency: 'BTC',
				amount: '0.1',
				address: BTC_ADDRESS,
				additionalFields: {},
				options: {},
			});
		} catch (e) {
			error = e as never;
		}
		expect(error?.constructor.name).toBe('NodeApiError');
		expect(error!.message).toContain(`[${code}]`);
		expect(error!.message).toMatch(message);
		expect(error!.httpCode).toBe('400');
		expectNoSecrets(sb, error);
	});

	test('a 200 answer carrying an error code is an error too', async () => {
		sb.faults.push({
			path: '/wallet/balance',
			status: 200,
			body: { error: 'currency_not_found' },
			times: 1,
		});
		await expect(
			run(sb, { resource: 'wallet', operation: 'getBalance', currency: 'BTC' }),
		).rejects.toThrow(/\[currency_not_found\]/);
	});

	test('real rejections by the sandbox: wrong public key, wrong private key; no secret leaks', async () => {
		const wrongPub = { ...sb.credentials, publicKey: 'wrong_public_key_123' };
		const e1 = await run(
			sb,
			{ resource: 'wallet', operation: 'getBalances', output: 'single' },
			[{}],
			{ credentials: wrongPub },
		).catch((e) => e);
		expect(e1.message).toMatch(/\[wrong_auth\]/);
		expect(e1.httpCode).toBe('401');
		expect(JSON.stringify(e1) + e1.message + e1.description).not.toContain('wrong_public_key_123');
		const wrongPriv = { ...sb.credentials, privateKey: 'not_the_private_key' };
		const e2 = await run(
			sb,
			{ resource: 'wallet', operation: 'getBalances', output: 'single' },
			[{}],
			{ credentials: wrongPriv },
		).catch((e) => e);
		expect(e2.message).toMatch(/\[wrong_hmac\]/);
		expect(JSON.stringify(e2) + e2.message + e2.description + e2.stack).not.toContain(
			'not_the_private_key',
		);
		expectNoSecrets(sb, e2);
	});

	test('with Continue On Fail the error item names the code and holds no secret', async () => {
		sb.faults.push({
			path: '/wallet/create_withdrawal',
			status: 400,
			body: { error: 'insufficient_funds' },
			times: 1,
		});
		const out = await run(
			sb,
			{
				resource: 'withdrawal',
				operation: 'create',
				currency: 'BTC',
				amount: '0.1',
				address: BTC_ADDRESS,
				additionalFields: {},
				options: {},
			},
			[{}],
			{ continueOnFail: true },
		);
		expect(out[0].json.error).toMatch(/\[insufficient_funds\]/);
		expect(out[0].pairedItem).toEqual({ item: 0 });
		expectNoSecrets(sb, out);
	});
});

describe('Retries: reads only, never money', () => {
	test('a read is retried on 503 and 429, honouring Retry-After and X-RateLimit-Reset', async () => {
		sb.faults.push({
			path: '/wallet/balance',
			status: 503,
			body: { error: 'unavailable' },
			headers: { 'Retry-After': '0' },
			times: 1,
		});
		sb.faults.push({
			path: '/wallet/balance',
			status: 429,
			body: {},
			headers: { 'X-RateLimit-Reset': String(Math.floor(Date.now() / 1000)) },
			times: 1,
		});
		const out = await run(sb, { resource: 'wallet', operation: 'getBalance', currency: 'BTC' });
		expect(out[0].json.balance).toBe('1.5');
		expect(sb.requests.filter((r) => r.path === '/wallet/balance')).toHaveLength(3);
	});

	test('a withdrawal answered 503 is not retried, and its outcome is reported as UNKNOWN (never "try again")', async () => {
		sb.faults.push({
			path: '/wallet/create_withdrawal',
			status: 503,
			body: { error: 'unavailable' },
			headers: { 'Retry-After': '0' },
			times: 3,
		});
		const error = await run(sb, {
			resource: 'withdrawal',
			operation: 'create',
			currency: 'BTC',
			amount: '0.1',
			address: BTC_ADDRESS,
			additionalFields: {},
			options: {},
		}).catch((e) => e);
		expect(error.message).toMatch(/outcome of this payout is UNKNOWN/);
		expect(`${error.message} ${error.description}`).not.toMatch(/try again/i);
		expect(error.context.outcome).toBe('unknown');
		expect(apiCalls(sb)).toHaveLength(1);
	});

	test('a dropped connection after the withdrawal was made: one withdrawal, reported as UNKNOWN outcome', async () => {
		sb.faults.push({ path: '/wallet/create_withdrawal', drop: 'after', times: 1 });
		const error = await run(sb, {
			resource: 'withdrawal',
			operation: 'create',
			currency: 'BTC',
			amount: '0.1',
			address: BTC_ADDRESS,
			additionalFields: {},
			options: {},
		}).catch((e) => e);
		expect(error.message).toMatch(/outcome of this payout is UNKNOWN/);
		expect(error.description).toMatch(/NOT retried/);
		expect(apiCalls(sb)).toHaveLength(1);
		const sends = sb.snapshot().transactions.filter((t) => t.type === 'send');
		expect(sends).toHaveLength(1);
		expectNoSecrets(sb, error);
	});

	test('bulk: a dropped connection is not retried either', async () => {
		sb.faults.push({ path: '/wallet/create_withdrawal/many', drop: 'after', times: 1 });
		const error = await run(
			sb,
			{
				resource: 'withdrawal',
				operation: 'createMany',
				inputMode: 'items',
				currency: 'BTC',
				priority: 'medium',
				address: '={{ $json.to }}',
				amount: '0.01',
				options: {},
			},
			[{ to: BTC_ADDRESS }, { to: BTC_ADDRESS_2 }],
		).catch((e) => e);
		expect(error.message).toMatch(/UNKNOWN/);
		expect(apiCalls(sb)).toHaveLength(1);
		expect(sb.snapshot().transactions.filter((t) => t.type === 'send')).toHaveLength(2);
	});
});

describe('Amounts in answers are exact decimal text', () => {
	test('18-decimal ETH values, 1e-7 style exponents and trailing zeros survive digit for digit', async () => {
		// WestWallet's answers as JSON numbers (the sandbox keeps 8 decimals, so the answer is injected as raw text)
		sb.faults.push({
			path: '/wallet/balance',
			status: 200,
			body: '{"balance":1.000000000000000001,"currency":"ETH"}',
			times: 1,
		});
		const [eth] = await run(sb, { resource: 'wallet', operation: 'getBalance', currency: 'ETH' });
		expect(eth.json.balance).toBe('1.000000000000000001'); // a float would give 1
		sb.faults.push({
			path: '/wallet/balances',
			status: 200,
			body: '{"ETH":0.100000000000000000,"BTC":1e-7,"XMR":12.500000000000}',
			times: 1,
		});
		const [all] = await run(sb, { resource: 'wallet', operation: 'getBalances', output: 'single' });
		expect(all.json).toEqual({
			ETH: '0.100000000000000000',
			BTC: '0.0000001',
			XMR: '12.500000000000',
		});
		sb.faults.push({
			path: '/wallet/transactions',
			status: 200,
			body: '{"error":"ok","result":[{"id":9007199254740993,"amount":0.30000000000000004,"fee":"0.00027500"}]}',
			times: 1,
		});
		const [tx] = await run(sb, {
			resource: 'transaction',
			operation: 'getAll',
			returnAll: false,
			limit: 1,
			filters: {},
		});
		expect(tx.json).toEqual({
			id: '9007199254740993',
			amount: '0.30000000000000004',
			fee: '0.00027500',
		});
		const [currency] = await run(sb, { resource: 'currency', operation: 'getAll', options: {} });
		expect(typeof currency.json.min_withdraw).toBe('string');
		expect(typeof currency.json.max_withdraw_transactions_per_day).toBe('number'); // a count, not money
	});
});
