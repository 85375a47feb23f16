import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { checkId, checkToken } from '../../shared/params';

/** The coin-field value meaning "create the invoice without a coin". */
export const CUSTOMER_CHOOSES = '__customerChooses__';

export const invoiceIdField: INodeProperties = {
	displayName: 'Invoice ID',
	name: 'invoiceId',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'INVabc123def456',
	description: 'The ID of the invoice (invoice_id)',
};

/** The invoice ID parameter, checked (nothing is sent when it is empty, malformed or a dot segment). */
export function getInvoiceId(ctx: IExecuteFunctions, i: number): string {
	return checkId(ctx, ctx.getNodeParameter('invoiceId', i), 'Invoice ID', i, {
		pattern: /^[A-Za-z0-9_-]{1,64}$/,
		expected: 'a valid invoice ID (letters, digits, - and _)',
	});
}

/** A coin code (e.g. btc, erc20_usdc), checked. */
export function checkCoinCode(
	ctx: IExecuteFunctions,
	value: unknown,
	field: string,
	i: number,
): string {
	return checkToken(ctx, value, field, i, {
		required: true,
		maxLength: 64,
		pattern: /^[A-Za-z0-9_.-]+$/,
		expected: 'a coin code (e.g. btc, ltc, erc20_usdc)',
	}) as string;
}
