import type { IDataObject } from 'n8n-workflow';
import type { ItemOperation } from '../../../shared/registry';
import { locatorValue, readWalletId, walletByName } from '../../helpers/locators';
import { readSettings } from '../../helpers/params';
import { wyreRequest } from '../../transport';
import { walletLocator, wyreOptions } from '../common.descriptions';

export const operation: ItemOperation = {
	name: 'Get',
	description: 'Get a wallet with its balances and deposit addresses (GET /v2/wallet/{ID})',
	action: 'Get a wallet',
	kind: 'read',
	properties: [walletLocator(), wyreOptions],
	async execute(i) {
		const settings = readSettings(this, i);
		const { mode, value } = locatorValue(this, 'walletId', i);
		// By name, W26 already answers the wallet itself.
		if (mode === 'name' && typeof value === 'string' && value !== '')
			return await walletByName(this, value, i, settings);
		const id = await readWalletId(this, 'walletId', 'Wallet', i, settings);
		return (await wyreRequest.call(this, 'GET', `/v2/wallet/${encodeURIComponent(id)}`, 'read', {
			settings,
			itemIndex: i,
			action: `Reading the wallet ${id}`,
		})) as IDataObject;
	},
};
