import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';
import { nodeProperties } from '../shared/nodeProperties';
import { routeOperations } from '../shared/router';
import { registry } from './actions/registry';
import { searchAccounts, searchPaymentMethods, searchWallets } from './methods/listSearch';

export class Wyre implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Wyre',
		name: 'wyre',
		icon: { light: 'file:wyre.svg', dark: 'file:wyre.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description:
			'Transfer and exchange money, manage wallets, accounts, bank accounts, subscriptions and wallet orders with Wyre',
		defaults: { name: 'Wyre' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'wyreApi', required: true }],
		documentationUrl:
			'https://github.com/n8n-nodes-crypto-payments/n8n-nodes-crypto-payments/blob/main/docs/providers/wyre.md',
		properties: nodeProperties(registry, 'transfer'),
	};

	methods = { listSearch: { searchWallets, searchPaymentMethods, searchAccounts } };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await routeOperations.call(this, registry);
	}
}
