import type { IDataObject } from 'n8n-workflow';
import type { ItemOperation } from '../../../shared/registry';
import { checkPlainId, readSettings } from '../../helpers/params';
import { wyreRequest } from '../../transport';
import { wyreOptions } from '../common.descriptions';

export const operation: ItemOperation = {
	name: 'Delete',
	description: 'Stop a data subscription (DELETE /v3/subscriptions/{ID})',
	action: 'Delete a subscription',
	kind: 'write',
	properties: [
		{
			displayName: 'Subscription ID',
			name: 'subscriptionId',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'DA_JF4DQ2NE1',
		},
		wyreOptions,
	],
	async execute(i) {
		const settings = readSettings(this, i);
		const id = checkPlainId(this, this.getNodeParameter('subscriptionId', i), 'Subscription ID', i);
		const answer = await wyreRequest.call(
			this,
			'DELETE',
			`/v3/subscriptions/${encodeURIComponent(id)}`,
			'write',
			{ settings, itemIndex: i, action: `Deleting the subscription ${id}`, emptySuccess: true },
		);
		const body = answer && typeof answer === 'object' ? (answer as IDataObject) : {};
		return { deleted: true, id, ...body };
	},
};
