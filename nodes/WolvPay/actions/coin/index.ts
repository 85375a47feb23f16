import type { INodeProperties } from 'n8n-workflow';
import * as getAll from './getAll.operation';

export { getAll };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['coin'] } },
		options: [
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'List the supported coins with their minimum amount and fiat prices',
				action: 'Get many coins',
			},
		],
		default: 'getAll',
	},
	...getAll.description,
];
