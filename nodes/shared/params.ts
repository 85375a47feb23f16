import type { IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { decimalProblem, MAX_INTEGER_DIGITS } from './decimal';

/**
 * Parameter types: every value an operation sends passes through one of these checks, so bad input
 * (an object from an expression, an amount with spaces or too many decimals, an id beyond 2^53, a
 * path segment like "..") is a clear error naming the field, and nothing is sent. Each check takes
 * the raw parameter value (from getNodeParameter or a fixedCollection row).
 */

/** Throws a clear error naming the field (nothing is sent). */
export function invalidInput(
	ctx: IExecuteFunctions,
	field: string,
	problem: string,
	itemIndex: number,
): never {
	const error = new NodeOperationError(ctx.getNode(), `${field} ${problem}`, {
		itemIndex,
		description: 'Nothing was sent to the provider.',
	});
	// Named for the error item of a payout run (details.code / details.field).
	error.context.code = 'invalid_input';
	error.context.field = field;
	error.context.outcome = 'not_sent';
	throw error;
}

function typeName(value: unknown): string {
	return Array.isArray(value) ? 'a list' : value === null ? 'null' : `an ${typeof value}`;
}

function isBlank(value: unknown): boolean {
	return value === undefined || value === null || value === '';
}

/**
 * Free text (description, label): a string as given, or a number/boolean whose text is exact.
 * Objects and lists are refused (an expression gone wrong would otherwise send "[object Object]").
 */
export function checkText(
	ctx: IExecuteFunctions,
	value: unknown,
	field: string,
	i: number,
	options: { required?: boolean; maxLength?: number } = {},
): string | undefined {
	if (isBlank(value)) {
		if (options.required) invalidInput(ctx, field, 'is required', i);
		return undefined;
	}
	let text: string;
	if (typeof value === 'string') text = value;
	else if (typeof value === 'boolean') text = String(value);
	else if (
		typeof value === 'number' &&
		Number.isFinite(value) &&
		(!Number.isInteger(value) || Number.isSafeInteger(value))
	) {
		text = String(value);
		if (/e/i.test(text))
			invalidInput(ctx, field, `must be text; the number ${text} cannot be converted exactly`, i);
	} else if (typeof value === 'number') {
		invalidInput(
			ctx,
			field,
			`must be text; the number ${String(value)} cannot be converted exactly (give it as text)`,
			i,
		);
	} else {
		invalidInput(
			ctx,
			field,
			`must be text, but the value is ${typeName(value)} (check the expression)`,
			i,
		);
	}
	if (options.maxLength !== undefined && text.length > options.maxLength) {
		invalidInput(
			ctx,
			field,
			`is ${text.length} characters long; at most ${options.maxLength} are allowed`,
			i,
		);
	}
	return text;
}

/** Text that is a single token: no whitespace anywhere (codes, tickers, addresses, tokens). */
export function checkToken(
	ctx: IExecuteFunctions,
	value: unknown,
	field: string,
	i: number,
	options: { required?: boolean; maxLength?: number; pattern?: RegExp; expected?: string } = {},
): string | undefined {
	const text = checkText(ctx, value, field, i, {
		required: options.required,
		maxLength: options.maxLength ?? 256,
	});
	if (text === undefined) return undefined;
	if (/\s/.test(text)) invalidInput(ctx, field, `"${text}" contains spaces or line breaks`, i);
	if (options.pattern && !options.pattern.test(text)) {
		invalidInput(ctx, field, `"${text}" is not ${options.expected ?? 'valid'}`, i);
	}
	return text;
}

/**
 * An id that goes into a URL path or a request: digits as a string (a number only when it is a
 * safe integer, so 9007199254740993 is never rounded), no dot segments, nothing outside the
 * provider's id pattern. Encode it with encodeURIComponent when it goes into a path.
 */
export function checkId(
	ctx: IExecuteFunctions,
	value: unknown,
	field: string,
	i: number,
	options: { pattern?: RegExp; expected?: string } = {},
): string {
	if (typeof value === 'number' && !Number.isSafeInteger(value)) {
		invalidInput(
			ctx,
			field,
			`is the number ${String(value)}, which is beyond exact integers (give the id as text)`,
			i,
		);
	}
	const id = checkToken(ctx, value, field, i, { required: true, maxLength: 128 }) as string;
	if (id === '.' || id === '..' || /[/\\?#%]/.test(id))
		invalidInput(ctx, field, `"${id}" is not a valid id`, i);
	const pattern = options.pattern ?? /^[A-Za-z0-9_-]+$/;
	if (!pattern.test(id))
		invalidInput(
			ctx,
			field,
			`"${id}" is not ${options.expected ?? 'a valid id (letters, digits, - and _)'}`,
			i,
		);
	return id;
}

/**
 * A money amount: a plain decimal string exactly as it will be sent ("0.1", "5.00000000"); no
 * spaces, sign, exponent or comma; at most `maxDecimals` decimals; at most `max` (or
 * MAX_INTEGER_DIGITS integer digits) and never above the coin's supply cap (`unit`/`currency`,
 * see supply.ts). Numbers are refused so that no precision can have been lost.
 */
export function checkAmount(
	ctx: IExecuteFunctions,
	value: unknown,
	field: string,
	i: number,
	options: {
		maxDecimals?: number;
		max?: string;
		allowZero?: boolean;
		unit?: string;
		/** The coin's ticker when `unit` is not it: amounts above its supply cap are refused. */
		currency?: string;
	} = {},
): string {
	const problem = decimalProblem(value, options);
	if (problem) invalidInput(ctx, field, problem, i);
	return value as string;
}

/** A whole number within bounds; digit strings are accepted. */
export function checkInteger(
	ctx: IExecuteFunctions,
	value: unknown,
	field: string,
	i: number,
	options: { min?: number; max?: number } = {},
): number {
	const n = typeof value === 'string' && /^-?\d{1,15}$/.test(value) ? Number(value) : value;
	if (typeof n !== 'number' || !Number.isSafeInteger(n)) {
		invalidInput(
			ctx,
			field,
			`must be a whole number (got ${JSON.stringify(value) ?? String(value)})`,
			i,
		);
	}
	if (options.min !== undefined && n < options.min)
		invalidInput(ctx, field, `must be at least ${options.min}`, i);
	if (options.max !== undefined && n > options.max)
		invalidInput(ctx, field, `must be at most ${options.max}`, i);
	return n;
}

/** An http(s) URL (IPN, redirect), or undefined when blank and not required. */
export function checkUrl(
	ctx: IExecuteFunctions,
	value: unknown,
	field: string,
	i: number,
	options: { required?: boolean } = {},
): string | undefined {
	const url = checkText(ctx, value, field, i, { required: options.required, maxLength: 2048 });
	if (url === undefined) return undefined;
	if (/\s/.test(url) || !isHttpUrl(url))
		invalidInput(ctx, field, `"${url}" is not a valid http(s) URL`, i);
	return url;
}

export function isHttpUrl(value: string): boolean {
	try {
		const u = new URL(value);
		return u.protocol === 'http:' || u.protocol === 'https:';
	} catch {
		return false;
	}
}

/** A boolean, also from the text "true"/"false" an expression may give. */
export function checkBoolean(
	ctx: IExecuteFunctions,
	value: unknown,
	field: string,
	i: number,
): boolean {
	if (value === 'true' || value === 'false') return value === 'true';
	if (typeof value !== 'boolean')
		invalidInput(ctx, field, `must be true or false, not ${JSON.stringify(value)}`, i);
	return value;
}

export { MAX_INTEGER_DIGITS };
