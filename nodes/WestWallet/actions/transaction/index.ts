import type { INodeProperties } from 'n8n-workflow';
import * as get from './get.operation';
import * as getAll from './getAll.operation';

export { get, getAll };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['transaction'] } },
		options: [
			{ name: 'Get', value: 'get', description: 'Get a transaction by ID or address label', action: 'Get a transaction' },
			{ name: 'Get Many', value: 'getAll', description: 'List transactions (history)', action: 'Get many transactions' },
		],
		default: 'get',
	},
	...get.description,
	...getAll.description,
];
