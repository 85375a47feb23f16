/**
 * The WestWallet node's the currency, wallet, transaction and address/invoice operations, run through n8n-core's execution context
 * with the real credential signing, over real HTTP against the local sandbox (which checks the
 * signature on the raw bytes exactly as WestWallet does).
 */
import { expectSignedBy } from './node.helpers';
import type { WestWalletSandbox } from './setup';
import { BTC_ADDRESS, apiCalls, options, run, useWestWalletSandbox } from './setup';

let sb: WestWalletSandbox;
useWestWalletSandbox((started) => (sb = started));
const expectSigned = (req: Parameters<typeof expectSignedBy>[1]) => expectSignedBy(sb, req);

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
