import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { westWalletRequest } from '../../transport';
import { currencyField } from '../common.descriptions';

export const description: INodeProperties[] = [currencyField('wallet', ['getBalance'])];

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const currency = String(this.getNodeParameter('currency', i)).trim();
	return (await westWalletRequest.call(this, 'GET', '/wallet/balance', 'read', {
		qs: { currency },
		itemIndex: i,
		action: `Reading the ${currency} balance`,
	})) as IDataObject;
}
