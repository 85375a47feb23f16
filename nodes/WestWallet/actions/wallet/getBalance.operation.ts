import type { IDataObject } from 'n8n-workflow';
import type { ItemOperation } from '../../../shared/registry';
import { checkToken } from '../../../shared/params';
import { westWalletRequest } from '../../transport';
import { currencyField } from '../common.descriptions';

export const operation: ItemOperation = {
	name: 'Get Balance',
	description: 'Get the balance of one currency',
	action: 'Get a wallet balance',
	kind: 'read',
	properties: [currencyField()],
	async execute(i) {
		const currency = checkToken(this, this.getNodeParameter('currency', i), 'Currency', i, {
			required: true,
			maxLength: 32,
		}) as string;
		return (await westWalletRequest.call(this, 'GET', '/wallet/balance', 'read', {
			qs: { currency },
			itemIndex: i,
			action: `Reading the ${currency} balance`,
		})) as IDataObject;
	},
};
