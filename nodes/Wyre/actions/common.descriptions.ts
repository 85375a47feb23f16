import type { INodeProperties } from 'n8n-workflow';
import { SRN_TYPES } from '../helpers/srn';

/** Every operation ends with these: act as a sub-account, exact amounts. */
export const wyreOptions: INodeProperties = {
	displayName: 'Wyre Options',
	name: 'wyreOptions',
	type: 'collection',
	placeholder: 'Add Option',
	default: {},
	options: [
		{
			displayName: 'Act as Sub-Account',
			name: 'masqueradeAs',
			type: 'string',
			default: '',
			placeholder: 'AC_WYUR7ZZ6UMU',
			description:
				'Send the request on behalf of this sub-account of yours (Wyre\'s "masqueradeAs"; it becomes part of the signed URL)',
		},
		{
			displayName: 'Exact Amounts',
			name: 'exactAmounts',
			type: 'boolean',
			default: true,
			description:
				'Whether to ask Wyre for amounts as exact decimal text (format=json_numberstring). Either way, amounts come out of this node as exact text.',
		},
	],
};

export const returnAllField: INodeProperties = {
	displayName: 'Return All',
	name: 'returnAll',
	type: 'boolean',
	default: false,
	description: 'Whether to return all results or only up to a given limit',
};

export const limitField: INodeProperties = {
	displayName: 'Limit',
	name: 'limit',
	type: 'number',
	typeOptions: { minValue: 1 },
	default: 50,
	description: 'Max number of results to return',
	displayOptions: { show: { returnAll: [false] } },
};

/** Created-time bounds of a list (Wyre's `from`/`to`, in milliseconds). */
export const timeFilters: INodeProperties = {
	displayName: 'Filters',
	name: 'filters',
	type: 'collection',
	placeholder: 'Add Filter',
	default: {},
	options: [
		{
			displayName: 'Created After',
			name: 'from',
			type: 'dateTime',
			default: '',
			description: 'Only items created at or after this time',
		},
		{
			displayName: 'Created Before',
			name: 'to',
			type: 'dateTime',
			default: '',
			description: 'Only items created at or before this time',
		},
	],
};

const idValidation = (prefix: string) => [
	{
		type: 'regex' as const,
		properties: {
			regex: `^${prefix}[A-Za-z0-9_-]+$`,
			errorMessage: `Not a valid ID (${prefix}…)`,
		},
	},
];

export function walletLocator(name = 'walletId', displayName = 'Wallet'): INodeProperties {
	return {
		displayName,
		name,
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		description: 'The wallet, from the list, by its ID (WA_…) or by the unique name you gave it',
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod: 'searchWallets', searchable: true },
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: 'WA_8AFWHMHLYXH',
				validation: idValidation('WA_'),
			},
			{ displayName: 'By Name', name: 'name', type: 'string', placeholder: 'user-1234' },
		],
	};
}

export function paymentMethodLocator(name = 'paymentMethodId'): INodeProperties {
	return {
		displayName: 'Payment Method',
		name,
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		description: 'The payment method, from the list or by its ID (PA_…)',
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod: 'searchPaymentMethods', searchable: true },
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: 'PA_W7YR28UAMCW',
				validation: idValidation('PA_'),
			},
		],
	};
}

export function accountLocator(name = 'accountId'): INodeProperties {
	return {
		displayName: 'Account',
		name,
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		description: 'The account: your own (from the list) or a sub-account by its ID (AC_…)',
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod: 'searchAccounts' },
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: 'AC_WYUR7ZZ6UMU',
				validation: idValidation('AC_'),
			},
		],
	};
}

/** An SRN as a type dropdown plus its value. */
export function srnFields(
	name: string,
	label: string,
	description: string,
	types?: string[],
): INodeProperties[] {
	return [
		{
			displayName: `${label} Type`,
			name: `${name}Type`,
			type: 'options',
			options: types ? SRN_TYPES.filter((t) => types.includes(String(t.value))) : SRN_TYPES,
			default: 'wallet',
			description: `What the ${label.toLowerCase()} is`,
		},
		{
			displayName: label,
			name,
			type: 'string',
			required: true,
			default: '',
			placeholder: 'WA_8AFWHMHLYXH',
			description: `${description} For a raw SRN, the whole SRN, e.g. wallet:WA_8AFWHMHLYXH`,
		},
	];
}
