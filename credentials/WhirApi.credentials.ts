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

export class WhirApi implements ICredentialType {
	name = 'whirApi';

	displayName = 'Whir API';
	// Only our nodes (and their AI tools) may use this credential: see nodes/shared/credentials.ts.
	supportedNodes = ourNodes('whir', 'whirTrigger');
	restrictToSupportedNodes = ONLY_OUR_NODES;
	hideDomainRestrictionFields = true;

	icon: Icon = { light: 'file:../nodes/Whir/whir.svg', dark: 'file:../nodes/Whir/whir.dark.svg' };

	documentationUrl = 'https://whir.to/api';

	properties: INodeProperties[] = [
		{
			displayName: 'API Key',
			name: 'apiKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description:
				'The API key Whir customer support gave you. It is sent as "Authorization: Bearer &lt;key&gt;".',
		},
		{
			displayName: 'Secret Key',
			name: 'secretKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description:
				'The secret key Whir customer support gave you with the API key. Whir signs its answers with it: when it is set, the nodes verify those signatures and refuse an answer that does not match.',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'https://whir.to/api',
			description:
				'Leave as is for the real Whir. Point it at the local sandbox (e.g. http://127.0.0.1:4103/api) to try flows without real funds.',
		},
	];

	/**
	 * Adds "Authorization: Bearer <apiKey>". An object body is serialized here, once, as JSON with
	 * the content type Whir's doc recommends; a string body is taken as already serialized JSON.
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
			headers['Content-Type'] = 'application/json; charset=utf-8';
		headers.Authorization = `Bearer ${String(credentials.apiKey ?? '')}`;
		requestOptions.headers = headers;
		return requestOptions;
	}

	// A private endpoint, so that the test proves the API key (GET /status would pass with any key).
	test: ICredentialTestRequest = {
		request: {
			// the Test button's signed request never follows a redirect either
			disableFollowRedirect: true,
			baseURL: '={{$credentials.baseUrl}}',
			url: '/transactions',
			method: 'GET',
			qs: { limit: 1 },
		},
	};
}
