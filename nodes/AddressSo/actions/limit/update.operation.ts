import type { ItemOperation } from '../../../shared/registry';
import { limitAmount, limitAmountField } from '../../helpers/limits';
import { limitPath, limitPathOption } from '../../helpers/limitPath';
import { output } from '../../helpers/output';
import { checkNumericId } from '../../helpers/params';
import { addressSoResult } from '../../transport';
import { limitIdField } from '../common.descriptions';

export const operation: ItemOperation = {
	name: 'Update',
	description: "Change a wallet limit's amount",
	action: 'Update a limit',
	kind: 'write',
	properties: [limitIdField, limitAmountField, limitPathOption],
	async execute(i) {
		const id = checkNumericId(this, this.getNodeParameter('limitId', i), i, 'Limit ID');
		const amount = limitAmount(this, i);
		const result = await addressSoResult.call(this, 'POST', limitPath(this, i, id), 'write', {
			body: { amount },
			itemIndex: i,
			action: `Updating limit ${id}`,
		});
		return await output(this, result, i, { convert: false });
	},
};
