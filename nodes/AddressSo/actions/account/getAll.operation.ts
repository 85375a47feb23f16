import type { ItemOperation } from '../../../shared/registry';
import { output } from '../../helpers/output';
import { limitOf, walletOf } from '../../helpers/params';
import { ALL_TRANSACTIONS } from '../../helpers/transactions';
import { addressSoResult } from '../../transport';
import { coinField, outputOptions, returnAllFields, walletLocator } from '../common.descriptions';

export const operation: ItemOperation = {
	name: 'Get Many',
	description: "List a wallet's accounts",
	action: 'Get many accounts',
	kind: 'read',
	properties: [coinField, walletLocator, ...returnAllFields(), outputOptions()],
	async execute(i) {
		const { coin, wallet, path } = walletOf(this, i);
		const limit = limitOf(this, i);
		const result = await addressSoResult.call(this, 'GET', `${path}/accounts`, 'read', {
			qs: { limit: limit ?? ALL_TRANSACTIONS },
			itemIndex: i,
			action: `Listing the accounts of ${coin} wallet ${wallet}`,
		});
		const list = Array.isArray(result) ? result : [];
		return await output(this, limit === undefined ? list : list.slice(0, limit), i, { coin });
	},
};
