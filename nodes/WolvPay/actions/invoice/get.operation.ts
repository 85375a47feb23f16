import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { envelopeData, wolvPayRequest } from '../../transport';
import { getInvoiceId, invoiceIdField } from '../common.descriptions';

export const description: INodeProperties[] = [invoiceIdField(['get'])];

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const id = getInvoiceId(this, i);
	const response = await wolvPayRequest.call(this, 'GET', `/invoices/${encodeURIComponent(id)}`, 'read', {
		itemIndex: i,
		action: 'Retrieving an invoice',
	});
	return envelopeData(response) as IDataObject;
}
