/** Coins, wallets and limits over real HTTP against the sandbox. */
import type { AddressSoSandbox } from './setup';
import { byId, hits, run, startSandbox, WALLET_5 } from './setup';

let sb: AddressSoSandbox;
beforeAll(async () => {
	sb = await startSandbox();
});
afterAll(async () => sb.close());
beforeEach(() => sb.reset());

describe('coins', () => {
	test('Get Many and Get, precision included', async () => {
		const coins = await run(sb, { resource: 'coin', operation: 'getAll', returnAll: true });
		expect(coins.map((c) => c.coin)).toEqual(expect.arrayContaining(['btc', 'eth', 'xrp']));
		expect(coins.find((c) => c.coin === 'eth')?.precision).toBe(18);
		const limited = await run(sb, {
			resource: 'coin',
			operation: 'getAll',
			returnAll: false,
			limit: 2,
		});
		expect(limited).toHaveLength(2);
		const [btc] = await run(sb, { resource: 'coin', operation: 'get', coin: 'btc' });
		expect(btc).toMatchObject({ coin: 'btc', precision: 8 });
		expect(hits(sb, '/api/coins/btc', 'GET')).toHaveLength(1);
	});
});

describe('wallets', () => {
	test('Create, Get, Update, Set Permissions, Delete', async () => {
		const [created] = await run(sb, {
			resource: 'wallet',
			operation: 'create',
			coin: 'ltc',
			label: 'n8n ltc wallet',
			options: {},
		});
		expect(created).toMatchObject({ coin: 'ltc', label: 'n8n ltc wallet', balance_int: '0' });
		expect(hits(sb, '/api/coins/ltc/wallets', 'POST')[0].body).toBe('label=n8n+ltc+wallet');
		const id = String(created.id);
		const target = { coin: 'ltc', wallet: byId(id) };
		const [got] = await run(sb, { resource: 'wallet', operation: 'get', ...target, options: {} });
		expect(got.id).toBe(created.id);
		const [updated] = await run(sb, {
			resource: 'wallet',
			operation: 'update',
			...target,
			updateFields: { label: 'renamed' },
			options: {},
		});
		expect(updated.label).toBe('renamed');
		expect(hits(sb, `/api/coins/ltc/wallets/${id}`, 'PUT')[0].body).toBe('label=renamed');
		const [perms] = await run(sb, {
			resource: 'wallet',
			operation: 'setPermissions',
			...target,
			userId: '2',
			permissions: ['view', 'transfer'],
			options: {},
		});
		expect(perms.permissions).toEqual(
			expect.arrayContaining([{ user_id: 2, roles: expect.arrayContaining(['view', 'transfer']) }]),
		);
		expect(hits(sb, `/api/coins/ltc/wallets/${id}/permissions`)[0].body).toBe(
			'user_id=2&permissions%5B0%5D=view&permissions%5B1%5D=transfer',
		);
		const [deleted] = await run(sb, { resource: 'wallet', operation: 'delete', ...target });
		expect(deleted).toMatchObject({ deleted: true });
	});

	test('Get Many: all coins, or one coin', async () => {
		const all = await run(sb, {
			resource: 'wallet',
			operation: 'getAll',
			coin: 'all',
			returnAll: true,
			options: {},
		});
		expect(all.map((w) => w.coin)).toEqual(expect.arrayContaining(['btc', 'eth']));
		expect(hits(sb, '/api/wallets', 'GET')).toHaveLength(1);
		const btc = await run(sb, {
			resource: 'wallet',
			operation: 'getAll',
			coin: 'btc',
			returnAll: false,
			limit: 1,
			options: {},
		});
		expect(btc).toHaveLength(1);
		expect(btc[0].coin).toBe('btc');
	});

	test('amounts: *_int as exact digits beyond 2^53, *_float as exact text, converted on request', async () => {
		const [eth] = await run(sb, {
			resource: 'wallet',
			operation: 'get',
			coin: 'eth',
			wallet: byId('7'),
			options: { convertAmounts: true },
		});
		expect(eth.balance_int).toBe('12345678901234567890123');
		expect(typeof eth.balance_float).toBe('string');
		expect(eth.balance_decimal).toBe('12345.678901234567890123');
		const [plain] = await run(sb, {
			resource: 'wallet',
			operation: 'get',
			...WALLET_5,
			options: {},
		});
		expect(plain).not.toHaveProperty('balance_decimal');
	});

	test('Get Transactions: limit and tag are sent; amount_int as a string whatever its JSON type', async () => {
		for (const amountIntType of ['number', 'string']) {
			sb.setSettings({ amountIntType });
			const txs = await run(sb, {
				resource: 'wallet',
				operation: 'getTransactions',
				...WALLET_5,
				returnAll: false,
				limit: 5,
				options: { convertAmounts: true },
			});
			expect(txs.length).toBeGreaterThan(0);
			for (const tx of txs) {
				expect(typeof tx.amount_int).toBe('string');
				expect(tx.amount_decimal).toMatch(/^\d+(\.\d+)?$/);
			}
		}
		await run(sb, {
			resource: 'wallet',
			operation: 'getTransactions',
			...WALLET_5,
			returnAll: true,
			options: { tag: '42' },
		});
		const reqs = hits(sb, '/api/coins/btc/wallets/5/transactions');
		expect(reqs[0].query).toEqual({ limit: '5' });
		expect(reqs[reqs.length - 1].query).toMatchObject({ tag: '42' });
	});

	test('Estimate Fee: amount and priority, a read with no signature', async () => {
		const [fee] = await run(sb, {
			resource: 'wallet',
			operation: 'estimateFee',
			...WALLET_5,
			amount: '0.01',
			feePriority: 2,
			options: {},
		});
		expect(fee).toMatchObject({ coin: 'btc', amount: '0.01', fee_priority: 2 });
		const [req] = hits(sb, '/api/coins/btc/wallets/5/estimate_fee');
		expect(req.body).toBe('amount=0.01&fee_priority=2');
	});
});

describe('limits', () => {
	test('Set Limit, Get Limits, Update, Delete (at /api/limits/{id}, or /limits/{id})', async () => {
		const [limit] = await run(sb, {
			resource: 'wallet',
			operation: 'setLimit',
			...WALLET_5,
			amount: '0.5',
			period: 3600,
		});
		expect(hits(sb, '/api/wallets/5/limits', 'POST')[0].body).toBe('amount=0.5&period=3600');
		const id = String(limit.id);
		const limits = await run(sb, { resource: 'wallet', operation: 'getLimits', ...WALLET_5 });
		expect(limits.map((l) => String(l.id))).toContain(id);
		await run(sb, {
			resource: 'limit',
			operation: 'update',
			limitId: id,
			amount: '0.75',
			options: {},
		});
		expect(hits(sb, `/api/limits/${id}`, 'POST')[0].body).toBe('amount=0.75');
		await run(sb, {
			resource: 'limit',
			operation: 'update',
			limitId: id,
			amount: '0.8',
			options: { limitPath: 'root' },
		});
		const [root] = hits(sb, `/limits/${id}`, 'POST');
		expect(root.headers['x-api-token']).toBe(sb.credentials.apiToken);
		const [deleted] = await run(sb, {
			resource: 'limit',
			operation: 'delete',
			limitId: id,
			options: {},
		});
		expect(hits(sb, `/api/limits/${id}`, 'DELETE')).toHaveLength(1);
		expect(deleted).toBeDefined();
	});
});
