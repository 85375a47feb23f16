import type { IDataObject, IExecuteFunctions, ILoadOptionsFunctions } from 'n8n-workflow';
import { envelopeData, wolvPayRequest } from '../transport';

export interface CoinData extends IDataObject {
	coin: string;
	name: string;
	logo: string;
	minimum_transaction_coin: string;
	prices: Record<string, string>;
}

const cache = new WeakMap<object, Promise<CoinData[]>>();

/** GET /coins (the `data` list), fetched once per execution. */
export function getCoinsData(ctx: IExecuteFunctions | ILoadOptionsFunctions): Promise<CoinData[]> {
	let p = cache.get(ctx);
	if (!p) {
		p = wolvPayRequest
			.call(ctx, 'GET', '/coins', 'read', { action: 'Loading the coin list' })
			.then((response) => {
				const data = envelopeData(response);
				return (Array.isArray(data) ? data : []) as CoinData[];
			});
		cache.set(ctx, p);
		p.catch(() => cache.delete(ctx));
	}
	return p;
}
