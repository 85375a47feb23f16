import type { IDataObject, IExecuteFunctions, ILoadOptionsFunctions } from 'n8n-workflow';
import { invalidInput } from '../../shared/validation';
import { westWalletRequest } from '../transport';

export interface CurrencyData extends IDataObject {
	name: string;
	address_regex: string;
	require_dest_tag: boolean;
	tickers: string[];
	active: boolean;
	send_active: boolean;
	receive_active: boolean;
}

/** Currencies that /wallet/create_withdrawal/many accepts (from WestWallet's documentation). */
export const BULK_CURRENCIES = ['BTC', 'BCH', 'BTG', 'BSV', 'ADA', 'DASH', 'DOGE', 'LTC', 'XMR', 'ZEC'];

const cache = new WeakMap<object, Promise<CurrencyData[]>>();

/** /wallet/currencies_data, fetched once per execution. */
export function getCurrenciesData(ctx: IExecuteFunctions | ILoadOptionsFunctions): Promise<CurrencyData[]> {
	let p = cache.get(ctx);
	if (!p) {
		p = westWalletRequest.call(ctx, 'GET', '/wallet/currencies_data', 'read', {
			action: 'Loading the currency list',
		}) as Promise<CurrencyData[]>;
		cache.set(ctx, p);
		p.catch(() => cache.delete(ctx));
	}
	return p;
}

export function findCurrency(list: CurrencyData[], ticker: string): CurrencyData | undefined {
	return list.find((c) => Array.isArray(c.tickers) && c.tickers.includes(ticker));
}

/**
 * Local checks before money is sent: the currency exists, the address matches the currency's
 * address_regex (when enabled) and a destination tag is given where the currency requires one.
 */
export async function checkWithdrawalTarget(
	ctx: IExecuteFunctions,
	itemIndex: number,
	target: { currency: string; address: string; destTag?: string; checkAddress: boolean; field?: string },
): Promise<void> {
	const list = await getCurrenciesData(ctx);
	const currency = findCurrency(list, target.currency);
	if (!currency) invalidInput(ctx, 'Currency', `"${target.currency}" is not a WestWallet currency ticker`, itemIndex);
	const field = target.field ?? 'Address';
	if (!target.address) invalidInput(ctx, field, 'is required', itemIndex);
	if (target.checkAddress && currency.address_regex) {
		let re: RegExp | undefined;
		try {
			re = new RegExp(currency.address_regex);
		} catch {
			re = undefined; // the provider's own check still applies
		}
		if (re && !re.test(target.address)) {
			invalidInput(
				ctx,
				field,
				`"${target.address}" is not a valid ${currency.name} address (it does not match WestWallet's address pattern for ${target.currency})`,
				itemIndex,
			);
		}
	}
	if (currency.require_dest_tag && !target.destTag) {
		invalidInput(ctx, 'Destination Tag', `is required for ${target.currency}`, itemIndex);
	}
	if (target.destTag && !/^\d+$/.test(target.destTag)) {
		invalidInput(ctx, 'Destination Tag', 'must contain digits only', itemIndex);
	}
}
