import type { IDataObject } from 'n8n-workflow';
import type { ItemOperation } from '../../../shared/registry';
import { readWalletId } from '../../helpers/locators';
import { readSettings } from '../../helpers/params';
import { wyreRequest } from '../../transport';
import { walletLocator, wyreOptions } from '../common.descriptions';

export const operation: ItemOperation = {
	name: 'Delete',
	description: 'Delete a wallet (DELETE /v2/wallet/{ID})',
	action: 'Delete a wallet',
	kind: 'write',
	properties: [walletLocator(), wyreOptions],
	async execute(i) {
		const settings = readSettings(this, i);
		const id = await readWalletId(this, 'walletId', 'Wallet', i, settings);
		const answer = await wyreRequest.call(
			this,
			'DELETE',
			`/v2/wallet/${encodeURIComponent(id)}`,
			'write',
			{ settings, itemIndex: i, action: `Deleting the wallet ${id}`, emptySuccess: true },
		);
		const body = answer && typeof answer === 'object' ? (answer as IDataObject) : {};
		return { deleted: true, id, ...body };
	},
};
