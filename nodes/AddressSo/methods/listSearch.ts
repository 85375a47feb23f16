import type {
	IDataObject,
	ILoadOptionsFunctions,
	INodeListSearchItems,
	INodeListSearchResult,
} from 'n8n-workflow';
import { addressSoResult } from '../transport';

/** The current value of a plain or resource-locator parameter, as text ('' when unset). */
function current(ctx: ILoadOptionsFunctions, name: string): string {
	const value = ctx.getCurrentNodeParameter(name, { extractValue: true });
	return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

function matching(items: INodeListSearchItems[], filter?: string): INodeListSearchResult {
	const f = (filter ?? '').toLowerCase();
	return { results: f ? items.filter((it) => it.name.toLowerCase().includes(f)) : items };
}

const SAFE = /^[A-Za-z0-9]+$/;

/** The wallets of the chosen coin: "label (id) — balance". */
export async function searchWallets(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const coin = current(this, 'coin').toLowerCase();
	if (!SAFE.test(coin) || coin === 'all') return { results: [] };
	const result = await addressSoResult.call(this, 'GET', `/api/coins/${coin}/wallets`, 'read', {
		action: `Listing the ${coin} wallets`,
	});
	const items = (Array.isArray(result) ? (result as IDataObject[]) : []).map((w) => ({
		name: `${String(w.label ?? '')} (${String(w.id)}) — ${String(w.balance_float ?? '')} ${coin}`,
		value: String(w.id),
	}));
	return matching(items, filter);
}

/** The accounts of the chosen wallet: "address (id) — balance". */
export async function searchAccounts(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const coin = current(this, 'coin').toLowerCase();
	const wallet = current(this, 'wallet');
	if (!SAFE.test(coin) || !/^\d+$/.test(wallet)) return { results: [] };
	const result = await addressSoResult.call(
		this,
		'GET',
		`/api/coins/${coin}/wallets/${wallet}/accounts`,
		'read',
		{ action: `Listing the accounts of ${coin} wallet ${wallet}` },
	);
	const items = (Array.isArray(result) ? (result as IDataObject[]) : []).map((a) => ({
		name: `${String(a.address ?? '')} (${String(a.id)}) — ${String(a.balance_float ?? '')} ${coin}`,
		value: String(a.id),
	}));
	return matching(items, filter);
}
