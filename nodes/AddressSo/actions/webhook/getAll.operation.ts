import type { ItemOperation } from '../../../shared/registry';
import { output } from '../../helpers/output';
import { limitOf } from '../../helpers/params';
import { addressSoResult } from '../../transport';
import { outputOptions, returnAllFields } from '../common.descriptions';

export const operation: ItemOperation = {
	name: 'Get Many',
	description: 'List the webhooks',
	action: 'Get many webhooks',
	kind: 'read',
	properties: [...returnAllFields(), outputOptions()],
	async execute(i) {
		const limit = limitOf(this, i);
		const result = await addressSoResult.call(this, 'GET', '/api/webhooks', 'read', {
			itemIndex: i,
			action: 'Listing the webhooks',
		});
		const list = Array.isArray(result) ? result : [];
		return await output(this, limit === undefined ? list : list.slice(0, limit), i);
	},
};
