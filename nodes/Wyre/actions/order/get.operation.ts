import type { IDataObject } from 'n8n-workflow';
import type { ItemOperation } from '../../../shared/registry';
import { checkWyreId, readSettings } from '../../helpers/params';
import { wyreRequest } from '../../transport';
import { wyreOptions } from '../common.descriptions';

export const operation: ItemOperation = {
	name: 'Get',
	description: 'Get a wallet order and its status (GET /v3/orders/{ID})',
	action: 'Get a wallet order',
	kind: 'read',
	properties: [
		{
			displayName: 'Order ID',
			name: 'orderId',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'WO_ELTUVYCAFPG',
		},
		wyreOptions,
	],
	async execute(i) {
		const settings = readSettings(this, i);
		const id = checkWyreId(this, this.getNodeParameter('orderId', i), 'Order ID', i, 'order');
		return (await wyreRequest.call(this, 'GET', `/v3/orders/${encodeURIComponent(id)}`, 'read', {
			settings,
			itemIndex: i,
			action: `Reading the wallet order ${id}`,
		})) as IDataObject;
	},
};
