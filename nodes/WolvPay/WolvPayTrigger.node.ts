import type {
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';
import { ANSWERED_BY_N8N, guardWebhook } from '../shared/webhook/answers';
import { manualRegistration } from '../shared/webhook/registration';
import { checkWebhookSettings, handleWebhook, WOLVPAY_WEBHOOK_IP } from './webhook';

export class WolvPayTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'WolvPay Trigger',
		name: 'wolvPayTrigger',
		icon: { light: 'file:wolvpay.svg', dark: 'file:wolvpay.dark.svg' },
		group: ['trigger'],
		// 1.1: n8n evaluates no expression for the webhook step (for a version-1 start node it reads
		// an "options.binaryData" parameter through the expression engine on every delivery).
		version: [1, 1.1],
		defaultVersion: 1.1,
		subtitle: '={{"Invoice: " + $parameter["statuses"].join(", ")}}',
		// n8n's nodes panel shows the trigger's description as the whole app's: it says what all nodes do
		description:
			'Create and read crypto payment invoices, list supported coins, and start workflows on signed invoice webhooks with WolvPay',
		defaults: { name: 'WolvPay Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'wolvPayApi', required: true }],
		webhooks: [
			{
				name: 'default',
				httpMethod: 'POST',
				...ANSWERED_BY_N8N,
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
				// "Events": n8n's nodes panel lists a trigger's events from the property of that name
				displayName: 'Events',
				name: 'statuses',
				type: 'multiOptions',
				options: [
					{
						name: 'Invoice Awaiting Payment',
						value: 'AWAITING_PAYMENT',
						action: 'On invoice awaiting payment',
					},
					{
						name: 'Invoice Confirming Payment',
						value: 'CONFIRMING_PAYMENT',
						action: 'On invoice payment confirming',
					},
					{ name: 'Invoice Expired', value: 'EXPIRED', action: 'On invoice expired' },
					{ name: 'Invoice Paid', value: 'PAID', action: 'On invoice paid' },
					{ name: 'Invoice Underpaid', value: 'UNDERPAID', action: 'On invoice underpaid' },
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

	// WolvPay has no API to register a webhook URL: the user pastes it into the dashboard.
	webhookMethods = manualRegistration(checkWebhookSettings);

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		return await guardWebhook.call(this, handleWebhook);
	}
}
