import type { INodeProperties } from 'n8n-workflow';
import * as create from './create.operation';
import * as createMany from './createMany.operation';

export { create, createMany };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['withdrawal'] } },
		options: [
			{ name: 'Create', value: 'create', description: 'Send funds to an address', action: 'Create a withdrawal' },
			{
				name: 'Create Many',
				value: 'createMany',
				description: 'Send several withdrawals in one request (bulk, reduced fees)',
				action: 'Create many withdrawals',
			},
		],
		default: 'create',
	},
	...create.description,
	...createMany.description,
];
