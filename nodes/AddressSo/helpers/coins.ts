import type { IDataObject, IExecuteFunctions, ILoadOptionsFunctions } from 'n8n-workflow';
import { invalidInput } from '../../shared/params';
import { addressSoResult } from '../transport';

export interface CoinData extends IDataObject {
	id: number;
	coin: string;
	name: string;
	precision: number;
}

const cache = new WeakMap<object, Promise<CoinData[]>>();

/** GET /api/coins, fetched once per execution (the precision of each coin comes from it). */
export function getCoinsData(ctx: IExecuteFunctions | ILoadOptionsFunctions): Promise<CoinData[]> {
	let p = cache.get(ctx);
	if (!p) {
		p = addressSoResult
			.call(ctx, 'GET', '/api/coins', 'read', { action: 'Loading the coin list' })
			.then((result) =>
				(Array.isArray(result) ? (result as IDataObject[]) : [])
					.filter((c) => typeof c.coin === 'string' && c.coin !== '')
					.map((c) => ({ ...c, precision: precisionValue(c.precision) }) as CoinData),
			);
		cache.set(ctx, p);
		p.catch(() => cache.delete(ctx));
	}
	return p;
}

/** A coin's precision (decimals), or -1 when Address.so gave none usable. */
function precisionValue(value: unknown): number {
	const n = typeof value === 'string' && /^\d{1,2}$/.test(value) ? Number(value) : value;
	return typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= 36 ? n : -1;
}

/** The coin `code` from the coin list; an unknown coin is a clear error naming the field. */
export async function findCoin(
	ctx: IExecuteFunctions,
	code: string,
	i: number,
	field = 'Coin',
): Promise<CoinData> {
	const coins = await getCoinsData(ctx);
	const coin = coins.find((c) => c.coin.toLowerCase() === code.toLowerCase());
	if (!coin) {
		const known = coins.map((c) => c.coin).join(', ');
		invalidInput(ctx, field, `"${code}" is not an Address.so coin (known: ${known || 'none'})`, i);
	}
	return coin;
}

/** A base-unit integer (`*_int`) as a decimal string in coin units: "2450000", 8 → "0.0245". */
export function fromBaseUnits(value: string, precision: number): string | undefined {
	const match = /^(-?)(\d+)$/.exec(value.trim());
	if (!match || precision < 0) return undefined;
	const [, sign, digits] = match;
	const padded = digits.padStart(precision + 1, '0');
	const int = padded.slice(0, padded.length - precision).replace(/^0+(?=\d)/, '');
	const frac = padded.slice(padded.length - precision).replace(/0+$/, '');
	const text = frac ? `${int}.${frac}` : int;
	return sign && text !== '0' ? `-${text}` : text;
}

/** A decimal string in coin units as a base-unit integer string: "0.0245", 8 → "2450000". */
export function toBaseUnits(value: string, precision: number): string {
	const [int, frac = ''] = value.split('.');
	const digits = (int + frac.padEnd(precision, '0').slice(0, precision)).replace(/^0+(?=\d)/, '');
	return digits;
}
