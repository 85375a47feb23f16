import type { ItemOperation } from '../../../shared/registry';
import { output } from '../../helpers/output';
import { addressSoResult } from '../../transport';

export const operation: ItemOperation = {
	name: 'Get Deposit Address',
	description: "Get the address that tops up the user's Address.so balance (to pay tariffs)",
	action: 'Get the deposit address',
	kind: 'read',
	properties: [],
	async execute(i) {
		const result = await addressSoResult.call(this, 'GET', '/api/invoice/deposit', 'read', {
			itemIndex: i,
			action: 'Reading the deposit address',
		});
		return await output(this, result, i, { convert: false });
	},
};
