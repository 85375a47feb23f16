import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { invalidInput } from '../../shared/validation';

export function show(resource: string, operation: string[]): INodeProperties['displayOptions'] {
	return { show: { resource: [resource], operation } };
}

/** The coin-field value meaning "create the invoice without a coin". */
export const CUSTOMER_CHOOSES = '__customerChooses__';

export const INVOICE_STATUSES = [
	'AWAITING_SELECTION',
	'AWAITING_PAYMENT',
	'CONFIRMING_PAYMENT',
	'PAID',
	'UNDERPAID',
	'EXPIRED',
] as const;

export function invoiceIdField(operation: string[]): INodeProperties {
	return {
		displayName: 'Invoice ID',
		name: 'invoiceId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'INVabc123def456',
		description: 'The ID of the invoice (invoice_id)',
		displayOptions: show('invoice', operation),
	};
}

/** The invoice ID parameter, checked (nothing is sent when it is empty or malformed). */
export function getInvoiceId(ctx: IExecuteFunctions, i: number): string {
	const id = String(ctx.getNodeParameter('invoiceId', i) ?? '').trim();
	if (!id) invalidInput(ctx, 'Invoice ID', 'is required', i);
	if (/[\s/?#\\]/.test(id)) invalidInput(ctx, 'Invoice ID', `"${id}" is not a valid invoice ID (no spaces, slashes, ? or #)`, i);
	return id;
}

/** A coin code (e.g. btc, erc20_usdc), checked. */
export function checkCoinCode(ctx: IExecuteFunctions, value: unknown, field: string, i: number): string {
	const coin = String(value ?? '').trim();
	if (!coin) invalidInput(ctx, field, 'is required', i);
	if (!/^[A-Za-z0-9_.-]+$/.test(coin)) invalidInput(ctx, field, `"${coin}" is not a coin code (e.g. btc, ltc, erc20_usdc)`, i);
	return coin;
}
