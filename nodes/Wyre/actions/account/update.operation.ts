import type { IDataObject } from 'n8n-workflow';
import type { ItemOperation } from '../../../shared/registry';
import { invalidInput } from '../../../shared/params';
import { readLocatorId } from '../../helpers/locators';
import { readSettings } from '../../helpers/params';
import { wyreRequest } from '../../transport';
import { accountLocator, wyreOptions } from '../common.descriptions';
import { profileFieldsProperty, readProfileFields } from './profileFields';

export const operation: ItemOperation = {
	name: 'Update',
	description: "Set an account's profile fields (POST /v3/accounts/{ID})",
	action: 'Update an account',
	kind: 'write',
	properties: [accountLocator(), profileFieldsProperty, wyreOptions],
	async execute(i) {
		const settings = readSettings(this, i);
		const id = readLocatorId(this, 'accountId', 'Account', i, 'account');
		const profileFields = readProfileFields(this, i);
		if (!profileFields.length)
			invalidInput(this, 'Profile Fields', 'must set at least one field', i);
		return (await wyreRequest.call(
			this,
			'POST',
			`/v3/accounts/${encodeURIComponent(id)}`,
			'write',
			{
				body: { profileFields },
				settings,
				itemIndex: i,
				action: `Updating the account ${id}`,
			},
		)) as IDataObject;
	},
};
