import type { IDataObject } from 'n8n-workflow';
import { collectByOffset } from '../../../shared/pagination';
import type { ItemOperation } from '../../../shared/registry';
import { checkToken } from '../../../shared/params';
import { westWalletRequest } from '../../transport';

/** The API returns at most 100 transactions a request. */
export const PAGE_SIZE = 100;

export const operation: ItemOperation = {
	name: 'Get Many',
	description: 'List transactions (history)',
	action: 'Get many transactions',
	kind: 'read',
	properties: [
		{
			displayName: 'Return All',
			name: 'returnAll',
			type: 'boolean',
			default: false,
			description: 'Whether to return all results or only up to a given limit',
		},
		{
			displayName: 'Limit',
			name: 'limit',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 50,
			description: 'Max number of results to return',
			displayOptions: { show: { returnAll: [false] } },
		},
		{
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: [
				{
					displayName: 'Currency Name or ID',
					name: 'currency',
					type: 'options',
					typeOptions: { loadOptionsMethod: 'getCurrencies' },
					default: '',
					description:
						'Only this currency. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
				},
				{
					displayName: 'Order',
					name: 'order',
					type: 'options',
					options: [
						{ name: 'Newest First', value: 'desc' },
						{ name: 'Oldest First', value: 'asc' },
					],
					default: 'desc',
				},
				{
					displayName: 'Status',
					name: 'status',
					type: 'options',
					options: [
						{ name: 'Completed', value: 'completed' },
						{ name: 'Pending', value: 'pending' },
					],
					default: 'completed',
				},
				{
					displayName: 'Type',
					name: 'type',
					type: 'options',
					options: [
						{ name: 'Receive', value: 'receive' },
						{ name: 'Send', value: 'send' },
					],
					default: 'receive',
				},
			],
		},
	],
	async execute(i) {
		const returnAll = this.getNodeParameter('returnAll', i) as boolean;
		const limit = returnAll ? 0 : (this.getNodeParameter('limit', i) as number);
		const filters = this.getNodeParameter('filters', i, {}) as IDataObject;
		const base: IDataObject = {};
		for (const key of ['currency', 'type', 'status', 'order']) {
			if (filters[key])
				base[key] = checkToken(this, filters[key], `Filters → ${key}`, i, { maxLength: 32 });
		}
		return await collectByOffset(
			async (offset, size) => {
				const response = (await westWalletRequest.call(
					this,
					'POST',
					'/wallet/transactions',
					'read',
					{
						body: { ...base, limit: size, offset },
						itemIndex: i,
						action: 'Listing transactions',
					},
				)) as IDataObject;
				return (response.result ?? []) as IDataObject[];
			},
			{ returnAll, limit, pageSize: PAGE_SIZE },
		);
	},
};
