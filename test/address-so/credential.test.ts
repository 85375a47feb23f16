/**
 * The credential's authenticate(): which token goes where, form bodies serialized once, and a send
 * signed under each scheme over exactly the body that is sent (payment password included).
 */
import type { IDataObject, IHttpRequestOptions } from 'n8n-workflow';
import { AddressSoApi } from '../../credentials/AddressSoApi.credentials';
import { addressSoMac } from '../../nodes/AddressSo/helpers/signature';

const BASE = 'https://api.address.so';
const BTC = '1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2';
const credential = new AddressSoApi();

function creds(extra: IDataObject = {}) {
	return {
		email: 'me@example.com',
		password: 'pw-secret',
		apiToken: 'api-token-1',
		secretToken: 'secret-token-1',
		paymentPassword: '',
		signingScheme: 'sdk2020',
		baseUrl: BASE,
		authToken: 'session-1',
		sessionApiToken: 'api-from-login',
		...extra,
	};
}

async function sign(options: Partial<IHttpRequestOptions>, extra: IDataObject = {}) {
	return await credential.authenticate(creds(extra), {
		method: 'GET',
		url: `${BASE}/api/coins`,
		...options,
	} as IHttpRequestOptions);
}

/** Splits a signed body into its message and sign, and checks the MAC over the message. */
function verify(body: string, scheme: 'sdk2020' | 'sdk2019' | 'doc', secret = 'secret-token-1') {
	const at = body.lastIndexOf('&sign=');
	const message = body.slice(0, at);
	const signValue = body.slice(at + '&sign='.length);
	expect(signValue).toBe(addressSoMac(scheme, secret, message));
	return message;
}

describe('tokens', () => {
	test('API endpoints get X-API-TOKEN only; user endpoints X-Auth-Token only', async () => {
		const api = await sign({});
		expect(api.headers).toMatchObject({ 'X-API-TOKEN': 'api-token-1' });
		expect(api.headers).not.toHaveProperty('X-Auth-Token');
		for (const path of ['/user', '/user/tariffs', '/logout', '/request-secret-token']) {
			const user = await sign({ url: `${BASE}${path}` });
			expect(user.headers).toMatchObject({ 'X-Auth-Token': 'session-1' });
			expect(user.headers).not.toHaveProperty('X-API-TOKEN');
		}
		// /limits/{id} (outside /api/, as the PHP SDK resolves it) is an API endpoint
		expect((await sign({ url: `${BASE}/limits/3` })).headers).toHaveProperty('X-API-TOKEN');
	});

	test('an empty API token falls back to the one the log-in returned', async () => {
		expect((await sign({}, { apiToken: '' })).headers).toMatchObject({
			'X-API-TOKEN': 'api-from-login',
		});
	});

	test('a base URL with a path prefix still tells user from API endpoints', async () => {
		const base = 'http://127.0.0.1:9/prefix';
		const user = await sign({ url: `${base}/user` }, { baseUrl: `${base}/` });
		expect(user.headers).toHaveProperty('X-Auth-Token');
	});
});

describe('bodies', () => {
	test('POST and PUT objects become one form body; lists PHP-style', async () => {
		const out = await sign({
			method: 'POST',
			url: `${BASE}/api/coins/btc/wallets/5/permissions`,
			body: { user_id: '3', permissions: ['view', 'transfer'] },
		});
		expect(out.body).toBe('user_id=3&permissions%5B0%5D=view&permissions%5B1%5D=transfer');
		expect(out.headers).toMatchObject({ 'Content-Type': 'application/x-www-form-urlencoded' });
		const put = await sign({
			method: 'PUT',
			url: `${BASE}/api/webhooks/2`,
			body: { url: 'https://a.b/c?d=1 2' },
		});
		expect(put.body).toBe('url=https%3A%2F%2Fa.b%2Fc%3Fd%3D1+2');
	});

	test('an empty object body is dropped, a string body is kept as it is', async () => {
		expect((await sign({ method: 'POST', body: {} })).body).toBeUndefined();
		expect((await sign({ method: 'POST', body: 'a=1' })).body).toBe('a=1');
	});
});

describe('sends are signed over exactly the body sent', () => {
	const send = (scheme: string, extra: IDataObject = {}, body: IDataObject = {}) =>
		sign(
			{
				method: 'POST',
				url: `${BASE}/api/coins/btc/wallets/5/accounts/9/send`,
				body: { amount: '0.1', recipient: BTC, fee_priority: 2, tag: '77', ...body },
			},
			{ signingScheme: scheme, ...extra },
		);

	test('SDK 2020: sorted, payment password included', async () => {
		const out = await send('sdk2020', { paymentPassword: 'pay pw' });
		const message = verify(String(out.body), 'sdk2020');
		expect(message).toBe(
			`amount=0.1&fee_priority=2&payment_password=pay+pw&recipient=${BTC}&tag=77`,
		);
	});

	test('SDK 2019: the payment password right after the recipient, order kept', async () => {
		const out = await send('sdk2019', { paymentPassword: 'pw' });
		expect(verify(String(out.body), 'sdk2019')).toBe(
			`amount=0.1&recipient=${BTC}&payment_password=pw&fee_priority=2&tag=77`,
		);
	});

	test('documentation: "recepient" and HMAC-SHA256; no payment password when none is set', async () => {
		const out = await send('doc');
		expect(verify(String(out.body), 'doc')).toBe(
			`amount=0.1&recepient=${BTC}&fee_priority=2&tag=77`,
		);
	});

	test('an unknown scheme value signs as SDK 2020; a wallet send is signed too', async () => {
		const out = await send('bogus');
		verify(String(out.body), 'sdk2020');
		const wallet = await sign({
			method: 'POST',
			url: `${BASE}/api/coins/eth/wallets/5/send`,
			body: { amount: '1', recipient: '0x0' },
		});
		verify(String(wallet.body), 'sdk2020');
	});

	test('only the send endpoints are signed', async () => {
		const fee = await sign({
			method: 'POST',
			url: `${BASE}/api/coins/btc/wallets/5/estimate_fee`,
			body: { amount: '0.1' },
		});
		expect(String(fee.body)).not.toContain('sign=');
	});
});

describe('log-in (preAuthentication)', () => {
	test('without an e-mail nothing is sent', async () => {
		const calls: unknown[] = [];
		const helpers = { helpers: { httpRequest: async (o: unknown) => calls.push(o) } };
		const out = await credential.preAuthentication.call(helpers as never, creds({ email: '' }));
		expect(out).toEqual({});
		expect(calls).toHaveLength(0);
	});

	test('a refused log-in names the code, never the password', async () => {
		const helpers = {
			helpers: {
				httpRequest: async () => ({
					statusCode: 200,
					headers: {},
					body: { result: null, errors: { code: -3005, message: 'bad password pw-secret' } },
				}),
			},
		};
		const error = await credential.preAuthentication
			.call(helpers as never, creds())
			.catch((e) => e);
		expect(error.message).toMatch(/log-in failed \[-3005\]/);
		expect(error.message).not.toContain('pw-secret');
	});

	test('a redirect is not followed: the log-in fails naming the other host', async () => {
		const calls: Array<Record<string, unknown>> = [];
		const helpers = {
			helpers: {
				httpRequest: async (o: Record<string, unknown>) => {
					calls.push(o);
					return { statusCode: 302, headers: { location: 'https://evil.example/x' }, body: '' };
				},
			},
		};
		const error = await credential.preAuthentication
			.call(helpers as never, creds({ password: 'pw-redirect' }))
			.catch((e) => e);
		expect(calls).toHaveLength(1);
		expect(calls[0].disableFollowRedirect).toBe(true);
		expect(error.message).toMatch(/HTTP 302, a redirect to evil\.example/);
		expect(error.message).not.toContain('pw-redirect');
	});
});
