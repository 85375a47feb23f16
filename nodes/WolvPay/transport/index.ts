import type { IDataObject, IHttpRequestMethods } from 'n8n-workflow';
import { parseJsonKeepingText } from '../../shared/json';
import type { JsonPath } from '../../shared/json';
import type {
	ApiRequest,
	ProviderError,
	ProviderSpec,
	RequestContext,
	RequestKind,
} from '../../shared/transport';
import { apiRequest } from '../../shared/transport';

/** Fields that carry money amounts: they are output as the exact decimal text WolvPay sent. */
export const DECIMAL_FIELDS = new Set([
	'amount',
	'coin_amount',
	'coin_received',
	'fee_amount_coin',
	'fee_amount_usd',
	'minimum_transaction_coin',
]);

/** True for a number that is a money amount: a known amount field, or a price in `prices`. */
export function isDecimalPath(path: JsonPath): boolean {
	const key = path[path.length - 1];
	if (typeof key !== 'string') return false;
	return DECIMAL_FIELDS.has(key) || path[path.length - 2] === 'prices';
}

/** Parses WolvPay JSON (a webhook body); amounts (even when sent as JSON numbers) become their exact decimal text. */
export function parseWolvPayJson(text: string): unknown {
	return parseJsonKeepingText(text, isDecimalPath);
}

/** What each HTTP status means at WolvPay (from its documentation), for a user. */
export const WOLVPAY_STATUS_EXPLANATIONS: Record<number, string> = {
	400: 'The request was not accepted, often because a required parameter is missing or invalid.',
	401: 'No valid API key was provided. Check the API Key in the WolvPay credential.',
	402: 'Request failed: the parameters were valid, but WolvPay could not carry out the request — for example a coin was already selected for this invoice, the invoice has expired, or it is a hosted invoice (its coin is chosen on the hosted invoice page).',
	404: 'The requested resource does not exist (check the invoice ID).',
	429: 'Too many requests: WolvPay allows 100 requests per minute per API key.',
};

function str(v: unknown): string | undefined {
	if (v === undefined || v === null || v === '') return undefined;
	return typeof v === 'string' ? v : typeof v === 'object' ? JSON.stringify(v) : String(v);
}

/**
 * Reads WolvPay's two documented error shapes:
 * - {success: false, error: "Bad Request", code: 400, message: "..."}
 * - {error: {type, message, code, param}}
 * The provider error code is the `error.code` of the second shape, else the HTTP-like `code`.
 */
export function parseWolvPayError(statusCode: number, body: unknown): ProviderError | undefined {
	const b =
		body && typeof body === 'object' && !Array.isArray(body) ? (body as IDataObject) : undefined;
	if (b && b.error && typeof b.error === 'object' && !Array.isArray(b.error)) {
		const e = b.error as IDataObject;
		const details: IDataObject = {};
		for (const k of ['type', 'code', 'param', 'message'])
			if (str(e[k]) !== undefined) details[k] = str(e[k]);
		const code = str(e.code) ?? str(e.type) ?? `http_${statusCode}`;
		return {
			code,
			message: str(e.message) ?? str(e.type) ?? `WolvPay answered HTTP ${statusCode}.`,
			details,
		};
	}
	if (
		b &&
		(b.success === false ||
			(statusCode >= 400 && (b.error !== undefined || b.message !== undefined)))
	) {
		const code = str(b.code) ?? String(statusCode);
		const details: IDataObject = { code };
		if (str(b.error) !== undefined) details.type = str(b.error);
		if (str(b.message) !== undefined) details.message = str(b.message);
		const message =
			[str(b.error), str(b.message)].filter(Boolean).join(': ') ||
			`WolvPay answered HTTP ${statusCode}.`;
		return { code, message, details };
	}
	if (statusCode >= 400) {
		return {
			code: String(statusCode),
			message: `WolvPay answered HTTP ${statusCode}.`,
			details: { code: String(statusCode) },
		};
	}
	return undefined;
}

export const wolvPaySpec: ProviderSpec = {
	displayName: 'WolvPay',
	credentialType: 'wolvPayApi',
	secretFields: ['apiKey', 'webhookSecret'],
	parseError: parseWolvPayError,
	explain(code, statusCode, error) {
		const status = Number(/^\d{3}$/.test(code) ? code : statusCode);
		const general =
			WOLVPAY_STATUS_EXPLANATIONS[status] ??
			(status >= 500 ? "Something went wrong on WolvPay's end." : undefined);
		const own = error?.details?.message !== undefined ? String(error.details.message) : undefined;
		const param =
			error?.details?.param !== undefined ? ` (parameter: ${String(error.details.param)})` : '';
		if (!own) return general;
		// For these the status itself says what to do; otherwise WolvPay's own message is the most precise.
		if (general && (status === 401 || status === 402 || status === 429 || status >= 500))
			return `${own}${param} — ${general}`;
		return `${own}${param}`;
	},
	// WolvPay's documented client errors (and its rate limiter) prove the request was refused:
	// nothing was created. (WolvPay has no money operations; see the transport for money rules.)
	isRefusal: (_error, statusCode) => [400, 401, 402, 403, 404, 422, 429].includes(statusCode),
	moneyFields: isDecimalPath,
};

export async function wolvPayRequest(
	this: RequestContext,
	method: IHttpRequestMethods,
	path: string,
	kind: RequestKind,
	options: Omit<ApiRequest, 'method' | 'path' | 'kind'> = {},
): Promise<unknown> {
	return await apiRequest.call(this, wolvPaySpec, { method, path, kind, ...options });
}

/** The `data` of WolvPay's success envelope {success, result, code, data}. */
export function envelopeData(response: unknown): unknown {
	if (response && typeof response === 'object' && !Array.isArray(response) && 'data' in response) {
		return (response as IDataObject).data;
	}
	return response;
}
