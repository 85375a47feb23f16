import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { invalidInput } from '../../../shared/validation';
import { westWalletRequest } from '../../transport';
import { show } from '../common.descriptions';

export const description: INodeProperties[] = [
	{
		displayName: 'Invoice Token',
		name: 'token',
		type: 'string',
		required: true,
		default: '',
		description: 'The token of the payment page, as returned by Invoice → Create',
		displayOptions: show('invoice', ['getTransactions']),
	},
	{
		displayName: 'Output',
		name: 'output',
		type: 'options',
		displayOptions: show('invoice', ['getTransactions']),
		options: [
			{ name: 'One Item per Transaction', value: 'split' },
			{ name: 'The Whole Answer', value: 'raw' },
		],
		default: 'split',
	},
];

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject | IDataObject[]> {
	const token = String(this.getNodeParameter('token', i)).trim();
	if (!/^[A-Za-z0-9]+$/.test(token)) invalidInput(this, 'Invoice Token', 'must be the token of a payment page (letters and digits)', i);
	const response = (await westWalletRequest.call(this, 'GET', '/address/invoice_transactions', 'read', {
		qs: { token },
		itemIndex: i,
		action: 'Listing the transactions of a payment page',
	})) as IDataObject;
	if (this.getNodeParameter('output', i, 'split') === 'raw') return response;
	return (response.result ?? []) as IDataObject[];
}
