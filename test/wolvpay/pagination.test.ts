/**
 * Return All over more than 50 invoices (WolvPay pages hold 3) under a low rate limit: the walk
 * meets 429s, waits them out (Retry-After / X-RateLimit-Reset) and finishes with every invoice.
 */
import { runNode } from '../helpers/harness';
import type { Sandbox } from './setup';
import { apiRequests, nodeSetup, startSandbox } from './setup';

let sb: Sandbox;

beforeAll(async () => {
	sb = await startSandbox();
});
afterAll(async () => {
	await sb.close();
});

test('Return All over 55 invoices completes without a failed 429 under a 5 requests / 2 s limit', async () => {
	const { invoice_ids } = sb.bulk(55, { amount: '12.50' });
	sb.setRateLimit({ limit: 5, windowSeconds: 2 });
	sb.requests.length = 0;
	const started = Date.now();

	const out = await runNode(nodeSetup(sb, { resource: 'invoice', operation: 'getAll', returnAll: true }));

	const items = out[0].map((i) => i.json);
	expect(items.map((i) => i.invoice_id)).toEqual(invoice_ids.slice().reverse());
	expect(new Set(items.map((i) => i.invoice_id)).size).toBe(55);
	expect(items.every((i) => i.amount === '12.50')).toBe(true);
	expect(out[0].every((i) => JSON.stringify(i.pairedItem) === '{"item":0}')).toBe(true);

	const pages = apiRequests(sb).map((r) => Number(r.query.page));
	// 19 pages of 3; more requests than pages means some were answered 429 and repeated.
	expect(new Set(pages)).toEqual(new Set(Array.from({ length: 19 }, (_, k) => k + 1)));
	expect(pages.length).toBeGreaterThan(19);
	// Pages are fetched in order; a repeated page is the retry of a rate-limited one.
	for (let k = 1; k < pages.length; k++) expect(pages[k] === pages[k - 1] || pages[k] === pages[k - 1] + 1).toBe(true);
	expect(Date.now() - started).toBeLessThan(15_000);
}, 30_000);
