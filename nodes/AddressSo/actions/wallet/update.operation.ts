import type { IDataObject } from 'n8n-workflow';
import type { ItemOperation } from '../../../shared/registry';
import { checkText } from '../../../shared/params';
import { output } from '../../helpers/output';
import { walletOf } from '../../helpers/params';
import { addressSoResult } from '../../transport';
import { coinField, outputOptions, walletLocator } from '../common.descriptions';

export const operation: ItemOperation = {
	name: 'Update',
	description: "Change a wallet's label",
	action: 'Update a wallet',
	kind: 'write',
	properties: [
		coinField,
		walletLocator,
		{
			displayName: 'Update Fields',
			name: 'updateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				{
					displayName: 'Label',
					name: 'label',
					type: 'string',
					default: '',
					description: 'The new human-readable name of the wallet',
				},
			],
		},
		outputOptions(),
	],
	async execute(i) {
		const { coin, wallet, path } = walletOf(this, i);
		const fields = this.getNodeParameter('updateFields', i, {}) as IDataObject;
		const body: IDataObject = {};
		const label = checkText(this, fields.label, 'Label', i, { maxLength: 255 });
		if (label !== undefined) body.label = label;
		const result = await addressSoResult.call(this, 'PUT', path, 'write', {
			body,
			itemIndex: i,
			action: `Updating ${coin} wallet ${wallet}`,
		});
		return await output(this, result, i, { coin });
	},
};
