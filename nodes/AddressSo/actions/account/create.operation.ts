import type { ItemOperation } from '../../../shared/registry';
import { output } from '../../helpers/output';
import { walletOf } from '../../helpers/params';
import { addressSoResult } from '../../transport';
import { coinField, outputOptions, walletLocator } from '../common.descriptions';

export const operation: ItemOperation = {
	name: 'Create',
	description: 'Create an account (a new address) in a wallet',
	action: 'Create an account',
	kind: 'write',
	properties: [coinField, walletLocator, outputOptions()],
	async execute(i) {
		const { coin, wallet, path } = walletOf(this, i);
		// The SDK's path (with the wallet ID); the documentation's omits the wallet.
		const result = await addressSoResult.call(this, 'POST', `${path}/accounts`, 'write', {
			itemIndex: i,
			action: `Creating an account in ${coin} wallet ${wallet}`,
		});
		return await output(this, result, i, { coin });
	},
};
