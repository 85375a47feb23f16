/**
 * Shared by the WolvPay Trigger tests: the provider's IP, the webhook HMAC, a delivery as the
 * request n8n hands the trigger, the shape of a refused call, and `triggerKit(get)` whose helpers
 * use the file's started sandbox and receiver (`get()` returns them).
 */
import { createHmac } from 'node:crypto';
import type { ICredentialDataDecryptedObject, IDataObject, IWebhookFunctions } from 'n8n-workflow';
import { WolvPayTrigger } from '../../nodes/WolvPay/WolvPayTrigger.node';
import { runWebhook } from '../helpers/harness';
import type { FakeRequest } from '../helpers/harness';
import type { Delivery, Sandbox } from './setup';
import { startReceiver, startSandbox, triggerSetup } from './setup';

export const WOLVPAY_IP = '128.140.76.192';

export type Receiver = Awaited<ReturnType<typeof startReceiver>>;

/**
 * The hooks of a trigger test file: the sandbox and a receiver for its webhooks, started once (`use`
 * receives both); before each test the sandbox is reset and pointed at the emptied receiver.
 */
export function useTriggerSandbox(use: (sb: Sandbox, receiver: Receiver) => void): void {
	let sb: Sandbox | undefined;
	let receiver: Receiver | undefined;
	beforeAll(async () => {
		sb = await startSandbox();
		receiver = await startReceiver();
		use(sb, receiver);
	});
	afterAll(async () => {
		await sb?.close();
		await receiver?.close();
	});
	beforeEach(() => {
		if (!sb || !receiver) return;
		sb.reset();
		sb.setWebhookUrl(receiver.url);
		receiver.deliveries.length = 0;
	});
}

export const hmac = (secret: string, raw: string | Buffer) =>
	createHmac('sha256', secret).update(raw).digest('hex');

export function asRequest(d: Delivery, extra: Partial<FakeRequest> = {}): FakeRequest {
	return { headers: { ...d.headers }, rawBody: d.raw, ip: WOLVPAY_IP, ...extra };
}

export function expectRejected(result: Awaited<ReturnType<typeof runWebhook>>, status = 401) {
	expect(result.status).toBe(status);
	expect(result.startsExecution).toBe(false);
	expect(result.response.workflowData).toBeUndefined();
	expect(result.response.noWebhookResponse).toBe(true);
}

export function triggerKit(get: () => { sb: Sandbox; receiver: Receiver }) {
	/** An invoice paid in the sandbox; returns the signed status-change delivery it sent. */
	async function paidDelivery(
		fields: IDataObject = { amount: '100.00', coin: 'btc', description: 'Order 1' },
	): Promise<Delivery> {
		const inv = get().sb.createInvoice(fields);
		await get().sb.pay(inv.invoice_id);
		expect(get().receiver.deliveries).toHaveLength(1);
		return get().receiver.deliveries[0];
	}

	function trigger(
		parameters: IDataObject = {},
		credentials: ICredentialDataDecryptedObject = get().sb.credentials,
	) {
		return triggerSetup(credentials, { statuses: ['PAID'], allowedIps: WOLVPAY_IP, ...parameters });
	}

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
			getCredentials: async () => ({ ...get().sb.credentials }),
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

	return { paidDelivery, trigger, callWithHeaders };
}
