import type { ItemOperation } from '../../../shared/registry';
import type { IDataObject } from 'n8n-workflow';
import { getCurrenciesData } from '../../helpers/currencies';

export const operation: ItemOperation = {
	name: 'Get Many',
	description: 'List the currencies with their limits and address patterns',
	action: 'Get many currencies',
	kind: 'read',
	properties: [
		{
			displayName: 'Options',
			name: 'options',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			options: [
				{
					displayName: 'Only Active',
					name: 'onlyActive',
					type: 'boolean',
					default: false,
					description: 'Whether to return only currencies that are active',
				},
			],
		},
	],
	async execute(i) {
		const { onlyActive } = this.getNodeParameter('options', i, {}) as { onlyActive?: boolean };
		const list = await getCurrenciesData(this);
		return (onlyActive ? list.filter((c) => c.active !== false) : list) as IDataObject[];
	},
};
