import type { INodeProperties } from 'n8n-workflow';
import * as create from './create.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as update from './update.operation';

export { create, get, getAll, update };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['invoice'] } },
		options: [
			{ name: 'Create', value: 'create', description: 'Create a payment invoice', action: 'Create an invoice' },
			{ name: 'Get', value: 'get', description: 'Retrieve an invoice', action: 'Get an invoice' },
			{ name: 'Get Many', value: 'getAll', description: 'List your invoices', action: 'Get many invoices' },
			{
				name: 'Update',
				value: 'update',
				description: 'Select the coin of a white-label invoice created without one',
				action: 'Select the coin of an invoice',
			},
		],
		default: 'create',
	},
	...create.description,
	...get.description,
	...getAll.description,
	...update.description,
];
