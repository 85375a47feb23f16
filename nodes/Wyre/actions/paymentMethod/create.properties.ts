import type { INodeProperties } from 'n8n-workflow';
import { wyreOptions } from '../common.descriptions';

const wire = { show: { paymentMethodType: ['INTERNATIONAL_TRANSFER'] } };
const ach = { show: { paymentMethodType: ['LOCAL_TRANSFER'] } };

const text = (
	displayName: string,
	name: string,
	extra: Partial<INodeProperties> = {},
): INodeProperties => ({ displayName, name, type: 'string', default: '', ...extra });

/** Wire fields a bank needs (required), then the beneficiary's details (optional). */
export const WIRE_REQUIRED = [
	'country',
	'currency',
	'beneficiaryType',
	'firstNameOnAccount',
	'lastNameOnAccount',
	'accountNumber',
	'routingNumber',
	'accountType',
] as const;

export const WIRE_OPTIONAL = [
	'beneficiaryAddress',
	'beneficiaryAddress2',
	'beneficiaryCity',
	'beneficiaryState',
	'beneficiaryPostal',
	'beneficiaryPhoneNumber',
	'beneficiaryDobDay',
	'beneficiaryDobMonth',
	'beneficiaryDobYear',
] as const;

export const createProperties: INodeProperties[] = [
	{
		displayName: 'Type',
		name: 'paymentMethodType',
		type: 'options',
		options: [
			{
				name: 'ACH (US Bank via Plaid)',
				value: 'LOCAL_TRANSFER',
				description: 'A US bank account linked through a Plaid processor token',
			},
			{
				name: 'Wire Transfer',
				value: 'INTERNATIONAL_TRANSFER',
				description: 'A bank account for wires, given by its account and routing numbers',
			},
		],
		default: 'INTERNATIONAL_TRANSFER',
	},
	text('Plaid Public Token', 'publicToken', {
		required: true,
		typeOptions: { password: true },
		description: 'The Plaid processor token of the bank account',
		displayOptions: ach,
	}),
	text('Country', 'country', { required: true, default: 'US', displayOptions: wire }),
	text('Currency', 'currency', { required: true, default: 'USD', displayOptions: wire }),
	{
		displayName: 'Beneficiary Type',
		name: 'beneficiaryType',
		type: 'options',
		options: [
			{ name: 'Individual', value: 'INDIVIDUAL' },
			{ name: 'Corporate', value: 'CORPORATE' },
		],
		default: 'INDIVIDUAL',
		displayOptions: wire,
	},
	text('First Name on Account', 'firstNameOnAccount', { required: true, displayOptions: wire }),
	text('Last Name on Account', 'lastNameOnAccount', { required: true, displayOptions: wire }),
	text('Account Number', 'accountNumber', { required: true, displayOptions: wire }),
	text('Routing Number', 'routingNumber', { required: true, displayOptions: wire }),
	{
		displayName: 'Account Type',
		name: 'accountType',
		type: 'options',
		options: [
			{ name: 'Checking', value: 'CHECKING' },
			{ name: 'Savings', value: 'SAVINGS' },
		],
		default: 'CHECKING',
		displayOptions: wire,
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: wire,
		options: [
			text('Beneficiary Address', 'beneficiaryAddress'),
			text('Beneficiary Address Line 2', 'beneficiaryAddress2'),
			text('Beneficiary City', 'beneficiaryCity'),
			text('Beneficiary Date of Birth: Day', 'beneficiaryDobDay'),
			text('Beneficiary Date of Birth: Month', 'beneficiaryDobMonth'),
			text('Beneficiary Date of Birth: Year', 'beneficiaryDobYear'),
			text('Beneficiary Phone Number', 'beneficiaryPhoneNumber'),
			text('Beneficiary Postal Code', 'beneficiaryPostal'),
			text('Beneficiary State', 'beneficiaryState'),
			{
				displayName: 'Chargeable',
				name: 'chargeablePM',
				type: 'boolean',
				default: true,
				description: 'Whether Wyre may also pull funds from this bank account',
			},
		],
	},
	wyreOptions,
];
