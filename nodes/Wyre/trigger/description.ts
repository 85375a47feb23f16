import type { INodeProperties } from 'n8n-workflow';

/**
 * The Wyre Trigger's parameters. Everything the webhook step reads is a fixed value
 * (`noDataExpression`): n8n then evaluates no expression when a delivery arrives.
 */

const show = (events: string[], more: Record<string, string[]> = {}) => ({
	show: { events, ...more },
});

const SOURCE: INodeProperties = {
	displayName: 'Trigger On',
	name: 'events',
	type: 'options',
	noDataExpression: true,
	options: [
		{
			name: 'Wallet Transaction',
			value: 'walletTransaction',
			action: 'On wallet transaction',
			description:
				"A signed wallet callback: a deposit, its confirmation or an outgoing transaction of one wallet (the wallet's callback URL)",
		},
		{
			name: 'Object Update (Subscription)',
			value: 'objectUpdate',
			action: 'On object update',
			description:
				'A subscription notice for a wallet, an account or a transfer: the trigger reads the object from the API and emits what the API says',
		},
		{
			name: 'Wallet Order Update',
			value: 'walletOrder',
			action: 'On wallet order update',
			description:
				'A wallet-order webhook (card purchases): the trigger reads the order from the API and emits what the API says',
		},
	],
	default: 'walletTransaction',
};

const REGISTRATION: INodeProperties = {
	displayName: 'Registration',
	name: 'registration',
	type: 'options',
	noDataExpression: true,
	options: [
		{
			name: 'Register With Wyre on Activation',
			value: 'automatic',
			description:
				'Activation points Wyre at this URL (wallet callback URL, subscription or wallet-order webhook); deactivation undoes it',
		},
		{
			name: 'Manual',
			value: 'manual',
			description:
				"Nothing is registered: you give Wyre this node's URL yourself (a wallet's callback URL, a transfer's notify URL, a subscription)",
		},
	],
	default: 'automatic',
};

const MANUAL_NOTICE: INodeProperties = {
	displayName:
		"Give Wyre this node's Production URL yourself: as a wallet's Callback URL (Wallet Transaction), as a transfer's Notify URL or a subscription's target (Object Update), or as your wallet-order webhook (Wallet Order Update). Deliveries are still verified: wallet callbacks by their signature, the others by reading the object from the API.",
	name: 'manualNotice',
	type: 'notice',
	default: '',
	displayOptions: { show: { registration: ['manual'] } },
};

const WALLET: INodeProperties = {
	displayName: 'Wallet',
	name: 'walletId',
	type: 'resourceLocator',
	noDataExpression: true,
	default: { mode: 'list', value: '' },
	description:
		'The wallet to watch. With Manual registration it may stay empty: then a callback for any wallet of yours is accepted.',
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
			placeholder: 'WA_XXXXXXXXXXX',
			validation: [
				{
					type: 'regex',
					// empty is valid: with Manual registration no wallet means any wallet of yours
					properties: {
						regex: '^(WA_[A-Za-z0-9]+)?$',
						errorMessage: 'A wallet id looks like WA_…',
					},
				},
			],
		},
	],
	displayOptions: show(['walletTransaction']),
};

/** The same wallet parameter for a subscription to a wallet. */
const SUBSCRIBED_WALLET: INodeProperties = {
	...WALLET,
	description: 'The wallet to subscribe to',
	displayOptions: show(['objectUpdate'], { registration: ['automatic'], subscribeTo: ['wallet'] }),
};

const SUBSCRIBE_TO: INodeProperties = {
	displayName: 'Subscribe To',
	name: 'subscribeTo',
	type: 'options',
	noDataExpression: true,
	options: [
		{ name: 'Wallet', value: 'wallet', description: 'Changes of one wallet (wallet:WA_…)' },
		{ name: 'Account', value: 'account', description: 'Changes of an account (account:AC_…)' },
		{ name: 'Transfer', value: 'transfer', description: 'Status changes of one transfer' },
	],
	default: 'wallet',
	displayOptions: show(['objectUpdate'], { registration: ['automatic'] }),
};

const ACCOUNT: INodeProperties = {
	displayName: 'Account ID',
	name: 'accountId',
	type: 'string',
	noDataExpression: true,
	default: '',
	placeholder: 'AC_XXXXXXXXXXX',
	description:
		"The account (AC_…). Empty: the credential's own account (read from the API on activation).",
	displayOptions: show(['objectUpdate'], { registration: ['automatic'], subscribeTo: ['account'] }),
};

const ORDER_ACCOUNT: INodeProperties = {
	...ACCOUNT,
	name: 'orderAccountId',
	description:
		"The account whose wallet orders are reported (AC_…). Empty: the credential's own account (read from the API on activation).",
	displayOptions: show(['walletOrder']),
};

const TRANSFER: INodeProperties = {
	displayName: 'Transfer ID',
	name: 'transferId',
	type: 'string',
	noDataExpression: true,
	required: true,
	default: '',
	placeholder: 'TF_XXXXXXXXXXX',
	displayOptions: show(['objectUpdate'], {
		registration: ['automatic'],
		subscribeTo: ['transfer'],
	}),
};

const TRANSACTION_TYPES: INodeProperties = {
	displayName: 'Transaction Types',
	name: 'transactionTypes',
	type: 'multiOptions',
	noDataExpression: true,
	options: [
		{ name: 'Incoming', value: 'incoming', description: 'Funds arriving in the wallet' },
		{
			name: 'Interest Payout',
			value: 'interestPayout',
			description:
				"Funds from a transfer of Wyre's interest service (the transfer is read from the API and added as sourceTransfer)",
		},
		{ name: 'Outgoing', value: 'outgoing', description: 'Funds leaving the wallet' },
	],
	default: ['incoming', 'interestPayout', 'outgoing'],
	description: 'Start the workflow only for these. Empty: every transaction.',
	displayOptions: show(['walletTransaction']),
};

const TRANSACTION_STATUSES: INodeProperties = {
	displayName: 'Transaction Statuses',
	name: 'transactionStatuses',
	type: 'multiOptions',
	noDataExpression: true,
	options: [
		{ name: 'Cancelled', value: 'CANCELLED' },
		{ name: 'Confirmed', value: 'CONFIRMED' },
		{ name: 'Pending', value: 'PENDING', description: 'First seen, not yet confirmed' },
		{ name: 'Reversed', value: 'REVERSED' },
	],
	default: ['CONFIRMED'],
	description:
		'Start the workflow only for these statuses (Wyre may call once when it sees a transaction and again when it is confirmed). Empty: every status.',
	displayOptions: show(['walletTransaction']),
};

const OBJECT_TYPES: INodeProperties = {
	displayName: 'Object Types',
	name: 'objectTypes',
	type: 'multiOptions',
	noDataExpression: true,
	options: [
		{ name: 'Account', value: 'account' },
		{ name: 'Payment Method', value: 'paymentmethod' },
		{ name: 'Transfer', value: 'transfer' },
		{ name: 'Wallet', value: 'wallet' },
	],
	default: [],
	description:
		'Start the workflow only when the notice names one of these (its "trigger" SRN). Empty: every type.',
	displayOptions: show(['objectUpdate']),
};

const TRANSFER_STATUSES: INodeProperties = {
	displayName: 'Transfer Statuses',
	name: 'transferStatuses',
	type: 'multiOptions',
	noDataExpression: true,
	options: [
		{ name: 'Completed', value: 'COMPLETED' },
		{ name: 'Expired', value: 'EXPIRED' },
		{ name: 'Failed', value: 'FAILED' },
		{ name: 'Pending', value: 'PENDING' },
		{ name: 'Reversed', value: 'REVERSED' },
		{ name: 'Unconfirmed', value: 'UNCONFIRMED' },
	],
	default: [],
	description:
		'For transfers: start the workflow only when the API reports one of these statuses. Empty: every status.',
	displayOptions: show(['objectUpdate']),
};

const ORDER_STATUSES: INodeProperties = {
	displayName: 'Order Statuses',
	name: 'orderStatuses',
	type: 'multiOptions',
	noDataExpression: true,
	options: [
		{ name: 'Complete', value: 'COMPLETE' },
		{ name: 'Failed', value: 'FAILED' },
		{ name: 'Processing', value: 'PROCESSING' },
		{ name: 'Running Checks', value: 'RUNNING_CHECKS' },
	],
	default: [],
	description:
		'Start the workflow only when the API reports one of these order statuses. Empty: every status.',
	displayOptions: show(['walletOrder']),
};

const REQUIRE_SIGNATURE: INodeProperties = {
	displayName: 'Require Signature',
	name: 'requireSignature',
	type: 'boolean',
	noDataExpression: true,
	default: false,
	description:
		'Whether to refuse notices without a valid X-Api-Signature. Wyre does not document signing these; a signature that is present is always checked, and the object is always read from the API.',
	displayOptions: show(['objectUpdate', 'walletOrder']),
};

export const triggerProperties: INodeProperties[] = [
	SOURCE,
	REGISTRATION,
	MANUAL_NOTICE,
	WALLET,
	SUBSCRIBE_TO,
	SUBSCRIBED_WALLET,
	ACCOUNT,
	TRANSFER,
	ORDER_ACCOUNT,
	TRANSACTION_TYPES,
	TRANSACTION_STATUSES,
	OBJECT_TYPES,
	TRANSFER_STATUSES,
	ORDER_STATUSES,
	REQUIRE_SIGNATURE,
];
