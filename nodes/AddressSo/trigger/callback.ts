/**
 * The data of a verified Address.so callback as a clean object: nested or flat names read into one
 * shape, every value checked (ids digits, timestamps unix seconds or date-time text, *_int exact
 * integer strings, *_float exact decimal strings, no exponent), and bound to the wallet or account the trigger registered for.
 */
import { plainNumberText } from '../../shared/json';
import type { FlatField } from './forms';
import { flatFieldOf, proseFieldOf } from './forms';
import type { QueryPair } from './query';

export interface CallbackAccount {
	id?: number;
	address?: string;
	balance_int?: string;
	balance_float?: string;
	updated_at?: number | string;
}

export interface CallbackTransaction {
	uuid?: string;
	hash?: string;
	amount_int?: string;
	amount_float?: string;
	created_at?: number | string;
}

export interface CallbackData {
	coin?: string;
	wallet_id?: number;
	account?: CallbackAccount;
	last_transaction?: CallbackTransaction;
}

/** What the trigger registered for (kept in static data at activation). */
export interface WatchedEntity {
	type: 'wallet' | 'account';
	coin: string;
	walletId: string;
	accountId?: string;
}

const ID = /^\d{1,15}$/;
const TIME = /^\d{1,13}$/;
/** A date-time written as text ("2018-10-19 12:31:27", ISO 8601): kept as it came. */
const DATE_TEXT = /^\d{4}-\d{2}-\d{2}[T ][0-9:.]{5,15}(Z|[+-]\d{2}:?\d{2})?$/;
const INT = /^-?\d{1,78}$/;
const DECIMAL = /^-?\d{1,78}(\.\d{1,78})?$/;
const TEXT = /^[A-Za-z0-9]{1,128}$/;
const ADDRESS = /^[A-Za-z0-9:]{1,128}$/;
const UUID = /^[A-Za-z0-9_-]{1,64}$/;

type Reader = (text: string) => string | number | undefined;
const id: Reader = (t) => (ID.test(t) ? Number(t) : undefined);
const time: Reader = (t) => (TIME.test(t) ? Number(t) : DATE_TEXT.test(t) ? t : undefined);
const int: Reader = (t) => (INT.test(t) ? BigInt(t).toString() : undefined);
const decimal: Reader = (t) => {
	const plain = /^-?\d+(\.\d+)?[eE][+-]?\d{1,3}$/.test(t) ? plainNumberText(t) : t;
	return DECIMAL.test(plain) ? plain : undefined;
};
const text: Reader = (t) => (TEXT.test(t) ? t : undefined);

const READERS: Record<FlatField, [keyof CallbackData, string, Reader]> = {
	coin: ['coin', '', (t) => (/^[A-Za-z0-9]{1,20}$/.test(t) ? t.toLowerCase() : undefined)],
	wallet_id: ['wallet_id', '', id],
	account_id: ['account', 'id', id],
	account_address: ['account', 'address', (t) => (ADDRESS.test(t) ? t : undefined)],
	account_balance_int: ['account', 'balance_int', int],
	account_balance_float: ['account', 'balance_float', decimal],
	account_updated_at: ['account', 'updated_at', time],
	last_transaction_uuid: ['last_transaction', 'uuid', (t) => (UUID.test(t) ? t : undefined)],
	last_transaction_hash: ['last_transaction', 'hash', text],
	last_transaction_amount_int: ['last_transaction', 'amount_int', int],
	last_transaction_amount_float: ['last_transaction', 'amount_float', decimal],
	last_transaction_created_at: ['last_transaction', 'created_at', time],
};

/**
 * The callback's fields, or undefined when one is malformed or given twice under two names
 * ("account[id]" and "account_id"). Names no form of the doc knows are left out.
 */
export function readCallbackData(pairs: QueryPair[]): CallbackData | undefined {
	const table = pairs.every((p) => proseFieldOf(p.name) !== undefined);
	const out: Record<string, unknown> = {};
	const seen = new Set<FlatField>();
	for (const pair of pairs) {
		const field = table ? proseFieldOf(pair.name) : flatFieldOf(pair.name);
		if (!field) continue;
		if (seen.has(field)) return undefined;
		seen.add(field);
		const [group, key, read] = READERS[field];
		const value = read(pair.value);
		if (value === undefined) return undefined;
		if (!key) out[group] = value;
		else out[group] = { ...((out[group] as object) ?? {}), [key]: value };
	}
	return out as CallbackData;
}

/**
 * Whether the callback is about the watched wallet or account: 'yes', 'no', or 'ask' when only the
 * API can tell (a callback of the doc's parameter table names an account but not its wallet, so a
 * watched wallet cannot know the account is one of its own).
 */
export function boundTo(data: CallbackData, watched: WatchedEntity): 'yes' | 'no' | 'ask' {
	if (data.coin !== undefined && data.coin !== watched.coin.toLowerCase()) return 'no';
	if (data.wallet_id !== undefined && String(data.wallet_id) !== watched.walletId) return 'no';
	const accountId = data.account?.id;
	// An account id names one account (Address.so numbers accounts across wallets).
	if (watched.type === 'account')
		return accountId !== undefined && String(accountId) === watched.accountId ? 'yes' : 'no';
	if (data.wallet_id !== undefined) return 'yes';
	return accountId === undefined ? 'no' : 'ask';
}
