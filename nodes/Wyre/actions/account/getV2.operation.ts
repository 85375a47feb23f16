import type { IDataObject } from 'n8n-workflow';
import type { ItemOperation } from '../../../shared/registry';
import { readSettings } from '../../helpers/params';
import { wyreRequest } from '../../transport';
import { wyreOptions } from '../common.descriptions';

export const operation: ItemOperation = {
	name: 'Get Own (V2)',
	description: "Get the API key's own account in Wyre's v2 form (GET /v2/account)",
	action: 'Get own account v2',
	kind: 'read',
	properties: [wyreOptions],
	async execute(i) {
		return (await wyreRequest.call(this, 'GET', '/v2/account', 'read', {
			settings: readSettings(this, i),
			itemIndex: i,
			action: 'Reading the account',
		})) as IDataObject;
	},
};
