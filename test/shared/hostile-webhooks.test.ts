/**
 * No body n8n may hand a trigger can make it throw (n8n would answer 500, record a failed
 * execution and fire the error workflow): each class gets a clean refusal and no execution, or,
 * when authentic, is accepted. Run against every webhook trigger of the package.
 */
import { createHmac } from 'node:crypto';
import type { IDataObject } from 'n8n-workflow';
import { WolvPayApi } from '../../credentials/WolvPayApi.credentials';
import { WolvPayTrigger } from '../../nodes/WolvPay/WolvPayTrigger.node';
import type { FakeRequest, WebhookResult } from '../helpers/harness';
import { runWebhook } from '../helpers/harness';
import type { WestWalletSandbox } from '../westwallet/setup';
import { startSandbox, triggerSetup } from '../westwallet/setup';

const TOKEN = 'test-secret-token-0123456789';
const SECRET = 'hostile-test-webhook-secret';
const huge = 'a='.padEnd(1024 * 1024 + 10, 'x');

/** Body classes, each as (content type, raw body, extra request fields). */
const classes: Array<[string, FakeRequest]> = [
	[
		'multipart/form-data (stream already consumed by n8n)',
		{
			headers: { 'content-type': 'multipart/form-data; boundary=x' },
			consumedStream: true,
			body: { data: { id: '1' }, files: { f: {} } },
		},
	],
	[
		'a stream that cannot be read',
		{ headers: { 'content-type': 'application/octet-stream' }, consumedStream: true },
	],
	[
		'__proto__ and toString keys (JSON)',
		{
			headers: { 'content-type': 'application/json' },
			rawBody: '{"__proto__":{"x":1},"toString":"boom","id":{"toString":1},"status":{"valueOf":2}}',
		},
	],
	[
		'__proto__ and toString keys (form)',
		{
			headers: { 'content-type': 'application/x-www-form-urlencoded' },
			rawBody: '__proto__=1&toString=2&valueOf=3&id=1',
		},
	],
	[
		'duplicated keys (form)',
		{
			headers: { 'content-type': 'application/x-www-form-urlencoded' },
			rawBody: 'id=1&id=2&amount=1',
		},
	],
	[
		'a malformed form body',
		{
			headers: { 'content-type': 'application/x-www-form-urlencoded' },
			rawBody: '%%%=%E0%A4%A&&==',
		},
	],
	[
		'a huge body',
		{ headers: { 'content-type': 'application/x-www-form-urlencoded' }, rawBody: huge },
	],
	['an empty body', { headers: { 'content-type': 'application/json' }, rawBody: '' }],
	[
		'JSON that is a list',
		{ headers: { 'content-type': 'application/json' }, rawBody: '[{"id":1}]' },
	],
	[
		'invalid UTF-8 bytes',
		{ headers: { 'content-type': 'text/plain' }, rawBody: Buffer.from([0xff, 0xfe, 0x00, 0x7b]) },
	],
];

function expectRefused(result: WebhookResult) {
	expect([401, 403, 413, 415]).toContain(result.status);
	expect(result.startsExecution).toBe(false);
}

// Both typeVersions: for 1.1 n8n leaves bodies it does not parse unread (the node reads them).
const VERSIONS = [1, 1.1];

describe.each(VERSIONS)('WestWallet Trigger v%s: hostile bodies', (typeVersion) => {
	let sb: WestWalletSandbox;
	beforeAll(async () => {
		sb = await startSandbox();
	});
	afterAll(async () => sb.close());
	const params = { allowedIps: '', confirmViaApi: true };
	const deliverIpn = (
		sandbox: WestWalletSandbox,
		parameters: IDataObject,
		request: FakeRequest,
	): Promise<WebhookResult> =>
		runWebhook({ ...triggerSetup(sandbox, parameters), typeVersion }, request);

	test.each(classes)('%s: refused cleanly, no execution', async (_label, request) => {
		const result = await deliverIpn(sb, params, {
			...request,
			query: { token: TOKEN },
			body: request.body ?? {},
		});
		expectRefused(result);
	});

	test('a huge body is 413, a multipart body with a file 415', async () => {
		expect(
			(await deliverIpn(sb, params, { ...classes[6][1], query: { token: TOKEN } })).status,
		).toBe(413);
		expect(
			(await deliverIpn(sb, params, { ...classes[0][1], query: { token: TOKEN } })).status,
		).toBe(415);
	});

	test('an authentic IPN sent as multipart/form-data is read from the fields n8n parsed, and accepted', async () => {
		const body = JSON.stringify({
			currency: 'BTC',
			ipn_url: 'http://127.0.0.1:9/ipn',
			label: 'multipart-1',
		});
		const headers = (sb as unknown as { sign: (p: string) => Record<string, string> }).sign(body);
		const res = await fetch(`${sb.url}/address/generate`, {
			method: 'POST',
			body,
			headers: { ...headers, 'Content-Type': 'application/json' },
		});
		const address = ((await res.json()) as IDataObject).address;
		const { transaction: tx } = await sb.deposit({ address, amount: '0.25', status: 'completed' });
		const fields = {
			id: String(tx.id),
			amount: String(tx.amount),
			address: String(tx.address),
			currency: String(tx.currency),
			status: String(tx.status),
		};
		const result = await deliverIpn(
			sb,
			{ ...params, types: [] },
			{
				headers: { 'content-type': 'multipart/form-data; boundary=x' },
				consumedStream: true,
				body: { data: fields, files: {} },
				query: { token: TOKEN },
			},
		);
		expect(result.status).toBe(200);
		expect(result.startsExecution).toBe(true);
	});
});

describe.each(VERSIONS)('WolvPay Trigger v%s: hostile bodies', (typeVersion) => {
	const setup = {
		typeVersion,
		nodeType: new WolvPayTrigger(),
		type: 'n8n-nodes-crypto-payments.wolvPayTrigger',
		parameters: { allowedIps: '', statuses: [] },
		credentialType: new WolvPayApi(),
		credentials: { apiKey: 'k-123456', webhookSecret: SECRET, baseUrl: 'http://127.0.0.1:9' },
	};
	const signed = (raw: Buffer | string) => createHmac('sha256', SECRET).update(raw).digest('hex');

	test.each(classes)(
		'%s: refused cleanly, no execution (even when correctly signed)',
		async (_label, request) => {
			const raw = request.rawBody ?? '';
			const unsigned = await runWebhook(setup, request);
			expectRefused(unsigned);
			const withSignature = await runWebhook(setup, {
				...request,
				headers: { ...request.headers, 'x-wolvpay-signature': signed(raw) },
			});
			// A correctly signed body that is not a JSON object, too large or unreadable is still refused;
			// a correctly signed JSON object, whatever its keys, is authentic and accepted.
			if (_label === '__proto__ and toString keys (JSON)') expect(withSignature.status).toBe(200);
			else expectRefused(withSignature);
		},
	);

	test('a correctly signed body with __proto__/toString keys is accepted as plain data, without touching prototypes', async () => {
		const raw = '{"__proto__":{"polluted":1},"toString":"x","status":"PAID","invoice_id":"INV1"}';
		const result = await runWebhook(setup, {
			headers: { 'content-type': 'application/json', 'x-wolvpay-signature': signed(raw) },
			rawBody: raw,
		});
		expect(result.status).toBe(200);
		expect(result.items[0].status).toBe('PAID');
		expect(({} as IDataObject).polluted).toBeUndefined();
	});
});
