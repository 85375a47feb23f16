import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { westWalletRequest } from '../../transport';
import { show } from '../common.descriptions';

export const description: INodeProperties[] = [
	{
		displayName: 'Output',
		name: 'output',
		type: 'options',
		displayOptions: show('wallet', ['getBalances']),
		options: [
			{ name: 'One Item With All Balances', value: 'single' },
			{ name: 'One Item per Currency', value: 'split' },
		],
		default: 'single',
	},
];

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject | IDataObject[]> {
	const output = this.getNodeParameter('output', i, 'single') as string;
	const balances = (await westWalletRequest.call(this, 'GET', '/wallet/balances', 'read', {
		itemIndex: i,
		action: 'Reading all balances',
	})) as IDataObject;
	if (output !== 'split') return balances;
	return Object.entries(balances)
		.filter(([k]) => k !== 'error')
		.map(([currency, balance]) => ({ currency, balance }));
}
