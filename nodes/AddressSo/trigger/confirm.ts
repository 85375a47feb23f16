/**
 * "Confirm via API": the callback is checked against what the Address.so API says now, and the
 * API's data is what the workflow gets. The account (or wallet) is read through the watched wallet,
 * so an account of another wallet is not found; the callback's last transaction must be among its
 * transactions with the same amount and hash. A balance alone (no transaction in the callback) must
 * equal the API's.
 */
import type { IDataObject, IWebhookFunctions } from 'n8n-workflow';
import { numberText } from '../../shared/decimal';
import type { CallbackData, WatchedEntity } from './callback';
import { addressSoRead } from './api';

/** Error codes proving that the entity does not exist (or is not in the watched wallet). */
const NOT_FOUND_CODES = new Set(['-2401', '-2402', '-2403']);

export type Confirmation =
	{ ok: true; data: IDataObject } | { ok: false; status: 401 | 503; reason: string };

/** An amount in base units as an exact integer string (numbers only when exact). */
export function intText(v: unknown): string | undefined {
	if (typeof v === 'number') return Number.isSafeInteger(v) ? String(v) : undefined;
	if (typeof v === 'string' && /^-?\d{1,78}$/.test(v.trim())) return BigInt(v.trim()).toString();
	return undefined;
}

/** A decimal amount as an exact decimal string. */
export function decimalText(v: unknown): string | undefined {
	if (typeof v === 'number' && Number.isFinite(v)) return numberText(v);
	if (typeof v === 'string' && v.trim() !== '') return v.trim();
	return undefined;
}

/** An API object with its *_int and *_float amounts as exact strings; other fields as they came. */
export function cleanAmounts(obj: IDataObject): IDataObject {
	const out: IDataObject = {};
	for (const [key, value] of Object.entries(obj)) {
		if (key.endsWith('_int')) out[key] = intText(value) ?? value;
		else if (key.endsWith('_float')) out[key] = decimalText(value) ?? value;
		else out[key] = value;
	}
	return out;
}

function asObject(v: unknown): IDataObject | undefined {
	return v && typeof v === 'object' && !Array.isArray(v) ? (v as IDataObject) : undefined;
}

async function read(
	ctx: IWebhookFunctions,
	path: string,
): Promise<{ value: unknown } | { status: 401 | 503; reason: string }> {
	try {
		return { value: await addressSoRead.call(ctx, path, 'Confirming a callback') };
	} catch (error) {
		const code = String((error as { context?: IDataObject }).context?.providerCode ?? '');
		if (NOT_FOUND_CODES.has(code)) return { status: 401, reason: `not found (${code})` };
		// The API could not be asked (network, 5xx, our credential refused): try again later.
		return { status: 503, reason: 'API unavailable' };
	}
}

/** Checks the callback against the API; the API's entity and transaction on success. */
export async function confirmCallback(
	this: IWebhookFunctions,
	data: CallbackData,
	watched: WatchedEntity,
): Promise<Confirmation> {
	const coin = encodeURIComponent(watched.coin);
	const walletPath = `/api/coins/${coin}/wallets/${encodeURIComponent(watched.walletId)}`;
	const accountId = data.account?.id;
	const entityPath =
		accountId !== undefined ? `${walletPath}/accounts/${String(accountId)}` : walletPath;

	const entityAnswer = await read(this, entityPath);
	if (!('value' in entityAnswer)) return { ok: false, ...entityAnswer };
	const entity = asObject(entityAnswer.value);
	if (!entity || String(entity.id) !== String(accountId ?? watched.walletId))
		return { ok: false, status: 401, reason: 'entity' };
	const address = accountId !== undefined ? entity.address : entity.receiving_address;
	if (data.account?.address !== undefined && address !== data.account.address)
		return { ok: false, status: 401, reason: 'address' };

	const out: IDataObject = {
		coin: watched.coin,
		wallet_id: Number(watched.walletId),
		[accountId !== undefined ? 'account' : 'wallet']: cleanAmounts(entity),
	};
	const wanted = data.last_transaction;
	if (wanted?.uuid === undefined) {
		// Only a balance to confirm: it must be the API's.
		const given = data.account?.balance_int;
		if (given === undefined || given !== intText(entity.balance_int))
			return { ok: false, status: 401, reason: 'balance' };
		return { ok: true, data: out };
	}
	const txAnswer = await read(this, `${entityPath}/transactions`);
	if (!('value' in txAnswer)) return { ok: false, ...txAnswer };
	const list = Array.isArray(txAnswer.value) ? txAnswer.value : [];
	const tx = list.map(asObject).find((t) => t && t.uuid === wanted.uuid);
	if (!tx) return { ok: false, status: 401, reason: 'transaction' };
	if (wanted.amount_int !== undefined && intText(tx.amount_int) !== wanted.amount_int)
		return { ok: false, status: 401, reason: 'amount' };
	if (wanted.hash !== undefined && tx.hash !== undefined && tx.hash !== wanted.hash)
		return { ok: false, status: 401, reason: 'hash' };
	out.last_transaction = cleanAmounts(tx);
	return { ok: true, data: out };
}
