import type { IDataObject, IExecuteFunctions, ILoadOptionsFunctions } from 'n8n-workflow';
import { checkAddress } from '../../shared/addresses';
import { DEFAULT_MAX_DECIMALS } from '../../shared/decimal';
import { checkAmount, checkToken, invalidInput } from '../../shared/params';
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
export const BULK_CURRENCIES = [
	'BTC',
	'BCH',
	'BTG',
	'BSV',
	'ADA',
	'DASH',
	'DOGE',
	'LTC',
	'XMR',
	'ZEC',
];

/**
 * Decimal places per ticker. WestWallet publishes no precision, so these are the currencies' own
 * smallest units; any other ticker gets DEFAULT_MAX_DECIMALS (18, as ETH and most tokens).
 */
const PRECISION: Record<string, number> = {
	BTC: 8,
	BCH: 8,
	BTG: 8,
	BSV: 8,
	LTC: 8,
	DOGE: 8,
	DASH: 8,
	ZEC: 8,
	ADA: 6,
	XRP: 6,
	TRX: 6,
	USDTTRC: 6,
	USDTERC: 6,
	USDCERC: 6,
	USDCTRC: 6,
	XLM: 7,
	XMR: 12,
	SOL: 9,
	TON: 9,
};

export function precisionOf(ticker: string): number {
	return PRECISION[ticker.toUpperCase()] ?? DEFAULT_MAX_DECIMALS;
}

/** Tickers whose addresses are also verified locally by their checksum (on top of WestWallet's pattern). */
const CHECKSUM_COINS = new Set(['BTC', 'LTC', 'DOGE', 'BCH', 'DASH', 'ETH']);

const cache = new WeakMap<object, Promise<CurrencyData[]>>();

/**
 * /wallet/currencies_data, fetched once per execution. It is a public endpoint: sent without the
 * API key or a signature.
 */
export function getCurrenciesData(
	ctx: IExecuteFunctions | ILoadOptionsFunctions,
): Promise<CurrencyData[]> {
	let p = cache.get(ctx);
	if (!p) {
		p = westWalletRequest.call(ctx, 'GET', '/wallet/currencies_data', 'read', {
			action: 'Loading the currency list',
			public: true,
		}) as Promise<CurrencyData[]>;
		cache.set(ctx, p);
		p.catch(() => cache.delete(ctx));
	}
	return p;
}

export function findCurrency(list: CurrencyData[], ticker: string): CurrencyData | undefined {
	return list.find((c) => Array.isArray(c.tickers) && c.tickers.includes(ticker));
}

/** WestWallet's address pattern anchored as a whole (its BTC pattern leaves one alternative open). */
export function anchoredPattern(pattern: string): RegExp | undefined {
	try {
		return new RegExp(`^(?:${pattern})$`);
	} catch {
		return undefined; // the provider's own check still applies
	}
}

/** A currency ticker as typed or picked (no spaces), checked against the currency list. */
export async function checkCurrency(
	ctx: IExecuteFunctions,
	value: unknown,
	i: number,
	field = 'Currency',
): Promise<{ ticker: string; currency: CurrencyData }> {
	const ticker = checkToken(ctx, value, field, i, { required: true, maxLength: 32 }) as string;
	const currency = findCurrency(await getCurrenciesData(ctx), ticker);
	if (!currency) invalidInput(ctx, field, `"${ticker}" is not a WestWallet currency ticker`, i);
	return { ticker, currency };
}

/** An amount with the currency's precision, within WestWallet's published maximum per withdrawal. */
export function checkWithdrawalAmount(
	ctx: IExecuteFunctions,
	value: unknown,
	ticker: string,
	currency: CurrencyData,
	i: number,
	field = 'Amount',
): string {
	const max = currency.max_withdraw_per_transaction;
	return checkAmount(ctx, value, field, i, {
		maxDecimals: precisionOf(ticker),
		max: typeof max === 'string' && /^\d+(\.\d+)?$/.test(max) ? max : undefined,
		unit: ticker,
	});
}

/**
 * Local checks of a destination before money is sent: no spaces, WestWallet's address pattern
 * for the currency (anchored as a whole; option), the address checksum for BTC, LTC, DOGE, BCH,
 * DASH and any 0x (EVM) address, and a destination tag where the currency requires one.
 */
export function checkWithdrawalTarget(
	ctx: IExecuteFunctions,
	i: number,
	target: {
		ticker: string;
		currency: CurrencyData;
		address: unknown;
		destTag?: unknown;
		checkPattern: boolean;
		field?: string;
	},
): { address: string; destTag?: string } {
	const field = target.field ?? 'Address';
	const address = checkToken(ctx, target.address, field, i, {
		required: true,
		maxLength: 128,
	}) as string;
	const { currency, ticker } = target;
	if (target.checkPattern && currency.address_regex) {
		const re = anchoredPattern(currency.address_regex);
		if (re && !re.test(address)) {
			invalidInput(
				ctx,
				field,
				`"${address}" is not a valid ${currency.name} address (it does not match WestWallet's address pattern for ${ticker})`,
				i,
			);
		}
	}
	const coin = CHECKSUM_COINS.has(ticker)
		? ticker
		: /^0x[0-9a-fA-F]{40}$/.test(address)
			? 'ETH'
			: undefined;
	if (coin) {
		const check = checkAddress(coin, address, { network: 'mainnet' });
		if (check && !check.valid)
			invalidInput(
				ctx,
				field,
				`"${address}" is not a valid ${currency.name} address: ${check.reason ?? 'it fails its checksum'}`,
				i,
			);
		// Segwit versions no wallet uses yet are valid encodings, but money sent there may be lost.
		if (check?.kind?.startsWith('witness-v'))
			invalidInput(
				ctx,
				field,
				`"${address}" is a ${check.kind} segwit address, which no wallet spends yet`,
				i,
			);
	}
	const destTag = checkToken(ctx, target.destTag, 'Destination Tag', i, { maxLength: 64 });
	if (currency.require_dest_tag && !destTag)
		invalidInput(ctx, 'Destination Tag', `is required for ${ticker}`, i);
	if (destTag && !/^\d+$/.test(destTag))
		invalidInput(ctx, 'Destination Tag', 'must contain digits only', i);
	return { address, destTag };
}
