/**
 * The canonical strings an Address.so callback signature may cover (the inventory's section 5.10:
 * the API doc shows three inconsistent field sets and no reproducible example). Each form is built
 * from the pairs as received and applies only when it covers EVERY pair received, in the order
 * received: a parameter added, removed, repeated or moved makes every form differ from what was
 * signed.
 *   A  the raw query string as received, minus its final `&sign=…` pair (bytes untouched);
 *   B  PHP http_build_query of the parsed nested object (`account%5Bid%5D=3`), values re-encoded;
 *   C  the flat names of the doc's PHP verifier (`account_id=3`), in that verifier's order;
 *   E  the field list of the doc's parameter table (`id, address, balance, updated_at`);
 *   D  B with the names sorted (PHP ksort, as the 2020 SDK sorts what it signs): the one form that
 *      covers every pair but not their order, tried last. A reordered D-signed callback carries the
 *      same data (a name given twice is refused before any form is built).
 */
import { formEncode } from '../helpers/signature';
import type { CallbackQuery } from './query';

export type FormName = 'A' | 'B' | 'C' | 'E' | 'D';

/** The flat field names in the order of the doc's PHP verifier (form C). */
export const FLAT_FIELDS = [
	'coin',
	'wallet_id',
	'account_id',
	'account_address',
	'account_balance_int',
	'account_balance_float',
	'account_updated_at',
	'last_transaction_uuid',
	'last_transaction_hash',
	'last_transaction_amount_int',
	'last_transaction_amount_float',
	'last_transaction_created_at',
] as const;

export type FlatField = (typeof FLAT_FIELDS)[number];

/** The doc's parameter table (form E), with the flat field each one stands for. */
export const PROSE_FIELDS: ReadonlyArray<[string, FlatField]> = [
	['id', 'account_id'],
	['address', 'account_address'],
	['balance', 'account_balance_int'],
	['updated_at', 'account_updated_at'],
];

const GROUPS = ['account', 'last_transaction'];

/** The flat field a nested or flat name stands for ("account[id]" and "account_id": account_id). */
export function flatFieldOf(name: string): FlatField | undefined {
	const m = /^([a-z_]+)\[([a-z_]+)\]$/.exec(name);
	const flat = m && GROUPS.includes(m[1]) ? `${m[1]}_${m[2]}` : name;
	return (FLAT_FIELDS as readonly string[]).includes(flat) ? (flat as FlatField) : undefined;
}

/** The flat field a name of the doc's parameter table stands for ("balance": account_balance_int). */
export function proseFieldOf(name: string): FlatField | undefined {
	return PROSE_FIELDS.find(([prose]) => prose === name)?.[1];
}

/** True when the indexes strictly increase (every name known, none repeated, in the form's order). */
function inOrder(indexes: number[]): boolean {
	return indexes.every((x, i) => x >= 0 && (i === 0 || x > indexes[i - 1]));
}

/** Form B: PHP parse_str then http_build_query, which groups a nested name's keys together. */
function formB(query: CallbackQuery): string | undefined {
	const tops = query.pairs.map((p) => p.name.split('[')[0]);
	// PHP would group the keys of one nested name at its first place: only a query already grouped
	// like that is signed in the order received.
	for (let i = 1; i < tops.length; i++) {
		if (tops[i] !== tops[i - 1] && tops.slice(0, i - 1).includes(tops[i])) return undefined;
	}
	return query.pairs.map((p) => `${formEncode(p.name)}=${formEncode(p.value)}`).join('&');
}

/** Form C: every name stands for a field of the PHP verifier, in its order. */
function formC(query: CallbackQuery): string | undefined {
	const fields = query.pairs.map((p) => flatFieldOf(p.name));
	const indexes = fields.map((f) => (f ? FLAT_FIELDS.indexOf(f) : -1));
	if (!inOrder(indexes)) return undefined;
	return query.pairs.map((p, i) => `${fields[i]}=${formEncode(p.value)}`).join('&');
}

/** Form E: every name is one of the parameter table's, in its order. */
function formE(query: CallbackQuery): string | undefined {
	const names = PROSE_FIELDS.map(([prose]) => prose);
	if (!inOrder(query.pairs.map((p) => names.indexOf(p.name)))) return undefined;
	return query.pairs.map((p) => `${p.name}=${formEncode(p.value)}`).join('&');
}

/** Form D: B with the names in byte order (a recursive ksort of the nested data). */
function formD(query: CallbackQuery): string {
	return [...query.pairs]
		.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
		.map((p) => `${formEncode(p.name)}=${formEncode(p.value)}`)
		.join('&');
}

/** The canonical strings that apply to this callback, in the order they are tried (A, B, C, E, D). */
export function canonicalForms(query: CallbackQuery): Array<[FormName, string]> {
	const out: Array<[FormName, string]> = [['A', query.signedPart]];
	const more: Array<[FormName, string | undefined]> = [
		['B', formB(query)],
		['C', formC(query)],
		['E', formE(query)],
		['D', formD(query)],
	];
	for (const [name, text] of more) {
		// the same bytes under another name add nothing
		if (text !== undefined && !out.some(([, t]) => t === text)) out.push([name, text]);
	}
	return out;
}
