import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import { rowsOf } from '../helpers/lists';
import { wyreRequest } from '../transport';

const PAGE = 50;

function matches(filter: string | undefined, ...texts: unknown[]): boolean {
	if (!filter) return true;
	const f = filter.toLowerCase();
	return texts.some((t) => typeof t === 'string' && t.toLowerCase().includes(f));
}

/** One page of a list endpoint, for a searchable dropdown (the token is the next offset). */
async function page(
	ctx: ILoadOptionsFunctions,
	path: string,
	token: string | undefined,
): Promise<{ rows: IDataObject[]; next?: string }> {
	const offset = Number(token ?? 0) || 0;
	const rows = rowsOf(
		await wyreRequest.call(ctx, 'GET', path, 'read', {
			qs: { offset, limit: PAGE },
			action: 'Loading the list',
		}),
	);
	return { rows, next: rows.length === PAGE ? String(offset + PAGE) : undefined };
}

/** Wallets as "name (WA_…)". */
export async function searchWallets(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const { rows, next } = await page(this, '/v2/wallets', paginationToken);
	return {
		results: rows
			.filter((w) => typeof w.id === 'string' && matches(filter, w.name, w.id))
			.map((w) => ({ name: `${String(w.name ?? w.id)} (${String(w.id)})`, value: String(w.id) })),
		paginationToken: next,
	};
}

/** Payment methods as "name (PA_…)". */
export async function searchPaymentMethods(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const { rows, next } = await page(this, '/v2/paymentMethods', paginationToken);
	return {
		results: rows
			.filter((p) => typeof p.id === 'string' && matches(filter, p.name, p.id, p.nameOnMethod))
			.map((p) => ({
				name: `${String(p.name ?? p.nameOnMethod ?? p.id)} (${String(p.id)})`,
				value: String(p.id),
			})),
		paginationToken: next,
	};
}

/** The API key's own account (Wyre lists no sub-accounts: give those by ID). */
export async function searchAccounts(this: ILoadOptionsFunctions): Promise<INodeListSearchResult> {
	const account = (await wyreRequest.call(this, 'GET', '/v2/account', 'read', {
		action: 'Loading the account',
	})) as IDataObject;
	if (typeof account?.id !== 'string') return { results: [] };
	const label =
		account.profile && typeof account.profile === 'object'
			? (account.profile as IDataObject).businessName
			: undefined;
	return {
		results: [
			{
				name: `Own account${label ? `: ${String(label)}` : ''} (${account.id})`,
				value: account.id,
			},
		],
	};
}
