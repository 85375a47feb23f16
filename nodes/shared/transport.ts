import type { IDataObject, IHttpRequestMethods, IHttpRequestOptions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import type { ErrorContext, ProviderError } from './errors';
import { answerError, connectionError, locationHost, networkCode, redirectError } from './errors';
import { cancellableSleep, cancelledError, cancelSignal, withoutCancelSignal } from './cancel';
import type { JsonPath } from './json';
import { parseJsonKeepingText } from './json';
import type { RequestKind } from './registry';
import { kindAllows } from './registry';
import type { ResponseHeaders, RetryPolicy } from './retry';
import {
	DEFAULT_RETRY,
	headerValue,
	isRetryableStatus,
	notePacing,
	pacingKey,
	retryDelayMs,
	waitForPacing,
} from './retry';
import { runningOperation } from './router';
import type { RequestContext } from './credentialCache';
import { cachedCredentials, decrypted } from './credentialCache';

export type { ProviderError } from './errors';
export { scrubSecrets } from './errors';
export type { RequestKind } from './registry';

export type { RequestContext } from './credentialCache';
export { cachedCredentials, WEBHOOK_CREDENTIAL_TTL_MS } from './credentialCache';

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
	/**
	 * True when an error answer PROVES that the provider refused a write/money request (a documented
	 * refusal such as insufficient_funds). Anything else answered to a money request is an UNKNOWN
	 * outcome. Default: nothing is proof.
	 */
	isRefusal?(error: ProviderError, statusCode: number): boolean;
	/** Base URL from the credential; defaults to credentials.baseUrl. */
	baseUrl?(credentials: IDataObject): string;
	/**
	 * Which numbers in a response are money: they come out as decimal strings exactly as the
	 * provider wrote them (exponents expanded, trailing zeros kept). Integers beyond 2^53 are
	 * always kept as their digits.
	 */
	moneyFields?(path: JsonPath): boolean;
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
	/** A public endpoint: sent without credentials (the base URL still comes from the credential). */
	public?: boolean;
	/** For write/money requests: how a user finds out whether an unknown request was carried out. */
	checkHint?: string;
	/** More money fields for this endpoint's answer (besides the provider's). */
	moneyFields?(path: JsonPath): boolean;
	/**
	 * Also return the body's raw text, exactly as received, next to the parsed body: for providers
	 * that sign their RESPONSES, whose signature covers the bytes (field order, number literals).
	 */
	rawText?: boolean;
}

export interface ApiResponse {
	body: unknown;
	headers: ResponseHeaders;
	statusCode: number;
	/** The body as received, before parsing. */
	text?: string;
}

/** A success answer with its raw text (apiRequest with `rawText: true`). */
export interface TextResponse {
	body: unknown;
	text: string;
}

/** A response body (string, Buffer or ArrayBuffer) as text, or undefined when it is something else. */
function bodyText(body: unknown): string | undefined {
	if (Buffer.isBuffer(body)) return body.toString('utf8');
	if (body instanceof ArrayBuffer) return Buffer.from(body).toString('utf8');
	return typeof body === 'string' ? body : undefined;
}

/**
 * A response body parsed as JSON when it looks like JSON: money fields (and integers beyond 2^53)
 * keep their exact text; any other body, or invalid JSON, is returned as text.
 */
export function parseResponseBody(
	body: unknown,
	moneyFields: (path: JsonPath) => boolean = () => false,
): unknown {
	const text = bodyText(body);
	if (text === undefined) return body;
	const t = text.trim();
	if (!t.startsWith('{') && !t.startsWith('[')) return text;
	try {
		return parseJsonKeepingText(t, moneyFields);
	} catch {
		return text;
	}
}

/** A request whose kind is riskier than its operation's is a programming error, never sent. */
function assertKind(ctx: RequestContext, req: ApiRequest): void {
	const op = runningOperation(ctx);
	if (op && !kindAllows(op.kind, req.kind)) {
		throw new NodeOperationError(
			ctx.getNode(),
			`Internal error: a ${req.kind} request (${req.method} ${req.path}) inside a ${op.kind} operation was refused before sending`,
		);
	}
}

/** Sends one attempt; a connection failure is thrown as it came. */
async function send(
	ctx: RequestContext,
	spec: ProviderSpec,
	req: ApiRequest,
	options: IHttpRequestOptions,
	credentials: IDataObject,
): Promise<ApiResponse> {
	// A fresh copy each attempt: authenticate() re-signs with a new timestamp.
	const attempt: IHttpRequestOptions = {
		...options,
		headers: options.headers ? { ...options.headers } : undefined,
		qs: options.qs ? { ...options.qs } : undefined,
	};
	if (req.public) return (await ctx.helpers.httpRequest(attempt)) as ApiResponse;
	// A write or money request, once sent, is never abandoned on a stopped execution: its answer is
	// still read and reported (n8n would otherwise tie it to the execution's cancel signal).
	const caller = req.kind === 'read' ? ctx : withoutCancelSignal(ctx);
	return (await ctx.helpers.httpRequestWithAuthentication.call(
		caller,
		spec.credentialType,
		attempt,
		{
			credentialsDecrypted: decrypted(ctx, spec.credentialType, credentials),
			// n8n re-sends a request once after a 401 for credentials with a login token; a write or
			// money request must never be re-sent.
			...(req.kind === 'read' ? {} : { preAuthenticationRetryStatusCode: [] }),
		},
	)) as ApiResponse;
}

/**
 * The one request function every provider node uses. Signing/auth happens in the credential's
 * `authenticate` (through httpRequestWithAuthentication); this layer adds retries for reads only,
 * pacing, exact decimals in responses, provider error mapping to NodeApiError (UNKNOWN outcomes
 * for write/money answers that prove nothing) and secret scrubbing.
 */
export async function apiRequest(
	this: RequestContext,
	spec: ProviderSpec,
	req: ApiRequest,
	policy: RetryPolicy = DEFAULT_RETRY,
): Promise<unknown> {
	assertKind(this, req);
	const credentials = await cachedCredentials(this, spec.credentialType);
	const base = spec.baseUrl ? spec.baseUrl(credentials) : String(credentials.baseUrl ?? '');
	const options: IHttpRequestOptions = {
		method: req.method,
		url: base.replace(/\/+$/, '') + req.path,
		json: true,
		returnFullResponse: true,
		ignoreHttpStatusErrors: true,
		timeout: 60_000,
		encoding: 'arraybuffer',
		// Never follow a redirect: the signed headers would go to the other host (see redirectError).
		disableFollowRedirect: true,
	};
	// A stopped execution ends our waits at once, and a read in flight; a write or money request
	// already sent is never abandoned: its answer is still read and reported.
	const signal = cancelSignal(this);
	if (signal && req.kind === 'read') options.abortSignal = signal;
	const onCancel = () => cancelledError(this.getNode(), `before ${errorContext.action} was sent`);
	if (req.qs && Object.keys(req.qs).length) options.qs = req.qs;
	if (req.body !== undefined) options.body = req.body;
	if (req.headers) options.headers = { ...req.headers };

	const errorContext: ErrorContext = {
		node: this.getNode(),
		displayName: spec.displayName,
		kind: req.kind,
		action: req.action ?? `${req.method} ${req.path}`,
		itemIndex: req.itemIndex,
		secrets: spec.secretFields.map((f) => String(credentials[f] ?? '')),
		checkHint: req.checkHint,
	};
	const key = pacingKey(spec.credentialType, credentials, spec.secretFields);
	const moneyFields = (path: JsonPath) => !!(spec.moneyFields?.(path) || req.moneyFields?.(path));
	const maxAttempts = req.kind === 'read' ? policy.maxAttempts : 1;
	let response: ApiResponse | undefined;
	let attempt = 1;
	for (; attempt <= maxAttempts; attempt++) {
		await waitForPacing(key, policy, signal, onCancel);
		try {
			response = await send(this, spec, req, options, credentials);
		} catch (error) {
			if (signal?.aborted && req.kind === 'read') throw onCancel();
			if (attempt < maxAttempts) {
				const delay = Math.min(retryDelayMs(undefined, attempt, policy), policy.maxDelayMs);
				await cancellableSleep(delay, signal, onCancel);
				continue;
			}
			throw connectionError(errorContext, networkCode(error), error as { message?: string });
		}
		response.text = bodyText(response.body);
		response.body = parseResponseBody(response.body, moneyFields);
		notePacing(key, response.headers);
		if (!isRetryableStatus(response.statusCode) || attempt >= maxAttempts) break;
		const delay = retryDelayMs(response.headers, attempt, policy);
		if (delay > policy.maxDelayMs) break;
		await cancellableSleep(delay, signal, onCancel);
	}
	const { statusCode, body } = response as ApiResponse;
	if (statusCode >= 300 && statusCode < 400) {
		const host = locationHost(headerValue(response?.headers, 'location'), options.url);
		throw redirectError(errorContext, statusCode, host);
	}
	const providerError = spec.parseError(statusCode, body);
	const unreadable = req.kind !== 'read' && (body === null || typeof body !== 'object');
	if ((providerError && !(req.allowErrorCodes ?? []).includes(providerError.code)) || unreadable) {
		// For money, a 5xx or 429 never proves a refusal (the provider may have acted first).
		const refused =
			!!providerError &&
			!(req.kind === 'money' && isRetryableStatus(statusCode)) &&
			(spec.isRefusal?.(providerError, statusCode) ?? false);
		const explained = providerError
			? spec.explain?.(providerError.code, statusCode, providerError)
			: undefined;
		throw answerError(
			errorContext,
			statusCode,
			body,
			providerError,
			explained,
			refused,
			Math.min(attempt, maxAttempts),
		);
	}
	return req.rawText
		? ({ body, text: (response as ApiResponse).text ?? '' } satisfies TextResponse)
		: body;
}

/** apiRequest with `rawText: true`: the parsed body and its raw text (e.g. to verify a response signature). */
export async function apiRequestWithText(
	this: RequestContext,
	spec: ProviderSpec,
	req: ApiRequest,
	policy: RetryPolicy = DEFAULT_RETRY,
): Promise<TextResponse> {
	return (await apiRequest.call(this, spec, { ...req, rawText: true }, policy)) as TextResponse;
}
