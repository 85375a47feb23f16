/** Accounts, the deposit address and webhooks over real HTTP against the sandbox. */
import type { AddressSoSandbox } from './setup';
import { ACCOUNT_11, byId, hits, run, startSandbox, WALLET_5 } from './setup';

let sb: AddressSoSandbox;
beforeAll(async () => {
	sb = await startSandbox();
});
afterAll(async () => sb.close());
beforeEach(() => sb.reset());

describe('accounts', () => {
	test("Create on the SDK's path (with the wallet ID), Get, Get Many, Delete", async () => {
		const [created] = await run(sb, {
			resource: 'account',
			operation: 'create',
			...WALLET_5,
			options: {},
		});
		expect(created).toMatchObject({ coin: 'btc', wallet_id: 5, balance_int: '0' });
		expect(hits(sb, '/api/coins/btc/wallets/5/accounts', 'POST')).toHaveLength(1);
		const id = String(created.id);
		const [got] = await run(sb, {
			resource: 'account',
			operation: 'get',
			...WALLET_5,
			account: byId(id),
			options: {},
		});
		expect(got.address).toBe(created.address);
		const all = await run(sb, {
			resource: 'account',
			operation: 'getAll',
			...WALLET_5,
			returnAll: false,
			limit: 10,
			options: { convertAmounts: true },
		});
		expect(all.map((a) => String(a.id))).toEqual(expect.arrayContaining(['11', id]));
		expect(all.find((a) => a.id === 11)?.balance_decimal).toBe('0.25');
		expect(hits(sb, '/api/coins/btc/wallets/5/accounts', 'GET')[0].query).toEqual({ limit: '10' });
		const [deleted] = await run(sb, {
			resource: 'account',
			operation: 'delete',
			...WALLET_5,
			account: byId(id),
		});
		expect(deleted).toMatchObject({ deleted: true });
	});

	test('Archive: the IDs as a PHP-style list in the query string', async () => {
		const a = await run(sb, { resource: 'account', operation: 'create', ...WALLET_5, options: {} });
		const b = await run(sb, { resource: 'account', operation: 'create', ...WALLET_5, options: {} });
		const ids = `${String(a[0].id)}, ${String(b[0].id)}`;
		const [out] = await run(sb, {
			resource: 'account',
			operation: 'archive',
			...WALLET_5,
			accountIds: ids,
		});
		expect(out.accounts).toEqual([String(a[0].id), String(b[0].id)]);
		const [req] = hits(sb, '/api/coins/btc/wallets/5/accounts/archive', 'DELETE');
		expect(req.url).toBe(
			`/api/coins/btc/wallets/5/accounts/archive?accounts%5B0%5D=${String(a[0].id)}&accounts%5B1%5D=${String(b[0].id)}`,
		);
		const left = await run(sb, {
			resource: 'account',
			operation: 'getAll',
			...WALLET_5,
			returnAll: true,
			options: {},
		});
		expect(left.map((x) => x.id)).not.toContain(a[0].id);
	});

	test('Get Transactions, Estimate Fee', async () => {
		const txs = await run(sb, {
			resource: 'account',
			operation: 'getTransactions',
			...ACCOUNT_11,
			returnAll: true,
			options: {},
		});
		expect(txs[0]).toMatchObject({ amount_int: '25000000', amount_float: '0.25' });
		expect(hits(sb, '/api/coins/btc/wallets/5/accounts/11/transactions')[0].query).toEqual({
			limit: '100000',
		});
		const [fee] = await run(sb, {
			resource: 'account',
			operation: 'estimateFee',
			...ACCOUNT_11,
			amount: '0.1',
			feePriority: 3,
			options: {},
		});
		expect(fee).toMatchObject({ coin: 'btc', amount: '0.1' });
		expect(hits(sb, '/api/coins/btc/wallets/5/accounts/11/estimate_fee')[0].body).toBe(
			'amount=0.1&fee_priority=3',
		);
	});
});

describe('invoice and webhooks', () => {
	test('Get Deposit Address', async () => {
		const [out] = await run(sb, { resource: 'invoice', operation: 'getDepositAddress' });
		expect(out).toBeDefined();
		expect(hits(sb, '/api/invoice/deposit', 'GET')).toHaveLength(1);
	});

	test('Create (wallet and account), Get Many, Get, Update, Delete', async () => {
		const [wallet] = await run(sb, {
			resource: 'webhook',
			operation: 'create',
			url: 'https://example.com/hook',
			type: 'wallet',
			...WALLET_5,
			options: {},
		});
		expect(wallet).toMatchObject({ url: 'https://example.com/hook', type: 'wallet' });
		expect(hits(sb, '/api/webhooks', 'POST')[0].body).toBe(
			'url=https%3A%2F%2Fexample.com%2Fhook&type=wallet&entity_id=5',
		);
		const [account] = await run(sb, {
			resource: 'webhook',
			operation: 'create',
			url: 'https://example.com/a',
			type: 'account',
			...ACCOUNT_11,
			options: {},
		});
		expect(hits(sb, '/api/webhooks', 'POST')[1].body).toContain('type=account&entity_id=11');
		const list = await run(sb, {
			resource: 'webhook',
			operation: 'getAll',
			returnAll: true,
			options: {},
		});
		expect(list.map((w) => w.id)).toEqual(expect.arrayContaining([wallet.id, account.id]));
		const id = String(wallet.id);
		const [got] = await run(sb, {
			resource: 'webhook',
			operation: 'get',
			webhookId: id,
			options: {},
		});
		expect(got.url).toBe('https://example.com/hook');
		const [updated] = await run(sb, {
			resource: 'webhook',
			operation: 'update',
			webhookId: id,
			url: 'https://example.com/new',
			options: {},
		});
		expect(updated.url).toBe('https://example.com/new');
		const [deleted] = await run(sb, { resource: 'webhook', operation: 'delete', webhookId: id });
		expect(deleted).toMatchObject({ id, delete: true });
	});
});
