import type {
	IDataObject,
	IExecuteFunctions,
	IHookFunctions,
	IHttpRequestMethods,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	IPollFunctions,
	IWebhookFunctions,
	JsonObject,
} from 'n8n-workflow';
import { createHash } from 'crypto';
import { NodeApiError, sleep } from 'n8n-workflow';

export type RequestContext =
	| IExecuteFunctions
	| ILoadOptionsFunctions
	| IHookFunctions
	| IWebhookFunctions
	| IPollFunctions;

/**
 * How a request may be repeated:
 * - 'read': idempotent; retried on 429/5xx/network failures, honouring Retry-After / X-RateLimit-Reset;
 * - 'write': changes state but moves no money; never retried;
 * - 'money': moves money (payout, withdrawal, transfer, send); never retried, and a failure after the
 *   request may have reached the provider is reported as an UNKNOWN outcome.
 */
export type RequestKind = 'read' | 'write' | 'money';

export interface ProviderError {
	code: string;
	message: string;
	/**
	 * The provider's error fields (e.g. type, code, param, message), when given: kept on the
	 * NodeApiError as context.data (secrets scrubbed), so a continue-on-fail item shows them.
	 */
	details?: IDataObject;
}

/** What the shared layer needs to know about a provider. */
export interface ProviderSpec {
	displayName: string;
	credentialType: string;
	/** Credential fields whose values must never appear in errors or outputs. */
	secretFields: string[];
	/** Returns the provider's error in a response, or undefined when the response is a success. */
	parseError(statusCode: number, body: unknown): ProviderError | undefined;
	/** A named, actionable explanation of a provider error code (undefined: use the provider's message). */
	explain?(code: string, statusCode: number, error?: ProviderError): string | undefined;
	/** Base URL from the credential; defaults to credentials.baseUrl. */
	baseUrl?(credentials: IDataObject): string;
	/**
	 * Parses a JSON response text itself (e.g. keeping decimal amounts as their exact text). When
	 * given, the response is read as raw bytes and this replaces the default JSON parsing.
	 */
	parseResponse?(text: string): unknown;
}

export interface ApiRequest {
	method: IHttpRequestMethods;
	path: string;
	kind: RequestKind;
	/** An object (serialized by the credential's authenticate) or an already serialized JSON string. */
	body?: IDataObject | IDataObject[] | string;
	qs?: IDataObject;
	headers?: IDataObject;
	itemIndex?: number;
	/** A short name of what is being done, for error messages ("withdrawal", "invoice list"). */
	action?: string;
	/** Don't throw on these provider error codes: return the body instead (e.g. per-entry bulk errors). */
	allowErrorCodes?: string[];
}

export interface RetryPolicy {
	maxAttempts: number;
	baseDelayMs: number;
	maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { maxAttempts: 5, baseDelayMs: 500, maxDelayMs: 65_000 };

interface FullResponse {
	body: unknown;
	headers: Record<string, string | string[] | undefined>;
	statusCode: number;
}

const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ERR_INVALID_URL', 'ERR_BAD_OPTION']);

function headerValue(headers: FullResponse['headers'], name: string): string | undefined {
	const key = Object.keys(headers ?? {}).find((k) => k.toLowerCase() === name.toLowerCase());
	if (!key) return undefined;
	const v = headers[key];
	return Array.isArray(v) ? v[0] : v;
}

/**
 * How long to wait before retrying a rate-limited or failed read: Retry-After (seconds or an HTTP
 * date), else X-RateLimit-Reset (epoch seconds, epoch milliseconds or seconds from now), else
 * exponential backoff.
 */
export function retryDelayMs(
	headers: FullResponse['headers'] | undefined,
	attempt: number,
	policy: RetryPolicy = DEFAULT_RETRY,
	now: number = Date.now(),
): number {
	const retryAfter = headers ? headerValue(headers, 'retry-after') : undefined;
	if (retryAfter !== undefined && retryAfter.trim() !== '') {
		const secs = Number(retryAfter);
		if (Number.isFinite(secs)) return Math.max(0, secs * 1000);
		const date = Date.parse(retryAfter);
		if (!Number.isNaN(date)) return Math.max(0, date - now);
	}
	return rateLimitResetDelayMs(headers, now) ?? policy.baseDelayMs * 2 ** (attempt - 1);
}

/** Time until X-RateLimit-Reset (epoch seconds, epoch milliseconds or seconds from now), if given. */
export function rateLimitResetDelayMs(headers: FullResponse['headers'] | undefined, now: number = Date.now()): number | undefined {
	const reset = headers ? headerValue(headers, 'x-ratelimit-reset') : undefined;
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
 * Keyed by a hash of the credential, never by the secret itself.
 */
const pausedUntil = new Map<string, number>();

function rateLimitKey(spec: ProviderSpec, credentials: IDataObject): string {
	const material = [spec.credentialType, String(credentials.baseUrl ?? ''), ...spec.secretFields.map((f) => String(credentials[f] ?? ''))];
	return createHash('sha256').update(material.join('\u0000')).digest('hex');
}

function notePacing(key: string, headers: FullResponse['headers'] | undefined): void {
	const remaining = headers ? headerValue(headers, 'x-ratelimit-remaining') : undefined;
	if (remaining === undefined || !/^\d+$/.test(remaining.trim()) || Number(remaining) > 0) return;
	const delay = rateLimitResetDelayMs(headers);
	if (delay !== undefined) pausedUntil.set(key, Date.now() + delay);
}

async function waitForPacing(key: string, policy: RetryPolicy): Promise<void> {
	const until = pausedUntil.get(key);
	if (until === undefined) return;
	pausedUntil.delete(key);
	const wait = until - Date.now();
	if (wait > 0 && wait <= policy.maxDelayMs) await sleep(wait);
}

function isRetryableStatus(status: number): boolean {
	return status === 429 || status >= 500;
}

/** Replaces every occurrence of the given secret values in a JSON-like value. */
export function scrubSecrets<T>(value: T, secrets: string[]): T {
	const usable = secrets.filter((s) => typeof s === 'string' && s.length >= 4);
	if (!usable.length) return value;
	const scrubString = (s: string) => usable.reduce((acc, secret) => acc.split(secret).join('***'), s);
	const walk = (v: unknown): unknown => {
		if (typeof v === 'string') return scrubString(v);
		if (Array.isArray(v)) return v.map(walk);
		if (v && typeof v === 'object') {
			const out: Record<string, unknown> = {};
			for (const [k, val] of Object.entries(v as Record<string, unknown>)) out[k] = walk(val);
			return out;
		}
		return v;
	};
	return walk(value) as T;
}

/**
 * A response body (string, Buffer or ArrayBuffer) parsed as JSON when it looks like JSON, by the
 * provider's own parser when it has one (e.g. keeping amounts as their exact text); any other
 * body, or invalid JSON, is returned as text.
 */
function parseResponseBody(body: unknown, parse: (text: string) => unknown = JSON.parse): unknown {
	let text: string;
	if (Buffer.isBuffer(body)) text = body.toString('utf8');
	else if (body instanceof ArrayBuffer) text = Buffer.from(body).toString('utf8');
	else if (typeof body === 'string') text = body;
	else return body;
	const t = text.trim();
	if (t.startsWith('{') || t.startsWith('[')) {
		try {
			return parse(t);
		} catch {
			return text;
		}
	}
	return text;
}

function trimSlash(s: string): string {
	return s.replace(/\/+$/, '');
}

/**
 * The one request function every provider node uses. Signing/auth happens in the credential's
 * `authenticate` (through httpRequestWithAuthentication); this layer adds retries for reads only,
 * provider error mapping to NodeApiError and secret scrubbing.
 */
export async function apiRequest(
	this: RequestContext,
	spec: ProviderSpec,
	req: ApiRequest,
	policy: RetryPolicy = DEFAULT_RETRY,
): Promise<unknown> {
	const credentials = (await this.getCredentials(spec.credentialType)) as IDataObject;
	const secrets = spec.secretFields.map((f) => String(credentials[f] ?? ''));
	const base = spec.baseUrl ? spec.baseUrl(credentials) : String(credentials.baseUrl ?? '');
	const options: IHttpRequestOptions = {
		method: req.method,
		url: trimSlash(base) + req.path,
		json: true,
		returnFullResponse: true,
		ignoreHttpStatusErrors: true,
		timeout: 60_000,
	};
	if (req.qs && Object.keys(req.qs).length) options.qs = req.qs;
	if (req.body !== undefined) options.body = req.body;
	if (req.headers) options.headers = { ...req.headers };
	if (spec.parseResponse) options.encoding = 'arraybuffer';

	const action = req.action ?? `${req.method} ${req.path}`;
	const pacingKey = rateLimitKey(spec, credentials);
	const maxAttempts = req.kind === 'read' ? policy.maxAttempts : 1;
	let lastResponse: FullResponse | undefined;
	for (let attempt = 1; attempt <= maxAttempts; attempt++) {
		let response: FullResponse;
		await waitForPacing(pacingKey, policy);
		try {
			// A fresh copy each attempt: authenticate() re-signs with a new timestamp.
			const attemptOptions: IHttpRequestOptions = {
				...options,
				headers: options.headers ? { ...options.headers } : undefined,
				qs: options.qs ? { ...options.qs } : undefined,
			};
			response = (await this.helpers.httpRequestWithAuthentication.call(
				this,
				spec.credentialType,
				attemptOptions,
				// n8n re-sends a request once after a 401 for credentials with a login token; a money
				// request must never be re-sent.
				req.kind === 'read' ? undefined : { preAuthenticationRetryStatusCode: [] },
			)) as FullResponse;
		} catch (error) {
			const code = networkCode(error);
			if (req.kind === 'read' && attempt < maxAttempts) {
				await sleep(Math.min(retryDelayMs(undefined, attempt, policy), policy.maxDelayMs));
				continue;
			}
			throw transportError.call(this, spec, req, action, code, error as { message?: string }, secrets);
		}
		response.body = parseResponseBody(response.body, spec.parseResponse);
		lastResponse = response;
		notePacing(pacingKey, response.headers);
		if (req.kind === 'read' && isRetryableStatus(response.statusCode) && attempt < maxAttempts) {
			const delay = retryDelayMs(response.headers, attempt, policy);
			if (delay > policy.maxDelayMs) break;
			await sleep(delay);
			continue;
		}
		break;
	}
	const response = lastResponse as FullResponse;
	const providerError = spec.parseError(response.statusCode, response.body);
	if (providerError && !(req.allowErrorCodes ?? []).includes(providerError.code)) {
		const explained = spec.explain?.(providerError.code, response.statusCode, providerError);
		const body = scrubSecrets(
			(response.body && typeof response.body === 'object' ? response.body : { response: String(response.body ?? '') }) as JsonObject,
			secrets,
		);
		const retried =
			req.kind === 'read' && isRetryableStatus(response.statusCode)
				? ` (still failing after ${maxAttempts} attempts)`
				: '';
		const apiError = new NodeApiError(this.getNode(), body, {
			message: scrubSecrets(`${spec.displayName} error [${providerError.code}]: ${explained ?? providerError.message}`, secrets),
			description: scrubSecrets(
				`${action} failed with HTTP ${response.statusCode}${retried}. Provider code: ${providerError.code}. Provider message: ${providerError.message}`,
				secrets,
			),
			httpCode: String(response.statusCode),
			itemIndex: req.itemIndex,
		});
		apiError.context.providerCode = providerError.code;
		if (providerError.details) apiError.context.data = scrubSecrets(providerError.details, secrets);
		throw apiError;
	}
	return response.body;
}

function networkCode(error: unknown): string {
	const e = error as { code?: string; name?: string; cause?: { code?: string }; context?: { data?: { code?: string } } };
	return String(e?.code ?? e?.cause?.code ?? e?.context?.data?.code ?? e?.name ?? 'NETWORK_ERROR');
}

function transportError(
	this: RequestContext,
	spec: ProviderSpec,
	req: ApiRequest,
	action: string,
	code: string,
	error: { message?: string },
	secrets: string[],
): NodeApiError {
	const notSent = NOT_SENT_CODES.has(code);
	let message: string;
	let description: string;
	if (req.kind === 'read' || notSent) {
		message = `${spec.displayName}: could not reach the API`;
		description = notSent
			? `${action} was not sent: the connection could not be opened (${code}). Nothing was done at ${spec.displayName}.`
			: `${action} failed (${code}): ${String(error?.message ?? code)}`;
	} else {
		message = `${spec.displayName}: the outcome of this ${req.kind === 'money' ? 'money transfer' : 'request'} is UNKNOWN`;
		description =
			`${action} was sent, but the connection failed (${code}) before ${spec.displayName} answered. ` +
			'It may or may not have been carried out. It was NOT retried automatically: check the ' +
			'transactions at the provider before trying again, or you may pay twice.';
	}
	return new NodeApiError(
		this.getNode(),
		{ networkError: code, outcome: req.kind === 'read' ? 'failed' : notSent ? 'not_sent' : 'unknown' } as JsonObject,
		{
			message: scrubSecrets(message, secrets),
			description: scrubSecrets(description, secrets),
			itemIndex: req.itemIndex,
		},
	);
}
