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

/**
 * The exact text WestWallet signs for a request, and the body to send (identical bytes):
 * - GET: compact JSON of the query parameters (values as the strings that go on the URL), or ""
 *   when there are none;
 * - other methods: the body serialized once as compact JSON (a string body is taken as already
 *   serialized), or "" when there is no body.
 */
export function westWalletPayload(requestOptions: IHttpRequestOptions): {
	payload: string;
	qs?: IDataObject;
} {
	const method = (requestOptions.method ?? 'GET').toUpperCase();
	if (method === 'GET' || method === 'DELETE') {
		const qs = requestOptions.qs ?? {};
		const keys = Object.keys(qs).filter((k) => qs[k] !== undefined);
		if (!keys.length) return { payload: '' };
		const strings: IDataObject = {};
		for (const k of keys) strings[k] = String(qs[k]);
		return { payload: JSON.stringify(strings), qs: strings };
	}
	const body = requestOptions.body;
	if (body === undefined || body === null || body === '') return { payload: '' };
	if (typeof body === 'string') return { payload: body };
	if (typeof body === 'object' && !Buffer.isBuffer(body) && Object.keys(body).length === 0)
		return { payload: '' };
	return { payload: JSON.stringify(body) };
}

export function westWalletSignature(
	privateKey: string,
	timestamp: string,
	payload: string,
): string {
	return createHmac('sha256', privateKey)
		.update(timestamp + payload, 'utf8')
		.digest('hex');
}

export class WestWalletApi implements ICredentialType {
	name = 'westWalletApi';

	displayName = 'WestWallet API';
	// Only our nodes (and their AI tools) may use this credential: see nodes/shared/credentials.ts.
	supportedNodes = ourNodes('westWallet', 'westWalletTrigger');
	restrictToSupportedNodes = ONLY_OUR_NODES;
	hideDomainRestrictionFields = true;

	icon: Icon = {
		light: 'file:../nodes/WestWallet/westwallet.svg',
		dark: 'file:../nodes/WestWallet/westwallet.dark.svg',
	};

	documentationUrl = 'https://westwallet.io/api_docs';

	properties: INodeProperties[] = [
		{
			displayName: 'Public Key',
			name: 'publicKey',
			type: 'string',
			default: '',
			required: true,
			description: 'The public API key (X-API-KEY) from your WestWallet profile settings',
		},
		{
			displayName: 'Private Key',
			name: 'privateKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'The private key used to sign every request (HMAC-SHA256). It is never sent.',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'https://api.westwallet.io',
			description:
				'Leave as is for the real WestWallet. Point it at the local sandbox (e.g. http://127.0.0.1:4101) to try flows without real funds.',
		},
	];

	/**
	 * Signs every request: X-API-KEY, X-ACCESS-TIMESTAMP (unix seconds) and
	 * X-ACCESS-SIGN = hex(HMAC-SHA256(privateKey, timestamp + payload)). The body is serialized here,
	 * once, and that exact string is what is sent.
	 */
	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		const timestamp = String(Math.floor(Date.now() / 1000));
		const { payload, qs } = westWalletPayload(requestOptions);
		const method = (requestOptions.method ?? 'GET').toUpperCase();
		const headers: IDataObject = { ...(requestOptions.headers ?? {}) };
		if (method === 'GET' || method === 'DELETE') {
			if (qs) requestOptions.qs = qs;
		} else if (payload === '') {
			delete requestOptions.body;
		} else {
			requestOptions.body = payload;
			headers['Content-Type'] = 'application/json';
		}
		headers['X-API-KEY'] = String(credentials.publicKey ?? '');
		headers['X-ACCESS-TIMESTAMP'] = timestamp;
		headers['X-ACCESS-SIGN'] = westWalletSignature(
			String(credentials.privateKey ?? ''),
			timestamp,
			payload,
		);
		requestOptions.headers = headers;
		return requestOptions;
	}

	test: ICredentialTestRequest = {
		request: {
			// the Test button's signed request never follows a redirect either
			disableFollowRedirect: true,
			baseURL: '={{$credentials.baseUrl}}',
			url: '/wallet/balances',
			method: 'GET',
		},
		rules: [
			{
				type: 'responseSuccessBody',
				properties: { key: 'error', value: 'wrong_auth', message: 'The public key is not valid' },
			},
			{
				type: 'responseSuccessBody',
				properties: {
					key: 'error',
					value: 'wrong_hmac',
					message: 'The private key does not match the public key',
				},
			},
		],
	};
}
