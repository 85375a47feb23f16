import { createHash } from 'crypto';
import type { IDataObject } from 'n8n-workflow';
import { sleep } from 'n8n-workflow';
import { cancellableSleep } from './cancel';

export type ResponseHeaders = Record<string, string | string[] | undefined>;

export interface RetryPolicy {
	maxAttempts: number;
	baseDelayMs: number;
	maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { maxAttempts: 5, baseDelayMs: 500, maxDelayMs: 65_000 };

export function headerValue(
	headers: ResponseHeaders | undefined,
	name: string,
): string | undefined {
	const key = Object.keys(headers ?? {}).find((k) => k.toLowerCase() === name.toLowerCase());
	if (!key || !headers) return undefined;
	const v = headers[key];
	return Array.isArray(v) ? v[0] : v;
}

export function isRetryableStatus(status: number): boolean {
	return status === 429 || status >= 500;
}

/**
 * How long to wait before retrying a rate-limited or failed read: Retry-After (seconds or an HTTP
 * date), else X-RateLimit-Reset (epoch seconds, epoch milliseconds or seconds from now), else
 * exponential backoff.
 */
export function retryDelayMs(
	headers: ResponseHeaders | undefined,
	attempt: number,
	policy: RetryPolicy = DEFAULT_RETRY,
	now: number = Date.now(),
): number {
	const retryAfter = headerValue(headers, 'retry-after');
	if (retryAfter !== undefined && retryAfter.trim() !== '') {
		const secs = Number(retryAfter);
		if (Number.isFinite(secs)) return Math.max(0, secs * 1000);
		const date = Date.parse(retryAfter);
		if (!Number.isNaN(date)) return Math.max(0, date - now);
	}
	return rateLimitResetDelayMs(headers, now) ?? policy.baseDelayMs * 2 ** (attempt - 1);
}

/** Time until X-RateLimit-Reset (epoch seconds, epoch milliseconds or seconds from now), if given. */
export function rateLimitResetDelayMs(
	headers: ResponseHeaders | undefined,
	now: number = Date.now(),
): number | undefined {
	const reset = headerValue(headers, 'x-ratelimit-reset');
	if (reset === undefined || !/^\d+(\.\d+)?$/.test(reset.trim())) return undefined;
	const value = Number(reset);
	let at: number;
	if (value > 1e12) at = value;
	else if (value > 1e9) at = value * 1000;
	else at = now + value * 1000;
	// + a small margin: the window resets at that second, not before it.
	return Math.max(0, at - now) + 250;
}

/**
 * Client-side pacing: when a provider says no requests remain in its rate-limit window
 * (X-RateLimit-Remaining: 0), the next request for the same API key waits for X-RateLimit-Reset
 * instead of running into a 429 — which matters most for writes, which are never retried.
 * Per process (each n8n worker paces itself; the provider's headers keep them in step).
 * Keyed by a hash of the credential, never by the secret itself.
 */
const pausedUntil = new Map<string, number>();

export function pacingKey(
	credentialType: string,
	credentials: IDataObject,
	secretFields: string[],
): string {
	const material = [
		credentialType,
		String(credentials.baseUrl ?? ''),
		...secretFields.map((f) => String(credentials[f] ?? '')),
	];
	return createHash('sha256').update(material.join('\u0000')).digest('hex');
}

export function notePacing(key: string, headers: ResponseHeaders | undefined): void {
	const remaining = headerValue(headers, 'x-ratelimit-remaining');
	if (remaining === undefined || !/^\d+$/.test(remaining.trim()) || Number(remaining) > 0) return;
	const delay = rateLimitResetDelayMs(headers);
	if (delay !== undefined) pausedUntil.set(key, Date.now() + delay);
}

/**
 * Waits for the pacing window of `key`. With a cancel `signal` the wait ends at once when the
 * execution is stopped (rejecting with `onCancel()`); before a request, so nothing is sent.
 */
export async function waitForPacing(
	key: string,
	policy: RetryPolicy,
	signal?: AbortSignal,
	onCancel: () => Error = () => new Error('cancelled'),
): Promise<void> {
	const until = pausedUntil.get(key);
	if (until === undefined) return;
	const wait = until - Date.now();
	if (wait <= 0) pausedUntil.delete(key);
	else if (wait <= policy.maxDelayMs)
		await (signal ? cancellableSleep(wait, signal, onCancel) : sleep(wait));
}
