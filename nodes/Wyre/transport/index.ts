import type { IDataObject, IHttpRequestMethods } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';
import { wyreBaseUrl } from '../../../credentials/WyreApi.credentials';
import type { JsonPath } from '../../shared/json';
import type { ApiRequest, ProviderSpec, RequestContext, RequestKind } from '../../shared/transport';
import { apiRequest } from '../../shared/transport';
import { cancellableSleep, cancelledError, cancelSignal } from '../../shared/cancel';
import { toNodeError } from '../../shared/items';
import { explainWyreError, parseWyreError, REFUSAL_TYPES } from './errors';

export { WYRE_ERRORS, WYRE_SUBTYPES, parseWyreError, explainWyreError } from './errors';

/** Response fields whose numbers are money amounts or rates (output as Wyre's exact decimal text). */
export const MONEY_FIELDS = new Set([
	'amount',
	'sourceAmount',
	'destAmount',
	'fee',
	'fees',
	'totalFees',
	'exchangeRate',
	'rate',
	'feesDest',
	'sourceFees',
	'destFees',
	'balance',
	'daily',
	'weekly',
	'monthly',
	'yearly',
	'dailyRemaining',
	'weeklyRemaining',
	'monthlyRemaining',
	'yearlyRemaining',
]);

/** Objects whose every number is an amount per currency (balances, fees by currency). */
export const MONEY_MAPS = new Set([
	'balances',
	'totalBalances',
	'availableBalances',
	'fees',
	'sourceFees',
	'destFees',
	'feesDest',
]);

export function isMoneyPath(path: JsonPath): boolean {
	const last = path[path.length - 1];
	const parent = path[path.length - 2];
	return (
		(typeof last === 'string' && MONEY_FIELDS.has(last)) ||
		(typeof parent === 'string' && MONEY_MAPS.has(parent))
	);
}

/** Every number of the answer is a rate or an amount (rates, limits). */
export const everyNumber = (): boolean => true;

export const wyreSpec: ProviderSpec = {
	displayName: 'Wyre',
	credentialType: 'wyreApi',
	secretFields: ['secretKey', 'apiKey', 'webhookSecret'],
	parseError: parseWyreError,
	explain: explainWyreError,
	// Only Wyre's own error body of a documented refusal type proves nothing was done.
	isRefusal: (error, statusCode) =>
		error.details !== undefined &&
		REFUSAL_TYPES.has(error.code) &&
		statusCode >= 400 &&
		statusCode < 500 &&
		statusCode !== 429,
	baseUrl: wyreBaseUrl,
	moneyFields: isMoneyPath,
};

/** Per-request settings every operation offers. */
export interface WyreSettings {
	/** Act as this sub-account (`masqueradeAs`, part of the signed URL). */
	masqueradeAs?: string;
	/** Ask for `format=json_numberstring`: every number comes as the exact decimal text. */
	exact: boolean;
}

export const DEFAULT_SETTINGS: WyreSettings = { exact: true };

export type WyreRequestOptions = Omit<ApiRequest, 'method' | 'path' | 'kind' | 'rawText'> & {
	settings?: WyreSettings;
	/**
	 * A write whose success may carry no body (DELETE answers 204): a 2xx answer without a JSON
	 * body is then a success ({}), not an unreadable answer.
	 */
	emptySuccess?: boolean;
};

/** A 2xx answer the shared layer could not read as JSON (e.g. a 204 to a DELETE). */
function isEmptySuccess(error: unknown): boolean {
	return (
		error instanceof NodeApiError &&
		/^2\d\d$/.test(String(error.httpCode)) &&
		error.context?.providerCode === `http_${String(error.httpCode)}`
	);
}

/** How many more times a read is sent after Wyre called its error `transient` (safe to retry). */
const TRANSIENT_RETRIES = 2;

function isTransient(error: unknown): boolean {
	if (!(error instanceof NodeApiError)) return false;
	const data = error.context?.data as IDataObject | undefined;
	const status = Number(error.httpCode);
	// 429 and 5xx answers were already retried by the shared layer
	return data?.transient === true && status < 500 && status !== 429;
}

/**
 * One Wyre request. The query goes out as `timestamp` (added when signing), `format`, the
 * endpoint's parameters, then `masqueradeAs`: the same order as Wyre's SDK, signed as sent.
 * Reads are retried on 429/5xx (shared layer) and on errors Wyre marks `transient`; writes and
 * transfers never.
 */
export async function wyreRequest(
	this: RequestContext,
	method: IHttpRequestMethods,
	path: string,
	kind: RequestKind,
	options: WyreRequestOptions = {},
): Promise<unknown> {
	const { settings = DEFAULT_SETTINGS, qs, emptySuccess, ...rest } = options;
	const query: IDataObject = {};
	if (settings.exact) query.format = 'json_numberstring';
	Object.assign(query, qs ?? {});
	if (settings.masqueradeAs) query.masqueradeAs = settings.masqueradeAs;
	const req: ApiRequest = { method, path, kind, ...rest, qs: query };
	for (let attempt = 0; ; attempt++) {
		try {
			return await apiRequest.call(this, wyreSpec, req);
		} catch (error) {
			if (emptySuccess && kind === 'write' && isEmptySuccess(error)) return {};
			if (kind !== 'read' || attempt >= TRANSIENT_RETRIES || !isTransient(error))
				throw toNodeError(this.getNode(), error, options.itemIndex ?? 0);
			// a stopped execution is not kept waiting for the next attempt of a read
			await cancellableSleep(500 * (attempt + 1), cancelSignal(this), () =>
				cancelledError(
					this.getNode(),
					`before ${options.action ?? `${method} ${path}`} was retried`,
				),
			);
		}
	}
}
