import { keccak256 } from './keccak';

/**
 * EIP-55 (https://eips.ethereum.org/EIPS/eip-55): a hex letter of an address is upper case
 * exactly when the matching nibble of keccak-256(lower-case hex text) is 8 or more.
 * Takes the 40 hex digits (any case, no 0x) and returns the checksummed address with 0x.
 */
export function toEip55(hex40: string): string {
	const lower = hex40.toLowerCase();
	const hash = keccak256(Uint8Array.from(lower, (ch) => ch.charCodeAt(0)));
	let out = '0x';
	for (let i = 0; i < lower.length; i++) {
		const nibble = (hash[i >> 1] >> (i % 2 === 0 ? 4 : 0)) & 0x0f;
		out += nibble >= 8 ? lower[i].toUpperCase() : lower[i];
	}
	return out;
}
