import type { INodeProperties } from 'n8n-workflow';
import { wyreOptions } from '../common.descriptions';

const text = (displayName: string, name: string, description?: string): INodeProperties => ({
	displayName,
	name,
	type: 'string',
	default: '',
	...(description ? { description } : {}),
});

/** Fields the checkout page can be told to lock (the customer cannot change them). */
export const LOCKABLE = [
	'amount',
	'sourceCurrency',
	'destCurrency',
	'dest',
	'street1',
	'city',
	'state',
	'postalCode',
	'country',
	'firstName',
	'lastName',
	'phone',
	'email',
];

/** Text fields of the reservation sent as given (after their checks). */
export const CUSTOMER_FIELDS = [
	'firstName',
	'lastName',
	'email',
	'phone',
	'street1',
	'city',
	'state',
	'postalCode',
	'country',
	'referenceId',
];

export const reserveProperties: INodeProperties[] = [
	{
		displayName: 'Source Currency',
		name: 'sourceCurrency',
		type: 'string',
		default: 'USD',
		description: 'The fiat currency the customer pays in (USD, EUR, GBP, CAD, AUD…)',
	},
	{
		displayName: 'Destination Currency',
		name: 'destCurrency',
		type: 'string',
		default: '',
		placeholder: 'ETH',
		description: 'The currency delivered to the destination',
	},
	{
		displayName: 'Amount',
		name: 'amount',
		type: 'string',
		default: '',
		placeholder: '100.00',
		description:
			'The amount in the source currency, as a decimal number (empty: the customer chooses)',
	},
	{
		displayName: 'Destination (SRN)',
		name: 'dest',
		type: 'string',
		default: '',
		placeholder: 'ethereum:0x9E01E0E60dF079136a7a1d4ed97d709D5Fe3e341',
		description: 'Where the bought currency goes, as an SRN (empty: the customer gives it)',
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{
				displayName: 'Amount Includes Fees',
				name: 'amountIncludeFees',
				type: 'boolean',
				default: false,
				description: 'Whether the amount already includes the fees',
			},
			text('City', 'city'),
			text('Country', 'country', 'Two-letter code, e.g. US'),
			text('Email', 'email'),
			text('Failure Redirect URL', 'failureRedirectUrl'),
			text('First Name', 'firstName'),
			text('Last Name', 'lastName'),
			{
				displayName: 'Lock Fields',
				name: 'lockFields',
				type: 'multiOptions',
				options: LOCKABLE.map((f) => ({ name: f, value: f })),
				default: [],
				description: 'Fields the customer cannot change on the checkout page',
			},
			{
				displayName: 'Payment Method',
				name: 'paymentMethod',
				type: 'options',
				options: [
					{ name: 'Debit Card', value: 'debit-card' },
					{ name: 'Apple Pay', value: 'apple-pay' },
				],
				default: 'debit-card',
			},
			text('Phone', 'phone', 'In E.164 form, e.g. +14155550123'),
			text('Postal Code', 'postalCode'),
			text('Redirect URL', 'redirectUrl', 'Where the customer goes after a successful order'),
			text('Reference ID', 'referenceId', 'Your ID for this order (it comes back in the webhooks)'),
			text(
				'Referrer Account ID',
				'referrerAccountId',
				"Your account ID (AC_…); default: the key's",
			),
			text('State', 'state'),
			text('Street', 'street1'),
		],
	},
	wyreOptions,
];
