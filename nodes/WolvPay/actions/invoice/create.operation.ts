import type { IDataObject } from 'n8n-workflow';
import { RawJsonNumber, serializeJson } from '../../../shared/json';
import type { ItemOperation } from '../../../shared/registry';
import {
	checkAmount,
	checkBoolean,
	checkText,
	checkToken,
	checkUrl,
	invalidInput,
} from '../../../shared/params';
import { FIAT_CODES, fiatDecimals, fiatOptions } from '../../helpers/currencies';
import { envelopeData, wolvPayRequest } from '../../transport';
import { checkCoinCode, CUSTOMER_CHOOSES } from '../common.descriptions';

export const operation: ItemOperation = {
	name: 'Create',
	description: 'Create a payment invoice',
	action: 'Create an invoice',
	kind: 'write',
	properties: [
		{
			displayName: 'Amount',
			name: 'amount',
			type: 'string',
			required: true,
			default: '',
			placeholder: '100.00',
			description:
				'The amount to charge, in the fiat currency below, as a decimal number with a dot (e.g. 100.00). Sent to WolvPay exactly as written.',
		},
		{
			displayName: 'Currency',
			name: 'currency',
			type: 'options',
			options: fiatOptions,
			default: 'USD',
			description:
				'The fiat currency of the amount; WolvPay converts it to the coin at invoice creation',
		},
		{
			displayName: 'Coin Name or ID',
			name: 'coin',
			type: 'options',
			typeOptions: { loadOptionsMethod: 'getCoinsOrCustomerChoice' },
			default: CUSTOMER_CHOOSES,
			description:
				'The cryptocurrency to accept, or "Let the Customer Choose" to create the invoice without one (status AWAITING_SELECTION). Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
		{
			displayName: 'White Label',
			name: 'whiteLabel',
			type: 'boolean',
			default: true,
			description:
				'Whether to use the white-label flow (you show the payment details yourself; the answer has the coin amount and address). Off: a hosted invoice page (the answer has its URL).',
		},
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
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
	],
	async execute(i) {
		const currency = (
			checkToken(this, this.getNodeParameter('currency', i, 'USD'), 'Currency', i, {
				required: true,
				maxLength: 8,
			}) as string
		).toUpperCase();
		if (!FIAT_CODES.includes(currency)) {
			invalidInput(
				this,
				'Currency',
				`"${currency}" is not one of WolvPay's 36 fiat currencies (e.g. USD, EUR)`,
				i,
			);
		}
		const amount = checkAmount(this, this.getNodeParameter('amount', i), 'Amount', i, {
			maxDecimals: fiatDecimals(currency),
			unit: currency,
		});
		const coinParam = this.getNodeParameter('coin', i, CUSTOMER_CHOOSES);
		const coin =
			coinParam === CUSTOMER_CHOOSES ||
			coinParam === '' ||
			coinParam === null ||
			coinParam === undefined
				? undefined
				: checkCoinCode(this, coinParam, 'Coin', i);
		const whiteLabel = checkBoolean(
			this,
			this.getNodeParameter('whiteLabel', i, true),
			'White Label',
			i,
		);
		const f = this.getNodeParameter('additionalFields', i, {}) as IDataObject;
		const redirectUrl = checkUrl(this, f.redirectUrl, 'Redirect URL', i);
		const descriptionText = checkText(this, f.description, 'Description', i, { maxLength: 1000 });

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
	},
};
