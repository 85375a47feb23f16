import type { IDataObject, IHttpRequestMethods } from 'n8n-workflow';
import type { JsonPath } from '../../shared/json';
import type {
	ApiRequest,
	ProviderSpec,
	RequestContext,
	RequestKind,
	TextResponse,
} from '../../shared/transport';
import { apiRequest, apiRequestWithText } from '../../shared/transport';

/**
 * Whir's documented error codes (the `code` of its `{code, description}` answer, equal to the HTTP
 * status), each with what a user can do about it.
 */
export const WHIR_ERRORS: Record<string, string> = {
	'400':
		'Whir refused the request as invalid: check the payout addresses and amounts, the delay and the ref code',
	'401': 'The API key is missing or wrong: check the API Key in the Whir credential',
	'403': 'The Whir account or its API access is blocked: contact Whir support',
	'404':
		'Not found: no transaction with this ID, or the base URL is wrong (it ends in /api, e.g. https://whir.to/api)',
	'503': 'Whir is temporarily unavailable (maintenance); reads are retried automatically',
};

/** Codes whose Whir answer proves that a transaction was NOT created (all but 503). */
const REFUSALS = new Set(['400', '401', '403', '404']);

/** Response numbers that are money: depositAmount, fee and the payout amounts (exact decimal text). */
export function isMoneyPath(path: JsonPath): boolean {
	const last = String(path[path.length - 1]);
	return (
		last === 'depositAmount' ||
		last === 'fee' ||
		last === 'amount' ||
		path[path.length - 2] === 'payouts'
	);
}

function whirErrorBody(body: unknown): { code: string; description: string } | undefined {
	if (!body || typeof body !== 'object' || Array.isArray(body)) return undefined;
	const { code, description } = body as IDataObject;
	if ((typeof code !== 'number' && typeof code !== 'string') || !/^[1-5]\d\d$/.test(String(code)))
		return undefined;
	if (typeof description !== 'string') return undefined;
	return { code: String(code), description };
}

export const whirSpec: ProviderSpec = {
	displayName: 'Whir',
	credentialType: 'whirApi',
	secretFields: ['apiKey', 'secretKey'],
	parseError(statusCode, body) {
		const error = whirErrorBody(body);
		// Whir answers 200 on success; its error body carries the HTTP status as `code`.
		if (error && (statusCode >= 400 || Number(error.code) >= 400)) {
			return {
				code: error.code,
				message: error.description,
				details: { code: Number(error.code), description: error.description },
			};
		}
		if (statusCode >= 400)
			return { code: `http_${statusCode}`, message: `Whir answered HTTP ${statusCode}.` };
		return undefined;
	},
	// Only Whir's own error body proves a refusal (a proxy's error page proves nothing).
	isRefusal: (error) => error.details !== undefined && REFUSALS.has(error.code),
	explain(code, statusCode, error) {
		const hint = WHIR_ERRORS[code];
		if (hint) return error?.details ? `${error.message.replace(/\.$/, '')} (${hint})` : hint;
		if (statusCode >= 500) return 'Whir had an internal error';
		return undefined;
	},
	moneyFields: isMoneyPath,
};

export type WhirRequestOptions = Omit<ApiRequest, 'method' | 'path' | 'kind' | 'rawText'>;

export async function whirRequest(
	this: RequestContext,
	method: IHttpRequestMethods,
	path: string,
	kind: RequestKind,
	options: WhirRequestOptions = {},
): Promise<unknown> {
	return await apiRequest.call(this, whirSpec, { method, path, kind, ...options });
}

/** The same, with the answer's raw text: Whir signs its answers, and the signature covers that text. */
export async function whirRequestWithText(
	this: RequestContext,
	method: IHttpRequestMethods,
	path: string,
	kind: RequestKind,
	options: WhirRequestOptions = {},
): Promise<TextResponse> {
	return await apiRequestWithText.call(this, whirSpec, { method, path, kind, ...options });
}
