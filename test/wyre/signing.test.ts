/**
 * Signing: the inventory's vectors, and over real HTTP that what is signed is byte for byte what is
 * sent (URL with its query in order, body), for GET with and without query, masqueradeAs, format,
 * POST with a body, a body-less POST, non-ASCII text; Bearer mode; base URLs.
 */
import { createHmac } from 'crypto';
import type { IDataObject, IHttpRequestOptions } from 'n8n-workflow';
import {
	signWyreRequest,
	wyreBaseUrl,
	wyreSignature,
	WyreApi,
} from '../../credentials/WyreApi.credentials';
import { authenticatedRequests } from '../helpers/harness';
import type { SandboxRequest, WyreSandbox } from './setup';
import { apiRequests, op, run, SECRET, startSandbox, SUB_ACCOUNT, WALLET, WALLET2 } from './setup';

const T = 1426252182534;
const PROD = 'https://api.sendwyre.com';
const sign = (o: Partial<IHttpRequestOptions>, secretKey = 'SK-TEST') => {
	const r = signWyreRequest(
		{ apiKey: 'AK', secretKey, environment: 'production' },
		{ method: 'GET', url: '', ...o } as IHttpRequestOptions,
		T,
	);
	return { url: r.url, body: r.body, signature: (r.headers as IDataObject)['X-Api-Signature'] };
};

describe('the inventory signing vectors', () => {
	it.each([
		[
			'GET /v2/account',
			{ url: `${PROD}/v2/account`, qs: { format: 'json' } },
			'https://api.sendwyre.com/v2/account?timestamp=1426252182534&format=json',
			'06219c85674b282f6f4120a6fbc2e1f55be754a842e6ff5a0aa3b4e1ccdfddcb',
		],
		[
			'GET /v3/rates as=priced',
			{ url: `${PROD}/v3/rates`, qs: { format: 'json', as: 'priced' } },
			'https://api.sendwyre.com/v3/rates?timestamp=1426252182534&format=json&as=priced',
			'ffedd5c875dfa097424da8c831e7134ad62b996f61a55cefb1d99c3387904586',
		],
		[
			'POST /v3/transfers',
			{
				method: 'POST' as const,
				url: `${PROD}/v3/transfers`,
				qs: { format: 'json' },
				body: {
					source: 'wallet:WA_1',
					sourceCurrency: 'BTC',
					sourceAmount: '0.01',
					dest: 'bitcoin:1DDfMQLTd8RhGzoyWyr1ENVdoeGaoq2MZH',
					destCurrency: 'BTC',
					autoConfirm: true,
				},
			},
			'https://api.sendwyre.com/v3/transfers?timestamp=1426252182534&format=json',
			'5ede9419ce05f30450079f84c4e702fad2f36a43a538acc850e58a37f81c3c34',
		],
		[
			'POST confirm with the SDK body {}',
			{
				method: 'POST' as const,
				url: `${PROD}/v3/transfers/TF_X/confirm`,
				qs: { format: 'json' },
				body: '{}',
			},
			'https://api.sendwyre.com/v3/transfers/TF_X/confirm?timestamp=1426252182534&format=json',
			'893f163f48feb2ff9699827b731183a5179fdafd1d7865069f5161e36519a460',
		],
		[
			'masqueraded GET',
			{ url: `${PROD}/v3/accounts/AC_123`, qs: { format: 'json', masqueradeAs: 'AC_123' } },
			'https://api.sendwyre.com/v3/accounts/AC_123?timestamp=1426252182534&format=json&masqueradeAs=AC_123',
			'81d596b8e2f0dd1ec610a8dcb3b73de57bc45351f7400b686482240257b9d732',
		],
	])('%s', (_name, options, url, signature) => {
		const signed = sign(options);
		expect(signed.url).toBe(url);
		expect(signed.signature).toBe(signature);
	});

	it('the doc-style GET without format, with the legacy example key', () => {
		const signed = sign(
			{ baseURL: `${PROD}/`, url: '/v2/rates' },
			'a19cvrchgja82urvn47kirrlrrb7stgg',
		);
		expect(signed.url).toBe('https://api.sendwyre.com/v2/rates?timestamp=1426252182534');
		expect(signed.signature).toBe(
			'a31d8a0769d952ccf60eccedbe87307c5fe1012948b264602f44afb5419c1f0b',
		);
	});

	it('a body-less POST sends no body and signs the URL alone; {} is no body either', () => {
		for (const body of [undefined, '', {}]) {
			const signed = sign({ method: 'POST', url: `${PROD}/v3/transfers/TF_X/confirm`, body });
			expect(signed.body).toBeUndefined();
			expect(signed.signature).toBe(
				createHmac('sha256', 'SK-TEST').update(signed.url).digest('hex'),
			);
		}
	});

	it('non-ASCII: the query is percent-encoded UTF-8, the body signed as its UTF-8 bytes', () => {
		const signed = sign({
			method: 'POST',
			url: `${PROD}/v2/wallets`,
			qs: { note: 'Zürich ✓' },
			body: { name: 'café ☕' },
		});
		expect(signed.url).toBe(`${PROD}/v2/wallets?timestamp=${T}&note=Z%C3%BCrich%20%E2%9C%93`);
		expect(signed.body).toBe('{"name":"café ☕"}');
		expect(signed.signature).toBe(
			wyreSignature('SK-TEST', signed.url, Buffer.from('{"name":"café ☕"}', 'utf8')),
		);
	});

	it('one byte more or less in the URL or body gives another signature', () => {
		const url = `${PROD}/v2/account?timestamp=${T}`;
		const base = wyreSignature('SK-TEST', url, '{"a":1}');
		expect(wyreSignature('SK-TEST', `${url} `, '{"a":1}')).not.toBe(base);
		expect(wyreSignature('SK-TEST', url, '{"a":1} ')).not.toBe(base);
		expect(wyreSignature('SK-TEST', url, '{"a":2}')).not.toBe(base);
	});

	it('base URLs: Production, Test, Custom (without a trailing slash)', () => {
		expect(wyreBaseUrl({ environment: 'production' })).toBe(PROD);
		expect(wyreBaseUrl({ environment: 'test' })).toBe('https://api.testwyre.com');
		expect(wyreBaseUrl({ environment: 'custom', baseUrl: 'http://127.0.0.1:4104/' })).toBe(
			'http://127.0.0.1:4104',
		);
	});

	it('the credential test request is GET /v2/account', () => {
		const test = new WyreApi().test;
		expect(test.request.url).toBe('/v2/account');
		expect(test.request.method).toBe('GET');
	});
});

describe('over real HTTP: signed is sent', () => {
	let sb: WyreSandbox;
	beforeAll(async () => {
		sb = await startSandbox();
	});
	afterAll(async () => sb.close());
	beforeEach(() => {
		sb.reset();
		authenticatedRequests.length = 0;
	});

	/** Every request: its signature covers exactly the URL and body the sandbox received. */
	function expectSignedAsSent(requests: SandboxRequest[]) {
		expect(requests.length).toBeGreaterThan(0);
		expect(authenticatedRequests).toHaveLength(requests.length);
		requests.forEach((received, k) => {
			const signed = authenticatedRequests[k];
			const receivedUrl = `${sb.url}${received.url}`;
			expect(signed.url).toBe(receivedUrl);
			expect(String(signed.body ?? '')).toBe(received.body);
			expect(received.headers['x-api-key']).toBe('wyre_sandbox_api_key');
			expect(received.headers['x-api-signature']).toBe(
				createHmac('sha256', SECRET)
					.update(receivedUrl + received.body)
					.digest('hex'),
			);
			expect(received.query.timestamp).toMatch(/^\d{13}$/);
			expect(Math.abs(Number(received.query.timestamp) - Date.now())).toBeLessThan(60_000);
		});
	}

	it('GET without other query: only the timestamp (Exact Amounts off)', async () => {
		await op(sb, 'account', 'getV2', { wyreOptions: { exactAmounts: false } });
		const [r] = apiRequests(sb);
		expect(r.url).toMatch(/^\/v2\/account\?timestamp=\d{13}$/);
		expectSignedAsSent(apiRequests(sb));
	});

	it('GET with query in order: timestamp, format, the endpoint parameters, masqueradeAs last', async () => {
		await op(sb, 'rate', 'get', { as: 'priced', wyreOptions: { masqueradeAs: SUB_ACCOUNT } });
		const [r] = apiRequests(sb);
		expect(r.url).toMatch(
			new RegExp(
				`^/v3/rates\\?timestamp=\\d{13}&format=json_numberstring&as=priced&masqueradeAs=${SUB_ACCOUNT}$`,
			),
		);
		expectSignedAsSent(apiRequests(sb));
	});

	it('masqueradeAs acts as the sub-account (and is signed)', async () => {
		const [account] = await op(sb, 'account', 'getV2', {
			wyreOptions: { masqueradeAs: SUB_ACCOUNT },
		});
		expect(account.id).toBe(SUB_ACCOUNT);
		expectSignedAsSent(apiRequests(sb));
	});

	it('POST with a non-ASCII JSON body and a non-ASCII query value', async () => {
		const [w] = await op(sb, 'wallet', 'create', {
			name: 'Zürich ✓ 東京',
			additionalFields: { notes: 'café ☕ "quoted" \\ back' },
		});
		const [byName] = await op(sb, 'wallet', 'getByName', { name: 'Zürich ✓ 東京' });
		expect(byName.id).toBe(w.id);
		const [post, get] = apiRequests(sb);
		expect(JSON.parse(post.body)).toEqual({
			name: 'Zürich ✓ 東京',
			type: 'DEFAULT',
			notes: 'café ☕ "quoted" \\ back',
		});
		expect(post.headers['content-type']).toMatch(/^application\/json/);
		expect(get.url).toContain('name=Z%C3%BCrich%20%E2%9C%93%20%E6%9D%B1%E4%BA%AC');
		expectSignedAsSent(apiRequests(sb));
	});

	it("characters URL parsing would encode itself (' ( ) * ! ~ # & = + %, emoji) are signed as sent", async () => {
		const name = "O'Brien (test)*!~ #1 & a=b + 100% 🚀";
		await op(sb, 'wallet', 'create', { name });
		const [w] = await op(sb, 'wallet', 'getByName', { name });
		expect(w.name).toBe(name);
		expectSignedAsSent(apiRequests(sb));
	});

	it('a body-less POST (Confirm) and a DELETE are signed over the URL alone', async () => {
		const [tx] = await op(sb, 'transfer', 'create', {
			sourceType: 'wallet',
			source: WALLET,
			sourceCurrency: 'BTC',
			sourceAmount: '0.001',
			destType: 'wallet',
			dest: WALLET2,
		});
		await op(sb, 'transfer', 'confirm', { transferId: tx.id });
		const [w] = await op(sb, 'wallet', 'create', { name: 'to-delete' });
		await op(sb, 'wallet', 'delete', { walletId: { __rl: true, mode: 'id', value: w.id } });
		expectSignedAsSent(apiRequests(sb));
		const confirm = apiRequests(sb).find((r) => r.path.endsWith('/confirm'))!;
		expect(confirm.body).toBe('');
	});

	it('a request whose bytes differ by one from what was signed is refused by the sandbox', async () => {
		const out = await run(sb, { resource: 'account', operation: 'getV2' }, [{}], {
			credentials: { ...sb.credentials, secretKey: `${SECRET}x` },
			continueOnFail: true,
		});
		expect(out[0].json.error).toMatch(/AccessDeniedException/);
	});

	it('Bearer mode: Authorization: Bearer <secret key>, no timestamp, no signature', async () => {
		const [account] = await op(sb, 'account', 'getV2', {});
		sb.requests.length = 0;
		const out = await run(sb, { resource: 'account', operation: 'getV2' }, [{}], {
			credentials: { ...sb.credentials, authMode: 'bearer' },
		});
		expect(out[0].json.id).toBe(account.id);
		const [r] = apiRequests(sb);
		expect(r.headers.authorization).toBe(`Bearer ${SECRET}`);
		expect(r.headers['x-api-signature']).toBeUndefined();
		expect(r.query.timestamp).toBeUndefined();
	});
});
