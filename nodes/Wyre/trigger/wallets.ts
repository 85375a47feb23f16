import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import { wyreRequest } from '../transport';

const PAGE = 50;

/** The trigger's wallet list (W29), one page at a time, filtered by name or id. */
export async function searchWallets(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const offset = Number(paginationToken ?? 0) || 0;
	const answer = await wyreRequest.call(this, 'GET', '/v2/wallets', 'read', {
		qs: { offset, limit: PAGE },
		action: 'Listing the wallets',
	});
	const page = Array.isArray(answer) ? answer : (answer as IDataObject)?.data;
	const wallets = (Array.isArray(page) ? page : []) as IDataObject[];
	const needle = String(filter ?? '').toLowerCase();
	const results = wallets
		.filter((w) => typeof w.id === 'string')
		.map((w) => ({
			name: w.name ? `${String(w.name)} (${String(w.id)})` : String(w.id),
			value: String(w.id),
		}))
		.filter((r) => !needle || r.name.toLowerCase().includes(needle));
	return {
		results,
		paginationToken: wallets.length === PAGE ? String(offset + PAGE) : undefined,
	};
}
