import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { invalidInput, isHttpUrl } from '../../../shared/validation';
import { westWalletRequest } from '../../transport';
import { currencyField, ipnUrlDescription, show } from '../common.descriptions';

const display = show('address', ['generate']);

export const description: INodeProperties[] = [
	currencyField('address', ['generate']),
	{
		displayName: 'IPN URL',
		name: 'ipnUrl',
		type: 'string',
		required: true,
		default: '',
		description: ipnUrlDescription,
		displayOptions: display,
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: display,
		options: [
			{
				displayName: 'Label',
				name: 'label',
				type: 'string',
				default: '',
				description: 'A label for the address, for further identification (at most 30 characters)',
			},
		],
	},
];

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const currency = String(this.getNodeParameter('currency', i)).trim();
	const ipnUrl = String(this.getNodeParameter('ipnUrl', i)).trim();
	const { label } = this.getNodeParameter('additionalFields', i, {}) as IDataObject;
	if (!isHttpUrl(ipnUrl)) invalidInput(this, 'IPN URL', `"${ipnUrl}" is not a valid http(s) URL`, i);
	const body: IDataObject = { currency, ipn_url: ipnUrl };
	if (label !== undefined && label !== '') {
		const text = String(label);
		if (text.length > 30) invalidInput(this, 'Label', `is ${text.length} characters long; at most 30 are allowed`, i);
		body.label = text;
	}
	return (await westWalletRequest.call(this, 'POST', '/address/generate', 'write', {
		body,
		itemIndex: i,
		action: `Generating a ${currency} address`,
	})) as IDataObject;
}
