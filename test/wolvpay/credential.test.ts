import type { IHttpRequestOptions } from 'n8n-workflow';
import { WolvPayApi } from '../../credentials/WolvPayApi.credentials';

const cred = new WolvPayApi();
const credentials = {
	apiKey: 'key_123456',
	webhookSecret: 'whsec_abcdef',
	baseUrl: 'https://wolvpay.com/api/v1',
};

describe('WolvPay credential', () => {
	test('describes apiKey and webhookSecret as passwords, baseUrl with the documented default', () => {
		expect(cred.name).toBe('wolvPayApi');
		const byName = Object.fromEntries(cred.properties.map((p) => [p.name, p]));
		expect(byName.apiKey.typeOptions?.password).toBe(true);
		expect(byName.webhookSecret.typeOptions?.password).toBe(true);
		expect(byName.baseUrl.default).toBe('https://wolvpay.com/api/v1');
		expect(cred.documentationUrl).toMatch(/^https:\/\//);
	});

	test('test request is GET /coins on the base URL', () => {
		expect(cred.test.request).toEqual({
			disableFollowRedirect: true,
			baseURL: '={{$credentials.baseUrl}}',
			url: '/coins',
			method: 'GET',
		});
	});

	test('adds the Bearer header and keeps other headers', async () => {
		const out = await cred.authenticate(credentials, {
			url: '/coins',
			method: 'GET',
			headers: { 'X-Other': '1' },
		});
		expect(out.headers).toEqual({ 'X-Other': '1', Authorization: 'Bearer key_123456' });
		expect(out.body).toBeUndefined();
	});

	test('serializes an object body once as JSON with Content-Type application/json', async () => {
		const out = await cred.authenticate(credentials, {
			url: '/invoices/x',
			method: 'POST',
			body: { coin: 'btc' },
		});
		expect(out.body).toBe('{"coin":"btc"}');
		expect(out.headers).toEqual({
			'Content-Type': 'application/json',
			Authorization: 'Bearer key_123456',
		});
	});

	test('sends a string body exactly as given (already serialized JSON)', async () => {
		const body = '{"amount":100.10,"currency":"USD"}';
		const out = await cred.authenticate(credentials, {
			url: '/invoices',
			method: 'POST',
			body,
		} as IHttpRequestOptions);
		expect(out.body).toBe(body);
		expect(out.headers?.['Content-Type']).toBe('application/json');
	});

	test('keeps a Content-Type the caller set, whatever its case', async () => {
		const out = await cred.authenticate(credentials, {
			url: '/invoices',
			method: 'POST',
			body: '{}',
			headers: { 'content-type': 'application/json; charset=utf-8' },
		});
		expect(out.headers).toEqual({
			'content-type': 'application/json; charset=utf-8',
			Authorization: 'Bearer key_123456',
		});
	});
});
