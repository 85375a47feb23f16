import type { ItemOperation } from '../../../shared/registry';
import { output } from '../../helpers/output';
import { walletOf } from '../../helpers/params';
import { addressSoResult } from '../../transport';
import { coinField, walletLocator } from '../common.descriptions';

export const operation: ItemOperation = {
	name: 'Delete',
	description: 'Delete a wallet (only when its balance is zero)',
	action: 'Delete a wallet',
	kind: 'write',
	properties: [coinField, walletLocator],
	async execute(i) {
		const { coin, wallet, path } = walletOf(this, i);
		const result = await addressSoResult.call(this, 'DELETE', path, 'write', {
			itemIndex: i,
			action: `Deleting ${coin} wallet ${wallet}`,
		});
		return await output(this, result, i, { convert: false });
	},
};
