import { createHash, createHmac, timingSafeEqual } from 'crypto';

/**
 * Address.so signs send requests (and its webhook callbacks) with a MAC over a form-encoded
 * parameter string. Its own material disagrees on how; the credential picks one of three schemes:
 * - `sdk2020` (the PHP SDK from April 2020 on, the default): the parameters sorted by name, the key
 *   is the hex text of SHA-512(secret token), the MAC is hex HMAC-SHA512;
 * - `sdk2019` (the earlier PHP SDK and the Python SDK): the same MAC, parameters in the order given;
 * - `doc` (the API documentation): hex HMAC-SHA256 keyed with the secret token itself, parameters in
 *   the order given, the recipient spelled `recepient`.
 * In every scheme the message is the form body exactly as sent, without its `sign` pair, and the
 * body sent is that message followed by `&sign=<mac>`: what is signed is what is sent.
 */
export type SigningScheme = 'sdk2020' | 'sdk2019' | 'doc';

export const SIGNING_SCHEMES: SigningScheme[] = ['sdk2020', 'sdk2019', 'doc'];

export function isSigningScheme(value: unknown): value is SigningScheme {
	return typeof value === 'string' && (SIGNING_SCHEMES as string[]).includes(value);
}

/** The scheme a credential value names ("sdk2020", also written "sdk-2020"); SDK 2020 otherwise. */
export function schemeOf(value: unknown): SigningScheme {
	const name = typeof value === 'string' ? value.replace(/-/g, '').toLowerCase() : '';
	return isSigningScheme(name) ? name : 'sdk2020';
}

/** One name/value pair of a form body, in order. */
export type FormPair = [string, string];

const UNRESERVED = /[A-Za-z0-9\-_.]/;

/**
 * Form encoding as PHP's http_build_query (and Python's urlencode) writes it: letters, digits and
 * "-_." as they are, space as "+", every other UTF-8 byte as %XX (upper-case hex).
 */
export function formEncode(value: string): string {
	let out = '';
	for (const byte of Buffer.from(value, 'utf8')) {
		const ch = String.fromCharCode(byte);
		if (byte < 0x80 && UNRESERVED.test(ch)) out += ch;
		else if (byte === 0x20) out += '+';
		else out += '%' + byte.toString(16).toUpperCase().padStart(2, '0');
	}
	return out;
}

/** `name=value` pairs joined by "&", each side form-encoded. */
export function formBody(pairs: FormPair[]): string {
	return pairs.map(([name, value]) => `${formEncode(name)}=${formEncode(value)}`).join('&');
}

/** Flattens a body object into form pairs, lists PHP-style (`permissions[0]=view`). */
export function formPairs(body: Record<string, unknown>): FormPair[] {
	const pairs: FormPair[] = [];
	for (const [name, value] of Object.entries(body)) {
		if (value === undefined || value === null) continue;
		if (Array.isArray(value)) value.forEach((v, i) => pairs.push([`${name}[${i}]`, String(v)]));
		else pairs.push([name, String(value)]);
	}
	return pairs;
}

/** The SDKs' MAC key: the lower-case hex text of SHA-512(secret token), used as ASCII bytes. */
export function sdkKey(secretToken: string): string {
	return createHash('sha512').update(secretToken, 'utf8').digest('hex');
}

/** The hex MAC of `message` under `scheme` (the same MAC signs sends and verifies callbacks). */
export function addressSoMac(scheme: SigningScheme, secretToken: string, message: string): string {
	if (scheme === 'doc') {
		return createHmac('sha256', secretToken).update(message, 'utf8').digest('hex');
	}
	return createHmac('sha512', sdkKey(secretToken)).update(message, 'utf8').digest('hex');
}

/** Constant-time comparison of a received hex MAC with the expected one (case-insensitive hex). */
export function sameMac(received: string, expected: string): boolean {
	const a = Buffer.from(received.toLowerCase(), 'utf8');
	const b = Buffer.from(expected.toLowerCase(), 'utf8');
	return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * The send parameters as the scheme sends them: `recipient` renamed `recepient` for `doc`, and
 * sorted by name (byte order, like PHP's ksort) for `sdk2020`. `params` are in insertion order.
 */
export function sendPairs(scheme: SigningScheme, params: FormPair[]): FormPair[] {
	const named = params.map(([name, value]): FormPair => [
		scheme === 'doc' && name === 'recipient' ? 'recepient' : name,
		value,
	]);
	if (scheme !== 'sdk2020') return named;
	return [...named].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

export interface SignedSend {
	/** The signed message: the form body without `sign`. */
	message: string;
	sign: string;
	/** The body to send: the message followed by `&sign=…`. */
	body: string;
}

/** Signs a send's parameters (insertion order) under `scheme`; the result's body is what is sent. */
export function signSend(
	scheme: SigningScheme,
	secretToken: string,
	params: FormPair[],
): SignedSend {
	const message = formBody(sendPairs(scheme, params));
	const sign = addressSoMac(scheme, secretToken, message);
	return { message, sign, body: message ? `${message}&sign=${sign}` : `sign=${sign}` };
}
