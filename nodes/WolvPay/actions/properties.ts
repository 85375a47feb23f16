import type { INodeProperties } from 'n8n-workflow';
import * as coin from './coin';
import * as invoice from './invoice';

/** Resource selector and every operation's fields. */
export const properties: INodeProperties[] = [
	{
		displayName: 'Resource',
		name: 'resource',
		type: 'options',
		noDataExpression: true,
		options: [
			{ name: 'Coin', value: 'coin' },
			{ name: 'Invoice', value: 'invoice' },
		],
		default: 'invoice',
	},
	...coin.description,
	...invoice.description,
];
