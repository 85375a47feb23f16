import type { ItemOperation } from '../../../shared/registry';
import { output } from '../../helpers/output';
import { webhookId, webhookPath } from '../../helpers/webhooks';
import { addressSoResult } from '../../transport';
import { outputOptions, webhookIdField } from '../common.descriptions';

export const operation: ItemOperation = {
	name: 'Get',
	description: 'Get a webhook with the wallet or account it watches',
	action: 'Get a webhook',
	kind: 'read',
	properties: [webhookIdField, outputOptions()],
	async execute(i) {
		const id = webhookId(this, i);
		const result = await addressSoResult.call(this, 'GET', webhookPath(id), 'read', {
			itemIndex: i,
			action: `Reading webhook ${id}`,
		});
		return await output(this, result, i);
	},
};
