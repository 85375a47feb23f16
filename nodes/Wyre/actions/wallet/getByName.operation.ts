import type { ItemOperation } from '../../../shared/registry';
import { checkText } from '../../../shared/params';
import { walletByName } from '../../helpers/locators';
import { readSettings } from '../../helpers/params';
import { wyreOptions } from '../common.descriptions';
import { walletNameField } from './wallet.fields';

export const operation: ItemOperation = {
	name: 'Get by Name',
	description: 'Get the wallet with this unique name (GET /v2/wallet?name=)',
	action: 'Get a wallet by name',
	kind: 'read',
	properties: [
		{ ...walletNameField, description: 'The unique name the wallet was created with' },
		wyreOptions,
	],
	async execute(i) {
		const settings = readSettings(this, i);
		const name = checkText(this, this.getNodeParameter('name', i), 'Name', i, {
			required: true,
			maxLength: 200,
		}) as string;
		return await walletByName(this, name, i, settings);
	},
};
