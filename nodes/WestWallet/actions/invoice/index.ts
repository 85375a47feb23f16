import type { INodeProperties } from 'n8n-workflow';
import * as create from './create.operation';
import * as getTransactions from './getTransactions.operation';

export { create, getTransactions };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['invoice'] } },
		options: [
			{ name: 'Create', value: 'create', description: 'Create a payment page (invoice)', action: 'Create an invoice' },
			{
				name: 'Get Transactions',
				value: 'getTransactions',
				description: 'List the incoming transactions of a payment page',
				action: 'Get the transactions of an invoice',
			},
		],
		default: 'create',
	},
	...create.description,
	...getTransactions.description,
];
