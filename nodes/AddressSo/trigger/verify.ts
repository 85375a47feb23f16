/**
 * Verification of an Address.so callback's `sign`: each canonical form that applies (forms.ts),
 * under the MACs to try, compared in constant time. The API doc says callbacks are signed "as send
 * requests are", which official material does with two incompatible MACs (inventory section 1):
 * the SDKs' hex HMAC-SHA512 keyed with the hex SHA-512 of the secret token (schemes sdk2020 and
 * sdk2019: for a callback they differ in nothing), and the doc's hex HMAC-SHA256 keyed with the
 * secret token itself (scheme doc; the doc's callback example also shows SHA-256).
 */
import type { SigningScheme } from '../helpers/signature';
import { addressSoMac, isSigningScheme, sameMac } from '../helpers/signature';
import type { FormName } from './forms';
import { canonicalForms } from './forms';
import type { CallbackQuery } from './query';

export type CallbackMac = 'hmac-sha512' | 'hmac-sha256';

const SCHEME_OF: Record<CallbackMac, SigningScheme> = {
	'hmac-sha512': 'sdk2020',
	'hmac-sha256': 'doc',
};

/**
 * The MACs to try, in order: the credential's signing scheme's first; with `either`, then the
 * other one (the doc states SHA-256 for callbacks, whatever scheme signs the sends).
 */
export function macsToTry(scheme: unknown, either: boolean): CallbackMac[] {
	const first: CallbackMac =
		isSigningScheme(scheme) && scheme === 'doc' ? 'hmac-sha256' : 'hmac-sha512';
	const other: CallbackMac = first === 'hmac-sha512' ? 'hmac-sha256' : 'hmac-sha512';
	return either ? [first, other] : [first];
}

/** The hex MAC of a canonical string. */
export function callbackMac(mac: CallbackMac, secret: string, text: string): string {
	return addressSoMac(SCHEME_OF[mac], secret, text);
}

export interface Verified {
	form: FormName;
	mac: CallbackMac;
}

/**
 * The form and MAC under which the callback's `sign` is valid, or undefined (always undefined
 * without a secret). A SHA-512 MAC is 128 hex characters, a SHA-256 one 64: only the MAC of the
 * signature's length is computed.
 */
export function verifyCallback(
	query: CallbackQuery,
	secret: string,
	macs: CallbackMac[],
): Verified | undefined {
	if (!secret) return undefined;
	for (const [form, text] of canonicalForms(query)) {
		for (const mac of macs) {
			if (query.sign.length !== (mac === 'hmac-sha512' ? 128 : 64)) continue;
			if (sameMac(query.sign, callbackMac(mac, secret, text))) return { form, mac };
		}
	}
	return undefined;
}
