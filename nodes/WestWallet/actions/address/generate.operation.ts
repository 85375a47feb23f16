import type { IDataObject } from 'n8n-workflow';
import type { ItemOperation } from '../../../shared/registry';
import { checkText, checkToken, checkUrl } from '../../../shared/params';
import { westWalletRequest } from '../../transport';
import { currencyField, ipnUrlDescription } from '../common.descriptions';

export const operation: ItemOperation = {
	name: 'Generate',
	description: 'Generate a deposit address that notifies an IPN URL when paid',
	action: 'Generate an address',
	kind: 'write',
	properties: [
		currencyField(),
		{
			displayName: 'IPN URL',
			name: 'ipnUrl',
			type: 'string',
			required: true,
			default: '',
			description: ipnUrlDescription,
		},
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				{
					displayName: 'Label',
					name: 'label',
					type: 'string',
					default: '',
					description:
						'A label for the address, for further identification (at most 30 characters)',
				},
			],
		},
	],
	async execute(i) {
		const currency = checkToken(this, this.getNodeParameter('currency', i), 'Currency', i, {
			required: true,
			maxLength: 32,
		}) as string;
		const ipnUrl = checkUrl(this, this.getNodeParameter('ipnUrl', i), 'IPN URL', i, {
			required: true,
		}) as string;
		const { label } = this.getNodeParameter('additionalFields', i, {}) as IDataObject;
		const body: IDataObject = { currency, ipn_url: ipnUrl };
		const text = checkText(this, label, 'Label', i, { maxLength: 30 });
		if (text !== undefined) body.label = text;
		return (await westWalletRequest.call(this, 'POST', '/address/generate', 'write', {
			body,
			itemIndex: i,
			action: `Generating a ${currency} address`,
		})) as IDataObject;
	},
};
