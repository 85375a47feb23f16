import { plainNumberText } from './json';
import { maxSupplyOf } from './supply';

/**
 * Decimal amounts travel as strings end to end: they are validated with a pattern and compared
 * as scaled BigInts, never converted to a JavaScript number (floating point).
 */
const DECIMAL = /^(0|[1-9]\d*)(\.\d+)?$/;

/**
 * The documented upper bound of any amount when the provider publishes none: at most 15 digits
 * before the decimal point (below one quadrillion), so a runaway expression cannot send 1e30.
 */
export const MAX_INTEGER_DIGITS = 15;

/** The documented maximum number of decimals when a currency's precision is not known (wei). */
export const DEFAULT_MAX_DECIMALS = 18;

/**
 * Returns the problem with a user-supplied amount, or undefined when it is a valid positive
 * decimal string such as "0.1" or "5.00000000". Rejects "", "-1", "1e-5", "0,1", "NaN", " 1",
 * numbers (precision may already be lost), too many decimals and amounts above the maximum, and,
 * when `unit` (or `currency`) is a coin with a capped supply (supply.ts), amounts above that cap.
 */
export function decimalProblem(
	value: unknown,
	options: {
		allowZero?: boolean;
		maxDecimals?: number;
		max?: string;
		unit?: string;
		currency?: string;
	} = {},
): string | undefined {
	if (typeof value === 'number') {
		return 'must be given as text (for example "0.1"), not as a number, so that no precision is lost';
	}
	if (value === undefined || value === null || value === '') return 'is required';
	if (typeof value !== 'string')
		return `must be a decimal number as text, not ${Array.isArray(value) ? 'a list' : `an ${typeof value}`}`;
	if (value.trim() !== value)
		return `"${value}" has spaces around it; give the amount exactly (e.g. "0.1")`;
	if (!DECIMAL.test(value)) {
		return `"${value}" is not a plain decimal number (use digits and a dot, e.g. 0.1 — no sign, exponent, comma or spaces)`;
	}
	const [int, frac = ''] = value.split('.');
	const maxDecimals = options.maxDecimals ?? DEFAULT_MAX_DECIMALS;
	const unit = options.unit ? ` for ${options.unit}` : '';
	if (frac.length > maxDecimals)
		return `has ${frac.length} decimal places; at most ${maxDecimals} are allowed${unit}`;
	if (options.max !== undefined) {
		if (compareDecimal(value, options.max) > 0)
			return `${value} is above the maximum of ${options.max}${unit}`;
	} else if (int.length > MAX_INTEGER_DIGITS) {
		return `${value} is too large (at most ${MAX_INTEGER_DIGITS} digits before the decimal point)`;
	}
	const coin = options.currency ?? options.unit;
	const supply = maxSupplyOf(coin);
	if (supply !== undefined && compareDecimal(value, supply) > 0)
		return `${value} is more than all the ${coin?.toUpperCase()} that can ever exist (${supply}); no payout can be that large`;
	if (!options.allowZero && /^0(\.0+)?$/.test(value)) return 'must be greater than zero';
	return undefined;
}

function scaled(value: string, scale: number): bigint {
	const [int, frac = ''] = value.split('.');
	return (
		BigInt(int) * 10n ** BigInt(scale) + BigInt((frac + '0'.repeat(scale)).slice(0, scale) || '0')
	);
}

/** Compares two decimal strings (or numbers from provider JSON, read through their text). */
export function compareDecimal(a: string | number, b: string | number): -1 | 0 | 1 {
	const sa = typeof a === 'number' ? numberText(a) : a;
	const sb = typeof b === 'number' ? numberText(b) : b;
	if (!DECIMAL.test(sa) || !DECIMAL.test(sb))
		throw new Error('compareDecimal needs plain decimals');
	const scale = Math.max(sa.split('.')[1]?.length ?? 0, sb.split('.')[1]?.length ?? 0);
	const x = scaled(sa, scale);
	const y = scaled(sb, scale);
	return x === y ? 0 : x < y ? -1 : 1;
}

/** The shortest text of a number that a provider sent in JSON, without exponent notation. */
export function numberText(n: number): string {
	return plainNumberText(String(n));
}

/**
 * True when two provider amounts denote the same value ("0.1" == "0.10000000" == "1e-1"). Strings
 * are read as decimal text (exponents expanded), numbers through their shortest text.
 */
export function sameAmount(a: unknown, b: unknown): boolean {
	const norm = (v: unknown) =>
		typeof v === 'number' ? numberText(v) : typeof v === 'string' ? plainNumberText(v.trim()) : '';
	const x = norm(a);
	const y = norm(b);
	if (!DECIMAL.test(x) || !DECIMAL.test(y)) return false;
	return compareDecimal(x, y) === 0;
}
