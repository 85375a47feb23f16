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

function hasHeader(headers: IDataObject, name: string): boolean {
	return Object.keys(headers).some((k) => k.toLowerCase() === name.toLowerCase());
}

export class WolvPayApi implements ICredentialType {
	name = 'wolvPayApi';

	displayName = 'WolvPay API';
	// Only our nodes (and their AI tools) may use this credential: see nodes/shared/credentials.ts.
	supportedNodes = ourNodes('wolvPay', 'wolvPayTrigger');
	restrictToSupportedNodes = ONLY_OUR_NODES;
	hideDomainRestrictionFields = true;

	icon: Icon = {
		light: 'file:../nodes/WolvPay/wolvpay.svg',
		dark: 'file:../nodes/WolvPay/wolvpay.dark.svg',
	};

	documentationUrl = 'https://wolvpay.com/docs';

	properties: INodeProperties[] = [
		{
			displayName: 'API Key',
			name: 'apiKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description:
				'An API key from the WolvPay dashboard. It is sent as "Authorization: Bearer &lt;key&gt;".',
		},
		{
			displayName: 'Webhook Secret',
			name: 'webhookSecret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description:
				"The webhook secret from the WolvPay dashboard's webhook settings. Needed by the WolvPay Trigger to verify the X-WolvPay-Signature of each webhook.",
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'https://wolvpay.com/api/v1',
			description:
				'Leave as is for the real WolvPay. Point it at the local sandbox (e.g. http://127.0.0.1:4102/api/v1) to try flows without real funds.',
		},
	];

	/**
	 * Adds "Authorization: Bearer <apiKey>". An object body is serialized here, once, as JSON (WolvPay
	 * requires JSON, not form data); a string body is taken as already serialized JSON and sent as is.
	 */
	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		const headers: IDataObject = { ...(requestOptions.headers ?? {}) };
		const body = requestOptions.body;
		const hasBody = body !== undefined && body !== null && body !== '';
		if (
			hasBody &&
			typeof body === 'object' &&
			!Buffer.isBuffer(body) &&
			!(body instanceof URLSearchParams)
		) {
			requestOptions.body = JSON.stringify(body);
		}
		if (hasBody && !hasHeader(headers, 'content-type'))
			headers['Content-Type'] = 'application/json';
		headers.Authorization = `Bearer ${String(credentials.apiKey ?? '')}`;
		requestOptions.headers = headers;
		return requestOptions;
	}

	test: ICredentialTestRequest = {
		request: {
			// the Test button's signed request never follows a redirect either
			disableFollowRedirect: true,
			baseURL: '={{$credentials.baseUrl}}',
			url: '/coins',
			method: 'GET',
		},
	};
}
