import type { IDataObject } from 'n8n-workflow';
import type { ItemOperation } from '../../../shared/registry';
import { checkBoolean, checkToken } from '../../../shared/params';
import { readSettings } from '../../helpers/params';
import { wyreRequest } from '../../transport';
import { wyreOptions } from '../common.descriptions';
import { profileFieldsProperty, readProfileFields } from './profileFields';

export const COUNTRY = { pattern: /^[A-Z]{2}$/, expected: 'a two-letter country code (e.g. US)' };

export const operation: ItemOperation = {
	name: 'Create',
	description: 'Create an account, usually a sub-account of yours (POST /v3/accounts)',
	action: 'Create an account',
	kind: 'write',
	properties: [
		{
			displayName: 'Type',
			name: 'type',
			type: 'options',
			options: [
				{ name: 'Individual', value: 'INDIVIDUAL' },
				{ name: 'Business', value: 'BUSINESS' },
			],
			default: 'INDIVIDUAL',
		},
		{
			displayName: 'Country',
			name: 'country',
			type: 'string',
			required: true,
			default: 'US',
			description: 'Two-letter country code',
		},
		{
			displayName: 'Sub-Account',
			name: 'subaccount',
			type: 'boolean',
			default: true,
			description:
				'Whether the account is a sub-account of yours (operated with Act as Sub-Account)',
		},
		profileFieldsProperty,
		wyreOptions,
	],
	async execute(i) {
		const settings = readSettings(this, i);
		const type = checkToken(this, this.getNodeParameter('type', i), 'Type', i, {
			required: true,
			pattern: /^(INDIVIDUAL|BUSINESS)$/,
			expected: 'INDIVIDUAL or BUSINESS',
		});
		const country = checkToken(this, this.getNodeParameter('country', i), 'Country', i, {
			required: true,
			...COUNTRY,
		});
		const subaccount = checkBoolean(this, this.getNodeParameter('subaccount', i), 'Sub-Account', i);
		const body: IDataObject = {
			type,
			country,
			subaccount,
			profileFields: readProfileFields(this, i),
		};
		return (await wyreRequest.call(this, 'POST', '/v3/accounts', 'write', {
			body,
			settings,
			itemIndex: i,
			action: 'Creating an account',
		})) as IDataObject;
	},
};
