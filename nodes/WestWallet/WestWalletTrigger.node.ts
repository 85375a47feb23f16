import type {
	IDataObject,
	IHookFunctions,
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';
import { NodeConnectionTypes, NodeOperationError } from 'n8n-workflow';
import { sameAmount } from '../shared/decimal';
import {
	acceptWebhook,
	assertAllowlistValid,
	checkSourceIp,
	getRawBody,
	ignoreWebhook,
	rejectWebhook,
	safeEqual,
} from '../shared/webhook';
import { westWalletRequest } from './transport';

/** The source IP that WestWallet IPNs are widely reported to come from (not documented officially). */
export const WESTWALLET_IPN_IP = '5.188.51.47';

/** Reads an IPN body (form-urlencoded as WestWallet sends it; JSON accepted too) from the raw bytes. */
export function parseIpnBody(raw: Buffer): IDataObject | undefined {
	const text = raw.toString('utf8').trim();
	if (!text) return undefined;
	if (text.startsWith('{')) {
		try {
			const parsed = JSON.parse(text);
			return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as IDataObject) : undefined;
		} catch {
			return undefined;
		}
	}
	const out: IDataObject = {};
	for (const [k, v] of new URLSearchParams(text)) out[k] = v;
	return out;
}

/** Why the API's view of a transaction does not confirm an IPN (undefined: confirmed). */
export function ipnMismatch(ipn: IDataObject, api: IDataObject): string | undefined {
	if (String(api.id) !== String(ipn.id)) return 'id';
	if (!sameAmount(ipn.amount, api.amount)) return 'amount';
	for (const field of ['currency', 'address', 'status']) {
		if (String(ipn[field] ?? '') !== String(api[field] ?? '')) return field;
	}
	if (ipn.dest_tag !== undefined && String(ipn.dest_tag ?? '') !== String(api.dest_tag ?? '')) return 'dest_tag';
	return undefined;
}

export class WestWalletTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'WestWallet Trigger',
		name: 'westWalletTrigger',
		icon: { light: 'file:westwallet.svg', dark: 'file:westwallet.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{"IPN: " + $parameter["statuses"].join(", ")}}',
		description: 'Starts the workflow when WestWallet sends a payment notification (IPN)',
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
				responseMode: 'onReceived',
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
				description: 'Whether the IPN URL must carry ?token=<Secret Token> (IPNs are not signed by WestWallet)',
			},
			{
				displayName: 'Secret Token',
				name: 'secretToken',
				type: 'string',
				typeOptions: { password: true },
				required: true,
				default: '',
				description: 'A long random value of your choice (at least 16 characters); append it to the IPN URL as ?token=…',
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
				displayName: 'Statuses',
				name: 'statuses',
				type: 'multiOptions',
				options: [
					{ name: 'Completed', value: 'completed' },
					{ name: 'Pending', value: 'pending' },
				],
				default: ['completed'],
				description: 'Start the workflow only for these transaction statuses',
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
				description: 'Start the workflow only for these transaction types (known when confirming via the API)',
			},
		],
	};

	webhookMethods = {
		default: {
			// WestWallet has no webhook registration API: the URL travels with each request (ipn_url).
			// Activation checks the settings instead, so a misconfigured trigger fails loudly at once.
			async checkExists(this: IHookFunctions): Promise<boolean> {
				return false;
			},
			async create(this: IHookFunctions): Promise<boolean> {
				const verifyToken = this.getNodeParameter('verifyToken', true) as boolean;
				if (verifyToken) {
					const token = String(this.getNodeParameter('secretToken', '') ?? '');
					if (token.length < 16) {
						throw new NodeOperationError(this.getNode(), 'Secret Token must be at least 16 characters long');
					}
				}
				assertAllowlistValid.call(this);
				return true;
			},
			async delete(this: IHookFunctions): Promise<boolean> {
				return true;
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		const ipRejection = checkSourceIp.call(this);
		if (ipRejection) return ipRejection;

		if (this.getNodeParameter('verifyToken', true) as boolean) {
			const expected = String(this.getNodeParameter('secretToken', '') ?? '');
			const query = this.getQueryData() as IDataObject;
			const given = typeof query.token === 'string' ? query.token : '';
			if (!expected || !safeEqual(given, expected)) return rejectWebhook.call(this, 401);
		}

		const ipn = parseIpnBody(await getRawBody.call(this));
		if (!ipn || !/^\d+$/.test(String(ipn.id ?? ''))) return rejectWebhook.call(this, 401);

		let data: IDataObject = ipn;
		if (this.getNodeParameter('confirmViaApi', true) as boolean) {
			let api: IDataObject;
			try {
				api = (await westWalletRequest.call(this, 'POST', '/wallet/transaction', 'read', {
					body: { id: Number(ipn.id) },
					action: 'Confirming an IPN',
				})) as IDataObject;
			} catch (error) {
				// WestWallet does not know this transaction: the IPN is not authentic.
				const providerCode = (error as { context?: IDataObject }).context?.providerCode;
				if (providerCode === 'not_found' || providerCode === 'bad_request') return rejectWebhook.call(this, 401);
				// The API could not be asked (network, 5xx, or our own credential was refused):
				// answer "try again later" and start nothing.
				const res = this.getResponseObject();
				res.status(503).send('Service Unavailable');
				return { noWebhookResponse: true };
			}
			if (ipnMismatch(ipn, api)) return rejectWebhook.call(this, 401);
			data = api;
		}

		const statuses = this.getNodeParameter('statuses', []) as string[];
		const types = this.getNodeParameter('types', []) as string[];
		const statusOk = statuses.length === 0 || statuses.includes(String(data.status));
		const typeOk = types.length === 0 || data.type === undefined || types.includes(String(data.type));
		if (!statusOk || !typeOk) {
			// Authentic, but not one the user asked for: acknowledge it and start nothing.
			return ignoreWebhook.call(this);
		}
		return acceptWebhook.call(this, data);
	}
}
