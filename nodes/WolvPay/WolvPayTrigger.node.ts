import type {
	IDataObject,
	IHookFunctions,
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';
import { NodeConnectionTypes, NodeOperationError } from 'n8n-workflow';
import {
	acceptWebhook,
	assertAllowlistValid,
	checkSourceIp,
	getHeader,
	getRawBody,
	ignoreWebhook,
	rejectWebhook,
	verifyHmacHex,
} from '../shared/webhook';
import { parseWolvPayJson } from './transport';

/** The documented source IP of every WolvPay webhook. */
export const WOLVPAY_WEBHOOK_IP = '128.140.76.192';

export const SIGNATURE_HEADER = 'X-WolvPay-Signature';

/** Invoice statuses a webhook can report (a status change after creation). */
export const WEBHOOK_STATUSES = ['AWAITING_PAYMENT', 'CONFIRMING_PAYMENT', 'PAID', 'UNDERPAID', 'EXPIRED'];

/** The webhook body as a JSON object (amounts as their exact decimal text), or undefined. */
export function parseWebhookBody(raw: Buffer): IDataObject | undefined {
	const text = raw.toString('utf8');
	if (text.trim() === '') return undefined;
	try {
		const parsed = parseWolvPayJson(text);
		return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as IDataObject) : undefined;
	} catch {
		return undefined;
	}
}

export class WolvPayTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'WolvPay Trigger',
		name: 'wolvPayTrigger',
		icon: { light: 'file:wolvpay.svg', dark: 'file:wolvpay.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{"Invoice: " + $parameter["statuses"].join(", ")}}',
		description: 'Starts the workflow when WolvPay sends a signed invoice webhook',
		defaults: { name: 'WolvPay Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'wolvPayApi', required: true }],
		webhooks: [
			{
				name: 'default',
				httpMethod: 'POST',
				responseMode: 'onReceived',
				path: 'webhook',
			},
		],
		properties: [
			{
				displayName:
					"WolvPay has no API to register a webhook URL. Copy this node's Production URL and paste it into the webhook settings of your WolvPay dashboard, and put the webhook secret shown there into the credential's Webhook Secret. Only deliveries signed with that secret (X-WolvPay-Signature) start the workflow.",
				name: 'setupNotice',
				type: 'notice',
				default: '',
			},
			{
				displayName: 'Statuses',
				name: 'statuses',
				type: 'multiOptions',
				options: [
					{ name: 'Awaiting Payment', value: 'AWAITING_PAYMENT' },
					{ name: 'Confirming Payment', value: 'CONFIRMING_PAYMENT' },
					{ name: 'Expired', value: 'EXPIRED' },
					{ name: 'Paid', value: 'PAID' },
					{ name: 'Underpaid', value: 'UNDERPAID' },
				],
				default: ['PAID'],
				description:
					'Start the workflow only for webhooks reporting these invoice statuses (others are acknowledged and ignored). Empty: every status.',
			},
			{
				displayName: 'Allowed IPs',
				name: 'allowedIps',
				type: 'string',
				default: WOLVPAY_WEBHOOK_IP,
				description:
					"Only accept webhooks from these addresses (comma-separated IPs or IPv4 ranges like 10.0.0.0/8). WolvPay sends from 128.140.76.192. Empty: any IP. Behind a reverse proxy, set n8n's N8N_PROXY_HOPS so n8n sees the caller's real IP.",
			},
		],
	};

	webhookMethods = {
		default: {
			// WolvPay has no API to register or remove a webhook URL: the user pastes it into the
			// dashboard. Activation checks the settings instead, so a misconfigured trigger fails at once.
			async checkExists(this: IHookFunctions): Promise<boolean> {
				return false;
			},
			async create(this: IHookFunctions): Promise<boolean> {
				const credentials = (await this.getCredentials('wolvPayApi')) as IDataObject;
				if (!String(credentials.webhookSecret ?? '').trim()) {
					throw new NodeOperationError(
						this.getNode(),
						"The WolvPay credential has no Webhook Secret: copy it from the WolvPay dashboard's webhook settings into the credential. Without it no webhook can be verified.",
					);
				}
				assertAllowlistValid.call(this);
				return true;
			},
			async delete(this: IHookFunctions): Promise<boolean> {
				// Nothing was registered at WolvPay, so there is nothing to remove.
				return true;
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		const ipRejection = checkSourceIp.call(this);
		if (ipRejection) return ipRejection;

		let secret = '';
		try {
			const credentials = (await this.getCredentials('wolvPayApi')) as IDataObject;
			secret = String(credentials.webhookSecret ?? '');
		} catch {
			secret = '';
		}
		if (!secret) return rejectWebhook.call(this, 401);

		// The signature covers the body exactly as received; never a re-serialized parsed body.
		const raw = await getRawBody.call(this);
		if (raw.length === 0) return rejectWebhook.call(this, 401);
		if (!verifyHmacHex('sha256', secret, raw, getHeader.call(this, SIGNATURE_HEADER))) {
			return rejectWebhook.call(this, 401);
		}

		const data = parseWebhookBody(raw);
		if (!data) return rejectWebhook.call(this, 401);

		const statuses = (this.getNodeParameter('statuses', []) as string[]).map((s) => String(s).toUpperCase());
		if (statuses.length && !statuses.includes(String(data.status ?? '').toUpperCase())) {
			// Authentic, but not a status the user asked for: acknowledge it and start nothing.
			return ignoreWebhook.call(this);
		}
		return acceptWebhook.call(this, data);
	}
}
