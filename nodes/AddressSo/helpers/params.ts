import type { IExecuteFunctions } from 'n8n-workflow';
import { checkId, checkToken, invalidInput } from '../../shared/params';

const NUMERIC_ID = { pattern: /^\d{1,19}$/, expected: 'a numeric Address.so ID (digits only)' };

/** A coin code such as "btc" (letters and digits), lower-cased as Address.so writes them. */
export function coinParam(
	ctx: IExecuteFunctions,
	i: number,
	name = 'coin',
	field = 'Coin',
): string {
	const code = checkToken(ctx, ctx.getNodeParameter(name, i), field, i, {
		required: true,
		maxLength: 16,
		pattern: /^[A-Za-z0-9]+$/,
		expected: 'a coin code such as btc (letters and digits)',
	}) as string;
	return code.toLowerCase();
}

/** A numeric ID from a plain field or a resource locator (its value in any mode). */
export function idParam(ctx: IExecuteFunctions, i: number, name: string, field: string): string {
	const value = ctx.getNodeParameter(name, i, undefined, { extractValue: true });
	return checkId(ctx, value, field, i, NUMERIC_ID);
}

/** A numeric ID given as a value (not a node parameter). */
export function checkNumericId(
	ctx: IExecuteFunctions,
	value: unknown,
	i: number,
	field: string,
): string {
	return checkId(ctx, value, field, i, NUMERIC_ID);
}

export function walletPath(coin: string, wallet: string): string {
	return `/api/coins/${encodeURIComponent(coin)}/wallets/${encodeURIComponent(wallet)}`;
}

export function accountPath(coin: string, wallet: string, account: string): string {
	return `${walletPath(coin, wallet)}/accounts/${encodeURIComponent(account)}`;
}

/** Where an operation acts: a wallet, or an account of a wallet. */
export interface Target {
	coin: string;
	wallet: string;
	account?: string;
	/** The API path of the wallet or account. */
	path: string;
}

/** Coin and wallet of the operation's fields. */
export function walletOf(ctx: IExecuteFunctions, i: number): Target {
	const coin = coinParam(ctx, i);
	const wallet = idParam(ctx, i, 'wallet', 'Wallet');
	return { coin, wallet, path: walletPath(coin, wallet) };
}

/** Coin, wallet and account of the operation's fields. */
export function accountOf(ctx: IExecuteFunctions, i: number): Target & { account: string } {
	const { coin, wallet } = walletOf(ctx, i);
	const account = idParam(ctx, i, 'account', 'Account');
	return { coin, wallet, account, path: accountPath(coin, wallet, account) };
}

/** Return All / Limit: the number of entries wanted, or undefined for all. */
export function limitOf(ctx: IExecuteFunctions, i: number): number | undefined {
	if (ctx.getNodeParameter('returnAll', i, false) as boolean) return undefined;
	const limit = ctx.getNodeParameter('limit', i, 50);
	if (typeof limit !== 'number' || !Number.isSafeInteger(limit) || limit < 1)
		invalidInput(ctx, 'Limit', 'must be a whole number of at least 1', i);
	return limit as number;
}
