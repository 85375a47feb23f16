import type { ItemOperation } from '../../../shared/registry';
import { output } from '../../helpers/output';
import { limitOf } from '../../helpers/params';
import { addressSoResult } from '../../transport';
import { returnAllFields } from '../common.descriptions';

export const operation: ItemOperation = {
	name: 'Get Many',
	description: 'List the coins Address.so supports, with their precision',
	action: 'Get many coins',
	kind: 'read',
	properties: returnAllFields(),
	async execute(i) {
		const limit = limitOf(this, i);
		const result = await addressSoResult.call(this, 'GET', '/api/coins', 'read', {
			itemIndex: i,
			action: 'Listing the coins',
		});
		const list = Array.isArray(result) ? result : [];
		return await output(this, limit === undefined ? list : list.slice(0, limit), i, {
			convert: false,
		});
	},
};
