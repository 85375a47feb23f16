import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { checkAmount, checkBoolean, checkId, checkToken, invalidInput } from '../../shared/params';
import type { WyreSettings } from '../transport';

/** Wyre's ids: a type prefix, an underscore, letters and digits (WA_…, AC_…, TF_…, PA_…, WO_…). */
export const ID_KINDS = {
	wallet: { prefix: 'WA_', srn: 'wallet', example: 'WA_8AFWHMHLYXH' },
	account: { prefix: 'AC_', srn: 'account', example: 'AC_WYUR7ZZ6UMU' },
	transfer: { prefix: 'TF_', srn: 'transfer', example: 'TF_HTQEQ327NYE' },
	paymentMethod: { prefix: 'PA_', srn: 'paymentmethod', example: 'PA_W7YR28UAMCW' },
	order: { prefix: 'WO_', srn: 'walletorderid', example: 'WO_ELTUVYCAFPG' },
} as const;

export type IdKind = keyof typeof ID_KINDS;

/**
 * A Wyre id that goes into a URL path: its kind's prefix, then letters, digits, - and _ (so no
 * "/", "..", "?" or "%" can change the path). The SRN form ("wallet:WA_…") is accepted too.
 */
export function checkWyreId(
	ctx: IExecuteFunctions,
	value: unknown,
	field: string,
	i: number,
	kind: IdKind,
): string {
	const { prefix, srn, example } = ID_KINDS[kind];
	const raw =
		typeof value === 'string' && value.toLowerCase().startsWith(`${srn}:`)
			? value.slice(srn.length + 1)
			: value;
	return checkId(ctx, raw, field, i, {
		pattern: new RegExp(`^${prefix}[A-Za-z0-9_-]{1,64}$`),
		expected: `a Wyre ${kind} id (${prefix}…, e.g. ${example})`,
	});
}

/** An id without a documented prefix (subscriptions): letters, digits, - and _. */
export function checkPlainId(
	ctx: IExecuteFunctions,
	value: unknown,
	field: string,
	i: number,
): string {
	return checkId(ctx, value, field, i, {
		pattern: /^[A-Za-z0-9_-]{1,64}$/,
		expected: 'a Wyre id (letters, digits, - and _)',
	});
}

/** A currency code as Wyre writes them: upper-case letters and digits (BTC, USD, USDC). */
export function checkCurrency(
	ctx: IExecuteFunctions,
	value: unknown,
	field: string,
	i: number,
	options: { required?: boolean } = { required: true },
): string | undefined {
	return checkToken(ctx, typeof value === 'string' ? value.toUpperCase() : value, field, i, {
		required: options.required,
		maxLength: 10,
		pattern: /^[A-Z][A-Z0-9]{1,9}$/,
		expected: 'a currency code (e.g. BTC, ETH, USD)',
	});
}

/** Decimals per currency (the smallest unit Wyre moves); unknown currencies get 18. */
const DECIMALS: Record<string, number> = {
	BTC: 8,
	ETH: 18,
	DAI: 18,
	USDC: 6,
	USDT: 6,
	XLM: 7,
	AVAX: 18,
	MATIC: 18,
	SOL: 9,
	USD: 2,
	EUR: 2,
	GBP: 2,
	CAD: 2,
	AUD: 2,
	MXN: 2,
	BRL: 2,
	CHF: 2,
	HKD: 2,
	SGD: 2,
	JPY: 0,
	KRW: 0,
};

export function currencyDecimals(currency: string): number {
	return DECIMALS[currency] ?? 18;
}

/** An amount as exact decimal text, with no more decimals than the currency has. */
export function checkWyreAmount(
	ctx: IExecuteFunctions,
	value: unknown,
	field: string,
	i: number,
	currency: string,
): string {
	return checkAmount(ctx, value, field, i, {
		maxDecimals: currencyDecimals(currency),
		unit: currency,
	});
}

/** The Wyre Options every operation has: act as a sub-account, exact amounts. */
export function readSettings(ctx: IExecuteFunctions, i: number): WyreSettings {
	const raw = ctx.getNodeParameter('wyreOptions', i, {}) as IDataObject;
	if (!raw || typeof raw !== 'object' || Array.isArray(raw))
		invalidInput(ctx, 'Wyre Options', 'must be a set of options', i);
	const exact =
		raw.exactAmounts === undefined
			? true
			: checkBoolean(ctx, raw.exactAmounts, 'Wyre Options → Exact Amounts', i);
	const settings: WyreSettings = { exact };
	if (raw.masqueradeAs !== undefined && raw.masqueradeAs !== '') {
		const value = String(
			checkToken(ctx, raw.masqueradeAs, 'Wyre Options → Act as Sub-Account', i, {
				required: true,
				maxLength: 80,
			}),
		);
		settings.masqueradeAs = checkWyreId(
			ctx,
			value,
			'Wyre Options → Act as Sub-Account',
			i,
			'account',
		);
	}
	return settings;
}
