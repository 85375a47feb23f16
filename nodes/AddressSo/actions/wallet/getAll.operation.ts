import type { ItemOperation } from '../../../shared/registry';
import { output } from '../../helpers/output';
import { coinParam, limitOf } from '../../helpers/params';
import { addressSoResult } from '../../transport';
import { coinField, outputOptions, returnAllFields } from '../common.descriptions';

/** The value of "All Coins" in the coin list of Get Many. */
export const ALL_COINS = 'all';

export const operation: ItemOperation = {
	name: 'Get Many',
	description: 'List the wallets of every coin or of one coin',
	action: 'Get many wallets',
	kind: 'read',
	properties: [
		{
			...coinField,
			typeOptions: { loadOptionsMethod: 'getCoinsOrAll' },
			default: ALL_COINS,
			description:
				'All coins, or one coin. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
		...returnAllFields(),
		outputOptions(),
	],
	async execute(i) {
		const coin = coinParam(this, i);
		const limit = limitOf(this, i);
		const path =
			coin === ALL_COINS ? '/api/wallets' : `/api/coins/${encodeURIComponent(coin)}/wallets`;
		const result = await addressSoResult.call(this, 'GET', path, 'read', {
			itemIndex: i,
			action: coin === ALL_COINS ? 'Listing all wallets' : `Listing the ${coin} wallets`,
		});
		const list = Array.isArray(result) ? result : [];
		return await output(this, limit === undefined ? list : list.slice(0, limit), i);
	},
};
