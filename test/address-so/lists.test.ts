/** The node's dropdowns and searchable lists (coins, wallets of a coin, accounts of a wallet). */
import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';
import { AddressSo } from '../../nodes/AddressSo/AddressSo.node';
import { searchAccounts, searchWallets } from '../../nodes/AddressSo/methods/listSearch';
import { loadOptions } from '../helpers/harness';
import type { AddressSoSandbox } from './setup';
import { hits, nodeSetup, startSandbox } from './setup';

let sb: AddressSoSandbox;
beforeAll(async () => {
	sb = await startSandbox();
});
afterAll(async () => sb.close());
beforeEach(() => sb.reset());

/** Runs a list search in n8n's LoadOptionsContext with the given current parameters. */
async function search(
	fn: typeof searchWallets,
	current: IDataObject,
	filter?: string,
): Promise<INodePropertyOptions[]> {
	const node = new AddressSo();
	node.methods.loadOptions = {
		...node.methods.loadOptions,
		probe: async function (this: ILoadOptionsFunctions) {
			const ctx = Object.assign(Object.create(this) as ILoadOptionsFunctions, {
				getCurrentNodeParameter: (name: string) => current[name],
			});
			return (await fn.call(ctx, filter)).results as INodePropertyOptions[];
		},
	} as never;
	return await loadOptions(nodeSetup(sb, {}, { nodeType: node }), 'probe');
}

test('coins, and "All Coins" first for Wallet → Get Many', async () => {
	const coins = await loadOptions(nodeSetup(sb, {}), 'getCoins');
	expect(coins).toEqual(expect.arrayContaining([{ name: 'Bitcoin (btc)', value: 'btc' }]));
	const withAll = await loadOptions(nodeSetup(sb, {}), 'getCoinsOrAll');
	expect(withAll[0]).toEqual({ name: 'All Coins', value: 'all' });
	expect(withAll).toHaveLength(coins.length + 1);
});

test('wallets of the chosen coin; accounts of the chosen wallet; filtered by text', async () => {
	const wallets = await search(searchWallets, { coin: 'btc' });
	expect(wallets).toEqual([expect.objectContaining({ value: '5' })]);
	expect(String(wallets[0].name)).toMatch(/^Sandbox BTC wallet \(5\) — 1\.5 btc$/);
	expect(await search(searchWallets, { coin: 'btc' }, 'nothing like it')).toEqual([]);
	const accounts = await search(searchAccounts, { coin: 'btc', wallet: '5' });
	expect(accounts).toEqual([expect.objectContaining({ value: '11' })]);
});

test('nothing is asked without a usable coin or wallet', async () => {
	sb.requests.length = 0;
	expect(await search(searchWallets, { coin: 'all' })).toEqual([]);
	expect(await search(searchWallets, { coin: '../x' })).toEqual([]);
	expect(await search(searchAccounts, { coin: 'btc', wallet: '' })).toEqual([]);
	expect(hits(sb, /^\/api\//)).toHaveLength(0);
});
