/**
 * WolvPay Trigger: deliveries signed by the sandbox (captured over real HTTP, raw bytes) are
 * handed to the trigger's webhook() through n8n-core's WebhookContext. Here: the credential between deliveries, the source IP allowlist, the status filter and the activation checks.
 */
import type { ICredentialDataDecryptedObject, IDataObject } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { WolvPayTrigger } from '../../nodes/WolvPay/WolvPayTrigger.node';
import { WEBHOOK_CREDENTIAL_TTL_MS } from '../../nodes/shared/transport';
import { runHook, runWebhook } from '../helpers/harness';
import type { Receiver } from './trigger.helpers';
import {
	WOLVPAY_IP,
	asRequest,
	expectRejected,
	hmac,
	triggerKit,
	useTriggerSandbox,
} from './trigger.helpers';
import type { Sandbox, Delivery } from './setup';
import { triggerSetup } from './setup';

let sb: Sandbox;
let receiver: Receiver;
useTriggerSandbox((started, listening) => {
	sb = started;
	receiver = listening;
});

const { paidDelivery, trigger } = triggerKit(() => ({ sb, receiver }));

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
