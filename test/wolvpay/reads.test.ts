/**
 * WolvPay operations (Coin: Get Many, Invoice: Get and Invoice: Get Many) through n8n-core's ExecuteContext, the real credential
 * and real HTTP against the WolvPay sandbox: what the sandbox received, and what the node output.
 */
import type { IDataObject, ICredentialDataDecryptedObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';
import { CUSTOMER_CHOOSES } from '../../nodes/WolvPay/actions/common.descriptions';
import { loadOptions, runNode } from '../helpers/harness';
import { json, runErrorOn } from './operations.helpers';
import { useSandbox } from '../helpers/sandbox';
import type { Sandbox } from './setup';
import { apiRequests, injectFault, nodeSetup, startSandbox } from './setup';

let sb: Sandbox;
useSandbox(startSandbox, (started) => (sb = started));

const runError = (parameters: IDataObject, credentials?: ICredentialDataDecryptedObject) =>
	runErrorOn(sb, parameters, credentials);

describe('Coin: Get Many', () => {
	test('lists every coin with name, minimum and prices as decimal strings', async () => {
		const out = json(
			await runNode(nodeSetup(sb, { resource: 'coin', operation: 'getAll', returnAll: true })),
		);
		const reqs = apiRequests(sb);
		expect(reqs).toHaveLength(1);
		expect(reqs[0]).toMatchObject({ method: 'GET', path: '/api/v1/coins' });
		expect(reqs[0].headers.authorization).toBe(`Bearer ${sb.credentials.apiKey}`);
		expect(out).toHaveLength(17);
		const btc = out.find((c) => c.coin === 'btc') as IDataObject;
		expect(btc).toMatchObject({
			name: 'Bitcoin',
			minimum_transaction_coin: '0.000080000000000000',
		});
		expect((btc.prices as IDataObject).USD).toBe('105649.8096322775');
		expect(Object.keys(btc.prices as IDataObject)).toHaveLength(36);
	});

	test('outputs only the chosen fiat prices, and honours Limit', async () => {
		const out = json(
			await runNode(
				nodeSetup(sb, {
					resource: 'coin',
					operation: 'getAll',
					returnAll: false,
					limit: 2,
					options: { fiatCurrencies: ['EUR', 'USD'] },
				}),
			),
		);
		expect(out).toHaveLength(2);
		for (const c of out)
			expect(Object.keys(c.prices as IDataObject).sort()).toEqual(['EUR', 'USD']);
		expect(out[1]).toMatchObject({
			coin: 'btc',
			prices: { USD: '105649.8096322775', EUR: '92971.8324764042' },
		});
	});

	test('the coin dropdowns are loaded from /coins; Create offers "Let the Customer Choose" first', async () => {
		const setup = nodeSetup(sb, { resource: 'invoice', operation: 'create' });
		const coins = await loadOptions(setup, 'getCoins');
		expect(coins).toHaveLength(17);
		expect(coins).toContainEqual({ name: 'Bitcoin (btc)', value: 'btc' });
		const withChoice = await loadOptions(setup, 'getCoinsOrCustomerChoice');
		expect(withChoice[0]).toMatchObject({
			name: 'Let the Customer Choose',
			value: CUSTOMER_CHOOSES,
		});
		expect(withChoice.slice(1)).toEqual(coins);
		expect(apiRequests(sb).every((r) => r.path === '/api/v1/coins')).toBe(true);
	});
});

describe('Invoice: Get', () => {
	test('retrieves a white-label invoice with amounts as decimal strings', async () => {
		const inv = sb.createInvoice({ amount: '100.00', coin: 'btc', description: 'Order 7' });
		await sb.pay(inv.invoice_id);
		sb.requests.length = 0;
		const out = json(
			await runNode(
				nodeSetup(sb, { resource: 'invoice', operation: 'get', invoiceId: inv.invoice_id }),
			),
		);
		expect(apiRequests(sb).map((r) => [r.method, r.url])).toEqual([
			['GET', `/api/v1/invoices/${inv.invoice_id}`],
		]);
		const paid = sb.snapshot().invoices[0];
		expect(out).toEqual([
			{
				invoice_id: inv.invoice_id,
				amount: '100.00',
				description: 'Order 7',
				status: 'PAID',
				coin: 'btc',
				coin_amount: paid.coin_amount,
				coin_received: paid.coin_received,
				coin_address: paid.coin_address,
				redirect_url: null,
				created_at: paid.created_at,
				expires_at: paid.expires_at,
			},
		]);
	});

	test("an unknown invoice is a NodeApiError with WolvPay's code and message", async () => {
		const error = await runError({
			resource: 'invoice',
			operation: 'get',
			invoiceId: 'INVdoesnotexist',
		});
		expect(error).toBeInstanceOf(NodeApiError);
		expect(error.message).toBe('WolvPay error [404]: Invoice not found.');
		expect(error.httpCode).toBe('404');
		expect((error.context as IDataObject).data).toEqual({
			code: '404',
			type: 'Not Found',
			message: 'Invoice not found.',
		});
	});

	test('an empty or malformed ID is refused before any request', async () => {
		for (const invoiceId of ['', '   ', '../coins', 'INV 1']) {
			const error = await runError({ resource: 'invoice', operation: 'get', invoiceId });
			expect(error.message).toMatch(/^Invoice ID /);
		}
		expect(sb.requests).toHaveLength(0);
	});

	test('a read is retried after a 5xx and then succeeds', async () => {
		const inv = sb.createInvoice({ amount: '5', coin: 'ltc' });
		injectFault(sb, {
			method: 'GET',
			path: `/api/v1/invoices/${inv.invoice_id}`,
			status: 502,
			headers: { 'Retry-After': '0' },
			body: 'Bad Gateway',
		});
		const out = json(
			await runNode(
				nodeSetup(sb, { resource: 'invoice', operation: 'get', invoiceId: inv.invoice_id }),
			),
		);
		expect(out[0].invoice_id).toBe(inv.invoice_id);
		expect(apiRequests(sb)).toHaveLength(2);
	});
});

describe('Invoice: Get Many', () => {
	test('Limit walks as many pages of 3 as needed, newest first', async () => {
		const { invoice_ids } = sb.bulk(10);
		sb.requests.length = 0;
		const out = json(
			await runNode(
				nodeSetup(sb, { resource: 'invoice', operation: 'getAll', returnAll: false, limit: 5 }),
			),
		);
		expect(out.map((i) => i.invoice_id)).toEqual(invoice_ids.slice().reverse().slice(0, 5));
		expect(apiRequests(sb).map((r) => r.query)).toEqual([
			{ page: '1', limit: '3' },
			{ page: '2', limit: '3' },
		]);
		expect(out[0]).toMatchObject({
			amount: '10.00',
			status: 'AWAITING_PAYMENT',
			coin: 'btc',
			white_label: 1,
		});
	});

	test('Return All follows the pagination object to the last page', async () => {
		const { invoice_ids } = sb.bulk(7);
		sb.requests.length = 0;
		const out = json(
			await runNode(nodeSetup(sb, { resource: 'invoice', operation: 'getAll', returnAll: true })),
		);
		expect(out.map((i) => i.invoice_id)).toEqual(invoice_ids.slice().reverse());
		expect(apiRequests(sb).map((r) => r.query.page)).toEqual(['1', '2', '3']);
	});

	test('an invoice created during the walk shifts the pages: the repeated invoice is output once', async () => {
		const { invoice_ids } = sb.bulk(6);
		const newestFirst = invoice_ids.slice().reverse(); // I6 .. I1
		// Page 1 as it was before I6 existed: [I5, I4, I3]; the real page 2 is now [I3, I2, I1].
		injectFault(sb, {
			method: 'GET',
			path: '/api/v1/invoices',
			status: 200,
			body: {
				success: true,
				result: 'Transactions retrieved successfully',
				code: 200,
				data: {
					invoices: newestFirst.slice(1, 4).map((invoice_id) => ({ invoice_id, amount: '10.00' })),
					pagination: {
						current_page: 1,
						per_page: 3,
						total_items: 5,
						total_pages: 2,
						has_next: true,
						next_page: 2,
					},
				},
			},
		});
		sb.requests.length = 0;
		const out = json(
			await runNode(nodeSetup(sb, { resource: 'invoice', operation: 'getAll', returnAll: true })),
		);
		expect(out.map((i) => i.invoice_id)).toEqual(newestFirst.slice(1));
		expect(apiRequests(sb).map((r) => r.query.page)).toEqual(['1', '2']);
	});

	test('no invoices: one request, no items', async () => {
		const out = await runNode(
			nodeSetup(sb, { resource: 'invoice', operation: 'getAll', returnAll: true }),
		);
		expect(out[0]).toEqual([]);
		expect(apiRequests(sb)).toHaveLength(1);
	});
});
