import type { IDataObject } from 'n8n-workflow';
import type { ItemOperation } from '../../../shared/registry';
import { envelopeData, wolvPayRequest } from '../../transport';
import { checkCoinCode, getInvoiceId, invoiceIdField } from '../common.descriptions';

export const operation: ItemOperation = {
	name: 'Update',
	description: 'Select the coin of a white-label invoice created without one',
	action: 'Select the coin of an invoice',
	kind: 'write',
	properties: [
		{
			displayName:
				'Selects the coin of a white-label invoice that was created without one. It fails (HTTP 402) when a coin is already selected, the invoice has expired, or the invoice is hosted (its coin is chosen on the hosted page).',
			name: 'updateNotice',
			type: 'notice',
			default: '',
		},
		invoiceIdField,
		{
			displayName: 'Coin Name or ID',
			name: 'coin',
			type: 'options',
			typeOptions: { loadOptionsMethod: 'getCoins' },
			required: true,
			default: '',
			description:
				'The cryptocurrency the customer will pay with. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
	],
	async execute(i) {
		const id = getInvoiceId(this, i);
		const coin = checkCoinCode(this, this.getNodeParameter('coin', i), 'Coin', i);
		const response = await wolvPayRequest.call(
			this,
			'POST',
			`/invoices/${encodeURIComponent(id)}`,
			'write',
			{
				body: { coin },
				itemIndex: i,
				action: 'Selecting the coin of an invoice',
			},
		);
		return envelopeData(response) as IDataObject;
	},
};
