import type { ItemOperation } from '../../../shared/registry';
import { output } from '../../helpers/output';
import { coinParam } from '../../helpers/params';
import { addressSoResult } from '../../transport';
import { coinField } from '../common.descriptions';

export const operation: ItemOperation = {
	name: 'Get',
	description: 'Get one coin and its precision',
	action: 'Get a coin',
	kind: 'read',
	properties: [coinField],
	async execute(i) {
		const coin = coinParam(this, i);
		const result = await addressSoResult.call(
			this,
			'GET',
			`/api/coins/${encodeURIComponent(coin)}`,
			'read',
			{ itemIndex: i, action: `Reading the coin ${coin}` },
		);
		return await output(this, result, i, { convert: false });
	},
};
