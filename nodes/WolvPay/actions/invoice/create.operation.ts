import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { RawJsonNumber, serializeJson } from '../../../shared/json';
import { invalidInput, isHttpUrl, requireDecimal } from '../../../shared/validation';
import { FIAT_CODES, fiatOptions } from '../../helpers/currencies';
import { envelopeData, wolvPayRequest } from '../../transport';
import { checkCoinCode, CUSTOMER_CHOOSES, show } from '../common.descriptions';

const display = show('invoice', ['create']);

export const description: INodeProperties[] = [
	{
		displayName: 'Amount',
		name: 'amount',
		type: 'string',
		required: true,
		default: '',
		placeholder: '100.00',
		description:
			'The amount to charge, in the fiat currency below, as a decimal number with a dot (e.g. 100.00). Sent to WolvPay exactly as written.',
		displayOptions: display,
	},
	{
		displayName: 'Currency',
		name: 'currency',
		type: 'options',
		options: fiatOptions,
		default: 'USD',
		description: 'The fiat currency of the amount; WolvPay converts it to the coin at invoice creation',
		displayOptions: display,
	},
	{
		displayName: 'Coin Name or ID',
		name: 'coin',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getCoinsOrCustomerChoice' },
		default: CUSTOMER_CHOOSES,
		description:
			'The cryptocurrency to accept, or "Let the Customer Choose" to create the invoice without one (status AWAITING_SELECTION). Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		displayOptions: display,
	},
	{
		displayName: 'White Label',
		name: 'whiteLabel',
		type: 'boolean',
		default: true,
		description:
			'Whether to use the white-label flow (you show the payment details yourself; the answer has the coin amount and address). Off: a hosted invoice page (the answer has its URL).',
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
				displayName: 'Description',
				name: 'description',
				type: 'string',
				default: '',
				description: 'A description of the payment',
			},
			{
				displayName: 'Redirect URL',
				name: 'redirectUrl',
				type: 'string',
				default: '',
				placeholder: 'https://example.com/thank-you',
				description: 'Where to send the customer after the payment is completed',
			},
		],
	},
];

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const amount = requireDecimal(this, this.getNodeParameter('amount', i), 'Amount', i);
	const currency = String(this.getNodeParameter('currency', i, 'USD') ?? '')
		.trim()
		.toUpperCase();
	if (!FIAT_CODES.includes(currency)) {
		invalidInput(this, 'Currency', `"${currency}" is not one of WolvPay's 36 fiat currencies (e.g. USD, EUR)`, i);
	}
	const coinParam = this.getNodeParameter('coin', i, CUSTOMER_CHOOSES);
	const coin =
		coinParam === CUSTOMER_CHOOSES || coinParam === '' || coinParam === null || coinParam === undefined
			? undefined
			: checkCoinCode(this, coinParam, 'Coin', i);
	let whiteLabel = this.getNodeParameter('whiteLabel', i, true) as unknown;
	if (whiteLabel === 'true' || whiteLabel === 'false') whiteLabel = whiteLabel === 'true';
	if (typeof whiteLabel !== 'boolean') invalidInput(this, 'White Label', `must be true or false, not ${JSON.stringify(whiteLabel)}`, i);
	const f = this.getNodeParameter('additionalFields', i, {}) as IDataObject;
	let redirectUrl: string | undefined;
	if (f.redirectUrl !== undefined && String(f.redirectUrl).trim() !== '') {
		redirectUrl = String(f.redirectUrl).trim();
		if (!isHttpUrl(redirectUrl)) invalidInput(this, 'Redirect URL', `"${redirectUrl}" is not a valid http(s) URL`, i);
	}
	const descriptionText = f.description !== undefined && String(f.description) !== '' ? String(f.description) : undefined;

	// Serialized once here: the amount goes out as a JSON number literal with exactly the user's digits.
	const body = serializeJson({
		amount: new RawJsonNumber(amount),
		currency,
		coin,
		description: descriptionText,
		white_label: whiteLabel,
		redirect_url: redirectUrl,
	});
	const response = await wolvPayRequest.call(this, 'POST', '/invoices', 'write', {
		body,
		itemIndex: i,
		action: 'Creating an invoice',
	});
	return envelopeData(response) as IDataObject;
}
