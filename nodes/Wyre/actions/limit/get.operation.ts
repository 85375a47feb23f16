import type { IDataObject } from 'n8n-workflow';
import type { ItemOperation } from '../../../shared/registry';
import { readSettings } from '../../helpers/params';
import { everyNumber, wyreRequest } from '../../transport';
import { wyreOptions } from '../common.descriptions';

export const operation: ItemOperation = {
	name: 'Get',
	description: "Get the account's transaction limits and what remains of them (GET /v3/limits)",
	action: 'Get limits',
	kind: 'read',
	properties: [wyreOptions],
	async execute(i) {
		return (await wyreRequest.call(this, 'GET', '/v3/limits', 'read', {
			settings: readSettings(this, i),
			itemIndex: i,
			action: 'Reading the limits',
			moneyFields: everyNumber,
		})) as IDataObject;
	},
};
