import type { ItemOperation } from '../../../shared/registry';
import { output } from '../../helpers/output';
import { walletOf } from '../../helpers/params';
import { addressSoResult } from '../../transport';
import { coinField, outputOptions, walletLocator } from '../common.descriptions';

export const operation: ItemOperation = {
	name: 'Get',
	description: 'Get a wallet with its balance and receiving address',
	action: 'Get a wallet',
	kind: 'read',
	properties: [coinField, walletLocator, outputOptions()],
	async execute(i) {
		const { coin, wallet, path } = walletOf(this, i);
		const result = await addressSoResult.call(this, 'GET', path, 'read', {
			itemIndex: i,
			action: `Reading ${coin} wallet ${wallet}`,
		});
		return await output(this, result, i, { coin });
	},
};
