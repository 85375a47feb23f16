import type { IDataObject } from 'n8n-workflow';
import type { ItemOperation } from '../../../shared/registry';
import {
	checkAmount,
	checkInteger,
	checkText,
	checkToken,
	checkUrl,
	invalidInput,
} from '../../../shared/params';
import { westWalletRequest } from '../../transport';
import { ipnUrlDescription } from '../common.descriptions';

export const operation: ItemOperation = {
	name: 'Create',
	description: 'Create a payment page (invoice)',
	action: 'Create an invoice',
	kind: 'write',
	properties: [
		{
			displayName: 'Currency Names or IDs',
			name: 'currencies',
			type: 'multiOptions',
			typeOptions: { loadOptionsMethod: 'getCurrencies' },
			required: true,
			default: [],
			description:
				'Cryptocurrencies the customer may pay with. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
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
		},
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
					displayName: 'Amount in USD',
					name: 'amountInUsd',
					type: 'boolean',
					default: false,
					description:
						'Whether the amount is in USD when only one currency is allowed (always true with several)',
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
					description:
						'A label for the addresses, for further identification (at most 30 characters)',
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
	],
	async execute(i) {
		let currencies = this.getNodeParameter('currencies', i) as unknown;
		if (typeof currencies === 'string') currencies = currencies.split(',').map((c) => c.trim());
		if (!Array.isArray(currencies))
			invalidInput(this, 'Currencies', 'must be a list of currency tickers', i);
		const tickers = (currencies as unknown[])
			.filter((c) => c !== '')
			.map(
				(c) => checkToken(this, c, 'Currencies', i, { required: true, maxLength: 32 }) as string,
			);
		if (!tickers.length) invalidInput(this, 'Currencies', 'must contain at least one currency', i);
		// An invoice amount is in USD or in the currency: at most 18 decimals (WestWallet publishes none).
		const amount = checkAmount(this, this.getNodeParameter('amount', i), 'Amount', i);
		const ipnUrl = checkUrl(this, this.getNodeParameter('ipnUrl', i), 'IPN URL', i, {
			required: true,
		}) as string;
		const f = this.getNodeParameter('additionalFields', i, {}) as IDataObject;
		const body: IDataObject = { currencies: tickers, amount };
		if (f.amountInUsd !== undefined)
			body.amount_in_usd = tickers.length > 1 ? true : Boolean(f.amountInUsd);
		else if (tickers.length > 1) body.amount_in_usd = true;
		body.ipn_url = ipnUrl;
		const successUrl = checkUrl(this, f.successUrl, 'Success URL', i);
		if (successUrl) body.success_url = successUrl;
		const description = checkText(this, f.description, 'Description', i, { maxLength: 1000 });
		if (description) body.description = description;
		const label = checkText(this, f.label, 'Label', i, { maxLength: 30 });
		if (label) body.label = label;
		if (f.ttl !== undefined)
			body.ttl = checkInteger(this, f.ttl, 'Lifetime (Minutes)', i, { min: 1, max: 15 });
		return (await westWalletRequest.call(this, 'POST', '/address/create_invoice', 'write', {
			body,
			itemIndex: i,
			action: 'Creating a payment page',
		})) as IDataObject;
	},
};
