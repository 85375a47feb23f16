import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { getCurrenciesData } from '../../helpers/currencies';
import { show } from '../common.descriptions';

export const description: INodeProperties[] = [
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: show('currency', ['getAll']),
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
];

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
	const { onlyActive } = this.getNodeParameter('options', i, {}) as { onlyActive?: boolean };
	const list = await getCurrenciesData(this);
	return (onlyActive ? list.filter((c) => c.active !== false) : list) as IDataObject[];
}
