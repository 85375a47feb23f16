/**
 * WolvPay Trigger: deliveries signed by the sandbox (captured over real HTTP, raw bytes) are
 * handed to the trigger's webhook() through n8n-core's WebhookContext. Here: signature verification over the raw bytes.
 */
import { runWebhook } from '../helpers/harness';
import type { Receiver } from './trigger.helpers';
import {
	WOLVPAY_IP,
	asRequest,
	expectRejected,
	hmac,
	triggerKit,
	useTriggerSandbox,
} from './trigger.helpers';
import type { Sandbox } from './setup';

let sb: Sandbox;
let receiver: Receiver;
useTriggerSandbox((started, listening) => {
	sb = started;
	receiver = listening;
});

const { paidDelivery, trigger, callWithHeaders } = triggerKit(() => ({ sb, receiver }));

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
