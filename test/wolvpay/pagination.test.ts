/**
 * Return All over more than 50 invoices (WolvPay pages hold 3) under a low rate limit: the walk
 * paces itself by X-RateLimit-Remaining / X-RateLimit-Reset (so it meets no 429), and when a 429
 * comes anyway it waits it out (Retry-After / X-RateLimit-Reset) and finishes with every invoice.
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

	const out = await runNode(
		nodeSetup(sb, { resource: 'invoice', operation: 'getAll', returnAll: true }),
	);

	const items = out[0].map((i) => i.json);
	expect(items.map((i) => i.invoice_id)).toEqual(invoice_ids.slice().reverse());
	expect(new Set(items.map((i) => i.invoice_id)).size).toBe(55);
	expect(items.every((i) => i.amount === '12.50')).toBe(true);
	expect(out[0].every((i) => JSON.stringify(i.pairedItem) === '{"item":0}')).toBe(true);

	const pages = apiRequests(sb).map((r) => Number(r.query.page));
	// 19 pages of 3, each fetched once and in order: the client waited for the window instead of
	// being answered 429 (5 requests per 2 s: at least 3 full windows waited).
	expect(pages).toEqual(Array.from({ length: 19 }, (_, k) => k + 1));
	expect(Date.now() - started).toBeGreaterThan(5_000);
	expect(Date.now() - started).toBeLessThan(15_000);
}, 30_000);

test('a 429 that comes anyway (no pacing headers) is waited out and the walk completes', async () => {
	sb.setRateLimit({ limit: 1000, windowSeconds: 60 });
	const { invoice_ids } = sb.bulk(7, { amount: '1.00' });
	sb.requests.length = 0;
	const reset = String(Math.floor(Date.now() / 1000) + 1);
	sb.faults.push({
		path: '/api/v1/invoices',
		method: 'GET',
		status: 429,
		body: { success: false, error: 'Too Many Requests', code: 429 },
		headers: { 'X-RateLimit-Reset': reset },
		times: 2,
	});
	const out = await runNode(
		nodeSetup(sb, { resource: 'invoice', operation: 'getAll', returnAll: false, limit: 7 }),
	);
	expect(out[0].map((i) => i.json.invoice_id)).toEqual(invoice_ids.slice().reverse().slice(0, 7));
	const pages = apiRequests(sb).map((r) => Number(r.query.page));
	expect(pages).toEqual([1, 1, 1, 2, 3]);
}, 30_000);
