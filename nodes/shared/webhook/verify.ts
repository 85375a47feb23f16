import { createHmac, timingSafeEqual } from 'crypto';

/** Constant-time string comparison (different lengths are unequal; only the length can leak). */
export function safeEqual(a: string, b: string): boolean {
	const ba = Buffer.from(a, 'utf8');
	const bb = Buffer.from(b, 'utf8');
	if (ba.length !== bb.length) return false;
	return timingSafeEqual(ba, bb);
}

export function hmac(
	algorithm: 'sha256' | 'sha512',
	key: string | Buffer,
	data: string | Buffer,
	encoding: 'hex' | 'base64' = 'hex',
): string {
	return createHmac(algorithm, key).update(data).digest(encoding);
}

export interface SignatureCheck {
	/**
	 * The signature the request must carry, computed over the raw body or raw query string exactly
	 * as received; null when it cannot be computed (no secret set): then the check FAILS.
	 */
	expected: () => string | null;
	/** The signature the request carries (header or parameter), or null when absent. */
	actual: () => string | null | undefined;
	/** Compare hex signatures case-insensitively. */
	hex?: boolean;
	/** The signed timestamp of the request (seconds or milliseconds), when the provider signs one. */
	timestamp?: () => string | number | null | undefined;
	/** Replay window for the timestamp, in seconds (default 300). */
	maxAgeSeconds?: number;
	now?: number;
}

function timestampFresh(
	value: string | number | null | undefined,
	maxAgeSeconds: number,
	now: number,
): boolean {
	if (value === null || value === undefined || value === '') return false;
	const n =
		typeof value === 'number'
			? value
			: /^\d{1,16}$/.test(value.trim())
				? Number(value.trim())
				: NaN;
	if (!Number.isFinite(n)) return false;
	const seconds = n > 1e11 ? n / 1000 : n;
	return Math.abs(now / 1000 - seconds) <= maxAgeSeconds;
}

/**
 * The one verifier every trigger uses (in the style of n8n's verifySignature): the timestamp (if
 * the provider signs one) within the replay window, then a constant-time comparison of the
 * expected and actual signatures. Fails closed: no secret, no signature, or any error is false.
 */
export function verifySignature(check: SignatureCheck): boolean {
	try {
		if (
			check.timestamp &&
			!timestampFresh(check.timestamp(), check.maxAgeSeconds ?? 300, check.now ?? Date.now())
		)
			return false;
		const expected = check.expected();
		if (typeof expected !== 'string' || expected === '') return false;
		const actual = check.actual();
		if (typeof actual !== 'string' || actual === '') return false;
		return check.hex
			? safeEqual(expected.toLowerCase(), actual.trim().toLowerCase())
			: safeEqual(expected, actual);
	} catch {
		return false;
	}
}
