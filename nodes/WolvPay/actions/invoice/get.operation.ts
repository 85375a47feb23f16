import type { IDataObject } from 'n8n-workflow';
import type { ItemOperation } from '../../../shared/registry';
import { envelopeData, wolvPayRequest } from '../../transport';
import { getInvoiceId, invoiceIdField } from '../common.descriptions';

export const operation: ItemOperation = {
	name: 'Get',
	description: 'Retrieve an invoice',
	action: 'Get an invoice',
	kind: 'read',
	properties: [invoiceIdField],
	async execute(i) {
		const id = getInvoiceId(this, i);
		const response = await wolvPayRequest.call(
			this,
			'GET',
			`/invoices/${encodeURIComponent(id)}`,
			'read',
			{
				itemIndex: i,
				action: 'Retrieving an invoice',
			},
		);
		return envelopeData(response) as IDataObject;
	},
};
