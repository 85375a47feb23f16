import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { collectByOffset } from '../../shared/pagination';
import { checkBoolean, checkInteger, invalidInput } from '../../shared/params';
import type { WyreSettings } from '../transport';
import { wyreRequest } from '../transport';

/** Wyre's page size on tabular endpoints is 25 by default; we ask for more per page. */
export const PAGE_SIZE = 100;

/** The rows of a list answer: `{data: [...]}` (documented shape) or a bare array. */
export function rowsOf(body: unknown): IDataObject[] {
	if (Array.isArray(body)) return body as IDataObject[];
	const data = (body as IDataObject | undefined)?.data;
	return Array.isArray(data) ? (data as IDataObject[]) : [];
}

/** A Created After/Before filter as Wyre's `from`/`to` (milliseconds since the epoch). */
function millis(
	ctx: IExecuteFunctions,
	value: unknown,
	field: string,
	i: number,
): number | undefined {
	if (value === undefined || value === null || value === '') return undefined;
	const ms = typeof value === 'number' ? value : Date.parse(String(value));
	if (!Number.isSafeInteger(ms) || ms < 0)
		invalidInput(ctx, field, `"${String(value)}" is not a date and time`, i);
	return ms;
}

export function readTimeFilters(ctx: IExecuteFunctions, i: number): IDataObject {
	const filters = ctx.getNodeParameter('filters', i, {}) as IDataObject;
	const qs: IDataObject = {};
	const from = millis(ctx, filters.from, 'Filters → Created After', i);
	const to = millis(ctx, filters.to, 'Filters → Created Before', i);
	if (from !== undefined) qs.from = from;
	if (to !== undefined) qs.to = to;
	if (from !== undefined && to !== undefined && from > to)
		invalidInput(ctx, 'Filters → Created After', 'is later than Created Before', i);
	return qs;
}

/** Return All / Limit over `offset`/`limit` (plus the endpoint's own query, e.g. from/to). */
export async function getMany(
	ctx: IExecuteFunctions,
	path: string,
	i: number,
	settings: WyreSettings,
	what: string,
	qs: IDataObject = {},
): Promise<IDataObject[]> {
	const returnAll = checkBoolean(ctx, ctx.getNodeParameter('returnAll', i), 'Return All', i);
	const limit = returnAll
		? 0
		: checkInteger(ctx, ctx.getNodeParameter('limit', i), 'Limit', i, { min: 1 });
	return await collectByOffset(
		async (offset, size) =>
			rowsOf(
				await wyreRequest.call(ctx, 'GET', path, 'read', {
					qs: { offset, limit: size, ...qs },
					settings,
					itemIndex: i,
					action: `Listing ${what}`,
				}),
			),
		{ returnAll, limit, pageSize: PAGE_SIZE },
	);
}
