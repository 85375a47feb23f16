import { CHECKSUM_MISMATCH, MIXED_CASE, describeChar } from './reasons';

/**
 * Bech32 (BIP-173) and Bech32m (BIP-350), and the segwit address rules built on them:
 * https://github.com/bitcoin/bips/blob/master/bip-0173.mediawiki
 * https://github.com/bitcoin/bips/blob/master/bip-0350.mediawiki
 */

/** The 32 characters of the data part, by value (also CashAddr's). No 1, b, i or o. */
export const BECH32_CHARSET = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';

export type Bech32Variant = 'bech32' | 'bech32m';

/** The value the checksum polymod leaves for each variant. */
const VARIANT_CONSTANTS: Record<Bech32Variant, number> = { bech32: 1, bech32m: 0x2bc830a3 };
const GENERATORS = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];

function polymod(values: number[]): number {
	let chk = 1;
	for (const value of values) {
		const top = chk >>> 25;
		chk = ((chk & 0x1ffffff) << 5) ^ value;
		for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk ^= GENERATORS[i];
	}
	return chk;
}

/** The prefix enters the checksum as its high bits, a zero, then its low bits. */
function expandPrefix(hrp: string): number[] {
	const codes = Array.from(hrp, (ch) => ch.charCodeAt(0));
	return [...codes.map((c) => c >> 5), 0, ...codes.map((c) => c & 31)];
}

/** Maps data characters to their 5-bit values, or returns a reason naming the first bad one. */
export function charsetValues(data: string, original: string): number[] | string {
	const values: number[] = [];
	for (let i = 0; i < data.length; i++) {
		const value = BECH32_CHARSET.indexOf(data[i]);
		if (value < 0) {
			return `the address contains ${describeChar(original[i])}, which this kind of address never uses (1, b, i and o are left out)`;
		}
		values.push(value);
	}
	return values;
}

/**
 * Regroups bits, e.g. 5-bit groups into bytes. Without `pad`, leftover bits must be fewer than
 * `from` and all zero (BIP-173), otherwise undefined.
 */
export function convertBits(
	data: number[],
	from: number,
	to: number,
	pad: boolean,
): number[] | undefined {
	let acc = 0;
	let bits = 0;
	const out: number[] = [];
	const maxValue = (1 << to) - 1;
	const maxAcc = (1 << (from + to - 1)) - 1;
	for (const value of data) {
		acc = ((acc << from) | value) & maxAcc;
		bits += from;
		while (bits >= to) {
			bits -= to;
			out.push((acc >> bits) & maxValue);
		}
	}
	if (pad) {
		if (bits > 0) out.push((acc << (to - bits)) & maxValue);
	} else if (bits >= from || (acc << (to - bits)) & maxValue) {
		return undefined;
	}
	return out;
}

export interface Bech32Decoded {
	hrp: string;
	/** 5-bit values of the data part, checksum removed */
	data: number[];
	variant: Bech32Variant;
}

/** Decodes any Bech32 or Bech32m string (lower-cases the prefix), or returns a reason. */
export function bech32Decode(text: string): Bech32Decoded | string {
	if (text.length > 90)
		return 'the address is longer than the 90 characters a Bech32 address may have';
	for (const ch of text) {
		const code = ch.charCodeAt(0);
		if (code < 33 || code > 126)
			return `the address contains ${describeChar(ch)}, which is not allowed`;
	}
	if (text !== text.toLowerCase() && text !== text.toUpperCase()) return MIXED_CASE;
	const lower = text.toLowerCase();
	const separator = lower.lastIndexOf('1');
	if (separator < 1) return 'the address has no prefix before its "1" separator';
	if (separator + 7 > lower.length) return 'the address is too short to hold a checksum';
	const hrp = lower.slice(0, separator);
	const values = charsetValues(lower.slice(separator + 1), text.slice(separator + 1));
	if (typeof values === 'string') return values;
	const residue = polymod([...expandPrefix(hrp), ...values]);
	const variant = (Object.keys(VARIANT_CONSTANTS) as Bech32Variant[]).find(
		(v) => VARIANT_CONSTANTS[v] === residue,
	);
	if (!variant) return CHECKSUM_MISMATCH;
	return { hrp, data: values.slice(0, -6), variant };
}

export interface SegwitDecoded {
	hrp: string;
	version: number;
	program: Uint8Array;
}

/** Decodes a segwit address (any prefix; the caller checks it), or returns a reason. */
export function decodeSegwit(text: string): SegwitDecoded | string {
	const decoded = bech32Decode(text);
	if (typeof decoded === 'string') return decoded;
	const { hrp, data, variant } = decoded;
	if (data.length === 0) return 'the address has no witness program';
	const version = data[0];
	if (version > 16) return `the address has witness version ${version}; only 0 to 16 exist`;
	const program = convertBits(data.slice(1), 5, 8, false);
	if (!program) return 'the address has invalid padding bits (no wallet produces this)';
	if (program.length < 2 || program.length > 40) {
		return `the address has a ${program.length}-byte witness program; 2 to 40 bytes are allowed`;
	}
	if (version === 0 && program.length !== 20 && program.length !== 32) {
		return `the address has a ${program.length}-byte version 0 witness program; it must be 20 or 32 bytes`;
	}
	if (version === 0 && variant !== 'bech32') {
		return 'a version 0 segwit address must use the Bech32 checksum, but this one uses Bech32m';
	}
	if (version > 0 && variant !== 'bech32m') {
		return `a version ${version} segwit address must use the Bech32m checksum (BIP-350), but this one uses the older Bech32`;
	}
	return { hrp, version, program: Uint8Array.from(program) };
}
