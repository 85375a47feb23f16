/** Rates, limits, subscriptions and the searchable lists (wallets, payment methods, accounts). */
import type {
	IDataObject,
	ILoadOptionsFunctions,
	INodeListSearchResult,
	INodeType,
} from 'n8n-workflow';
import { Wyre } from '../../nodes/Wyre/Wyre.node';
import { loadOptions } from '../helpers/harness';
import type { WyreSandbox } from './setup';
import {
	ACCOUNT,
	apiRequests,
	nodeSetup,
	op,
	PAYMENT_METHOD,
	run,
	startSandbox,
	WALLET,
} from './setup';

let sb: WyreSandbox;
beforeAll(async () => {
	sb = await startSandbox();
});
afterAll(async () => sb.close());
beforeEach(() => sb.reset());

describe('Rate and Limit', () => {
	it.each(['divisor', 'multiplier', 'priced'])(
		'rates as %s: every rate as exact text',
		async (as) => {
			const [rates] = await op(sb, 'rate', 'get', { as, wyreOptions: { exactAmounts: false } });
			expect(apiRequests(sb)[0].query.as).toBe(as);
			const first = Object.values(rates)[0];
			if (as === 'priced') {
				expect(typeof first).toBe('object');
				for (const v of Object.values(first as IDataObject)) expect(typeof v).toBe('string');
			} else {
				expect(typeof first).toBe('string');
				expect(first).toMatch(/^\d+(\.\d+)?$/);
			}
		},
	);

	it('limits', async () => {
		const [limits] = await op(sb, 'limit', 'get');
		expect(Object.keys(limits).length).toBeGreaterThan(0);
		expect(apiRequests(sb)[0].path).toBe('/v3/limits');
	});
});

describe('Subscription', () => {
	it('creates, lists and deletes a subscription', async () => {
		const [sub] = await op(sb, 'subscription', 'create', {
			subscribeToType: 'wallet',
			subscribeTo: WALLET,
			notifyTarget: 'https://example.com/hook',
		});
		expect(JSON.parse(apiRequests(sb)[0].body)).toEqual({
			subscribeTo: `wallet:${WALLET}`,
			notifyTarget: 'https://example.com/hook',
		});
		const list = await op(sb, 'subscription', 'getAll', { returnAll: true });
		expect(list.map((s) => s.id)).toContain(sub.id);
		const [deleted] = await op(sb, 'subscription', 'delete', { subscriptionId: sub.id });
		expect(deleted).toMatchObject({ deleted: true, id: sub.id });
		expect(await op(sb, 'subscription', 'getAll', { returnAll: true })).toHaveLength(0);
	});

	it('subscribes to a transfer given as a raw SRN', async () => {
		const [tx] = await op(sb, 'transfer', 'create', {
			sourceType: 'wallet',
			source: WALLET,
			sourceCurrency: 'BTC',
			sourceAmount: '0.001',
			destType: 'account',
			dest: ACCOUNT,
		});
		const [sub] = await op(sb, 'subscription', 'create', {
			subscribeToType: 'raw',
			subscribeTo: `transfer:${String(tx.id)}`,
			notifyTarget: 'https://example.com/hook',
		});
		expect(sub.subscribed ?? sub.subscribeTo).toBe(`transfer:${String(tx.id)}`);
	});

	it('refuses an SRN type a subscription cannot watch', async () => {
		const out = await run(
			sb,
			{
				resource: 'subscription',
				operation: 'create',
				subscribeToType: 'bitcoin',
				subscribeTo: 'x',
				notifyTarget: 'https://example.com/hook',
			},
			[{}],
			{ continueOnFail: true },
		);
		expect(out[0].json.error).toMatch(/Subscribe To Type must be one of/);
		expect(apiRequests(sb)).toHaveLength(0);
	});
});

describe('searchable lists', () => {
	/** Runs a listSearch method in n8n's LoadOptionsContext (through the harness's loadOptions). */
	async function search(method: string, filter?: string): Promise<INodeListSearchResult> {
		const fn = new Wyre().methods.listSearch[method as keyof Wyre['methods']['listSearch']] as (
			this: unknown,
			filter?: string,
		) => Promise<INodeListSearchResult>;
		let result: INodeListSearchResult | undefined;
		const nodeType = new Wyre() as unknown as INodeType;
		nodeType.methods = {
			loadOptions: {
				async run(this: ILoadOptionsFunctions) {
					result = await fn.call(this, filter);
					return [];
				},
			},
		};
		await loadOptions({ ...nodeSetup(sb, {}), nodeType }, 'run');
		return result as INodeListSearchResult;
	}

	it('wallets by name and id, filtered', async () => {
		const all = await search('searchWallets');
		expect(all.results.map((r) => r.value)).toContain(WALLET);
		expect(all.results.find((r) => r.value === WALLET)?.name).toBe(`sandbox-main (${WALLET})`);
		const some = await search('searchWallets', 'savings');
		expect(some.results.map((r) => r.value)).toEqual(['WA_SANDBOX0002']);
	});

	it('payment methods and the own account', async () => {
		const pms = await search('searchPaymentMethods');
		expect(pms.results.map((r) => r.value)).toContain(PAYMENT_METHOD);
		const accounts = await search('searchAccounts');
		expect(accounts.results.map((r) => r.value)).toEqual([ACCOUNT]);
	});
});
