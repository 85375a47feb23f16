import type { IDataObject } from 'n8n-workflow';
import type { ItemOperation } from '../../../shared/registry';
import { checkId } from '../../../shared/params';
import { westWalletRequest } from '../../transport';

export const operation: ItemOperation = {
	name: 'Get Transactions',
	description: 'List the incoming transactions of a payment page',
	action: 'Get the transactions of an invoice',
	kind: 'read',
	properties: [
		{
			displayName: 'Invoice Token',
			name: 'invoice',
			type: 'string',
			required: true,
			default: '',
			description: 'The token of the payment page, as returned by Invoice → Create',
		},
		{
			displayName: 'Output',
			name: 'output',
			type: 'options',
			options: [
				{ name: 'One Item per Transaction', value: 'split' },
				{ name: 'The Whole Answer', value: 'raw' },
			],
			default: 'split',
		},
	],
	async execute(i) {
		const token = checkId(this, this.getNodeParameter('invoice', i), 'Invoice Token', i, {
			pattern: /^[A-Za-z0-9]+$/,
			expected: 'the token of a payment page (letters and digits)',
		});
		const response = (await westWalletRequest.call(
			this,
			'GET',
			'/address/invoice_transactions',
			'read',
			{
				qs: { token },
				itemIndex: i,
				action: 'Listing the transactions of a payment page',
			},
		)) as IDataObject;
		if (this.getNodeParameter('output', i, 'split') === 'raw') return response;
		return (response.result ?? []) as IDataObject[];
	},
};
