import type { IDataObject, INode, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';
import type { RequestKind } from './registry';
import type { RequestOutcome } from './payouts/types';

export interface ProviderError {
	code: string;
	message: string;
	/**
	 * The provider's error fields (e.g. type, code, param, message), when given: kept on the
	 * NodeApiError as context.data (secrets scrubbed), so a continue-on-fail item shows them.
	 */
	details?: IDataObject;
}

/** Replaces every occurrence of the given secret values in a JSON-like value. */
export function scrubSecrets<T>(value: T, secrets: string[]): T {
	const usable = secrets.filter((s) => typeof s === 'string' && s.length >= 4);
	if (!usable.length) return value;
	const scrubString = (s: string) =>
		usable.reduce((acc, secret) => acc.split(secret).join('***'), s);
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

/** Connection errors that prove the request never left this machine. */
const NOT_SENT_CODES = new Set([
	'ECONNREFUSED',
	'ENOTFOUND',
	'EAI_AGAIN',
	'ERR_INVALID_URL',
	'ERR_BAD_OPTION',
]);

export function networkCode(error: unknown): string {
	const e = error as {
		code?: string;
		name?: string;
		cause?: { code?: string };
		context?: { data?: { code?: string } };
	};
	return String(e?.code ?? e?.cause?.code ?? e?.context?.data?.code ?? e?.name ?? 'NETWORK_ERROR');
}

export interface ErrorContext {
	node: INode;
	displayName: string;
	kind: RequestKind;
	/** What was being done ("Withdrawal of 0.1 BTC"). */
	action: string;
	itemIndex?: number;
	secrets: string[];
	/** How to find out whether an unknown request was carried out. */
	checkHint?: string;
}

function build(
	ctx: ErrorContext,
	body: JsonObject,
	message: string,
	description: string,
	outcome: RequestOutcome,
	extra: { httpCode?: string; providerCode?: string; data?: IDataObject } = {},
): NodeApiError {
	const error = new NodeApiError(ctx.node, scrubSecrets(body, ctx.secrets), {
		message: scrubSecrets(message, ctx.secrets),
		description: scrubSecrets(description, ctx.secrets),
		httpCode: extra.httpCode,
		itemIndex: ctx.itemIndex,
	});
	error.context.outcome = outcome;
	if (extra.providerCode !== undefined)
		error.context.providerCode = scrubSecrets(extra.providerCode, ctx.secrets);
	if (extra.data) error.context.data = scrubSecrets(extra.data, ctx.secrets);
	return error;
}

function unknownText(ctx: ErrorContext, what: string): string {
	return (
		`${ctx.action} was sent, but ${what}. ${ctx.displayName} may or may not have carried it out. ` +
		'It was NOT retried, and must not be sent again before you know: ' +
		(ctx.checkHint ?? `check the transactions at ${ctx.displayName} first`) +
		'. Sending it again blindly may pay twice.'
	);
}

/** A request that failed before any answer (connection refused, cut, timed out). */
export function connectionError(
	ctx: ErrorContext,
	code: string,
	error: { message?: string },
): NodeApiError {
	const notSent = NOT_SENT_CODES.has(code);
	if (ctx.kind === 'read' || notSent) {
		const description = notSent
			? `${ctx.action} was not sent: the connection could not be opened (${code}). Nothing was done at ${ctx.displayName}.`
			: `${ctx.action} failed (${code}): ${String(error?.message ?? code)}`;
		return build(
			ctx,
			{ networkError: code } as JsonObject,
			`${ctx.displayName}: could not reach the API`,
			description,
			notSent ? 'not_sent' : 'failed',
		);
	}
	return build(
		ctx,
		{ networkError: code } as JsonObject,
		`${ctx.displayName}: the outcome of this ${ctx.kind === 'money' ? 'payout' : 'request'} is UNKNOWN`,
		unknownText(ctx, `the connection failed (${code}) before ${ctx.displayName} answered`),
		'unknown',
	);
}

/**
 * An answer that is not a success. For reads it is a plain error. For writes and money it is a
 * plain error only when it proves a refusal (a documented provider error); anything else (5xx,
 * 429, an unparsable body) is an UNKNOWN outcome.
 */
export function answerError(
	ctx: ErrorContext,
	statusCode: number,
	body: unknown,
	providerError: ProviderError | undefined,
	explained: string | undefined,
	refused: boolean,
	retriedTimes: number,
): NodeApiError {
	const jsonBody = (
		body && typeof body === 'object' ? body : { response: String(body ?? '').slice(0, 2000) }
	) as JsonObject;
	const code = providerError?.code ?? `http_${statusCode}`;
	if (ctx.kind !== 'read' && !refused) {
		const what = providerError
			? `${ctx.displayName} answered HTTP ${statusCode} (${code}), which does not say whether it acted`
			: `the answer (HTTP ${statusCode}) could not be read as ${ctx.displayName}'s answer`;
		return build(
			ctx,
			jsonBody,
			`${ctx.displayName}: the outcome of this ${ctx.kind === 'money' ? 'payout' : 'request'} is UNKNOWN`,
			unknownText(ctx, what),
			'unknown',
			{
				httpCode: String(statusCode),
				providerCode: code,
				data: providerError?.details,
			},
		);
	}
	const retried = retriedTimes > 1 ? ` (still failing after ${retriedTimes} attempts)` : '';
	return build(
		ctx,
		jsonBody,
		`${ctx.displayName} error [${code}]: ${explained ?? providerError?.message ?? `HTTP ${statusCode}`}`,
		`${ctx.action} failed with HTTP ${statusCode}${retried}. Provider code: ${code}. Provider message: ${providerError?.message ?? '(none)'}`,
		ctx.kind === 'read' ? 'failed' : 'refused',
		{ httpCode: String(statusCode), providerCode: code, data: providerError?.details },
	);
}

/** The host a redirect's Location points at (relative to the request URL), for the message. */
export function locationHost(location: string | undefined, requestUrl: string): string {
	if (!location) return 'no Location given';
	try {
		return new URL(location, requestUrl).host || location.slice(0, 200);
	} catch {
		return `an unreadable Location "${location.slice(0, 200)}"`;
	}
}

/**
 * A 3xx answer. Signed requests never follow redirects (the keys and signature would go to the
 * other host), so it is an error naming the status and the Location host: for a read a plain
 * error (not retried); for a write or money request an UNKNOWN outcome, as any answer that does
 * not prove a refusal.
 */
export function redirectError(ctx: ErrorContext, statusCode: number, host: string): NodeApiError {
	const redirect = `HTTP ${statusCode}, a redirect to ${host}, which is not followed`;
	const why = `Requests signed with your keys never follow redirects: the keys and signature would go to ${host}. Check the Base URL in the credential (it must be the API's own address).`;
	const body = { redirect: statusCode, location: host } as JsonObject;
	if (ctx.kind === 'read') {
		return build(
			ctx,
			body,
			`${ctx.displayName}: the API answered ${redirect}`,
			`${ctx.action} failed. ${why}`,
			'failed',
			{ httpCode: String(statusCode), providerCode: `http_${statusCode}` },
		);
	}
	return build(
		ctx,
		body,
		`${ctx.displayName}: the outcome of this ${ctx.kind === 'money' ? 'payout' : 'request'} is UNKNOWN: the API answered ${redirect}`,
		`${unknownText(ctx, `the answer was ${redirect}`)} ${why}`,
		'unknown',
		{ httpCode: String(statusCode), providerCode: `http_${statusCode}` },
	);
}
