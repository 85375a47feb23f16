import type { ItemOperation } from '../../../shared/registry';
import { output } from '../../helpers/output';
import { accountOf } from '../../helpers/params';
import { addressSoResult } from '../../transport';
import { accountFields, outputOptions } from '../common.descriptions';

export const operation: ItemOperation = {
	name: 'Get',
	description: 'Get an account with its address and balance',
	action: 'Get an account',
	kind: 'read',
	properties: [...accountFields, outputOptions()],
	async execute(i) {
		const { coin, account, path } = accountOf(this, i);
		const result = await addressSoResult.call(this, 'GET', path, 'read', {
			itemIndex: i,
			action: `Reading ${coin} account ${account}`,
		});
		return await output(this, result, i, { coin });
	},
};
