import type { IDataObject } from 'n8n-workflow';
import type { ItemOperation } from '../../../shared/registry';
import { checkToken } from '../../../shared/params';
import { readSettings } from '../../helpers/params';
import { everyNumber, wyreRequest } from '../../transport';
import { wyreOptions } from '../common.descriptions';

export const operation: ItemOperation = {
	name: 'Get',
	description: 'Get the exchange rates of every currency pair (GET /v3/rates)',
	action: 'Get exchange rates',
	kind: 'read',
	properties: [
		{
			displayName: 'Rate Form',
			name: 'as',
			type: 'options',
			options: [
				{
					name: 'Divisor',
					value: 'divisor',
					description: 'BTCUSD: divide a USD amount by the rate to get BTC',
				},
				{
					name: 'Multiplier',
					value: 'multiplier',
					description: 'BTCUSD: multiply a BTC amount by the rate to get USD',
				},
				{
					name: 'Priced',
					value: 'priced',
					description: 'BTCUSD: {"BTC": …, "USD": …}, the price of each side in the other',
				},
			],
			default: 'divisor',
		},
		wyreOptions,
	],
	async execute(i) {
		const settings = readSettings(this, i);
		const as = checkToken(this, this.getNodeParameter('as', i), 'Rate Form', i, {
			required: true,
			pattern: /^(divisor|multiplier|priced)$/,
			expected: 'divisor, multiplier or priced',
		});
		// Every number of the answer is a rate: each comes out as Wyre's exact decimal text.
		return (await wyreRequest.call(this, 'GET', '/v3/rates', 'read', {
			qs: { as },
			settings,
			itemIndex: i,
			action: 'Reading the exchange rates',
			moneyFields: everyNumber,
		})) as IDataObject;
	},
};
