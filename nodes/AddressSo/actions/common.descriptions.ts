import type { INodeProperties } from 'n8n-workflow';

export const coinField: INodeProperties = {
	displayName: 'Coin Name or ID',
	name: 'coin',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getCoins' },
	required: true,
	default: '',
	description:
		'The coin. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
};

export const walletLocator: INodeProperties = {
	displayName: 'Wallet',
	name: 'wallet',
	type: 'resourceLocator',
	required: true,
	default: { mode: 'list', value: '' },
	description: 'The wallet (of the chosen coin)',
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
			placeholder: '5',
			validation: [
				{ type: 'regex', properties: { regex: '^\\d+$', errorMessage: 'A wallet ID is digits' } },
			],
		},
	],
};

export const accountLocator: INodeProperties = {
	displayName: 'Account',
	name: 'account',
	type: 'resourceLocator',
	required: true,
	default: { mode: 'list', value: '' },
	description: 'The account (of the chosen wallet)',
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			typeOptions: { searchListMethod: 'searchAccounts', searchable: true },
		},
		{
			displayName: 'By ID',
			name: 'id',
			type: 'string',
			placeholder: '41',
			validation: [
				{ type: 'regex', properties: { regex: '^\\d+$', errorMessage: 'An account ID is digits' } },
			],
		},
	],
};

/** Coin, wallet and account: the fields that name an account. */
export const accountFields: INodeProperties[] = [coinField, walletLocator, accountLocator];

export const webhookIdField: INodeProperties = {
	displayName: 'Webhook ID',
	name: 'webhookId',
	type: 'string',
	required: true,
	default: '',
	placeholder: '2',
};

export const limitIdField: INodeProperties = {
	displayName: 'Limit ID',
	name: 'limitId',
	type: 'string',
	required: true,
	default: '',
	description: 'The ID of a wallet limit (Wallet → Get Limits)',
};

export const convertAmountsOption: INodeProperties = {
	displayName: 'Add Converted Amounts',
	name: 'convertAmounts',
	type: 'boolean',
	default: false,
	description:
		"Whether to add, next to each base-unit amount (balance_int, amount_int…), the same amount in coin units (balance_decimal, amount_decimal…), by the coin's precision. All amounts are exact text either way.",
};

/** The Options collection of operations that output wallets, accounts or transactions. */
export function outputOptions(extra: INodeProperties[] = []): INodeProperties {
	return {
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [convertAmountsOption, ...extra],
	};
}

/** Return All / Limit for lists Address.so returns whole or up to a `limit` parameter. */
export function returnAllFields(): INodeProperties[] {
	return [
		{
			displayName: 'Return All',
			name: 'returnAll',
			type: 'boolean',
			default: false,
			description: 'Whether to return all results or only up to a given limit',
		},
		{
			displayName: 'Limit',
			name: 'limit',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 50,
			description: 'Max number of results to return',
			displayOptions: { show: { returnAll: [false] } },
		},
	];
}

export const feePriorityField: INodeProperties = {
	displayName: 'Fee Priority',
	name: 'feePriority',
	type: 'options',
	options: [
		{ name: 'Normal', value: 1 },
		{ name: 'Medium', value: 2 },
		{ name: 'High', value: 3 },
	],
	default: 1,
	description: 'How fast the transaction should confirm (a higher priority pays a higher fee)',
};

/** How to resolve an unknown send. */
export const SEND_CHECK_HINT =
	"connect this item (error output) to Address.so → the same resource → Check Outcome, which looks for the send among the transactions, or look at the transactions yourself. Don't send again until you know";
