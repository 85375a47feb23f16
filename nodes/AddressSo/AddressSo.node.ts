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
import { searchAccounts, searchWallets } from './methods/listSearch';
import { getCoins, getCoinsOrAll } from './methods/loadOptions';

export class AddressSo implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Address.so',
		name: 'addressSo',
		icon: { light: 'file:addressso.svg', dark: 'file:addressso.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description:
			'Manage Address.so wallets, accounts and webhooks, read balances and transactions, and send coins',
		defaults: { name: 'Address.so' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'addressSoApi', required: true }],
		documentationUrl:
			'https://github.com/n8n-nodes-crypto-payments/n8n-nodes-crypto-payments/blob/main/docs/providers/address-so.md',
		properties: nodeProperties(registry, 'wallet'),
	};

	methods = {
		loadOptions: { getCoins, getCoinsOrAll },
		listSearch: { searchWallets, searchAccounts },
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await routeOperations.call(this, registry);
	}
}
