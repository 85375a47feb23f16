import type { INodeProperties } from 'n8n-workflow';
import * as getBalance from './getBalance.operation';
import * as getBalances from './getBalances.operation';

export { getBalance, getBalances };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['wallet'] } },
		options: [
			{ name: 'Get Balance', value: 'getBalance', description: 'Get the balance of one currency', action: 'Get a wallet balance' },
			{ name: 'Get All Balances', value: 'getBalances', description: 'Get the balances of every currency', action: 'Get all wallet balances' },
		],
		default: 'getBalance',
	},
	...getBalance.description,
	...getBalances.description,
];
