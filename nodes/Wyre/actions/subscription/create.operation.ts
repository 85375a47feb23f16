import type { IDataObject } from 'n8n-workflow';
import type { ItemOperation } from '../../../shared/registry';
import { checkUrl } from '../../../shared/params';
import { readSettings } from '../../helpers/params';
import { readSrn, SUBSCRIPTION_SRN_TYPES } from '../../helpers/srn';
import { wyreRequest } from '../../transport';
import { srnFields, wyreOptions } from '../common.descriptions';

export const operation: ItemOperation = {
	name: 'Create',
	description:
		'Have Wyre post {subscriptionId, trigger} to a URL whenever a wallet, account, transfer or payment method changes (POST /v3/subscriptions)',
	action: 'Create a subscription',
	kind: 'write',
	properties: [
		...srnFields(
			'subscribeTo',
			'Subscribe To',
			'The object to watch, e.g. a wallet ID.',
			SUBSCRIPTION_SRN_TYPES,
		),
		{
			displayName: 'Notify URL',
			name: 'notifyTarget',
			type: 'string',
			required: true,
			default: '',
			description: 'Where Wyre posts the notifications (the Wyre Trigger registers its own)',
		},
		wyreOptions,
	],
	async execute(i) {
		const settings = readSettings(this, i);
		const subscribeTo = readSrn(this, 'subscribeTo', 'Subscribe To', i, SUBSCRIPTION_SRN_TYPES);
		const notifyTarget = checkUrl(this, this.getNodeParameter('notifyTarget', i), 'Notify URL', i, {
			required: true,
		});
		return (await wyreRequest.call(this, 'POST', '/v3/subscriptions', 'write', {
			body: { subscribeTo, notifyTarget },
			settings,
			itemIndex: i,
			action: `Subscribing to ${subscribeTo}`,
		})) as IDataObject;
	},
};
