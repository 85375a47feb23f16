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

export class Whir implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Whir',
		name: 'whir',
		icon: { light: 'file:whir.svg', dark: 'file:whir.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description:
			'Create Bitcoin payout transactions with Whir and read them with their signatures verified',
		defaults: { name: 'Whir' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'whirApi', required: true }],
		documentationUrl:
			'https://github.com/n8n-nodes-crypto-payments/n8n-nodes-crypto-payments/blob/main/docs/providers/whir.md',
		properties: nodeProperties(registry, 'transaction'),
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await routeOperations.call(this, registry);
	}
}
