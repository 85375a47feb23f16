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
import { getCoins, getCoinsOrCustomerChoice } from './methods/loadOptions';

export class WolvPay implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'WolvPay',
		name: 'wolvPay',
		icon: { light: 'file:wolvpay.svg', dark: 'file:wolvpay.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Create and read crypto payment invoices and list supported coins with WolvPay',
		defaults: { name: 'WolvPay' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'wolvPayApi', required: true }],
		documentationUrl:
			'https://github.com/n8n-nodes-crypto-payments/n8n-nodes-crypto-payments/blob/main/docs/providers/wolvpay.md',
		properties: nodeProperties(registry, 'invoice'),
	};

	methods = { loadOptions: { getCoins, getCoinsOrCustomerChoice } };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await routeOperations.call(this, registry);
	}
}
