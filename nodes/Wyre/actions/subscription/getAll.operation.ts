import type { ItemOperation } from '../../../shared/registry';
import { getMany, readTimeFilters } from '../../helpers/lists';
import { readSettings } from '../../helpers/params';
import { limitField, returnAllField, timeFilters, wyreOptions } from '../common.descriptions';

export const operation: ItemOperation = {
	name: 'Get Many',
	description: 'List your data subscriptions (GET /v3/subscriptions)',
	action: 'Get many subscriptions',
	kind: 'read',
	properties: [returnAllField, limitField, timeFilters, wyreOptions],
	async execute(i) {
		const settings = readSettings(this, i);
		return await getMany(
			this,
			'/v3/subscriptions',
			i,
			settings,
			'subscriptions',
			readTimeFilters(this, i),
		);
	},
};
