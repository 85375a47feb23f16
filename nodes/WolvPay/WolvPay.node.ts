import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';
import { routeOperations } from '../shared/router';
import { properties } from './actions/properties';
import { operations } from './actions/router';
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
		properties,
	};

	methods = { loadOptions: { getCoins, getCoinsOrCustomerChoice } };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await routeOperations.call(this, operations);
	}
}
