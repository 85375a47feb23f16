import type { IDataObject } from 'n8n-workflow';
import type { ItemOperation } from '../../../shared/registry';
import { westWalletRequest } from '../../transport';

export const operation: ItemOperation = {
	name: 'Get All Balances',
	description: 'Get the balances of every currency',
	action: 'Get all wallet balances',
	kind: 'read',
	properties: [
		{
			displayName: 'Output',
			name: 'output',
			type: 'options',
			options: [
				{ name: 'One Item With All Balances', value: 'single' },
				{ name: 'One Item per Currency', value: 'split' },
			],
			default: 'single',
		},
	],
	async execute(i) {
		const output = this.getNodeParameter('output', i, 'single') as string;
		const balances = (await westWalletRequest.call(this, 'GET', '/wallet/balances', 'read', {
			itemIndex: i,
			action: 'Reading all balances',
			// The answer maps each currency to its balance: every top-level number is money.
			moneyFields: (path) => path.length === 1,
		})) as IDataObject;
		if (output !== 'split') return balances;
		return Object.entries(balances)
			.filter(([k]) => k !== 'error')
			.map(([currency, balance]) => ({ currency, balance }));
	},
};
