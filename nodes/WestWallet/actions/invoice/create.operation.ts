import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { invalidInput, isHttpUrl, requireDecimal } from '../../../shared/validation';
import { westWalletRequest } from '../../transport';
import { ipnUrlDescription, show } from '../common.descriptions';

const display = show('invoice', ['create']);

export const description: INodeProperties[] = [
	{
		displayName: 'Currency Names or IDs',
		name: 'currencies',
		type: 'multiOptions',
		typeOptions: { loadOptionsMethod: 'getCurrencies' },
		required: true,
		default: [],
		description:
			'Cryptocurrencies the customer may pay with. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		displayOptions: display,
	},
	{
		displayName: 'Amount',
		name: 'amount',
		type: 'string',
		required: true,
		default: '',
		placeholder: '100',
		description:
			'Requested amount, as a decimal number with a dot. In USD when more than one currency is allowed or "Amount in USD" is on; otherwise in the currency.',
		displayOptions: display,
	},
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
				displayName: 'Amount in USD',
				name: 'amountInUsd',
				type: 'boolean',
				default: false,
				description: 'Whether the amount is in USD when only one currency is allowed (always true with several)',
			},
			{
				displayName: 'Description',
				name: 'description',
				type: 'string',
				default: '',
				description: 'Text shown on the payment page',
			},
			{
				displayName: 'Label',
				name: 'label',
				type: 'string',
				default: '',
				description: 'A label for the addresses, for further identification (at most 30 characters)',
			},
			{
				displayName: 'Lifetime (Minutes)',
				name: 'ttl',
				type: 'number',
				typeOptions: { minValue: 1, maxValue: 15 },
				default: 15,
				description: 'Invoice lifetime in minutes (1 to 15)',
			},
			{
				displayName: 'Success URL',
				name: 'successUrl',
				type: 'string',
				default: '',
				description: 'URL to send the customer to after a successful payment',
			},
		],
	},
];

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	let currencies = this.getNodeParameter('currencies', i) as string[] | string;
	if (typeof currencies === 'string') currencies = currencies.split(',');
	currencies = currencies.map((c) => String(c).trim()).filter(Boolean);
	if (!currencies.length) invalidInput(this, 'Currencies', 'must contain at least one currency', i);
	const amount = requireDecimal(this, this.getNodeParameter('amount', i), 'Amount', i);
	const ipnUrl = String(this.getNodeParameter('ipnUrl', i)).trim();
	if (!isHttpUrl(ipnUrl)) invalidInput(this, 'IPN URL', `"${ipnUrl}" is not a valid http(s) URL`, i);
	const f = this.getNodeParameter('additionalFields', i, {}) as IDataObject;
	const body: IDataObject = { currencies, amount };
	if (f.amountInUsd !== undefined) body.amount_in_usd = currencies.length > 1 ? true : Boolean(f.amountInUsd);
	else if (currencies.length > 1) body.amount_in_usd = true;
	body.ipn_url = ipnUrl;
	if (f.successUrl) {
		const successUrl = String(f.successUrl).trim();
		if (!isHttpUrl(successUrl)) invalidInput(this, 'Success URL', `"${successUrl}" is not a valid http(s) URL`, i);
		body.success_url = successUrl;
	}
	if (f.description) body.description = String(f.description);
	if (f.label) {
		const label = String(f.label);
		if (label.length > 30) invalidInput(this, 'Label', `is ${label.length} characters long; at most 30 are allowed`, i);
		body.label = label;
	}
	if (f.ttl !== undefined) {
		const ttl = Number(f.ttl);
		if (!Number.isInteger(ttl) || ttl < 1 || ttl > 15) invalidInput(this, 'Lifetime (Minutes)', 'must be a whole number from 1 to 15', i);
		body.ttl = ttl;
	}
	return (await westWalletRequest.call(this, 'POST', '/address/create_invoice', 'write', {
		body,
		itemIndex: i,
		action: 'Creating a payment page',
	})) as IDataObject;
}
