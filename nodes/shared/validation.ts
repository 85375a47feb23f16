import type { IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { decimalProblem } from './decimal';

/** Throws a clear error naming the field when `value` is not a positive decimal string. */
export function requireDecimal(
	ctx: IExecuteFunctions,
	value: unknown,
	field: string,
	itemIndex: number,
	options: { allowZero?: boolean; maxDecimals?: number } = {},
): string {
	const v = typeof value === 'string' ? value.trim() : value;
	const problem = decimalProblem(v, options);
	if (problem) {
		throw new NodeOperationError(ctx.getNode(), `${field} ${problem}`, {
			itemIndex,
			description: 'Nothing was sent to the provider.',
		});
	}
	return v as string;
}

/** Throws a clear error naming the field (nothing is sent). */
export function invalidInput(ctx: IExecuteFunctions, field: string, problem: string, itemIndex: number): never {
	throw new NodeOperationError(ctx.getNode(), `${field} ${problem}`, {
		itemIndex,
		description: 'Nothing was sent to the provider.',
	});
}

export function isHttpUrl(value: string): boolean {
	try {
		const u = new URL(value);
		return u.protocol === 'http:' || u.protocol === 'https:';
	} catch {
		return false;
	}
}
