import type { IDataObject } from 'n8n-workflow';
import type { ItemOperation } from '../../../shared/registry';
import { checkWyreId, readSettings } from '../../helpers/params';
import { wyreRequest } from '../../transport';
import { wyreOptions } from '../common.descriptions';
import { transferIdField } from './confirm.operation';

export const operation: ItemOperation = {
	name: 'Get',
	description: 'Get a transfer with its status history (GET /v3/transfers/{ID})',
	action: 'Get a transfer',
	kind: 'read',
	properties: [transferIdField, wyreOptions],
	async execute(i) {
		const settings = readSettings(this, i);
		const id = checkWyreId(
			this,
			this.getNodeParameter('transferId', i),
			'Transfer ID',
			i,
			'transfer',
		);
		return (await wyreRequest.call(this, 'GET', `/v3/transfers/${encodeURIComponent(id)}`, 'read', {
			settings,
			itemIndex: i,
			action: `Reading the transfer ${id}`,
		})) as IDataObject;
	},
};
