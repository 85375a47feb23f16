import type { ItemOperation } from '../../../shared/registry';
import { getMany } from '../../helpers/lists';
import { readSettings } from '../../helpers/params';
import { limitField, returnAllField, wyreOptions } from '../common.descriptions';

export const operation: ItemOperation = {
	name: 'Get Many',
	description: 'List your payment methods (GET /v2/paymentMethods)',
	action: 'Get many payment methods',
	kind: 'read',
	properties: [returnAllField, limitField, wyreOptions],
	async execute(i) {
		return await getMany(this, '/v2/paymentMethods', i, readSettings(this, i), 'payment methods');
	},
};
