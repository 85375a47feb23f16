import type { ItemOperation } from '../../../shared/registry';
import { getMany, readTimeFilters } from '../../helpers/lists';
import { readSettings } from '../../helpers/params';
import { limitField, returnAllField, timeFilters, wyreOptions } from '../common.descriptions';

export const operation: ItemOperation = {
	name: 'Get Many',
	description: 'List transfers, optionally by creation time (GET /v3/transfers)',
	action: 'Get many transfers',
	kind: 'read',
	properties: [returnAllField, limitField, timeFilters, wyreOptions],
	async execute(i) {
		const settings = readSettings(this, i);
		return await getMany(this, '/v3/transfers', i, settings, 'transfers', readTimeFilters(this, i));
	},
};
