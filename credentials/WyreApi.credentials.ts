import { createHmac } from 'crypto';
import type {
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IDataObject,
	IHttpRequestOptions,
	INodeProperties,
	Icon,
} from 'n8n-workflow';
import { ONLY_OUR_NODES, ourNodes } from '../nodes/shared/credentials';

export const WYRE_PRODUCTION_URL = 'https://api.sendwyre.com';
export const WYRE_TEST_URL = 'https://api.testwyre.com';

/** The API base URL of a Wyre credential: Production, Test or the custom one (e.g. the sandbox). */
export function wyreBaseUrl(credentials: IDataObject): string {
	if (credentials.environment === 'test') return WYRE_TEST_URL;
	// A credential without an environment but with a base URL (made outside the UI) is custom.
	if (
		credentials.environment === 'custom' ||
		(credentials.environment === undefined && credentials.baseUrl)
	)
		return String(credentials.baseUrl ?? '').replace(/\/+$/, '');
	return WYRE_PRODUCTION_URL;
}

/** hex HMAC-SHA256(secret key, the URL as sent + the body bytes as sent). */
export function wyreSignature(secretKey: string, url: string, body: string | Buffer): string {
	const hmac = createHmac('sha256', secretKey);
	hmac.update(url, 'utf8');
	if (typeof body === 'string') hmac.update(body, 'utf8');
	else hmac.update(body);
	return hmac.digest('hex');
}

/** One query value as text; objects and lists never reach a URL (they are refused before this). */
function queryValue(value: unknown): string {
	if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
		return String(value);
	throw new Error(`A Wyre query parameter must be text, not ${JSON.stringify(value)}`);
}

/**
 * The query string, in this order: `timestamp` (signed mode), then the request's parameters in the
 * order given (the transport puts `format` first and `masqueradeAs` last, as Wyre's SDK does).
 * Every name and value is percent-encoded, so URL parsing sends these exact bytes.
 */
export function wyreQuery(qs: IDataObject | undefined, timestamp?: number): string {
	const parts: string[] = [];
	if (timestamp !== undefined) parts.push(`timestamp=${timestamp}`);
	for (const [name, value] of Object.entries(qs ?? {})) {
		if (value === undefined || value === null) continue;
		parts.push(`${encodeURIComponent(name)}=${encodeURIComponent(queryValue(value))}`);
	}
	return parts.join('&');
}

/**
 * The body exactly as it will be sent: undefined when there is none (a GET, a DELETE, a body-less
 * POST: Wyre then signs the empty string), a Buffer as is (document upload), a string as is
 * (already serialized JSON), anything else serialized once as compact JSON.
 */
export function wyreBody(requestOptions: IHttpRequestOptions): string | Buffer | undefined {
	const method = (requestOptions.method ?? 'GET').toUpperCase();
	const body = requestOptions.body as unknown;
	if (method === 'GET' || method === 'DELETE' || method === 'HEAD') return undefined;
	if (body === undefined || body === null || body === '') return undefined;
	if (Buffer.isBuffer(body)) return body;
	if (typeof body === 'string') return body;
	if (typeof body === 'object' && !Array.isArray(body) && Object.keys(body).length === 0)
		return undefined;
	return JSON.stringify(body);
}

function setHeader(headers: IDataObject, name: string, value: string): void {
	for (const key of Object.keys(headers))
		if (key.toLowerCase() === name.toLowerCase()) delete headers[key];
	headers[name] = value;
}

/**
 * Turns a request into exactly what is sent and signs those bytes: the full URL (base, path and the
 * query string built here, never re-serialized afterwards) and the body serialized once.
 * Signed mode adds `timestamp` (milliseconds) first in the query, `X-Api-Key` and
 * `X-Api-Signature`; Bearer mode sends `Authorization: Bearer <secret key>`.
 */
export function signWyreRequest(
	credentials: IDataObject,
	requestOptions: IHttpRequestOptions,
	nowMs: number,
): IHttpRequestOptions {
	const signed = credentials.authMode !== 'bearer';
	const base = requestOptions.baseURL ? String(requestOptions.baseURL).replace(/\/+$/, '') : '';
	const target = new URL(base + requestOptions.url);
	const existing = target.search.replace(/^\?/, '');
	const query = [wyreQuery(requestOptions.qs, signed ? nowMs : undefined), existing]
		.filter(Boolean)
		.join('&');
	target.search = '';
	// What URL parsing keeps of the address: the exact text that goes on the wire.
	const url = new URL(target.href + (query ? `?${query}` : '')).href;
	const body = wyreBody(requestOptions);
	const headers: IDataObject = { ...(requestOptions.headers ?? {}) };
	if (body === undefined) delete requestOptions.body;
	else {
		requestOptions.body = body;
		if (typeof body === 'string') setHeader(headers, 'Content-Type', 'application/json');
	}
	const secretKey = String(credentials.secretKey ?? '');
	if (signed) {
		setHeader(headers, 'X-Api-Key', String(credentials.apiKey ?? ''));
		setHeader(headers, 'X-Api-Signature', wyreSignature(secretKey, url, body ?? ''));
	} else {
		setHeader(headers, 'Authorization', `Bearer ${secretKey}`);
	}
	requestOptions.url = url;
	delete requestOptions.baseURL;
	delete requestOptions.qs;
	requestOptions.headers = headers;
	return requestOptions;
}

export class WyreApi implements ICredentialType {
	name = 'wyreApi';

	displayName = 'Wyre API';
	// Only our nodes (and their AI tools) may use this credential: see nodes/shared/credentials.ts.
	supportedNodes = ourNodes('wyre', 'wyreTrigger');
	restrictToSupportedNodes = ONLY_OUR_NODES;
	hideDomainRestrictionFields = true;

	icon: Icon = { light: 'file:../nodes/Wyre/wyre.svg', dark: 'file:../nodes/Wyre/wyre.dark.svg' };

	documentationUrl =
		'https://github.com/n8n-nodes-crypto-payments/n8n-nodes-crypto-payments/blob/main/docs/providers/wyre.md';

	properties: INodeProperties[] = [
		{
			displayName: 'API Key',
			name: 'apiKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			placeholder: 'AK-XXXXXXXX-XXXXXXXX-XXXXXXXX-XXXXXXXX',
			description: 'The API key (sent as X-Api-Key in Signed mode)',
		},
		{
			displayName: 'Secret Key',
			name: 'secretKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			placeholder: 'SK-XXXXXXXX-XXXXXXXX-XXXXXXXX-XXXXXXXX',
			description:
				'The secret key of the API key. Signed mode signs every request with it and never sends it; Bearer mode sends it as the bearer token.',
		},
		{
			displayName: 'Environment',
			name: 'environment',
			type: 'options',
			options: [
				{ name: 'Production', value: 'production', description: WYRE_PRODUCTION_URL },
				{ name: 'Test', value: 'test', description: WYRE_TEST_URL },
				{
					name: 'Custom Base URL',
					value: 'custom',
					description: 'A Wyre-compatible deployment, or the local sandbox',
				},
			],
			default: 'production',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: '',
			placeholder: 'http://127.0.0.1:4104',
			description: 'The API root, without a trailing path (e.g. the local sandbox)',
			displayOptions: { show: { environment: ['custom'] } },
		},
		{
			displayName: 'Authentication',
			name: 'authMode',
			type: 'options',
			options: [
				{
					name: 'Signed (X-Api-Key + X-Api-Signature)',
					value: 'signed',
					description:
						'Every request carries a millisecond timestamp and an HMAC-SHA256 signature of its URL and body',
				},
				{
					name: 'Bearer Secret Key',
					value: 'bearer',
					description: 'Sends "Authorization: Bearer <secret key>" instead of a signature',
				},
			],
			default: 'signed',
		},
		{
			displayName: 'Webhook Secret',
			name: 'webhookSecret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description:
				"The key Wyre signs its callbacks with. Empty: the Secret Key (Wyre's docs name both the secret key and the account's first secret key).",
		},
	];

	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		return signWyreRequest(credentials, requestOptions, Date.now());
	}

	// A private endpoint: it proves the key pair (and the signature).
	test: ICredentialTestRequest = {
		request: {
			// the Test button's signed request never follows a redirect either
			disableFollowRedirect: true,
			baseURL:
				'={{$credentials.environment === "custom" ? String($credentials.baseUrl).replace(/\\/+$/, "") : $credentials.environment === "test" ? "https://api.testwyre.com" : "https://api.sendwyre.com"}}',
			url: '/v2/account',
			method: 'GET',
		},
	};
}
