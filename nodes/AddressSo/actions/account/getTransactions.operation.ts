import type { ItemOperation } from '../../../shared/registry';
import { output } from '../../helpers/output';
import { accountOf, limitOf } from '../../helpers/params';
import { listTransactions } from '../../helpers/transactions';
import { accountFields, outputOptions, returnAllFields } from '../common.descriptions';

export const operation: ItemOperation = {
	name: 'Get Transactions',
	description: "List an account's transactions, newest first",
	action: 'Get account transactions',
	kind: 'read',
	properties: [...accountFields, ...returnAllFields(), outputOptions()],
	async execute(i) {
		const { coin, account, path } = accountOf(this, i);
		const txs = await listTransactions(
			this,
			path,
			i,
			{ limit: limitOf(this, i) },
			`Listing the transactions of ${coin} account ${account}`,
		);
		return await output(this, txs, i, { coin });
	},
};
