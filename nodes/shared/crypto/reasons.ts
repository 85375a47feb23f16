/**
 * Wording shared by the address decoders, so that the same mistake is described the same way
 * whichever coin is being checked. Every reason is a short clause starting in lower case.
 */
export const CHECKSUM_MISMATCH = 'the checksum does not match (a character is probably mistyped)';
export const WRONG_LENGTH =
	'the address has the wrong length (a character is probably missing or extra)';
export const MIXED_CASE = 'the address mixes upper-case and lower-case letters';

/** Names a character so that invisible or look-alike ones are recognisable in a message. */
export function describeChar(ch: string): string {
	const code = ch.codePointAt(0) ?? 0;
	if (code > 0x20 && code < 0x7f) return `"${ch}"`;
	return `the invisible or non-ASCII character U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}
