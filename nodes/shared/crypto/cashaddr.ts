import { charsetValues, convertBits } from './bech32';
import { CHECKSUM_MISMATCH, MIXED_CASE } from './reasons';

/**
 * Bitcoin Cash CashAddr: "prefix:payload", the payload in Bech32's alphabet ending with a 40-bit
 * BCH-code checksum over the prefix and the payload. The prefix may be left out when an address
 * is shown; it still counts in the checksum. Spec:
 * https://github.com/bitcoincashorg/bitcoincash.org/blob/master/spec/cashaddr.md
 */

const GENERATORS = [0x98f2bc8e61n, 0x79b76d99e2n, 0xf33e5fb3c4n, 0xae2eabe2a8n, 0x1e4f43e470n];

function polymod(values: number[]): bigint {
	let c = 1n;
	for (const value of values) {
		const top = c >> 35n;
		c = ((c & 0x07ffffffffn) << 5n) ^ BigInt(value);
		for (let i = 0; i < 5; i++) if ((top >> BigInt(i)) & 1n) c ^= GENERATORS[i];
	}
	return c ^ 1n;
}

/** True when the 5-bit payload values (checksum included) verify under this lower-case prefix. */
export function cashAddrChecksumOk(prefix: string, payload: number[]): boolean {
	const prefixValues = Array.from(prefix, (ch) => ch.charCodeAt(0) & 0x1f);
	return polymod([...prefixValues, 0, ...payload]) === 0n;
}

/** Hash sizes in bytes, by the low 3 bits of the version byte. */
const HASH_SIZES = [20, 24, 28, 32, 40, 48, 56, 64];

export interface CashAddrDecoded {
	prefix: string;
	/** version bits 6..3: 0 P2PKH, 1 P2SH, 2 and 3 their token-aware forms (CashTokens) */
	type: number;
	hash: Uint8Array;
}

/**
 * Decodes a CashAddr with or without its prefix. `prefixes` are the accepted ones (lower case);
 * without a prefix, the one whose checksum verifies is reported. Returns a reason on failure.
 */
export function decodeCashAddr(text: string, prefixes: string[]): CashAddrDecoded | string {
	if (text !== text.toLowerCase() && text !== text.toUpperCase()) return MIXED_CASE;
	const lower = text.toLowerCase();
	const parts = lower.split(':');
	if (parts.length > 2) return 'the address has more than one ":"';
	const given = parts.length === 2 ? parts[0] : undefined;
	if (given !== undefined && !prefixes.includes(given)) return `unknown address prefix "${given}:"`;
	const payloadText = parts[parts.length - 1];
	const values = charsetValues(payloadText, text.slice(text.length - payloadText.length));
	if (typeof values === 'string') return values;
	if (values.length < 8 + 2) return 'the address is too short';
	const prefix = (given === undefined ? prefixes : [given]).find((p) =>
		cashAddrChecksumOk(p, values),
	);
	if (prefix === undefined) return CHECKSUM_MISMATCH;
	const bytes = convertBits(values.slice(0, -8), 5, 8, false);
	if (!bytes || bytes.length === 0)
		return 'the address has invalid padding bits (no wallet produces this)';
	const version = bytes[0];
	if (version & 0x80) return 'the address has an invalid version byte (its reserved bit is set)';
	const hash = Uint8Array.from(bytes.slice(1));
	if (hash.length !== HASH_SIZES[version & 0x07]) {
		return 'the address has the wrong length for the hash size its version byte announces';
	}
	return { prefix, type: version >> 3, hash };
}
