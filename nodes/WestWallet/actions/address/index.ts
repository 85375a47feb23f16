import type { INodeProperties } from 'n8n-workflow';
import * as generate from './generate.operation';

export { generate };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['address'] } },
		options: [
			{
				name: 'Generate',
				value: 'generate',
				description: 'Generate a deposit address that notifies an IPN URL when paid',
				action: 'Generate an address',
			},
		],
		default: 'generate',
	},
	...generate.description,
];
