import { createHash } from 'crypto';
import type {
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IDataObject,
	IHttpRequestHelper,
	IHttpRequestOptions,
	INodeProperties,
	Icon,
} from 'n8n-workflow';
import { formBody, formPairs, schemeOf, signSend } from '../nodes/AddressSo/helpers/signature';
import { isSendPath, isUserPath } from '../nodes/AddressSo/helpers/paths';
import { ONLY_OUR_NODES, ourNodes } from '../nodes/shared/credentials';
import { locationHost } from '../nodes/shared/errors';

/** The request's path below the credential's base URL ("/api/coins", "/login"). */
export function pathBelowBase(credentials: IDataObject, url: string): string {
	const base = String(credentials.baseUrl ?? '').replace(/\/+$/, '');
	if (base && url.startsWith(base)) return url.slice(base.length) || '/';
	const match = /^[a-z][a-z0-9+.-]*:\/\/[^/]*(\/.*)?$/i.exec(url);
	return match ? (match[1] ?? '/') : url;
}

/** The API token to send: the one typed in, else the one the last login returned. */
export function apiTokenOf(credentials: IDataObject): string {
	return String(credentials.apiToken || credentials.sessionApiToken || '');
}

/**
 * A refused log-in is not tried again with the same e-mail and password for a minute (a read's
 * retries, or the next items, would otherwise repeat it: services lock accounts on failed log-ins).
 */
const LOGIN_RETRY_AFTER_MS = 60_000;
const refusedLogins = new Map<string, { until: number; message: string }>();

function loginKey(credentials: IDataObject): string {
	return createHash('sha256')
		.update(
			JSON.stringify([credentials.baseUrl, credentials.email, credentials.password].map(String)),
		)
		.digest('hex');
}

export class AddressSoApi implements ICredentialType {
	name = 'addressSoApi';

	displayName = 'Address.so API';

	supportedNodes = ourNodes('addressSo', 'addressSoTrigger');

	restrictToSupportedNodes = ONLY_OUR_NODES;

	hideDomainRestrictionFields = true;

	icon: Icon = {
		light: 'file:../nodes/AddressSo/addressso.svg',
		dark: 'file:../nodes/AddressSo/addressso.dark.svg',
	};

	documentationUrl = 'https://docs.address.so/';

	properties: INodeProperties[] = [
		{
			displayName: 'E-Mail',
			name: 'email',
			type: 'string',
			placeholder: 'name@email.com',
			default: '',
			description:
				'The e-mail you log in to Address.so with. Needed for the User operations (and to fetch the API token when it is left empty).',
		},
		{
			displayName: 'Password',
			name: 'password',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description: 'Your Address.so password, used only to log in',
		},
		{
			displayName: 'API Token',
			name: 'apiToken',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description:
				'The api_token of your Address.so user (sent as X-API-TOKEN). Leave empty to use the one the log-in returns.',
		},
		{
			displayName: 'Secret Token',
			name: 'secretToken',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description:
				'The secret_token (User → Get Secret Token) that signs sends and verifies webhook callbacks. It is never sent.',
		},
		{
			displayName: 'Payment Password',
			name: 'paymentPassword',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description:
				"Your wallets' payment password, if your account has one: sent (and signed) with every send",
		},
		{
			displayName: 'Signing Scheme',
			name: 'signingScheme',
			type: 'options',
			options: [
				{
					name: 'SDK 2020 (Sorted, HMAC-SHA512)',
					value: 'sdk2020',
					description: "The official PHP SDK's current scheme",
				},
				{
					name: 'SDK 2019 (Unsorted, HMAC-SHA512)',
					value: 'sdk2019',
					description: 'The earlier PHP SDK and the Python SDK',
				},
				{
					name: 'Documentation (HMAC-SHA256, "Recepient")',
					value: 'doc',
					description: 'As the API documentation describes it',
				},
			],
			default: 'sdk2020',
			description:
				"How send requests are signed and webhook callbacks verified. Address.so's own material describes three schemes; keep the default unless Address.so refuses sends with BAD_SIGN.",
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'https://api.address.so',
			description:
				'Leave as is for the real Address.so. Point it at the local sandbox (e.g. http://127.0.0.1:4105) to try flows without real funds.',
		},
		{
			displayName: 'Auth Token',
			name: 'authToken',
			type: 'hidden',
			typeOptions: { expirable: true, password: true },
			default: '',
		},
		{
			displayName: 'API Token From Log-In',
			name: 'sessionApiToken',
			type: 'hidden',
			typeOptions: { password: true },
			default: '',
		},
	];

	/**
	 * Logs in (POST /login) for the session token the user endpoints need; it expires 10 minutes
	 * after the last user request (the node logs in again on AUTH_TOKEN_ERROR). Without an e-mail
	 * there is nothing to log in with: only the API endpoints can be used then.
	 */
	async preAuthentication(this: IHttpRequestHelper, credentials: ICredentialDataDecryptedObject) {
		const email = String(credentials.email ?? '');
		if (!email) return {};
		const key = loginKey(credentials);
		const failed = refusedLogins.get(key);
		if (failed && failed.until > Date.now()) throw new Error(failed.message);
		const loginUrl = `${String(credentials.baseUrl ?? '').replace(/\/+$/, '')}/login`;
		const response = (await this.helpers.httpRequest({
			method: 'POST',
			url: loginUrl,
			headers: {
				'Content-Type': 'application/x-www-form-urlencoded',
				Accept: 'application/json',
			},
			body: formBody([
				['username', email],
				['password', String(credentials.password ?? '')],
			]),
			json: true,
			returnFullResponse: true,
			ignoreHttpStatusErrors: true,
			// The password never follows a redirect to another host: a 3xx is a failed log-in.
			disableFollowRedirect: true,
		})) as { statusCode?: number; headers?: IDataObject; body?: unknown };
		const status = Number(response?.statusCode ?? 0);
		if (status >= 300 && status < 400) {
			const location = response.headers?.location;
			const host = locationHost(
				Array.isArray(location) ? String(location[0]) : (location as string | undefined),
				loginUrl,
			);
			const text = `Address.so log-in failed: the API answered HTTP ${status}, a redirect to ${host}, which is not followed (the password would go there). Check the Base URL of the Address.so credential.`;
			refusedLogins.set(key, { until: Date.now() + LOGIN_RETRY_AFTER_MS, message: text });
			throw new Error(text);
		}
		const answer = (
			response?.body && typeof response.body === 'object' ? response.body : {}
		) as IDataObject;
		const result = (answer?.result ?? {}) as IDataObject;
		const user = (result.user ?? {}) as IDataObject;
		if (typeof user.auth_token !== 'string' || !user.auth_token) {
			const error = (answer?.errors ?? {}) as IDataObject;
			const code = error.code !== undefined ? ` [${String(error.code)}]` : '';
			const message = typeof error.message === 'string' ? error.message : 'no auth_token returned';
			// The answer is never echoed whole: it could carry what was sent.
			const text = `Address.so log-in failed${code}: ${message.split(String(credentials.password ?? '\u0000')).join('***')}. Check the E-Mail and Password of the Address.so credential.`;
			refusedLogins.set(key, { until: Date.now() + LOGIN_RETRY_AFTER_MS, message: text });
			throw new Error(text);
		}
		refusedLogins.delete(key);
		return {
			authToken: user.auth_token,
			sessionApiToken: typeof user.api_token === 'string' ? user.api_token : '',
		};
	}

	/**
	 * User endpoints get X-Auth-Token, the others X-API-TOKEN. Bodies of POST and
	 * PUT are form-encoded here, once; a send's body is also signed under the chosen scheme (with the
	 * payment password when set) and sent exactly as signed. A string body is taken as final.
	 */
	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		const headers: IDataObject = { ...(requestOptions.headers ?? {}), Accept: 'application/json' };
		const path = pathBelowBase(
			credentials,
			String(requestOptions.baseURL ?? '') + String(requestOptions.url ?? ''),
		);
		const method = (requestOptions.method ?? 'GET').toUpperCase();
		if (!isUserPath(path)) headers['X-API-TOKEN'] = apiTokenOf(credentials);
		else if (credentials.authToken) headers['X-Auth-Token'] = String(credentials.authToken);
		const body = requestOptions.body;
		if (method === 'POST' && isSendPath(path)) {
			const scheme = schemeOf(credentials.signingScheme);
			const params = formPairs(
				body && typeof body === 'object' && !Buffer.isBuffer(body) ? (body as IDataObject) : {},
			);
			// The SDKs put the payment password right after the recipient.
			const paymentPassword = String(credentials.paymentPassword ?? '');
			if (paymentPassword) {
				const at = params.findIndex(([name]) => name === 'recipient') + 1;
				params.splice(at > 0 ? at : params.length, 0, ['payment_password', paymentPassword]);
			}
			requestOptions.body = signSend(scheme, String(credentials.secretToken ?? ''), params).body;
			headers['Content-Type'] = 'application/x-www-form-urlencoded';
		} else if (body && typeof body === 'object' && !Buffer.isBuffer(body)) {
			const form = formBody(formPairs(body as IDataObject));
			if (form) {
				requestOptions.body = form;
				headers['Content-Type'] = 'application/x-www-form-urlencoded';
			} else delete requestOptions.body;
		}
		requestOptions.headers = headers;
		return requestOptions;
	}

	// GET /api/coins proves the API token; the e-mail and password only when n8n logs in before the
	// test (it does when no session is stored yet), as the README says.
	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl}}',
			url: '/api/coins',
			method: 'GET',
			disableFollowRedirect: true,
		},
		rules: [
			{
				type: 'responseSuccessBody',
				properties: {
					key: 'errors.code',
					value: -3059,
					message: 'The API token is not valid (API_TOKEN_ERROR)',
				},
			},
			{
				type: 'responseSuccessBody',
				properties: {
					key: 'errors.code',
					value: -3058,
					message: 'The log-in token was refused (AUTH_TOKEN_ERROR)',
				},
			},
		],
	};
}
