import type { INodeProperties } from 'n8n-workflow';

export function show(resource: string, operation: string[]): INodeProperties['displayOptions'] {
	return { show: { resource: [resource], operation } };
}

/** A currency ticker picked from /wallet/currencies_data (or an expression). */
export function currencyField(resource: string, operation: string[], extra: Partial<INodeProperties> = {}): INodeProperties {
	return {
		displayName: 'Currency Name or ID',
		name: 'currency',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getCurrencies' },
		required: true,
		default: '',
		description:
			'Currency ticker, e.g. BTC or USDTTRC. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		displayOptions: show(resource, operation),
		...extra,
	};
}

export const priorityOptions = [
	{ name: 'Low (24-48 h, Reduced Fees, Not All Currencies)', value: 'low' },
	{ name: 'Medium', value: 'medium' },
	{ name: 'High', value: 'high' },
];

export const ipnUrlDescription =
	'Instant Payment Notification URL. To start a workflow, paste the production URL of a WestWallet Trigger node here, with ?token=<its secret token> appended.';
