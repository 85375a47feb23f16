import type { IDataObject } from 'n8n-workflow';
import type { ItemOperation } from '../../../shared/registry';
import { checkWyreId, readSettings } from '../../helpers/params';
import { wyreRequest } from '../../transport';
import { wyreOptions } from '../common.descriptions';
import { transferIdField } from './confirm.operation';

export const operation: ItemOperation = {
	name: 'Track',
	description:
		"Follow a transfer's progress: its success and failure timelines and network transaction (GET /v2/transfer/{ID}/track)",
	action: 'Track a transfer',
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
		return (await wyreRequest.call(
			this,
			'GET',
			`/v2/transfer/${encodeURIComponent(id)}/track`,
			'read',
			{ settings, itemIndex: i, action: `Tracking the transfer ${id}` },
		)) as IDataObject;
	},
};
