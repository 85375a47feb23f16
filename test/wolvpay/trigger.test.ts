/**
 * WolvPay Trigger: deliveries signed by the sandbox (captured over real HTTP, raw bytes) are handed to
 * the trigger's webhook() through n8n-core's WebhookContext. Verification vectors, IP allowlist,
 * status filter, activation checks.
 */
import { createHmac } from 'node:crypto';
import type { ICredentialDataDecryptedObject, IDataObject, IWebhookFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { WolvPayTrigger } from '../../nodes/WolvPay/WolvPayTrigger.node';
import { WEBHOOK_CREDENTIAL_TTL_MS } from '../../nodes/shared/transport';
import { runHook, runWebhook } from '../helpers/harness';
import type { FakeRequest } from '../helpers/harness';
import type { Delivery, Sandbox } from './setup';
import { startReceiver, startSandbox, triggerSetup } from './setup';

const WOLVPAY_IP = '128.140.76.192';

let sb: Sandbox;
let receiver: Awaited<ReturnType<typeof startReceiver>>;

beforeAll(async () => {
	sb = await startSandbox();
	receiver = await startReceiver();
});
afterAll(async () => {
	await sb.close();
	await receiver.close();
});
beforeEach(() => {
	sb.reset();
	sb.setWebhookUrl(receiver.url);
	receiver.deliveries.length = 0;
});

const hmac = (secret: string, raw: string | Buffer) =>
	createHmac('sha256', secret).update(raw).digest('hex');

/** An invoice paid in the sandbox; returns the signed status-change delivery it sent. */
async function paidDelivery(
	fields: IDataObject = { amount: '100.00', coin: 'btc', description: 'Order 1' },
): Promise<Delivery> {
	const inv = sb.createInvoice(fields);
	await sb.pay(inv.invoice_id);
	expect(receiver.deliveries).toHaveLength(1);
	return receiver.deliveries[0];
}

function asRequest(d: Delivery, extra: Partial<FakeRequest> = {}): FakeRequest {
	return { headers: { ...d.headers }, rawBody: d.raw, ip: WOLVPAY_IP, ...extra };
}

function trigger(
	parameters: IDataObject = {},
	credentials: ICredentialDataDecryptedObject = sb.credentials,
) {
	return triggerSetup(credentials, { statuses: ['PAID'], allowedIps: WOLVPAY_IP, ...parameters });
}

function expectRejected(result: Awaited<ReturnType<typeof runWebhook>>, status = 401) {
	expect(result.status).toBe(status);
	expect(result.startsExecution).toBe(false);
	expect(result.response.workflowData).toBeUndefined();
	expect(result.response.noWebhookResponse).toBe(true);
}

describe('the credential between deliveries', () => {
	afterEach(() => jest.restoreAllMocks());
	test('is loaded once for deliveries within a few seconds, and again after; each delivery is still verified', async () => {
		const d = await paidDelivery();
		let loads = 0;
		const credentials = { ...sb.credentials } as ICredentialDataDecryptedObject;
		Object.defineProperty(credentials, 'webhookSecret', {
			enumerable: true,
			get: () => {
				loads += 1;
				return sb.credentials.webhookSecret;
			},
		});
		const setup = { ...trigger(), credentials, credentialId: 'wolvpay-cache-test' };
		let now = 1_000_000;
		jest.spyOn(Date, 'now').mockImplementation(() => now);
		expect((await runWebhook(setup, asRequest(d))).status).toBe(200);
		now += WEBHOOK_CREDENTIAL_TTL_MS - 1;
		expect((await runWebhook(setup, asRequest(d))).status).toBe(200);
		// a forged delivery in the same window is still refused
		const forged = asRequest(d, {
			headers: { 'content-type': 'application/json', 'x-wolvpay-signature': hmac('wrong', d.raw) },
		});
		expect((await runWebhook(setup, forged)).status).toBe(401);
		expect(loads).toBe(1);
		now += 2;
		expect((await runWebhook(setup, asRequest(d))).status).toBe(200);
		expect(loads).toBe(2);
		// another credential (another id) is never served from this one's entry
		const other = {
			...trigger({}, { ...sb.credentials, webhookSecret: 'other' }),
			credentialId: 'wolvpay-cache-other',
		};
		expect((await runWebhook(other, asRequest(d))).status).toBe(401);
	});
});

describe('signature verification', () => {
	test('a delivery signed by WolvPay starts the workflow with the parsed body, amounts as exact text', async () => {
		const d = await paidDelivery();
		expect(d.rawHeaderNames).toContain('X-WolvPay-Signature');
		const result = await runWebhook(trigger(), asRequest(d));
		expect(result.status).toBe(200);
		expect(result.startsExecution).toBe(true);
		const inv = sb.snapshot().invoices[0];
		expect(result.items).toEqual([
			{
				invoice_id: inv.invoice_id,
				amount: '100.00',
				description: 'Order 1',
				status: 'PAID',
				coin: 'BTC',
				coin_amount: inv.coin_amount,
				coin_received: inv.coin_received,
				coin_address: inv.coin_address,
				redirect_url: null,
				created_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/),
			},
		]);
		expect(d.raw.toString()).toContain('"amount":100.00,');
	});

	test('signed with another secret: 401, no execution', async () => {
		const inv = sb.createInvoice({ amount: '100.00', coin: 'btc' });
		await sb.pay(inv.invoice_id);
		receiver.deliveries.length = 0;
		await sb.sendWebhook(inv.invoice_id, { secret: 'some_other_webhook_secret' });
		expectRejected(await runWebhook(trigger(), asRequest(receiver.deliveries[0])));
	});

	test('the credential holds another secret than the one WolvPay signs with: 401', async () => {
		const d = await paidDelivery();
		expectRejected(
			await runWebhook(
				trigger({}, { ...sb.credentials, webhookSecret: 'not_the_dashboard_secret' }),
				asRequest(d),
			),
		);
	});

	test('a re-serialized body (same JSON data, other bytes) with the original signature: 401', async () => {
		const d = await paidDelivery();
		const reserialized = JSON.stringify(JSON.parse(d.raw.toString('utf8')));
		expect(reserialized).not.toBe(d.raw.toString('utf8')); // 100.00 became 100
		expectRejected(await runWebhook(trigger(), asRequest(d, { rawBody: reserialized })));
		// ... while n8n's parsed body is identical: the trigger must not verify req.body.
		expectRejected(
			await runWebhook(
				trigger(),
				asRequest(d, { rawBody: reserialized, body: JSON.parse(d.raw.toString()) }),
			),
		);
	});

	test('a whitespace change: 401', async () => {
		const d = await paidDelivery();
		const text = d.raw.toString('utf8');
		for (const changed of [text + '\n', ' ' + text, text.replace('":', '": ')]) {
			expectRejected(await runWebhook(trigger(), asRequest(d, { rawBody: changed })));
		}
	});

	test('a tampered field (signature of the original): 401', async () => {
		const inv = sb.createInvoice({ amount: '100.00', coin: 'btc' });
		await sb.underpay(inv.invoice_id);
		receiver.deliveries.length = 0;
		await sb.sendWebhook(inv.invoice_id, { tamper: { status: 'PAID' } });
		expectRejected(await runWebhook(trigger(), asRequest(receiver.deliveries[0])));
	});

	test.each([
		'X-WolvPay-Signature',
		'x-wolvpay-signature',
		'X-WOLVPAY-SIGNATURE',
		'x-WolvPay-signature',
	])('the signature header is found whatever its case over HTTP: %s', async (headerName) => {
		const inv = sb.createInvoice({ amount: '100.00', coin: 'btc' });
		await sb.pay(inv.invoice_id);
		receiver.deliveries.length = 0;
		await sb.sendWebhook(inv.invoice_id, { headerName });
		const d = receiver.deliveries[0];
		expect(d.rawHeaderNames).toContain(headerName);
		const result = await runWebhook(trigger(), asRequest(d));
		expect(result.startsExecution).toBe(true);
		expect(result.items[0].invoice_id).toBe(inv.invoice_id);
	});

	test('the header is found when the server keeps its original case, and upper-case hex is accepted', async () => {
		const d = await paidDelivery();
		const signature = d.headers['x-wolvpay-signature'];
		const cases: Array<[string, string]> = [
			['X-WolvPay-Signature', signature],
			['X-WOLVPAY-SIGNATURE', signature],
			['x-wolvpay-signature', signature.toUpperCase()],
		];
		for (const [name, value] of cases) {
			const result = await callWithHeaders(
				{ 'Content-Type': 'application/json', [name]: value },
				d.raw,
			);
			expect(result.status).toBe(200);
			expect(result.workflowData).toHaveLength(1);
		}
		const wrongName = await callWithHeaders({ 'X-WolvPay-Signature-Old': signature }, d.raw);
		expect(wrongName.status).toBe(401);
		expect(wrongName.workflowData).toBeUndefined();
	});

	test('missing signature header: 401', async () => {
		const inv = sb.createInvoice({ amount: '100.00', coin: 'btc' });
		await sb.pay(inv.invoice_id);
		receiver.deliveries.length = 0;
		await sb.sendWebhook(inv.invoice_id, { omitSignature: true });
		const d = receiver.deliveries[0];
		expect(Object.keys(d.headers)).not.toContain('x-wolvpay-signature');
		expectRejected(await runWebhook(trigger(), asRequest(d)));
	});

	test('empty or malformed signature values: 401', async () => {
		const d = await paidDelivery();
		const good = d.headers['x-wolvpay-signature'];
		for (const value of [
			'',
			' ',
			good.slice(0, 32),
			good + '00',
			'sha256=' + good,
			good.replace(/.$/, (c) => (c === '0' ? '1' : '0')),
		]) {
			expectRejected(
				await runWebhook(
					trigger(),
					asRequest(d, {
						headers: { 'content-type': 'application/json', 'x-wolvpay-signature': value },
					}),
				),
			);
		}
	});

	test('an empty body is rejected even with the correct HMAC of the empty string', async () => {
		const headers = {
			'content-type': 'application/json',
			'x-wolvpay-signature': hmac(sb.credentials.webhookSecret, ''),
		};
		expectRejected(await runWebhook(trigger(), { headers, rawBody: '', ip: WOLVPAY_IP }));
		expectRejected(await runWebhook(trigger(), { headers, ip: WOLVPAY_IP }));
	});

	test('a correctly signed body that is not a JSON object: 401, no crash', async () => {
		for (const body of ['not json', '{"status":"PAID"', '[{"status":"PAID"}]', '"PAID"', 'null']) {
			const headers = {
				'content-type': 'application/json',
				'x-wolvpay-signature': hmac(sb.credentials.webhookSecret, body),
			};
			expectRejected(await runWebhook(trigger(), { headers, rawBody: body, ip: WOLVPAY_IP }));
		}
	});

	test('a body n8n did not pre-read (lazy raw body) is read and verified', async () => {
		const d = await paidDelivery();
		const result = await runWebhook(trigger(), asRequest(d, { lazyRawBody: true }));
		expect(result.startsExecution).toBe(true);
	});

	test('no webhook secret in the credential: every delivery is rejected', async () => {
		const d = await paidDelivery();
		expectRejected(
			await runWebhook(trigger({}, { ...sb.credentials, webhookSecret: '' }), asRequest(d)),
		);
	});

	test('neither the output nor a rejection answer contains a secret', async () => {
		const { apiKey, webhookSecret } = sb.credentials;
		const d = await paidDelivery();
		const ok = await runWebhook(trigger(), asRequest(d));
		const bad = await runWebhook(trigger(), asRequest(d, { rawBody: d.raw.toString() + ' ' }));
		for (const r of [ok, bad]) {
			const text = JSON.stringify({ items: r.items, sent: r.sent, response: r.response });
			expect(text).not.toContain(apiKey);
			expect(text).not.toContain(webhookSecret);
		}
		expect(bad.sent).toBe('Unauthorized');
	});
});

describe('source IP allowlist', () => {
	test('by default only 128.140.76.192 (also as IPv4-mapped IPv6) is accepted; others get 403', async () => {
		const d = await paidDelivery();
		const setup = triggerSetup(sb.credentials, {}); // the node's defaults
		expect((await runWebhook(setup, asRequest(d, { ip: WOLVPAY_IP }))).startsExecution).toBe(true);
		expect(
			(await runWebhook(setup, asRequest(d, { ip: `::ffff:${WOLVPAY_IP}` }))).startsExecution,
		).toBe(true);
		expectRejected(await runWebhook(setup, asRequest(d, { ip: '10.0.0.1' })), 403);
		expectRejected(await runWebhook(setup, asRequest(d, { ip: '128.140.76.193' })), 403);
	});

	test('an empty allowlist accepts any IP; ranges and lists work', async () => {
		const d = await paidDelivery();
		expect(
			(await runWebhook(trigger({ allowedIps: '' }), asRequest(d, { ip: '203.0.113.9' })))
				.startsExecution,
		).toBe(true);
		const ranged = trigger({ allowedIps: `10.0.0.0/8, ${WOLVPAY_IP}` });
		expect((await runWebhook(ranged, asRequest(d, { ip: '10.20.30.40' }))).startsExecution).toBe(
			true,
		);
		expect((await runWebhook(ranged, asRequest(d, { ip: WOLVPAY_IP }))).startsExecution).toBe(true);
		expectRejected(await runWebhook(ranged, asRequest(d, { ip: '11.0.0.1' })), 403);
	});

	test('an allowed IP with a bad signature is still rejected (401)', async () => {
		const d = await paidDelivery();
		expectRejected(
			await runWebhook(trigger(), asRequest(d, { rawBody: d.raw.toString() + ' ' })),
			401,
		);
	});

	test('an invalid allowlist rejects every delivery (403)', async () => {
		const d = await paidDelivery();
		expectRejected(await runWebhook(trigger({ allowedIps: 'not-an-ip' }), asRequest(d)), 403);
	});
});

describe('status filter', () => {
	async function deliveryFor(status: string): Promise<Delivery> {
		const inv = sb.createInvoice({
			amount: '20.00',
			coin: status === 'AWAITING_PAYMENT' ? null : 'ltc',
			white_label: true,
		} as IDataObject);
		if (status === 'AWAITING_PAYMENT') await sb.selectCoin(inv.invoice_id, 'ltc');
		if (status === 'CONFIRMING_PAYMENT') await sb.confirming(inv.invoice_id);
		if (status === 'PAID') await sb.pay(inv.invoice_id);
		if (status === 'UNDERPAID') await sb.underpay(inv.invoice_id);
		if (status === 'EXPIRED') await sb.expire(inv.invoice_id);
		const d = receiver.deliveries[receiver.deliveries.length - 1];
		expect(JSON.parse(d.raw.toString()).status).toBe(status);
		return d;
	}

	test('default (PAID): a valid delivery of another status gets 200 and starts nothing', async () => {
		const setup = triggerSetup(sb.credentials, {});
		for (const status of ['AWAITING_PAYMENT', 'CONFIRMING_PAYMENT', 'UNDERPAID', 'EXPIRED']) {
			const result = await runWebhook(setup, asRequest(await deliveryFor(status)));
			expect(result.status).toBe(200);
			expect(result.startsExecution).toBe(false);
			expect(result.response.workflowData).toBeUndefined();
		}
		const paid = await runWebhook(setup, asRequest(await deliveryFor('PAID')));
		expect(paid.startsExecution).toBe(true);
		expect(paid.items[0].status).toBe('PAID');
	});

	test('chosen statuses start the workflow, the others do not', async () => {
		const setup = trigger({ statuses: ['UNDERPAID', 'EXPIRED'] });
		expect(
			(await runWebhook(setup, asRequest(await deliveryFor('UNDERPAID')))).startsExecution,
		).toBe(true);
		expect((await runWebhook(setup, asRequest(await deliveryFor('EXPIRED')))).startsExecution).toBe(
			true,
		);
		const paid = await runWebhook(setup, asRequest(await deliveryFor('PAID')));
		expect(paid.status).toBe(200);
		expect(paid.startsExecution).toBe(false);
	});

	test('no status chosen: every status starts the workflow', async () => {
		const setup = trigger({ statuses: [] });
		for (const status of [
			'AWAITING_PAYMENT',
			'CONFIRMING_PAYMENT',
			'PAID',
			'UNDERPAID',
			'EXPIRED',
		]) {
			expect((await runWebhook(setup, asRequest(await deliveryFor(status)))).startsExecution).toBe(
				true,
			);
		}
	});
});

describe('activation (no registration API)', () => {
	test('checks the credential has a webhook secret, and the allowlist parses', async () => {
		expect(await runHook(trigger(), 'checkExists')).toBe(false);
		expect(await runHook(trigger(), 'create')).toBe(true);
		expect(await runHook(trigger(), 'delete')).toBe(true);

		const noSecret = runHook(trigger({}, { ...sb.credentials, webhookSecret: '  ' }), 'create');
		await expect(noSecret).rejects.toBeInstanceOf(NodeOperationError);
		await expect(
			runHook(trigger({}, { ...sb.credentials, webhookSecret: '' }), 'create'),
		).rejects.toThrow(/no Webhook Secret/);
		await expect(runHook(trigger({ allowedIps: '1.2.3.4, nope' }), 'create')).rejects.toThrow(
			/^Allowed IPs: "nope" is not an IP/,
		);
		await expect(runHook(trigger({ allowedIps: '10.0.0.0/33' }), 'create')).rejects.toThrow(
			/^Allowed IPs: /,
		);
	});

	test('the node tells the user where to paste the URL', () => {
		const notice = new WolvPayTrigger().description.properties.find((p) => p.type === 'notice');
		expect(notice?.displayName).toMatch(/no API to register/);
		expect(notice?.displayName).toMatch(/WolvPay dashboard/);
	});
});

/** Calls webhook() with headers kept exactly as given (n8n's Express lower-cases them; others may not). */
async function callWithHeaders(
	headers: Record<string, string>,
	raw: Buffer,
): Promise<{ status?: number; workflowData?: unknown }> {
	const res = {
		statusCode: undefined as number | undefined,
		status(c: number) {
			this.statusCode = c;
			return this;
		},
		send() {
			return this;
		},
	};
	const params: IDataObject = { statuses: ['PAID'], allowedIps: '' };
	const ctx = {
		getNodeParameter: (name: string, fallback?: unknown) =>
			name in params ? params[name] : fallback,
		getCredentials: async () => ({ ...sb.credentials }),
		getHeaderData: () => headers,
		getRequestObject: () => ({ rawBody: raw, ip: WOLVPAY_IP, headers }),
		getResponseObject: () => res,
		getNode: () => ({ name: 'WolvPay Trigger' }),
	} as unknown as IWebhookFunctions;
	const response = await new WolvPayTrigger().webhook.call(ctx);
	// an accepted call is answered by n8n (200), a refused one by the trigger itself
	const answeredByN8n = res.statusCode === undefined && !!response.workflowData;
	return { status: answeredByN8n ? 200 : res.statusCode, workflowData: response.workflowData };
}
