import type { ItemOperation } from '../../../shared/registry';
import { output } from '../../helpers/output';
import { idParam } from '../../helpers/params';
import { addressSoResult } from '../../transport';
import { coinField, walletLocator } from '../common.descriptions';

export const operation: ItemOperation = {
	name: 'Get Limits',
	description: "List a wallet's spending limits",
	action: 'Get wallet limits',
	kind: 'read',
	properties: [
		{ ...coinField, description: 'The coin of the wallet (to list its wallets)' },
		walletLocator,
	],
	async execute(i) {
		const wallet = idParam(this, i, 'wallet', 'Wallet');
		const result = await addressSoResult.call(
			this,
			'GET',
			`/api/wallets/${encodeURIComponent(wallet)}/limits`,
			'read',
			{ itemIndex: i, action: `Listing the limits of wallet ${wallet}` },
		);
		return await output(this, Array.isArray(result) ? result : [result], i, { convert: false });
	},
};
