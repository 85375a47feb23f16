import type { INodePropertyOptions } from 'n8n-workflow';

/**
 * The 36 fiat currencies of WolvPay's "Supported Fiat Currencies" table. (The table swaps the names
 * of COP and CZK; the ISO 4217 names are used here.)
 */
export const FIAT_CURRENCIES: Array<[code: string, name: string]> = [
	['AED', 'United Arab Emirates Dirham'],
	['AUD', 'Australian Dollar'],
	['BGN', 'Bulgarian Lev'],
	['BRL', 'Brazilian Real'],
	['CAD', 'Canadian Dollar'],
	['CHF', 'Swiss Franc'],
	['CNY', 'Chinese Yuan'],
	['COP', 'Colombian Peso'],
	['CZK', 'Czech Koruna'],
	['DKK', 'Danish Krone'],
	['EUR', 'Euro'],
	['GBP', 'British Pound Sterling'],
	['HKD', 'Hong Kong Dollar'],
	['HUF', 'Hungarian Forint'],
	['IDR', 'Indonesian Rupiah'],
	['INR', 'Indian Rupee'],
	['JPY', 'Japanese Yen'],
	['LKR', 'Sri Lankan Rupee'],
	['MXN', 'Mexican Peso'],
	['MYR', 'Malaysian Ringgit'],
	['NGN', 'Nigerian Naira'],
	['NOK', 'Norwegian Krone'],
	['PHP', 'Philippine Peso'],
	['PLN', 'Polish Zloty'],
	['RON', 'Romanian Leu'],
	['RUB', 'Russian Ruble'],
	['SEK', 'Swedish Krona'],
	['SGD', 'Singapore Dollar'],
	['THB', 'Thai Baht'],
	['TRY', 'Turkish Lira'],
	['TWD', 'Taiwan Dollar'],
	['UAH', 'Ukrainian Hryvnia'],
	['UGX', 'Ugandan Shilling'],
	['USD', 'US Dollar'],
	['VND', 'Vietnamese Dong'],
	['ZAR', 'South African Rand'],
];

export const FIAT_CODES = FIAT_CURRENCIES.map(([code]) => code);

export const fiatOptions: INodePropertyOptions[] = FIAT_CURRENCIES.map(([code, name]) => ({
	name: `${code} — ${name}`,
	value: code,
}));

/** ISO 4217 minor units: these have none (whole amounts only); every other listed currency has 2. */
const ZERO_DECIMAL = new Set(['JPY', 'UGX', 'VND']);

/** How many decimals an amount in this fiat currency may have. */
export function fiatDecimals(code: string): number {
	return ZERO_DECIMAL.has(code) ? 0 : 2;
}
