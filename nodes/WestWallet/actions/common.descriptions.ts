import type { INodeProperties } from 'n8n-workflow';

/** A currency ticker picked from /wallet/currencies_data (or an expression). */
export function currencyField(extra: Partial<INodeProperties> = {}): INodeProperties {
	return {
		displayName: 'Currency Name or ID',
		name: 'currency',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getCurrencies' },
		required: true,
		default: '',
		description:
			'Currency ticker, e.g. BTC or USDTTRC. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		...extra,
	};
}

export const priorityOptions = [
	{
		name: 'Low (Reduced Fees, Slower, Not All Currencies)',
		value: 'low',
		description: 'Sent within 24 to 48 hours',
	},
	{ name: 'Medium', value: 'medium' },
	{ name: 'High', value: 'high' },
];

export const ipnUrlDescription =
	'Instant Payment Notification URL. To start a workflow, paste the production URL of a WestWallet Trigger node here, with ?token=YOUR_SECRET_TOKEN appended.';

export const tagOption: INodeProperties = {
	displayName: 'Tag for Check Outcome',
	name: 'tagPayouts',
	type: 'boolean',
	default: true,
	description:
		"Whether to append a unique tag (e.g. [n8n-k3v9q2mxa7]) to each withdrawal's description, which only you see in WestWallet, so that Withdrawal → Check Outcome can find it if its outcome is ever unknown",
};

export const checkAddressOption: INodeProperties = {
	displayName: 'Check Address Format',
	name: 'validateAddress',
	type: 'boolean',
	default: true,
	description:
		"Whether to check each address against the currency's address pattern from WestWallet before sending (BTC, LTC, DOGE, BCH, DASH and 0x addresses are always verified by their checksum)",
};

/** The checkHint of WestWallet withdrawals: how to resolve an unknown outcome. */
export const WITHDRAWAL_CHECK_HINT =
	'connect this item (error output) to WestWallet → Withdrawal → Check Outcome, which looks the withdrawal up by its description tag, or look for it in Transaction → Get Many (type Send)';
