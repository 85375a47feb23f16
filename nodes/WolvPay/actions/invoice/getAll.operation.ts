import type { IDataObject } from 'n8n-workflow';
import { collectByPage } from '../../../shared/pagination';
import type { ItemOperation } from '../../../shared/registry';
import { envelopeData, wolvPayRequest } from '../../transport';

/** WolvPay's maximum (and default) page size. */
export const PAGE_SIZE = 3;

interface Pagination {
	current_page?: number;
	total_pages?: number;
	has_next?: boolean;
}

/** Whether a page is followed by another one, from the pagination object (or a full page when absent). */
export function pageHasNext(
	pagination: Pagination | undefined,
	page: number,
	count: number,
): boolean {
	if (pagination && typeof pagination.has_next === 'boolean') return pagination.has_next;
	if (pagination && typeof pagination.total_pages === 'number')
		return page < pagination.total_pages;
	return count >= PAGE_SIZE;
}

export const operation: ItemOperation = {
	name: 'Get Many',
	description: 'List your invoices',
	action: 'Get many invoices',
	kind: 'read',
	properties: [
		{
			displayName:
				'WolvPay returns 3 invoices per page, so Return All makes one request per 3 invoices (rate-limited answers are waited out and retried)',
			name: 'pagingNotice',
			type: 'notice',
			default: '',
			displayOptions: { show: { returnAll: [true] } },
		},
		{
			displayName: 'Return All',
			name: 'returnAll',
			type: 'boolean',
			default: false,
			description: 'Whether to return all results or only up to a given limit',
		},
		{
			displayName: 'Limit',
			name: 'limit',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 50,
			description: 'Max number of results to return',
			displayOptions: { show: { returnAll: [false] } },
		},
	],
	async execute(i) {
		const returnAll = this.getNodeParameter('returnAll', i) as boolean;
		const limit = returnAll ? 0 : (this.getNodeParameter('limit', i) as number);
		const seen = new Set<string>();
		return await collectByPage<IDataObject>(
			async (page) => {
				const response = await wolvPayRequest.call(this, 'GET', '/invoices', 'read', {
					qs: { page, limit: PAGE_SIZE },
					itemIndex: i,
					action: `Listing invoices (page ${page})`,
				});
				const data = (envelopeData(response) ?? {}) as IDataObject;
				const invoices = Array.isArray(data.invoices) ? (data.invoices as IDataObject[]) : [];
				// An invoice created during the walk shifts the pages (newest first): skip repeats.
				const items = invoices.filter((inv) => {
					const id = String(inv.invoice_id ?? '');
					if (!id) return true;
					if (seen.has(id)) return false;
					seen.add(id);
					return true;
				});
				return {
					items,
					hasNext: pageHasNext(data.pagination as Pagination | undefined, page, invoices.length),
				};
			},
			{ returnAll, limit },
		);
	},
};
