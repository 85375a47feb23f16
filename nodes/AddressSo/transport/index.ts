import type { IDataObject, IHttpRequestMethods } from 'n8n-workflow';
import type { JsonPath } from '../../shared/json';
import type { ApiRequest, ProviderSpec, RequestContext, RequestKind } from '../../shared/transport';
import { apiRequest, cachedCredentials } from '../../shared/transport';
import { isUserPath } from '../helpers/paths';
import { formBody, formPairs } from '../helpers/signature';

export const CREDENTIAL_TYPE = 'addressSoApi';

/**
 * Every error code Address.so documents, with what a user can do about it. Two codes are listed
 * twice in its documentation with different names: their message says both and the provider's own
 * message always follows.
 */
export const ADDRESS_SO_ERRORS: Record<string, string> = {
	'-3000':
		'DEFAUL_CODE_ERROR or INVALID_ADDRESS (Address.so uses -3000 for both): a general error, or the address is not valid for this coin',
	'-2999': 'WALLET_EXCEPTION: the wallet service failed to carry out the request',
	'-3001': 'CONNECTION_ERROR: Address.so could not reach one of its services; try again later',
	'-3002':
		'WALLET_CONNECTION_ERROR: Address.so could not reach its wallet service; try again later',
	'-3003': 'BROKER_CONNECTION_ERROR: Address.so could not reach its broker; try again later',
	'-3005':
		'VALIDATION_ERROR or INVALID_PRIVATE_KEY (Address.so uses -3005 for both): a parameter is missing or invalid, or the wallet key could not be used',
	'-3057': 'GOOGLE_2FA_ERROR: the account requires two-factor authentication',
	'-3058':
		'AUTH_TOKEN_ERROR: the log-in token is missing or expired (it lasts 10 minutes after the last user request); check the E-Mail and Password of the credential',
	'-3059':
		'API_TOKEN_ERROR: the API token is missing or wrong; check the API Token of the credential (or leave it empty to use the one the log-in returns)',
	'-3060':
		'LIMIT_ERROR: a limit was reached — a secret token can be requested once per minute, a password reset once per day, and the tariff limits requests per second, hour and month and the number of wallets and accounts; wait or change the tariff',
	'-3061':
		"BAD_SIGN: the send's signature was refused; check the Secret Token and the Signing Scheme of the credential",
	'-3062': 'FORBIDEN: this user may not do this',
	'-3070': 'PAY_BILL_ERROR: the tariff bill could not be paid',
	'-3071': 'PAY_PAIR_NOT_FOUND: the payment pair was not found',
	'-2000': 'DEFAUL_CODE_ERROR: a general error at Address.so',
	'-1000': 'BROKER_CONNECTION_ERROR: Address.so could not reach its broker; try again later',
	'-1999': 'BROKER_EXCEPTION: the broker failed to carry out the request',
	'-2401': 'COIN_NOT_FOUND: no such coin; pick one from the coin list',
	'-2402': 'WALLET_NOT_FOUND: no wallet with this ID for this coin',
	'-2403': 'ACCOUNT_NOT_FOUND: no account with this ID in this wallet',
	'-2500': 'INSUFFICIENT_FUNDS: the amount plus the fee is more than the balance',
	'-2501':
		'INSUFFICIENT_UNSPENTS: not enough confirmed unspent outputs to pay this; wait for confirmations',
	'-2560':
		'TRANSACTION_FAILED: the transaction failed; check the transactions before sending again',
	'-2011':
		'PERMISSION_DENIED: this user lacks the permission (view, transfer or admin) on the wallet',
	'-4001': 'TRANSACTIONOT_FOUND: no such transaction',
	'-1095': 'INVALID_ADDRESS: the address is not valid for this coin',
	'-1094': 'INVALID_PRIVATE_KEY: the wallet key could not be used',
	'-1004': 'TRANSACTIONOT_FOUND: no such transaction',
	'-1010':
		'CONNECTION_NODES_ERROR: Address.so could not reach the blockchain nodes; try again later',
};

/**
 * Codes that PROVE a send was refused (checked before anything was broadcast). Anything else —
 * the general and connection codes, TRANSACTION_FAILED, -3000 (which is also the general error) —
 * leaves a send's outcome UNKNOWN.
 */
const REFUSALS = new Set([
	'-3005',
	'-3057',
	'-3058',
	'-3059',
	'-3060',
	'-3061',
	'-3062',
	'-2401',
	'-2402',
	'-2403',
	'-2500',
	'-2501',
	'-2011',
	'-1095',
	'-1094',
]);

/**
 * Response numbers that are money: balances, amounts, fees, prices and every `*_int` / `*_float`
 * come out as the exact text Address.so wrote (§5.12: `*_int` is sometimes a number, sometimes a
 * string; both become the same digits).
 */
export function isMoneyPath(path: JsonPath): boolean {
	const last = String(path[path.length - 1]);
	return /_(int|float)$/.test(last) || /(^|_)(amount|balance|fee|price)$/.test(last);
}

/** An error envelope: `{result, errors}`; success iff errors is null, [] or {} (§5.8). */
export function envelopeError(body: unknown): { code: string; message: string } | undefined {
	if (!body || typeof body !== 'object' || Array.isArray(body)) {
		return { code: 'not_envelope', message: 'The answer is not an Address.so answer' };
	}
	const { errors } = body as IDataObject;
	if (errors === null || errors === undefined) {
		return 'result' in body
			? undefined
			: { code: 'not_envelope', message: 'The answer is not an Address.so answer' };
	}
	if (Array.isArray(errors)) {
		if (!errors.length) return undefined;
		return { code: 'error', message: JSON.stringify(errors).slice(0, 500) };
	}
	if (typeof errors !== 'object') return { code: 'error', message: String(errors).slice(0, 500) };
	const e = errors as IDataObject;
	if (!Object.keys(e).length) return undefined;
	if (typeof e.code === 'number' || (typeof e.code === 'string' && e.code !== '')) {
		return {
			code: String(e.code),
			message: typeof e.message === 'string' ? e.message : JSON.stringify(e).slice(0, 500),
		};
	}
	return { code: 'error', message: JSON.stringify(e).slice(0, 500) };
}

export const addressSoSpec: ProviderSpec = {
	displayName: 'Address.so',
	credentialType: CREDENTIAL_TYPE,
	secretFields: [
		'password',
		'apiToken',
		'secretToken',
		'paymentPassword',
		'authToken',
		'sessionApiToken',
	],
	parseError(statusCode, body) {
		const error = envelopeError(body);
		if (error && error.code !== 'not_envelope') {
			const errors = (body as IDataObject).errors;
			return { ...error, details: { errors: errors as IDataObject } };
		}
		if (statusCode >= 400 || error)
			return {
				code: `http_${statusCode}`,
				message: `Address.so answered HTTP ${statusCode}${error ? ' without its answer envelope' : ''}.`,
			};
		return undefined;
	},
	// Only Address.so's own envelope with a refusal code proves that a send was not carried out.
	isRefusal: (error) => error.details !== undefined && REFUSALS.has(error.code),
	explain(code, statusCode, error) {
		const hint = ADDRESS_SO_ERRORS[code];
		if (hint) return `${hint}. Address.so said: ${error?.message ?? '(nothing)'}`;
		if (statusCode >= 500) return 'Address.so had an internal error';
		return undefined;
	},
	moneyFields: isMoneyPath,
};

export type AddressSoRequestOptions = Omit<ApiRequest, 'method' | 'path' | 'kind' | 'rawText'>;

const AUTH_TOKEN_ERROR = '-3058';

/**
 * One request to Address.so. When the log-in token has expired (AUTH_TOKEN_ERROR), a read or a user
 * call logs in again and is repeated once: the answer proved it was refused. A send is never
 * repeated (nor any other API write): its AUTH_TOKEN_ERROR stays an error.
 */
export async function addressSoRequest(
	this: RequestContext,
	method: IHttpRequestMethods,
	path: string,
	kind: RequestKind,
	options: AddressSoRequestOptions = {},
): Promise<unknown> {
	const req: ApiRequest = { method, path, kind, ...options };
	// A write or a send is never the request that logs in: a refused log-in then fails a read,
	// before anything that changes state was sent.
	if (kind !== 'read' && !req.public) await ensureSession(this);
	// A public request skips the credential's authenticate(), which form-encodes the others.
	if (req.public && req.body && typeof req.body === 'object' && !Array.isArray(req.body)) {
		req.body = formBody(formPairs(req.body));
		req.headers = { ...req.headers, 'Content-Type': 'application/x-www-form-urlencoded' };
	}
	const refreshable = kind === 'read' || (kind === 'write' && isUserPath(path));
	if (!refreshable) return await apiRequest.call(this, addressSoSpec, req);
	const allowed = [...(options.allowErrorCodes ?? []), AUTH_TOKEN_ERROR];
	const first = await apiRequest.call(this, addressSoSpec, { ...req, allowErrorCodes: allowed });
	if (envelopeError(first)?.code !== AUTH_TOKEN_ERROR) return first;
	// Clearing the kept token makes n8n log in again (preAuthentication) and store the new one.
	const credentials = await cachedCredentials(this, CREDENTIAL_TYPE);
	credentials.authToken = '';
	if (kind !== 'read') await ensureSession(this);
	return await apiRequest.call(this, addressSoSpec, req);
}

/** Logs in (through a read of the coin list) when the credential has an e-mail and no session. */
async function ensureSession(ctx: RequestContext): Promise<void> {
	const credentials = await cachedCredentials(ctx, CREDENTIAL_TYPE);
	if (!credentials.email || credentials.authToken) return;
	await apiRequest.call(ctx, addressSoSpec, {
		method: 'GET',
		path: '/api/coins',
		kind: 'read',
		action: 'Logging in',
	});
}

/** The `result` of a success envelope. */
export function resultOf(body: unknown): unknown {
	return body && typeof body === 'object' ? (body as IDataObject).result : undefined;
}

/** addressSoRequest, returning the envelope's `result`. */
export async function addressSoResult(
	this: RequestContext,
	method: IHttpRequestMethods,
	path: string,
	kind: RequestKind,
	options: AddressSoRequestOptions = {},
): Promise<unknown> {
	return resultOf(await addressSoRequest.call(this, method, path, kind, options));
}
