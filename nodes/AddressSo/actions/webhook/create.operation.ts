import type { ItemOperation } from '../../../shared/registry';
import { invalidInput } from '../../../shared/params';
import { output } from '../../helpers/output';
import { accountOf, walletOf } from '../../helpers/params';
import { webhookUrl, webhookUrlField } from '../../helpers/webhooks';
import { addressSoResult } from '../../transport';
import { accountLocator, coinField, outputOptions, walletLocator } from '../common.descriptions';

export const operation: ItemOperation = {
	name: 'Create',
	description: 'Register a URL notified of balance changes of a wallet or an account',
	action: 'Create a webhook',
	kind: 'write',
	properties: [
		webhookUrlField,
		{
			displayName: 'Type',
			name: 'type',
			type: 'options',
			options: [
				{ name: 'Wallet', value: 'wallet', description: 'Every account of a wallet' },
				{ name: 'Account', value: 'account', description: 'One account' },
			],
			default: 'wallet',
		},
		coinField,
		walletLocator,
		{ ...accountLocator, displayOptions: { show: { type: ['account'] } } },
		outputOptions(),
	],
	async execute(i) {
		const url = webhookUrl(this, i);
		const type = this.getNodeParameter('type', i);
		if (type !== 'wallet' && type !== 'account')
			invalidInput(this, 'Type', `must be wallet or account, not ${JSON.stringify(type)}`, i);
		const target = type === 'account' ? accountOf(this, i) : walletOf(this, i);
		const entityId = target.account ?? target.wallet;
		const result = await addressSoResult.call(this, 'POST', '/api/webhooks', 'write', {
			body: { url, type, entity_id: entityId },
			itemIndex: i,
			action: `Creating a webhook for ${type} ${entityId}`,
		});
		return await output(this, result, i, { coin: target.coin });
	},
};
