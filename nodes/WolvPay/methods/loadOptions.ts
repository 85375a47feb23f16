import type { ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';
import { CUSTOMER_CHOOSES } from '../actions/common.descriptions';
import { getCoinsData } from '../helpers/coins';

/** Coins from GET /coins, e.g. "Bitcoin (btc)". */
export async function getCoins(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const list = await getCoinsData(this);
	return list
		.filter((c) => typeof c.coin === 'string' && c.coin !== '')
		.map((c) => ({ name: `${c.name ?? c.coin} (${c.coin})`, value: c.coin }))
		.sort((a, b) => a.name.localeCompare(b.name));
}

/** "Let the Customer Choose" followed by the coins from GET /coins. */
export async function getCoinsOrCustomerChoice(
	this: ILoadOptionsFunctions,
): Promise<INodePropertyOptions[]> {
	return [
		{
			name: 'Let the Customer Choose',
			value: CUSTOMER_CHOOSES,
			description:
				'Create the invoice without a coin: the customer picks one (status AWAITING_SELECTION)',
		},
		...(await getCoins.call(this)),
	];
}
