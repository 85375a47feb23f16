import type { ItemOperation } from '../../../shared/registry';
import { output } from '../../helpers/output';
import { addressSoResult } from '../../transport';

export const operation: ItemOperation = {
	name: 'Get Tariffs',
	description: 'List the tariffs (plans) with their prices and limits',
	action: 'Get the tariffs',
	kind: 'read',
	properties: [],
	async execute(i) {
		const result = await addressSoResult.call(this, 'GET', '/user/tariffs', 'read', {
			itemIndex: i,
			action: 'Listing the tariffs',
		});
		return await output(this, Array.isArray(result) ? result : [], i, { convert: false });
	},
};
