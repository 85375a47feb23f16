import type {
	IHookFunctions,
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';
import { NodeConnectionTypes, NodeOperationError } from 'n8n-workflow';
import { ANSWERED_BY_N8N, guardWebhook } from '../shared/webhook/answers';
import { assertAllowlistValid } from '../shared/webhook/ip';
import { manualRegistration } from '../shared/webhook/registration';
import { handleIpn, WESTWALLET_IPN_IP } from './webhook';

export class WestWalletTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'WestWallet Trigger',
		name: 'westWalletTrigger',
		icon: { light: 'file:westwallet.svg', dark: 'file:westwallet.dark.svg' },
		group: ['trigger'],
		// 1.1: n8n evaluates no expression for the webhook step (for a version-1 start node it reads
		// an "options.binaryData" parameter through the expression engine on every delivery).
		version: [1, 1.1],
		defaultVersion: 1.1,
		subtitle: '={{"IPN: " + $parameter["statuses"].join(", ")}}',
		// n8n's nodes panel shows the trigger's description as the whole app's: it says what all nodes do
		description:
			'Send crypto payouts, create invoices and addresses, read balances and transactions, and start workflows on payment notifications (IPN) with WestWallet',
		defaults: { name: 'WestWallet Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [
			{
				name: 'westWalletApi',
				required: true,
				displayOptions: { show: { confirmViaApi: [true] } },
			},
		],
		webhooks: [
			{
				name: 'default',
				httpMethod: 'POST',
				...ANSWERED_BY_N8N,
				path: 'ipn',
			},
		],
		properties: [
			{
				displayName:
					'WestWallet has no API to register this URL. Use this node\'s Production URL with ?token=YOUR_SECRET_TOKEN appended as the IPN URL (ipn_url) when you generate an address, create an invoice or send a withdrawal — e.g. in the WestWallet node\'s "IPN URL" field: https://your-n8n/webhook/…/ipn?token=YOUR_SECRET_TOKEN',
				name: 'setupNotice',
				type: 'notice',
				default: '',
			},
			{
				displayName: 'Require Secret Token',
				name: 'verifyToken',
				type: 'boolean',
				default: true,
				description:
					'Whether the IPN URL must carry ?token=YOUR_SECRET_TOKEN (IPNs are not signed by WestWallet)',
			},
			{
				displayName: 'Secret Token',
				name: 'secretToken',
				type: 'string',
				typeOptions: { password: true },
				required: true,
				default: '',
				description:
					'A long random value of your choice (at least 16 characters); append it to the IPN URL as ?token=…',
				displayOptions: { show: { verifyToken: [true] } },
			},
			{
				displayName: 'Allowed IPs',
				name: 'allowedIps',
				type: 'string',
				default: WESTWALLET_IPN_IP,
				description:
					"Only accept IPNs from these addresses (comma-separated IPs or IPv4 ranges like 10.0.0.0/8). Empty: any IP. Behind a reverse proxy, set n8n's N8N_PROXY_HOPS so n8n sees the caller's real IP.",
			},
			{
				displayName: 'Confirm via API',
				name: 'confirmViaApi',
				type: 'boolean',
				default: true,
				description:
					'Whether to re-read the transaction from the WestWallet API and trust only its data: an IPN the API does not confirm (unknown ID, different amount, currency, address or status) is rejected',
			},
			{
				// "Events": n8n's nodes panel lists a trigger's events from the property of that name
				displayName: 'Events',
				name: 'statuses',
				type: 'multiOptions',
				options: [
					{
						name: 'Transaction Completed',
						value: 'completed',
						action: 'On transaction completed',
						description: 'A deposit or withdrawal reached its final, successful status',
					},
					{
						name: 'Transaction Pending',
						value: 'pending',
						action: 'On transaction pending',
						description: 'A deposit or withdrawal was seen but is not final yet',
					},
				],
				default: ['completed'],
				description: 'Start the workflow only for IPNs reporting these transaction statuses',
			},
			{
				displayName: 'Types',
				name: 'types',
				type: 'multiOptions',
				options: [
					{ name: 'Receive (Deposits)', value: 'receive' },
					{ name: 'Send (Withdrawals)', value: 'send' },
				],
				default: ['receive', 'send'],
				description:
					'Start the workflow only for these transaction types (known when confirming via the API)',
			},
		],
	};

	// WestWallet has no webhook registration API: the URL travels with each request (ipn_url).
	webhookMethods = manualRegistration(function (this: IHookFunctions) {
		if (this.getNodeParameter('verifyToken', true) as boolean) {
			const token = String(this.getNodeParameter('secretToken', '') ?? '');
			if (token.length < 16)
				throw new NodeOperationError(
					this.getNode(),
					'Secret Token must be at least 16 characters long',
				);
		}
		assertAllowlistValid.call(this);
	});

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		return await guardWebhook.call(this, handleIpn);
	}
}
