import type { ItemOperation } from '../../../shared/registry';
import { invalidInput } from '../../../shared/params';
import { output } from '../../helpers/output';
import { checkNumericId, walletOf } from '../../helpers/params';
import { formBody } from '../../helpers/signature';
import { addressSoResult } from '../../transport';
import { coinField, walletLocator } from '../common.descriptions';

export const operation: ItemOperation = {
	name: 'Archive',
	description: 'Archive (soft-delete) accounts of a wallet',
	action: 'Archive accounts',
	kind: 'write',
	properties: [
		coinField,
		walletLocator,
		{
			displayName: 'Account IDs',
			name: 'accountIds',
			type: 'string',
			required: true,
			default: '',
			placeholder: '41, 42',
			description: 'The IDs of the accounts to archive, separated by commas',
		},
	],
	async execute(i) {
		const { coin, wallet, path } = walletOf(this, i);
		const raw = this.getNodeParameter('accountIds', i);
		const list = Array.isArray(raw)
			? raw
			: typeof raw === 'number'
				? [raw]
				: typeof raw === 'string'
					? raw
							.split(',')
							.map((s) => s.trim())
							.filter((s) => s !== '')
					: invalidInput(this, 'Account IDs', 'must be IDs separated by commas', i);
		if (!list.length) invalidInput(this, 'Account IDs', 'is required', i);
		const ids = list.map((id) => checkNumericId(this, id, i, 'Account IDs'));
		// A DELETE carries its parameters in the query string, as a PHP-style list.
		const query = formBody(ids.map((id, k) => [`accounts[${k}]`, id]));
		const result = await addressSoResult.call(
			this,
			'DELETE',
			`${path}/accounts/archive?${query}`,
			'write',
			{ itemIndex: i, action: `Archiving ${ids.length} account(s) of ${coin} wallet ${wallet}` },
		);
		const [item] = await output(this, result, i, { convert: false });
		return { accounts: ids, ...item };
	},
};
