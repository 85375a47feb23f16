import type { ItemOperation } from '../../../shared/registry';
import { getMany } from '../../helpers/lists';
import { readSettings } from '../../helpers/params';
import { limitField, returnAllField, wyreOptions } from '../common.descriptions';

export const operation: ItemOperation = {
	name: 'Get Many',
	description: 'List your data subscriptions (GET /v3/subscriptions)',
	action: 'Get many subscriptions',
	kind: 'read',
	properties: [returnAllField, limitField, wyreOptions],
	async execute(i) {
		return await getMany(this, '/v3/subscriptions', i, readSettings(this, i), 'subscriptions');
	},
};
