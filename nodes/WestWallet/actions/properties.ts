import type { INodeProperties } from 'n8n-workflow';
import * as address from './address';
import * as currency from './currency';
import * as invoice from './invoice';
import * as transaction from './transaction';
import * as wallet from './wallet';
import * as withdrawal from './withdrawal';

/** Resource selector and every operation's fields. */
export const properties: INodeProperties[] = [
	{
		displayName: 'Resource',
		name: 'resource',
		type: 'options',
		noDataExpression: true,
		options: [
			{ name: 'Address', value: 'address' },
			{ name: 'Currency', value: 'currency' },
			{ name: 'Invoice', value: 'invoice' },
			{ name: 'Transaction', value: 'transaction' },
			{ name: 'Wallet', value: 'wallet' },
			{ name: 'Withdrawal', value: 'withdrawal' },
		],
		default: 'withdrawal',
	},
	...address.description,
	...currency.description,
	...invoice.description,
	...transaction.description,
	...wallet.description,
	...withdrawal.description,
	];
