import type { ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';
import { ALL_COINS } from '../actions/wallet/getAll.operation';
import { getCoinsData } from '../helpers/coins';

/** Coins from GET /api/coins, e.g. "Bitcoin (btc)". */
export async function getCoins(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const list = await getCoinsData(this);
	return list
		.map((c) => ({ name: `${String(c.name ?? c.coin)} (${c.coin})`, value: c.coin }))
		.sort((a, b) => a.name.localeCompare(b.name));
}

/** "All Coins" followed by the coins. */
export async function getCoinsOrAll(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return [{ name: 'All Coins', value: ALL_COINS }, ...(await getCoins.call(this))];
}
