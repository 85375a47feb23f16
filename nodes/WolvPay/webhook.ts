import type {
	IDataObject,
	IHookFunctions,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { acceptWebhook, ignoreWebhook, rejectWebhook } from '../shared/webhook/answers';
import { header, parseJsonObject, readRawBody } from '../shared/webhook/body';
import { assertAllowlistValid, checkSourceIp } from '../shared/webhook/ip';
import { hmac, verifySignature } from '../shared/webhook/verify';
import { cachedCredentials } from '../shared/transport';
import { parseWolvPayJson } from './transport';

/** The documented source IP of every WolvPay webhook. */
export const WOLVPAY_WEBHOOK_IP = '128.140.76.192';

export const SIGNATURE_HEADER = 'X-WolvPay-Signature';

/** The webhook body as a JSON object (amounts as their exact decimal text), or undefined. */
export function parseWebhookBody(raw: Buffer): IDataObject | undefined {
	return parseJsonObject(raw, parseWolvPayJson);
}

/** Activation: without the credential's webhook secret no delivery could be verified. */
export async function checkWebhookSettings(this: IHookFunctions): Promise<void> {
	const credentials = (await this.getCredentials('wolvPayApi')) as IDataObject;
	if (!String(credentials.webhookSecret ?? '').trim()) {
		throw new NodeOperationError(
			this.getNode(),
			"The WolvPay credential has no Webhook Secret: copy it from the WolvPay dashboard's webhook settings into the credential. Without it no webhook can be verified.",
		);
	}
	assertAllowlistValid.call(this);
}

/** One delivery: source IP, X-WolvPay-Signature over the raw body, then the status filter. */
export async function handleWebhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
	const ipRejection = checkSourceIp.call(this);
	if (ipRejection) return ipRejection;

	let secret = '';
	try {
		const credentials = await cachedCredentials(this, 'wolvPayApi');
		secret = String(credentials.webhookSecret ?? '');
	} catch {
		secret = '';
	}
	// The signature covers the body exactly as received; never a re-serialized parsed body.
	const body = await readRawBody(this);
	if (!body.ok) return rejectWebhook.call(this, body.status);
	const raw = body.raw;
	const authentic = verifySignature({
		expected: () => (secret && raw.length ? hmac('sha256', secret, raw) : null),
		actual: () => header(this, SIGNATURE_HEADER),
		hex: true,
	});
	if (!authentic) return rejectWebhook.call(this, 401);

	const data = parseWebhookBody(raw);
	if (!data) return rejectWebhook.call(this, 401);

	const statuses = (this.getNodeParameter('statuses', []) as string[]).map((s) =>
		String(s).toUpperCase(),
	);
	if (statuses.length && !statuses.includes(String(data.status ?? '').toUpperCase())) {
		// Authentic, but not a status the user asked for: acknowledge it and start nothing.
		return ignoreWebhook.call(this);
	}
	return acceptWebhook.call(this, { ...data });
}
