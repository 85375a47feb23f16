import { createHash } from 'crypto';
import { CHECKSUM_MISMATCH, WRONG_LENGTH, describeChar } from './reasons';

/** Bitcoin's Base58 alphabet: no 0, O, I or l, so that look-alike characters cannot be confused. */
export const BASE58_ALPHABET = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

/** Decodes Base58 text to bytes (each leading "1" is a leading zero byte), or returns a reason. */
export function base58Decode(text: string): Uint8Array | string {
	const bytes: number[] = []; // the number so far, least significant byte first
	for (const ch of text) {
		let carry = BASE58_ALPHABET.indexOf(ch);
		if (carry < 0) {
			const lookAlike = '0OIl'.includes(ch)
				? ' (0, O, I and l are left out so they cannot be confused)'
				: '';
			return `the address contains ${describeChar(ch)}, which Base58 addresses never use${lookAlike}`;
		}
		for (let i = 0; i < bytes.length; i++) {
			carry += bytes[i] * 58;
			bytes[i] = carry & 0xff;
			carry >>= 8;
		}
		while (carry > 0) {
			bytes.push(carry & 0xff);
			carry >>= 8;
		}
	}
	let zeros = 0;
	while (zeros < text.length && text[zeros] === '1') zeros++;
	return Uint8Array.from([...new Array<number>(zeros).fill(0), ...bytes.reverse()]);
}

function sha256(data: Uint8Array): Buffer {
	return createHash('sha256').update(data).digest();
}

/**
 * Base58Check: the payload followed by the first 4 bytes of SHA-256(SHA-256(payload)).
 * Returns the payload (version byte first) when it has `payloadLength` bytes and the
 * checksum matches; otherwise a reason.
 */
export function base58CheckDecode(text: string, payloadLength: number): Uint8Array | string {
	const raw = base58Decode(text);
	if (typeof raw === 'string') return raw;
	if (raw.length !== payloadLength + 4) return WRONG_LENGTH;
	const payload = raw.subarray(0, payloadLength);
	const expected = sha256(sha256(payload));
	for (let i = 0; i < 4; i++) if (raw[payloadLength + i] !== expected[i]) return CHECKSUM_MISMATCH;
	return payload;
}
