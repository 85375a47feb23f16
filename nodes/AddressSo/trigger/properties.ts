/** The parameters of the Address.so Trigger (read at activation only; see settings.ts). */
import type { INodeProperties } from 'n8n-workflow';

export const triggerProperties: INodeProperties[] = [
	{
		displayName: 'Events',
		name: 'events',
		type: 'options',
		options: [
			{
				name: 'Balance Changed',
				value: 'balanceChanged',
				action: 'On balance changed',
				description:
					'Address.so notifies a change in the balance of the watched wallet or account (a deposit, a send)',
			},
		],
		default: 'balanceChanged',
	},
	{
		displayName:
			'On activation this trigger registers its URL at Address.so (a webhook for the wallet or account below) and removes it on deactivation. Callbacks are verified with the Secret Token of the credential.',
		name: 'setupNotice',
		type: 'notice',
		default: '',
	},
	{
		displayName: 'Watch',
		name: 'entityType',
		type: 'options',
		options: [
			{ name: 'Wallet (All Its Accounts)', value: 'wallet' },
			{ name: 'Account', value: 'account' },
		],
		default: 'wallet',
		description: 'Whether to be notified for a whole wallet or for one account of it',
	},
	{
		displayName: 'Coin Name or ID',
		name: 'coin',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getCoins' },
		required: true,
		default: '',
		description:
			'The coin of the wallet. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	{
		displayName: 'Wallet Name or ID',
		name: 'walletId',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getTriggerWallets', loadOptionsDependsOn: ['coin'] },
		required: true,
		default: '',
		description:
			'The wallet to watch (or whose account to watch). Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	{
		displayName: 'Account Name or ID',
		name: 'accountId',
		type: 'options',
		typeOptions: {
			loadOptionsMethod: 'getTriggerAccounts',
			loadOptionsDependsOn: ['coin', 'walletId'],
		},
		required: true,
		default: '',
		displayOptions: { show: { entityType: ['account'] } },
		description:
			'The account to watch. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	{
		displayName: 'Confirm via API',
		name: 'confirmViaApi',
		type: 'boolean',
		default: true,
		description:
			"Whether to re-read the account (or wallet) and its transactions from the Address.so API and emit the API's data: a callback the API does not confirm (unknown transaction, other amount, hash or address) is refused",
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				displayName: 'Callback Signature',
				name: 'callbackMac',
				type: 'options',
				options: [
					{
						name: "Credential's Scheme, Then the Other",
						value: 'either',
						description:
							"Accept the MAC of the credential's signing scheme, or else the other one (Address.so's doc shows HMAC-SHA256 for callbacks)",
					},
					{
						name: "Only the Credential's Scheme",
						value: 'credential',
						description: "Accept only the MAC of the credential's signing scheme",
					},
				],
				default: 'either',
				description: 'Which signature MACs a callback may carry',
			},
		],
	},
];
