import type { IDataObject } from 'n8n-workflow';
import type { ItemOperation } from '../../../shared/registry';
import { readLocatorId } from '../../helpers/locators';
import { readSettings } from '../../helpers/params';
import { wyreRequest } from '../../transport';
import { accountLocator, wyreOptions } from '../common.descriptions';

export const operation: ItemOperation = {
	name: 'Get',
	description: 'Get an account with its profile fields (GET /v3/accounts/{ID})',
	action: 'Get an account',
	kind: 'read',
	properties: [accountLocator(), wyreOptions],
	async execute(i) {
		const settings = readSettings(this, i);
		const id = readLocatorId(this, 'accountId', 'Account', i, 'account');
		return (await wyreRequest.call(this, 'GET', `/v3/accounts/${encodeURIComponent(id)}`, 'read', {
			settings,
			itemIndex: i,
			action: `Reading the account ${id}`,
		})) as IDataObject;
	},
};
