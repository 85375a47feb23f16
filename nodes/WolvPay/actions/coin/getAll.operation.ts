import type { IDataObject } from 'n8n-workflow';
import type { ItemOperation } from '../../../shared/registry';
import { invalidInput } from '../../../shared/params';
import { getCoinsData } from '../../helpers/coins';
import { FIAT_CODES, fiatOptions } from '../../helpers/currencies';

export const operation: ItemOperation = {
	name: 'Get Many',
	description: 'List the supported coins with their minimum amount and fiat prices',
	action: 'Get many coins',
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
			displayName: 'Options',
			name: 'options',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			options: [
				{
					displayName: 'Fiat Prices',
					name: 'fiatCurrencies',
					type: 'multiOptions',
					options: fiatOptions,
					default: [],
					description:
						'Output the price of each coin only in these fiat currencies (prices are decimal strings as WolvPay sends them). Empty: all currencies.',
				},
			],
		},
	],
	async execute(i) {
		const returnAll = this.getNodeParameter('returnAll', i) as boolean;
		const limit = returnAll ? Infinity : (this.getNodeParameter('limit', i) as number);
		const options = this.getNodeParameter('options', i, {}) as IDataObject;
		let fiat = options.fiatCurrencies as string[] | string | undefined;
		if (typeof fiat === 'string') fiat = fiat.split(',');
		const wanted = (fiat ?? []).map((c) => String(c).trim().toUpperCase()).filter(Boolean);
		for (const code of wanted) {
			if (!FIAT_CODES.includes(code))
				invalidInput(this, 'Fiat Prices', `"${code}" is not one of WolvPay's fiat currencies`, i);
		}
		const list = await getCoinsData(this);
		return list.slice(0, limit).map((c) => {
			const out: IDataObject = { ...c };
			if (wanted.length) {
				const prices: IDataObject = {};
				for (const code of wanted) {
					if (c.prices && c.prices[code] !== undefined) prices[code] = c.prices[code];
				}
				out.prices = prices;
			}
			return out;
		});
	},
};
