import type { ItemOperation } from '../../../shared/registry';
import { output } from '../../helpers/output';
import { webhookId, webhookPath } from '../../helpers/webhooks';
import { addressSoResult } from '../../transport';
import { webhookIdField } from '../common.descriptions';

export const operation: ItemOperation = {
	name: 'Delete',
	description: 'Delete a webhook',
	action: 'Delete a webhook',
	kind: 'write',
	properties: [webhookIdField],
	async execute(i) {
		const id = webhookId(this, i);
		const result = await addressSoResult.call(this, 'DELETE', webhookPath(id), 'write', {
			itemIndex: i,
			action: `Deleting webhook ${id}`,
		});
		const [item] = await output(this, result, i, { convert: false });
		return { id, ...item };
	},
};
