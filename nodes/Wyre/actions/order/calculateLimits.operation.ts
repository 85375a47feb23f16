import type { IDataObject } from 'n8n-workflow';
import type { ItemOperation } from '../../../shared/registry';
import { checkText, checkToken } from '../../../shared/params';
import { checkWyreId, readSettings } from '../../helpers/params';
import { wyreRequest } from '../../transport';
import { COUNTRY } from '../account/create.operation';
import { wyreOptions } from '../common.descriptions';

const ADDRESS = ['street1', 'city', 'state', 'postalCode', 'country'] as const;
const LABEL: Record<string, string> = {
	street1: 'Street',
	city: 'City',
	state: 'State',
	postalCode: 'Postal Code',
	country: 'Country',
};

export const operation: ItemOperation = {
	name: 'Calculate Limits',
	description:
		"A customer's daily, weekly and yearly card limits and what remains of them (POST /v3/widget/limits/calculate)",
	action: 'Calculate wallet order limits',
	// A calculation: it changes nothing, so it may be retried like a read.
	kind: 'read',
	properties: [
		{
			displayName: 'Wallet Type',
			name: 'walletType',
			type: 'options',
			options: [
				{ name: 'Debit Card', value: 'DEBIT_CARD' },
				{ name: 'Apple Pay', value: 'APPLE_PAY' },
			],
			default: 'DEBIT_CARD',
		},
		...ADDRESS.map((name) => ({
			displayName: LABEL[name],
			name,
			type: 'string' as const,
			required: true,
			default: name === 'country' ? 'US' : '',
		})),
		{
			displayName: 'Account ID',
			name: 'accountId',
			type: 'string',
			default: '',
			placeholder: 'AC_WYUR7ZZ6UMU',
			description: "The customer's Wyre account, when they have one",
		},
		wyreOptions,
	],
	async execute(i) {
		const settings = readSettings(this, i);
		const walletType = checkToken(this, this.getNodeParameter('walletType', i), 'Wallet Type', i, {
			required: true,
			pattern: /^(DEBIT_CARD|APPLE_PAY)$/,
			expected: 'DEBIT_CARD or APPLE_PAY',
		});
		const address: IDataObject = {};
		for (const key of ADDRESS) {
			const value = this.getNodeParameter(key, i, '');
			address[key] =
				key === 'country'
					? checkToken(this, value, LABEL[key], i, { required: true, ...COUNTRY })
					: checkText(this, value, LABEL[key], i, { required: true, maxLength: 200 });
		}
		const body: IDataObject = { walletType, address };
		const accountId = this.getNodeParameter('accountId', i, '');
		if (accountId) body.accountId = checkWyreId(this, accountId, 'Account ID', i, 'account');
		return (await wyreRequest.call(this, 'POST', '/v3/widget/limits/calculate', 'read', {
			body,
			settings,
			itemIndex: i,
			action: 'Calculating wallet order limits',
		})) as IDataObject;
	},
};
