import type { IDataObject } from 'n8n-workflow';
import type { ItemOperation } from '../../../shared/registry';
import { readSettings } from '../../helpers/params';
import { wyreRequest } from '../../transport';
import { wyreOptions } from '../common.descriptions';
import { walletBody, walletExtraFields, walletNameField, walletTypeField } from './wallet.fields';

export const operation: ItemOperation = {
	name: 'Create',
	description: 'Create a wallet (POST /v2/wallets)',
	action: 'Create a wallet',
	kind: 'write',
	properties: [
		walletNameField,
		walletTypeField,
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: walletExtraFields,
		},
		wyreOptions,
	],
	async execute(i) {
		const settings = readSettings(this, i);
		const body = walletBody(this, i, (key) => this.getNodeParameter(key, i, undefined));
		return (await wyreRequest.call(this, 'POST', '/v2/wallets', 'write', {
			body,
			settings,
			itemIndex: i,
			action: `Creating the wallet "${String(body.name)}"`,
			checkHint: 'look for a wallet with this name (Wallet → Get by Name)',
		})) as IDataObject;
	},
};
