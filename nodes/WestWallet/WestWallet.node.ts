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
import { getCurrencies } from './methods/loadOptions';

export class WestWallet implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'WestWallet',
		name: 'westWallet',
		icon: { light: 'file:westwallet.svg', dark: 'file:westwallet.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description:
			'Send crypto payouts, create invoices and addresses, and read balances and transactions with WestWallet',
		defaults: { name: 'WestWallet' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'westWalletApi', required: true }],
		documentationUrl:
			'https://github.com/n8n-nodes-crypto-payments/n8n-nodes-crypto-payments/blob/main/docs/providers/westwallet.md',
		properties: nodeProperties(registry, 'withdrawal'),
	};

	methods = { loadOptions: { getCurrencies } };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await routeOperations.call(this, registry);
	}
}
