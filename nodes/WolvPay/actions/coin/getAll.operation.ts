import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { getCoinsData } from '../../helpers/coins';
import { FIAT_CODES, fiatOptions } from '../../helpers/currencies';
import { invalidInput } from '../../../shared/validation';
import { show } from '../common.descriptions';
import { returnAllAndLimit } from '../../../shared/descriptions';

const display = show('coin', ['getAll']);

export const description: INodeProperties[] = [
	...returnAllAndLimit('coin', 'getAll'),
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: display,
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
];

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
	const returnAll = this.getNodeParameter('returnAll', i) as boolean;
	const limit = returnAll ? Infinity : (this.getNodeParameter('limit', i) as number);
	const options = this.getNodeParameter('options', i, {}) as IDataObject;
	let fiat = options.fiatCurrencies as string[] | string | undefined;
	if (typeof fiat === 'string') fiat = fiat.split(',');
	const wanted = (fiat ?? []).map((c) => String(c).trim().toUpperCase()).filter(Boolean);
	for (const code of wanted) {
		if (!FIAT_CODES.includes(code)) invalidInput(this, 'Fiat Prices', `"${code}" is not one of WolvPay's fiat currencies`, i);
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
}
