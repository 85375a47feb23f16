import type { IDataObject } from 'n8n-workflow';

/**
 * Return All / Limit over an offset-paginated list: fetches pages of `pageSize` until a short page
 * (or `limit` items) and returns at most `limit` items unless returnAll.
 */
export async function collectByOffset<T = IDataObject>(
	fetchPage: (offset: number, limit: number) => Promise<T[]>,
	options: { returnAll: boolean; limit: number; pageSize: number; maxPages?: number },
): Promise<T[]> {
	const out: T[] = [];
	const wanted = options.returnAll ? Infinity : options.limit;
	let offset = 0;
	for (let page = 0; page < (options.maxPages ?? 10_000); page++) {
		const size = Math.min(options.pageSize, wanted - out.length);
		if (size <= 0) break;
		const items = await fetchPage(offset, size);
		out.push(...items);
		offset += items.length;
		if (items.length < size) break;
	}
	return options.returnAll ? out : out.slice(0, options.limit);
}

/**
 * Return All / Limit over a page-numbered list (page 1, 2, ...): follows `hasNext` until the last
 * page or until `limit` items were collected.
 */
export async function collectByPage<T = IDataObject>(
	fetchPage: (page: number) => Promise<{ items: T[]; hasNext: boolean }>,
	options: { returnAll: boolean; limit: number; maxPages?: number },
): Promise<T[]> {
	const out: T[] = [];
	const wanted = options.returnAll ? Infinity : options.limit;
	for (let page = 1; page <= (options.maxPages ?? 10_000); page++) {
		const { items, hasNext } = await fetchPage(page);
		out.push(...items);
		if (!hasNext || items.length === 0 || out.length >= wanted) break;
	}
	return options.returnAll ? out : out.slice(0, options.limit);
}
