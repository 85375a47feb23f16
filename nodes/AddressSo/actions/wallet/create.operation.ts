import type { ItemOperation } from '../../../shared/registry';
import { checkText } from '../../../shared/params';
import { output } from '../../helpers/output';
import { coinParam } from '../../helpers/params';
import { addressSoResult } from '../../transport';
import { coinField, outputOptions } from '../common.descriptions';

export const labelField = {
	displayName: 'Label',
	name: 'label',
	type: 'string' as const,
	required: true,
	default: '',
	description: 'A human-readable name for the wallet',
};

export const operation: ItemOperation = {
	name: 'Create',
	description: 'Create a wallet for a coin',
	action: 'Create a wallet',
	kind: 'write',
	properties: [coinField, labelField, outputOptions()],
	async execute(i) {
		const coin = coinParam(this, i);
		const label = checkText(this, this.getNodeParameter('label', i), 'Label', i, {
			required: true,
			maxLength: 255,
		});
		const result = await addressSoResult.call(
			this,
			'POST',
			`/api/coins/${encodeURIComponent(coin)}/wallets`,
			'write',
			{ body: { label }, itemIndex: i, action: `Creating a ${coin} wallet` },
		);
		return await output(this, result, i);
	},
};
