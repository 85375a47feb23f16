/** The Whir credential: its fields, the Bearer header, the body serialized once, and the Test request over HTTP. */
import type { IHttpRequestOptions } from 'n8n-workflow';
import { WhirApi } from '../../credentials/WhirApi.credentials';
import type { WhirSandbox } from './setup';
import { hits, startSandbox } from './setup';

const cred = new WhirApi();
const credentials = {
	apiKey: 'whir_key_123',
	secretKey: 'whir_secret_456',
	baseUrl: 'https://whir.to/api',
};

let sb: WhirSandbox;
beforeAll(async () => {
	sb = await startSandbox();
});
afterAll(async () => sb.close());
beforeEach(() => sb.reset());

/** What n8n does with the credential's Test request: the URL from test.request, authenticate(), then HTTP. */
async function runTest(keys: {
	apiKey: string;
	secretKey?: string;
	baseUrl: string;
}): Promise<number> {
	const r = cred.test.request;
	const url = new URL(`${keys.baseUrl}${String(r.url)}`);
	for (const [k, v] of Object.entries(r.qs ?? {})) url.searchParams.set(k, String(v));
	const signed = await cred.authenticate(keys, { url: url.toString(), method: r.method ?? 'GET' });
	const res = await fetch(url, {
		method: signed.method,
		headers: signed.headers as Record<string, string>,
	});
	return res.status;
}

describe('Whir credential', () => {
	test('apiKey and secretKey are passwords; secretKey is optional; baseUrl defaults to https://whir.to/api', () => {
		expect(cred.name).toBe('whirApi');
		const byName = Object.fromEntries(cred.properties.map((p) => [p.name, p]));
		expect(byName.apiKey).toEqual(
			expect.objectContaining({ required: true, typeOptions: { password: true } }),
		);
		expect(byName.secretKey.typeOptions?.password).toBe(true);
		expect(byName.secretKey.required).toBeUndefined();
		expect(byName.baseUrl.default).toBe('https://whir.to/api');
	});

	test('the Test request is a PRIVATE endpoint (GET /transactions?limit=1), so it proves the API key', () => {
		expect(cred.test.request).toEqual({
			disableFollowRedirect: true,
			baseURL: '={{$credentials.baseUrl}}',
			url: '/transactions',
			method: 'GET',
			qs: { limit: 1 },
		});
	});

	test('adds the Bearer header and keeps other headers; no body, no content type', async () => {
		const out = await cred.authenticate(credentials, {
			url: '/transactions',
			method: 'GET',
			headers: { 'X-Other': '1' },
		});
		expect(out.headers).toEqual({ 'X-Other': '1', Authorization: 'Bearer whir_key_123' });
		expect(out.body).toBeUndefined();
	});

	test('serializes an object body once, with the content type the doc recommends; a string body is sent as is', async () => {
		const out = await cred.authenticate(credentials, {
			url: '/createTransaction',
			method: 'POST',
			body: { delay: 0, payouts: { a: '0.10' } },
		});
		expect(out.body).toBe('{"delay":0,"payouts":{"a":"0.10"}}');
		expect(out.headers).toEqual({
			'Content-Type': 'application/json; charset=utf-8',
			Authorization: 'Bearer whir_key_123',
		});
		const text = '{"delay":1,"payouts":{"a":"1.50"}}';
		const same = await cred.authenticate(credentials, {
			url: '/createTransaction',
			method: 'POST',
			body: text,
		} as IHttpRequestOptions);
		expect(same.body).toBe(text);
	});

	test('Test against the sandbox: the right key passes, a wrong one fails (the public /status would not tell)', async () => {
		expect(await runTest(sb.credentials)).toBe(200);
		expect(await runTest({ ...sb.credentials, apiKey: 'not-the-key' })).toBe(401);
		expect(
			hits(sb, '/api/transactions').map((r) => [r.query.limit, r.headers.authorization]),
		).toEqual([
			['1', `Bearer ${sb.credentials.apiKey}`],
			['1', 'Bearer not-the-key'],
		]);
	});
});
