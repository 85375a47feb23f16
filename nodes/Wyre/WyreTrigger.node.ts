import type {
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';
import { ANSWERED_BY_N8N, guardWebhook } from '../shared/webhook/answers';
import { triggerProperties } from './trigger/description';
import { wyreWebhookMethods } from './trigger/registration';
import { searchWallets } from './trigger/wallets';
import { handleWebhook } from './webhook';

export class WyreTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Wyre Trigger',
		name: 'wyreTrigger',
		icon: { light: 'file:wyre.svg', dark: 'file:wyre.dark.svg' },
		group: ['trigger'],
		// 1.1 from the start: n8n evaluates no expression in the webhook step of a start node above
		// version 1 (the webhook description is static, every parameter read there is fixed).
		version: [1, 1.1],
		defaultVersion: 1.1,
		subtitle: '={{$parameter["events"]}}',
		// n8n's nodes panel shows the trigger's description as the whole app's: it says what all nodes do
		description:
			'Send crypto transfers, manage wallets, accounts and payment methods, read rates and limits, and start workflows on wallet callbacks, subscription notices and wallet-order webhooks with Wyre',
		defaults: { name: 'Wyre Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'wyreApi', required: true }],
		documentationUrl:
			'https://github.com/n8n-nodes-crypto-payments/n8n-nodes-crypto-payments/blob/main/docs/providers/wyre.md',
		webhooks: [
			{
				name: 'default',
				httpMethod: 'POST',
				...ANSWERED_BY_N8N,
				path: 'wyre',
			},
		],
		properties: triggerProperties,
	};

	methods = { listSearch: { searchWallets } };

	// Registers with Wyre on activation (or, with Manual registration, only checks the settings).
	webhookMethods = wyreWebhookMethods;

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		return await guardWebhook.call(this, handleWebhook);
	}
}
