import type { IDataObject } from 'n8n-workflow';
import type { ItemOperation } from '../../../shared/registry';
import { checkText, checkUrl, invalidInput } from '../../../shared/params';
import { readWalletId } from '../../helpers/locators';
import { readSettings } from '../../helpers/params';
import { wyreRequest } from '../../transport';
import { walletLocator, wyreOptions } from '../common.descriptions';
import { walletExtraFields } from './wallet.fields';

export const operation: ItemOperation = {
	name: 'Update',
	description: "Change a wallet's name, callback URL or notes (POST /v2/wallet/{ID}/update)",
	action: 'Update a wallet',
	kind: 'write',
	properties: [
		walletLocator(),
		{
			displayName: 'Update Fields',
			name: 'updateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				{ displayName: 'Name', name: 'name', type: 'string', default: '' },
				...walletExtraFields,
			],
		},
		wyreOptions,
	],
	async execute(i) {
		const settings = readSettings(this, i);
		const fields = this.getNodeParameter('updateFields', i, {}) as IDataObject;
		const body: IDataObject = {};
		const name = checkText(this, fields.name, 'Update Fields → Name', i, { maxLength: 200 });
		const callbackUrl = checkUrl(this, fields.callbackUrl, 'Update Fields → Callback URL', i);
		const notes = checkText(this, fields.notes, 'Update Fields → Notes', i, { maxLength: 2000 });
		if (name !== undefined) body.name = name;
		if (callbackUrl !== undefined) body.callbackUrl = callbackUrl;
		if (notes !== undefined) body.notes = notes;
		if (!Object.keys(body).length)
			invalidInput(this, 'Update Fields', 'must set at least one of Name, Callback URL, Notes', i);
		const id = await readWalletId(this, 'walletId', 'Wallet', i, settings);
		return (await wyreRequest.call(
			this,
			'POST',
			`/v2/wallet/${encodeURIComponent(id)}/update`,
			'write',
			{ body, settings, itemIndex: i, action: `Updating the wallet ${id}` },
		)) as IDataObject;
	},
};
