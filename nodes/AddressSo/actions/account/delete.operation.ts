import type { ItemOperation } from '../../../shared/registry';
import { output } from '../../helpers/output';
import { accountOf } from '../../helpers/params';
import { addressSoResult } from '../../transport';
import { accountFields } from '../common.descriptions';

export const operation: ItemOperation = {
	name: 'Delete',
	description: 'Delete an account (only when its balance is zero)',
	action: 'Delete an account',
	kind: 'write',
	properties: [...accountFields],
	async execute(i) {
		const { coin, account, path } = accountOf(this, i);
		const result = await addressSoResult.call(this, 'DELETE', path, 'write', {
			itemIndex: i,
			action: `Deleting ${coin} account ${account}`,
		});
		return await output(this, result, i, { convert: false });
	},
};
