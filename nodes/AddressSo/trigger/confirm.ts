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

type Failure = { ok: false; status: 401 | 503; reason: string };
interface Entity {
	kind: 'wallet' | 'account';
	path: string;
	value: IDataObject;
}

/**
 * The wallet or account the callback is about, as the API has it. A wallet's own balance change
 * names the wallet in the account fields (the doc's example: wallet_id=3 and account[id]=3): when
 * the account id is the watched wallet's and the address its receiving address, it is the wallet.
 */
async function readEntity(
	ctx: IWebhookFunctions,
	data: CallbackData,
	watched: WatchedEntity,
): Promise<Entity | Failure> {
	const walletPath = `/api/coins/${encodeURIComponent(watched.coin)}/wallets/${watched.walletId}`;
	const accountId = data.account?.id;
	const address = data.account?.address;
	if (
		accountId === undefined ||
		(watched.type === 'wallet' && String(accountId) === watched.walletId)
	) {
		const answer = await read(ctx, walletPath);
		if (!('value' in answer)) return { ok: false, ...answer };
		const wallet = asObject(answer.value);
		if (!wallet || String(wallet.id) !== watched.walletId)
			return { ok: false, status: 401, reason: 'wallet' };
		if (address === undefined || wallet.receiving_address === address)
			return { kind: 'wallet', path: walletPath, value: wallet };
		if (accountId === undefined) return { ok: false, status: 401, reason: 'address' };
	}
	// Read through the watched wallet: an account of another wallet is not found.
	const path = `${walletPath}/accounts/${String(accountId)}`;
	const answer = await read(ctx, path);
	if (!('value' in answer)) return { ok: false, ...answer };
	const account = asObject(answer.value);
	if (!account || String(account.id) !== String(accountId))
		return { ok: false, status: 401, reason: 'account' };
	if (address !== undefined && account.address !== address)
		return { ok: false, status: 401, reason: 'address' };
	return { kind: 'account', path, value: account };
}

/** Checks the callback against the API; the API's entity and transaction on success. */
export async function confirmCallback(
	this: IWebhookFunctions,
	data: CallbackData,
	watched: WatchedEntity,
): Promise<Confirmation> {
	const entity = await readEntity(this, data, watched);
	if ('ok' in entity) return entity;
	const out: IDataObject = {
		coin: watched.coin,
		wallet_id: Number(watched.walletId),
		[entity.kind]: cleanAmounts(entity.value),
	};
	const wanted = data.last_transaction;
	if (wanted?.uuid === undefined) {
		// Only a balance to confirm: it must be the API's.
		const given = data.account?.balance_int;
		if (given === undefined || given !== intText(entity.value.balance_int))
			return { ok: false, status: 401, reason: 'balance' };
		return { ok: true, data: out };
	}
	const txAnswer = await read(this, `${entity.path}/transactions`);
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
