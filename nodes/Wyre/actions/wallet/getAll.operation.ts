import type { ItemOperation } from '../../../shared/registry';
import { getMany } from '../../helpers/lists';
import { readSettings } from '../../helpers/params';
import { limitField, returnAllField, wyreOptions } from '../common.descriptions';

export const operation: ItemOperation = {
	name: 'Get Many',
	description: 'List your wallets (GET /v2/wallets)',
	action: 'Get many wallets',
	kind: 'read',
	properties: [returnAllField, limitField, wyreOptions],
	async execute(i) {
		return await getMany(this, '/v2/wallets', i, readSettings(this, i), 'wallets');
	},
};
