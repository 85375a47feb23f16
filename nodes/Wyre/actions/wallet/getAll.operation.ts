import type { ItemOperation } from '../../../shared/registry';
import { getMany, readTimeFilters } from '../../helpers/lists';
import { readSettings } from '../../helpers/params';
import { limitField, returnAllField, timeFilters, wyreOptions } from '../common.descriptions';

export const operation: ItemOperation = {
	name: 'Get Many',
	description: 'List your wallets (GET /v2/wallets)',
	action: 'Get many wallets',
	kind: 'read',
	properties: [returnAllField, limitField, timeFilters, wyreOptions],
	async execute(i) {
		const settings = readSettings(this, i);
		return await getMany(this, '/v2/wallets', i, settings, 'wallets', readTimeFilters(this, i));
	},
};
