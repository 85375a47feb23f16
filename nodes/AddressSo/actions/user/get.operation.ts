import type { ItemOperation } from '../../../shared/registry';
import { userOutput } from '../../helpers/user';
import { addressSoResult } from '../../transport';

export const operation: ItemOperation = {
	name: 'Get',
	description: "Get the credential's user, with its tariff",
	action: 'Get the user',
	kind: 'read',
	properties: [],
	async execute(i) {
		const result = await addressSoResult.call(this, 'GET', '/user', 'read', {
			itemIndex: i,
			action: 'Reading the user',
		});
		return await userOutput(this, result, i);
	},
};
