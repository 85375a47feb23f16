import type { ItemOperation } from '../../../shared/registry';
import { output } from '../../helpers/output';
import { webhookId, webhookPath, webhookUrl, webhookUrlField } from '../../helpers/webhooks';
import { addressSoResult } from '../../transport';
import { outputOptions, webhookIdField } from '../common.descriptions';

export const operation: ItemOperation = {
	name: 'Update',
	description: "Change a webhook's URL",
	action: 'Update a webhook',
	kind: 'write',
	properties: [webhookIdField, { ...webhookUrlField, description: 'The new URL' }, outputOptions()],
	async execute(i) {
		const id = webhookId(this, i);
		const url = webhookUrl(this, i);
		const result = await addressSoResult.call(this, 'PUT', webhookPath(id), 'write', {
			body: { url },
			itemIndex: i,
			action: `Updating webhook ${id}`,
		});
		return await output(this, result, i);
	},
};
