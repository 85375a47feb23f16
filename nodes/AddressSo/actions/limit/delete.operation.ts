import type { ItemOperation } from '../../../shared/registry';
import { limitPath, limitPathOption } from '../../helpers/limitPath';
import { output } from '../../helpers/output';
import { checkNumericId } from '../../helpers/params';
import { addressSoResult } from '../../transport';
import { limitIdField } from '../common.descriptions';

export const operation: ItemOperation = {
	name: 'Delete',
	description: 'Delete a wallet limit',
	action: 'Delete a limit',
	kind: 'write',
	properties: [limitIdField, limitPathOption],
	async execute(i) {
		const id = checkNumericId(this, this.getNodeParameter('limitId', i), i, 'Limit ID');
		const result = await addressSoResult.call(this, 'DELETE', limitPath(this, i, id), 'write', {
			itemIndex: i,
			action: `Deleting limit ${id}`,
		});
		return await output(this, result, i, { convert: false });
	},
};
