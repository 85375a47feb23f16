/** Wallets against the sandbox: create, create many (one batch request), get, by name, update, delete, list. */
import type { IDataObject } from 'n8n-workflow';
import type { WyreSandbox } from './setup';
import { apiRequests, op, rl, run, startSandbox, WALLET } from './setup';

let sb: WyreSandbox;
beforeAll(async () => {
	sb = await startSandbox();
});
afterAll(async () => sb.close());
beforeEach(() => sb.reset());

describe('Wallet', () => {
	it('creates a wallet with type, callback URL and notes', async () => {
		const [w] = await op(sb, 'wallet', 'create', {
			name: 'user-1',
			type: 'SAVINGS',
			additionalFields: { callbackUrl: 'https://example.com/cb', notes: 'n' },
		});
		expect(w).toMatchObject({
			name: 'user-1',
			type: 'SAVINGS',
			callbackUrl: 'https://example.com/cb',
		});
		expect(String(w.id)).toMatch(/^WA_/);
		expect(JSON.parse(apiRequests(sb)[0].body)).toEqual({
			name: 'user-1',
			type: 'SAVINGS',
			callbackUrl: 'https://example.com/cb',
			notes: 'n',
		});
	});

	it('Create Many sends every input item in ONE batch request, one output item per input', async () => {
		const out = await run(
			sb,
			{ resource: 'wallet', operation: 'createMany', name: '={{ $json.user }}' },
			[{ user: 'a' }, { user: 'b' }, { user: 'c' }],
		);
		expect(out.map((o) => o.json.name)).toEqual(['a', 'b', 'c']);
		expect(out.map((o) => o.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		const sent = apiRequests(sb);
		expect(sent).toHaveLength(1);
		expect(sent[0].path).toBe('/v2/wallets/batch');
		expect(JSON.parse(sent[0].body).wallets.map((w: IDataObject) => w.name)).toEqual([
			'a',
			'b',
			'c',
		]);
	});

	it('Create Many: an invalid item stops the run before anything is sent', async () => {
		const out = run(
			sb,
			{ resource: 'wallet', operation: 'createMany', name: '={{ $json.user }}' },
			[{ user: 'a' }, { user: '' }],
		);
		await expect(out).rejects.toThrow(/Name is required/);
		expect(apiRequests(sb)).toHaveLength(0);
	});

	it('Create Many with Continue On Fail: the invalid item gets its error, the others one batch', async () => {
		const out = await run(
			sb,
			{ resource: 'wallet', operation: 'createMany', name: '={{ $json.user }}' },
			[{ user: 'a' }, { user: '' }, { user: 'c' }],
			{ continueOnFail: true },
		);
		expect(out[0].json.name).toBe('a');
		expect(out[1].json.error).toMatch(/Name is required/);
		expect(out[2].json.name).toBe('c');
		expect(apiRequests(sb)).toHaveLength(1);
	});

	it('Create Many: Wyre refusing the batch fails every item of it', async () => {
		const out = await run(
			sb,
			{ resource: 'wallet', operation: 'createMany', name: '={{ $json.user }}' },
			[{ user: 'sandbox-main' }, { user: 'fresh' }],
			{ continueOnFail: true },
		);
		expect(out[0].json.error).toMatch(/ValidationException/);
		expect(out[1].json.error).toMatch(/ValidationException/);
	});

	it('gets a wallet by ID, by name (locator) and with Get by Name; balances are exact text', async () => {
		const [byId] = await op(sb, 'wallet', 'get', { walletId: rl(WALLET) });
		expect(byId.name).toBe('sandbox-main');
		expect(typeof (byId.balances as IDataObject).BTC).toBe('string');
		const [byLocatorName] = await op(sb, 'wallet', 'get', { walletId: rl('sandbox-main', 'name') });
		expect(byLocatorName.id).toBe(WALLET);
		const [byName] = await op(sb, 'wallet', 'getByName', { name: 'sandbox-main' });
		expect(byName.id).toBe(WALLET);
		// the list mode carries the id like the id mode
		const [fromList] = await op(sb, 'wallet', 'get', { walletId: rl(WALLET, 'list') });
		expect(fromList.id).toBe(WALLET);
	});

	it('without Exact Amounts, balances still come out as exact decimal text', async () => {
		await sb.setBalance({ wallet: WALLET, currency: 'ETH', amount: '1.123456789012345678' });
		const [w] = await op(sb, 'wallet', 'get', {
			walletId: rl(WALLET),
			wyreOptions: { exactAmounts: false },
		});
		expect(apiRequests(sb).pop()!.query.format).toBeUndefined();
		expect((w.balances as IDataObject).ETH).toBe('1.123456789012345678');
	});

	it('updates a wallet found by name, and refuses an empty update before sending', async () => {
		const [w] = await op(sb, 'wallet', 'update', {
			walletId: rl('sandbox-main', 'name'),
			updateFields: { notes: 'updated', callbackUrl: 'https://example.com/x' },
		});
		expect(w).toMatchObject({ id: WALLET, notes: 'updated' });
		const update = apiRequests(sb).find((r) => r.path.endsWith('/update'))!;
		expect(update.path).toBe(`/v2/wallet/${WALLET}/update`);
		sb.requests.length = 0;
		const out = await run(
			sb,
			{ resource: 'wallet', operation: 'update', walletId: rl(WALLET), updateFields: {} },
			[{}],
			{ continueOnFail: true },
		);
		expect(out[0].json.error).toMatch(/Update Fields must set at least one/);
		expect(apiRequests(sb)).toHaveLength(0);
	});

	it('deletes an empty wallet (204 without a body is a success)', async () => {
		const [w] = await op(sb, 'wallet', 'create', { name: 'temp' });
		const [d] = await op(sb, 'wallet', 'delete', { walletId: rl(String(w.id)) });
		expect(d).toMatchObject({ deleted: true, id: w.id });
		expect(apiRequests(sb).pop()!.method).toBe('DELETE');
	});

	it('lists wallets with Return All and with a Limit', async () => {
		for (const name of ['w1', 'w2', 'w3']) await op(sb, 'wallet', 'create', { name });
		const all = await op(sb, 'wallet', 'getAll', { returnAll: true });
		expect(all.length).toBeGreaterThanOrEqual(5);
		const two = await op(sb, 'wallet', 'getAll', { returnAll: false, limit: 2 });
		expect(two).toHaveLength(2);
		const last = apiRequests(sb).pop()!;
		expect(last.query).toMatchObject({ offset: '0', limit: '2' });
		const later = new Date(Date.now() + 3600_000).toISOString();
		expect(await op(sb, 'wallet', 'getAll', { returnAll: true, filters: { from: later } })).toEqual(
			[],
		);
		expect(apiRequests(sb).pop()!.query.from).toBe(String(Date.parse(later)));
	});
});
