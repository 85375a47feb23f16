/**
 * The webhook step of every webhook trigger evaluates no expression (issue: triggers at the Webhook
 * node's speed). With lazy isolate acquisition (N8N_EXPRESSION_ENGINE_LAZY_ACQUIRE) n8n prepares an
 * expression isolate only when something is evaluated; for a start node of typeVersion 1 its
 * parseRequestBody evaluates `$parameter["options"]["binaryData"]` on every delivery, so every
 * trigger's default version is above 1 (version 1 stays loadable for saved workflows, where the
 * node existed before 1.1; a trigger added later has 1.1 only), its webhook description is static,
 * and an accepted delivery renders no expression.
 */
import { createHmac } from 'node:crypto';
import type { INodeType, IWebhookDescription } from 'n8n-workflow';
import { Expression } from 'n8n-workflow';
import { WolvPayApi } from '../../credentials/WolvPayApi.credentials';
import { WyreApi } from '../../credentials/WyreApi.credentials';
import { AddressSoTrigger } from '../../nodes/AddressSo/AddressSoTrigger.node';
import { WestWalletTrigger } from '../../nodes/WestWallet/WestWalletTrigger.node';
import { WolvPayTrigger } from '../../nodes/WolvPay/WolvPayTrigger.node';
import { WyreTrigger } from '../../nodes/Wyre/WyreTrigger.node';
import type { FakeRequest, NodeSetup } from '../helpers/harness';
import { runWebhook } from '../helpers/harness';
import { triggerSetup } from '../westwallet/setup';
import {
	nestedFields,
	signedQuery,
	triggerSetup as addressSoSetup,
} from '../address-so/trigger-setup';

const SECRET = 'expression-test-webhook-secret';
const TOKEN = 'test-secret-token-0123456789';

function wolvPay(typeVersion: number): [NodeSetup, FakeRequest] {
	const raw = '{"invoice_id":"INV1","status":"PAID","amount":"25.00","currency":"USD"}';
	const signature = createHmac('sha256', SECRET).update(raw).digest('hex');
	return [
		{
			nodeType: new WolvPayTrigger(),
			type: 'n8n-nodes-crypto-payments.wolvPayTrigger',
			typeVersion,
			parameters: { allowedIps: '', statuses: ['PAID'] },
			credentialType: new WolvPayApi(),
			credentials: { apiKey: 'k-123456', webhookSecret: SECRET, baseUrl: 'http://127.0.0.1:9' },
		},
		{
			headers: { 'content-type': 'application/json', 'x-wolvpay-signature': signature },
			rawBody: raw,
		},
	];
}

function westWallet(typeVersion: number): [NodeSetup, FakeRequest] {
	const fields = {
		id: '7',
		amount: '0.25',
		address: 'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq',
		currency: 'BTC',
		status: 'completed',
		type: 'receive',
	};
	return [
		{
			...triggerSetup(undefined, { allowedIps: '', confirmViaApi: false, types: [] }),
			typeVersion,
		},
		{
			headers: { 'content-type': 'application/x-www-form-urlencoded' },
			rawBody: new URLSearchParams(fields).toString(),
			body: fields,
			query: { token: TOKEN },
		},
	];
}

function wyre(typeVersion: number): [NodeSetup, FakeRequest] {
	// a signed wallet callback (deposit, CONFIRMED): nothing is read from the API for it. Its own
	// transaction id per version: the trigger emits one transaction status once (deduplication).
	const raw = JSON.stringify({
		id: `WT_EXPR${String(typeVersion).replace('.', '')}`,
		source: 'bitcoin:bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq',
		dest: 'wallet:WA_EXPR0001',
		currency: 'BTC',
		amount: '0.25',
		status: 'CONFIRMED',
	});
	const signature = createHmac('sha256', SECRET).update(raw).digest('hex');
	return [
		{
			nodeType: new WyreTrigger(),
			type: 'n8n-nodes-crypto-payments.wyreTrigger',
			typeVersion,
			parameters: {
				events: 'walletTransaction',
				registration: 'manual',
				walletId: { __rl: true, mode: 'id', value: 'WA_EXPR0001' },
				transactionTypes: ['incoming'],
				transactionStatuses: ['CONFIRMED'],
			},
			credentialType: new WyreApi(),
			credentials: {
				apiKey: 'AK-EXPR',
				secretKey: 'SK-EXPR',
				webhookSecret: SECRET,
				environment: 'custom',
				baseUrl: 'http://127.0.0.1:9',
				authMode: 'signed',
			},
		},
		{
			headers: { 'content-type': 'application/json', 'x-api-signature': signature },
			rawBody: raw,
		},
	];
}

function addressSo(typeVersion: number): [NodeSetup, FakeRequest] {
	// a signed GET callback, the data in the raw query string (Confirm via API off: no request)
	const query = signedQuery(nestedFields());
	return [
		{ ...addressSoSetup(), typeVersion },
		{ method: 'GET', url: `/webhook/wf-1/node/callback?${query}`, headers: {} },
	];
}

/** [name, node, delivery, the node existed before 1.1 (so version 1 stays for saved workflows)] */
const triggers: Array<[string, INodeType, (v: number) => [NodeSetup, FakeRequest], boolean]> = [
	['WestWallet Trigger', new WestWalletTrigger(), westWallet, true],
	['WolvPay Trigger', new WolvPayTrigger(), wolvPay, true],
	['Wyre Trigger', new WyreTrigger(), wyre, true],
	['Address.so Trigger', new AddressSoTrigger(), addressSo, false],
];

function isExpression(value: unknown): boolean {
	return typeof value === 'string' && value.startsWith('=');
}

describe.each(triggers)(
	'%s: no expression in the webhook step',
	(_name, nodeType, delivery, v1) => {
		const { description } = nodeType;
		const versions = [description.version].flat();
		const newest = description.defaultVersion ?? Math.max(...versions);

		test('new nodes get a version above 1; version 1 where the node existed before 1.1', () => {
			expect(newest).toBeGreaterThan(1);
			expect(versions).toContain(newest);
			if (v1) expect(versions).toContain(1);
			else expect(versions).not.toContain(1);
		});

		test('the webhook description is static (n8n resolves it without the expression engine)', () => {
			for (const webhook of description.webhooks as IWebhookDescription[])
				for (const [field, value] of Object.entries(webhook))
					expect([field, isExpression(value)]).toEqual([field, false]);
		});

		test.each(versions)(
			'an accepted delivery at typeVersion %s renders no expression',
			async (typeVersion) => {
				// renderExpression is not in n8n-workflow's public typings of Expression
				const render = jest.spyOn(
					Expression.prototype as unknown as { renderExpression: (...args: unknown[]) => unknown },
					'renderExpression',
				);
				try {
					const [setup, request] = delivery(typeVersion);
					const result = await runWebhook(setup, request);
					expect(result.status).toBe(200);
					expect(result.startsExecution).toBe(true);
					expect(render).not.toHaveBeenCalled();
				} finally {
					render.mockRestore();
				}
			},
		);
	},
);

test('at typeVersion 1.1 a body n8n leaves unread (not JSON/form/text/XML) is read and verified by the node', async () => {
	const [setup, request] = wolvPay(1.1);
	const signature = createHmac('sha256', SECRET).update(String(request.rawBody)).digest('hex');
	const ok = await runWebhook(setup, {
		...request,
		headers: { 'content-type': 'application/octet-stream', 'x-wolvpay-signature': signature },
	});
	expect(ok.status).toBe(200);
	expect(ok.items[0].invoice_id).toBe('INV1');
	const forged = await runWebhook(setup, {
		...request,
		rawBody: String(request.rawBody).replace('25.00', '2500'),
		headers: { 'content-type': 'application/octet-stream', 'x-wolvpay-signature': signature },
	});
	expect(forged.status).toBe(401);
	expect(forged.startsExecution).toBe(false);
});
