import type { IDataObject } from 'n8n-workflow';
import type { ItemOperation } from '../../../shared/registry';
import { output } from '../../helpers/output';
import { limitOf, walletOf } from '../../helpers/params';
import { checkTag, listTransactions, tagOption } from '../../helpers/transactions';
import { coinField, outputOptions, returnAllFields, walletLocator } from '../common.descriptions';

export const operation: ItemOperation = {
	name: 'Get Transactions',
	description: "List a wallet's transactions, newest first",
	action: 'Get wallet transactions',
	kind: 'read',
	properties: [coinField, walletLocator, ...returnAllFields(), outputOptions([tagOption])],
	async execute(i) {
		const { coin, wallet, path } = walletOf(this, i);
		const options = this.getNodeParameter('options', i, {}) as IDataObject;
		const tag = checkTag(this, options.tag, i);
		const txs = await listTransactions(
			this,
			path,
			i,
			{ limit: limitOf(this, i), tag },
			`Listing the transactions of ${coin} wallet ${wallet}`,
		);
		return await output(this, txs, i, { coin });
	},
};
