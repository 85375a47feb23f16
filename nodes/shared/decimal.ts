import { plainNumberText } from './json';

/**
 * Decimal amounts travel as strings end to end: they are validated with a pattern and compared
 * as scaled BigInts, never converted to a JavaScript number (floating point).
 */
const DECIMAL = /^(0|[1-9]\d*)(\.\d+)?$/;

export function isDecimalString(value: unknown): value is string {
	return typeof value === 'string' && DECIMAL.test(value);
}

/**
 * Returns the problem with a user-supplied amount, or undefined when it is a valid positive
 * decimal string such as "0.1" or "5.00000000". Rejects "", "-1", "1e-5", "0,1", "NaN", " 1".
 */
export function decimalProblem(
	value: unknown,
	options: { allowZero?: boolean; maxDecimals?: number } = {},
): string | undefined {
	if (typeof value === 'number') {
		return 'must be given as text (for example "0.1"), not as a number, so that no precision is lost';
	}
	if (typeof value !== 'string' || value === '') return 'is required';
	if (!DECIMAL.test(value)) {
		return `"${value}" is not a plain decimal number (use digits and a dot, e.g. 0.1 — no sign, exponent, comma or spaces)`;
	}
	const decimals = value.includes('.') ? value.split('.')[1].length : 0;
	if (options.maxDecimals !== undefined && decimals > options.maxDecimals) {
		return `has ${decimals} decimal places; at most ${options.maxDecimals} are allowed`;
	}
	if (!options.allowZero && /^0(\.0+)?$/.test(value)) return 'must be greater than zero';
	return undefined;
}

function scaled(value: string, scale: number): bigint {
	const [int, frac = ''] = value.split('.');
	return BigInt(int) * 10n ** BigInt(scale) + BigInt((frac + '0'.repeat(scale)).slice(0, scale) || '0');
}

/** Compares two decimal strings (or numbers from provider JSON, read through their text). */
export function compareDecimal(a: string | number, b: string | number): -1 | 0 | 1 {
	const sa = typeof a === 'number' ? numberText(a) : a;
	const sb = typeof b === 'number' ? numberText(b) : b;
	if (!DECIMAL.test(sa) || !DECIMAL.test(sb)) throw new Error('compareDecimal needs plain decimals');
	const scale = Math.max(sa.split('.')[1]?.length ?? 0, sb.split('.')[1]?.length ?? 0);
	const x = scaled(sa, scale);
	const y = scaled(sb, scale);
	return x === y ? 0 : x < y ? -1 : 1;
}

/** The shortest text of a number that a provider sent in JSON, without exponent notation. */
export function numberText(n: number): string {
	return plainNumberText(String(n));
}

/** True when two provider amounts denote the same value ("0.1" == 0.1 == "0.10000000"). */
export function sameAmount(a: unknown, b: unknown): boolean {
	const norm = (v: unknown) => (typeof v === 'number' ? numberText(v) : typeof v === 'string' ? v.trim() : '');
	const x = norm(a);
	const y = norm(b);
	if (!DECIMAL.test(x) || !DECIMAL.test(y)) return false;
	return compareDecimal(x, y) === 0;
}
