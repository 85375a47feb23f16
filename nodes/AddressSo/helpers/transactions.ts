import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { checkToken, invalidInput } from '../../shared/params';
import { addressSoResult } from '../transport';

/**
 * Address.so lists the newest transactions up to a `limit` (100 when none is given) and has no
 * pages: Return All asks for this many.
 */
export const ALL_TRANSACTIONS = 100000;

export const tagOption: INodeProperties = {
	displayName: 'Destination Tag',
	name: 'tag',
	type: 'string',
	default: '',
	description: 'Only the transactions with this destination tag (Ripple)',
};

/** A Ripple destination tag: an unsigned 32-bit integer, as digits. */
export function checkTag(
	ctx: IExecuteFunctions,
	value: unknown,
	i: number,
	field = 'Destination Tag',
): string | undefined {
	const tag = checkToken(ctx, typeof value === 'number' ? String(value) : value, field, i, {
		maxLength: 10,
		pattern: /^\d+$/,
		expected: 'a destination tag (digits only)',
	});
	if (tag !== undefined && BigInt(tag) > 4294967295n)
		invalidInput(ctx, field, 'must be at most 4294967295', i);
	return tag;
}

/** GET <wallet or account path>/transactions, newest first, up to `limit`. */
export async function listTransactions(
	ctx: IExecuteFunctions,
	path: string,
	i: number,
	query: { limit?: number; tag?: string },
	action: string,
): Promise<IDataObject[]> {
	const qs: IDataObject = { limit: query.limit ?? ALL_TRANSACTIONS };
	if (query.tag !== undefined) qs.tag = query.tag;
	const result = await addressSoResult.call(ctx, 'GET', `${path}/transactions`, 'read', {
		qs,
		itemIndex: i,
		action,
	});
	return (Array.isArray(result) ? result : []) as IDataObject[];
}
