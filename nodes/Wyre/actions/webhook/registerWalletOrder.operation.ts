import type { IDataObject } from 'n8n-workflow';
import type { ItemOperation } from '../../../shared/registry';
import { checkUrl } from '../../../shared/params';
import { readLocatorId } from '../../helpers/locators';
import { readSettings } from '../../helpers/params';
import { wyreRequest } from '../../transport';
import { accountLocator, wyreOptions } from '../common.descriptions';

export const operation: ItemOperation = {
	name: 'Register Wallet-Order Webhook',
	description:
		"Have Wyre post an account's wallet-order updates (PROCESSING, COMPLETE, FAILED) to a URL (POST /v2/digitalwallet/webhook)",
	action: 'Register a wallet order webhook',
	kind: 'write',
	properties: [
		accountLocator('owner'),
		{
			displayName: 'Webhook URL',
			name: 'webhook',
			type: 'string',
			required: true,
			default: '',
			description: 'Where Wyre posts the order updates (the Wyre Trigger registers its own)',
		},
		wyreOptions,
	],
	async execute(i) {
		const settings = readSettings(this, i);
		const owner = `account:${readLocatorId(this, 'owner', 'Account', i, 'account')}`;
		const webhook = checkUrl(this, this.getNodeParameter('webhook', i), 'Webhook URL', i, {
			required: true,
		});
		return (await wyreRequest.call(this, 'POST', '/v2/digitalwallet/webhook', 'write', {
			body: { owner, webhook },
			settings,
			itemIndex: i,
			action: `Registering a wallet-order webhook for ${owner}`,
		})) as IDataObject;
	},
};
