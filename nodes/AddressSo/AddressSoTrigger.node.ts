import type {
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';
import { ANSWERED_BY_N8N, guardWebhook } from '../shared/webhook/answers';
import { getCoins } from './methods/loadOptions';
import { getTriggerAccounts, getTriggerWallets } from './trigger/options';
import { triggerProperties } from './trigger/properties';
import { addressSoWebhookMethods } from './trigger/registration';
import { handleCallback } from './webhook';

export class AddressSoTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Address.so Trigger',
		name: 'addressSoTrigger',
		icon: { light: 'file:addressso.svg', dark: 'file:addressso.dark.svg' },
		group: ['trigger'],
		// 1.1 from the start: n8n evaluates no expression for the webhook of a version above 1.
		version: 1.1,
		subtitle: '={{"Balance of " + $parameter["entityType"] + " " + $parameter["walletId"]}}',
		// n8n's nodes panel shows the trigger's description as the whole app's: it says what all nodes do
		description:
			'Send crypto from Address.so wallets and accounts, manage wallets, accounts, limits and webhooks, get deposit addresses, and start workflows when a balance changes',
		documentationUrl:
			'https://github.com/n8n-nodes-crypto-payments/n8n-nodes-crypto-payments/blob/main/docs/providers/address-so.md',
		defaults: { name: 'Address.so Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'addressSoApi', required: true }],
		// Static: Address.so calls back with GET, the data in the query string.
		webhooks: [{ name: 'default', httpMethod: 'GET', ...ANSWERED_BY_N8N, path: 'callback' }],
		properties: triggerProperties,
	};

	methods = {
		loadOptions: { getCoins, getTriggerWallets, getTriggerAccounts },
	};

	webhookMethods = addressSoWebhookMethods;

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		return await guardWebhook.call(this, handleCallback);
	}
}
