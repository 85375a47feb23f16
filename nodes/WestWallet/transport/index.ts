import type { IDataObject, IHttpRequestMethods } from 'n8n-workflow';
import type { ApiRequest, ProviderSpec, RequestContext, RequestKind } from '../../shared/transport';
import { apiRequest } from '../../shared/transport';

/** Every error code WestWallet documents (plus bad_dest_tag from its SDKs), explained for a user. */
export const WESTWALLET_ERRORS: Record<string, string> = {
	wrong_auth: 'The public key is wrong. Check the Public Key in the WestWallet credential.',
	ip_not_allowed:
		"This n8n server's IP is not in the allowed list of this API key. Add it in your WestWallet profile's API settings.",
	wrong_hmac:
		"The request signature was rejected. Check the Private Key in the credential, and that this server's clock is correct (the timestamp is part of the signature).",
	not_allowed_by_api_key:
		'This API key is not allowed to do this action. Enable the permission for the key in your WestWallet profile.',
	account_blocked: 'Your WestWallet account is blocked. Contact WestWallet support.',
	bad_address: "The address is not valid for this currency (it fails WestWallet's address check).",
	bad_dest_tag: 'The destination tag is missing or invalid for this currency.',
	insufficient_funds:
		'Insufficient funds: the amount (plus the fee) is greater than the wallet balance.',
	max_withdraw_error:
		'The amount is greater than the maximum allowed per withdrawal for this currency.',
	min_withdraw_error: 'The amount is less than the minimum withdrawal for this currency.',
	currency_not_found: 'Unknown currency. Pick a ticker from the currency list.',
	currency_not_active: 'This currency is currently not active at WestWallet.',
	deposit_not_allowed: 'Deposits (receiving) are not allowed for this currency right now.',
	not_found: 'No transaction or payment page was found with this ID, label or token.',
	wrong_ipn_url: 'The IPN URL is invalid. Use a full http(s):// URL.',
	self_address: 'You are trying to send to an address that belongs to your own WestWallet account.',
	bad_priority:
		'This priority is not allowed for this currency. Use low, medium or high (low is not available everywhere).',
	too_much_addresses_per_day:
		'Too many addresses were generated in the last 24 hours. Try again later or reuse addresses.',
};

const HTTP_ONLY: Record<number, { code: string; message: string }> = {
	401: { code: 'unauthorized', message: 'Wrong credentials (HTTP 401).' },
	403: {
		code: 'forbidden',
		message: 'This request is not allowed for these credentials (HTTP 403).',
	},
	404: { code: 'not_found', message: 'Resource not found (HTTP 404).' },
	405: { code: 'method_not_allowed', message: 'Method not allowed (HTTP 405).' },
	429: { code: 'rate_limited', message: 'Too many requests (HTTP 429).' },
};

/** Response numbers that are money amounts: they come out as the exact decimal text WestWallet sent. */
export const MONEY_FIELDS = new Set([
	'amount',
	'fee',
	'balance',
	'min_receive',
	'min_withdraw',
	'max_withdraw',
	'max_withdraw_per_transaction',
	'amount_usd',
]);

export const westWalletSpec: ProviderSpec = {
	displayName: 'WestWallet',
	credentialType: 'westWalletApi',
	secretFields: ['privateKey', 'publicKey'],
	parseError(statusCode, body) {
		const code =
			body && typeof body === 'object' && !Array.isArray(body)
				? (body as IDataObject).error
				: undefined;
		if (typeof code === 'string' && code !== 'ok') {
			return { code, message: WESTWALLET_ERRORS[code] ?? code };
		}
		if (statusCode >= 400) {
			const known = HTTP_ONLY[statusCode];
			if (known) return known;
			return { code: `http_${statusCode}`, message: `WestWallet answered HTTP ${statusCode}.` };
		}
		return undefined;
	},
	// A documented error code in WestWallet's JSON answer proves the request was refused.
	isRefusal: (error) => error.code in WESTWALLET_ERRORS,
	explain(code, statusCode) {
		const base = WESTWALLET_ERRORS[code];
		if (base) return base;
		if (statusCode >= 500) return 'WestWallet had an internal error.';
		return undefined;
	},
	moneyFields: (path) => MONEY_FIELDS.has(String(path[path.length - 1])),
};

export async function westWalletRequest(
	this: RequestContext,
	method: IHttpRequestMethods,
	path: string,
	kind: RequestKind,
	options: Omit<ApiRequest, 'method' | 'path' | 'kind'> = {},
): Promise<unknown> {
	return await apiRequest.call(this, westWalletSpec, { method, path, kind, ...options });
}
