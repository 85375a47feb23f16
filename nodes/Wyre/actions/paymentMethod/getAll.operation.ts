import type { ItemOperation } from '../../../shared/registry';
import { getMany, readTimeFilters } from '../../helpers/lists';
import { readSettings } from '../../helpers/params';
import { limitField, returnAllField, timeFilters, wyreOptions } from '../common.descriptions';

export const operation: ItemOperation = {
	name: 'Get Many',
	description: 'List your payment methods (GET /v2/paymentMethods)',
	action: 'Get many payment methods',
	kind: 'read',
	properties: [returnAllField, limitField, timeFilters, wyreOptions],
	async execute(i) {
		const settings = readSettings(this, i);
		return await getMany(
			this,
			'/v2/paymentMethods',
			i,
			settings,
			'payment methods',
			readTimeFilters(this, i),
		);
	},
};
