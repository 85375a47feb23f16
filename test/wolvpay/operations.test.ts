/**
 * Every WolvPay operation through n8n-core's ExecuteContext, the real credential and real HTTP
 * against the WolvPay sandbox: what the sandbox received, and what the node output.
 */
import type { ICredentialDataDecryptedObject, IDataObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';
import { CUSTOMER_CHOOSES } from '../../nodes/WolvPay/actions/common.descriptions';
import { loadOptions, runNode } from '../helpers/harness';
import type { Sandbox } from './setup';
import { apiRequests, errorText, injectFault, nodeSetup, startSandbox } from './setup';

let sb: Sandbox;

beforeAll(async () => {
	sb = await startSandbox();
});
afterAll(async () => {
	await sb.close();
});
beforeEach(() => {
	sb.reset();
});

const json = (out: Awaited<ReturnType<typeof runNode>>) => out[0].map((i) => i.json);

async function runError(
	parameters: IDataObject,
	credentials?: ICredentialDataDecryptedObject,
): Promise<Error & IDataObject> {
	const setup = nodeSetup(sb, parameters);
	if (credentials) setup.credentials = { ...setup.credentials, ...credentials };
	try {
		await runNode(setup);
	} catch (error) {
		return error as Error & IDataObject;
	}
	throw new Error('expected the node to fail');
}

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

describe('Invoice: Create', () => {
	test('white-label invoice with a coin: the amount goes out as the exact JSON number the user typed', async () => {
		const out = json(
			await runNode(
				nodeSetup(sb, {
					resource: 'invoice',
					operation: 'create',
					amount: '100.10',
					currency: 'EUR',
					coin: 'ltc',
					whiteLabel: true,
					additionalFields: {
						description: 'Order #1234',
						redirectUrl: 'https://example.com/thank-you',
					},
				}),
			),
		);
		const reqs = apiRequests(sb);
		expect(reqs).toHaveLength(1);
		expect(reqs[0]).toMatchObject({ method: 'POST', path: '/api/v1/invoices' });
		expect(reqs[0].headers['content-type']).toBe('application/json');
		expect(reqs[0].headers.authorization).toBe(`Bearer ${sb.credentials.apiKey}`);
		expect(reqs[0].body).toBe(
			'{"amount":100.10,"currency":"EUR","coin":"ltc","description":"Order #1234","white_label":true,"redirect_url":"https://example.com/thank-you"}',
		);
		const inv = sb.snapshot().invoices[0];
		expect(inv).toMatchObject({
			amount: '100.10',
			currency: 'EUR',
			coin: 'ltc',
			status: 'AWAITING_PAYMENT',
			white_label: true,
		});
		expect(out).toHaveLength(1);
		expect(out[0]).toMatchObject({
			invoice_id: inv.invoice_id,
			amount: '100.10',
			status: 'AWAITING_PAYMENT',
			coin: 'ltc',
			coin_amount: inv.coin_amount,
			coin_address: inv.coin_address,
			redirect_url: 'https://example.com/thank-you',
		});
		expect(typeof out[0].coin_amount).toBe('string');
	});

	test('an amount beyond float precision reaches WolvPay digit for digit', async () => {
		await runNode(
			nodeSetup(sb, {
				resource: 'invoice',
				operation: 'create',
				amount: '123456789012345.67',
				coin: 'btc',
			}),
		);
		expect(apiRequests(sb)[0].body).toContain('"amount":123456789012345.67,');
		expect(sb.snapshot().invoices[0].amount).toBe('123456789012345.67');
	});

	test('"Let the Customer Choose" omits the coin; the invoice awaits selection', async () => {
		const out = json(
			await runNode(
				nodeSetup(sb, {
					resource: 'invoice',
					operation: 'create',
					amount: '25',
					coin: CUSTOMER_CHOOSES,
				}),
			),
		);
		expect(apiRequests(sb)[0].body).toBe('{"amount":25,"currency":"USD","white_label":true}');
		expect(out[0]).toMatchObject({ status: 'AWAITING_SELECTION', coin: null, amount: '25' });
		expect(out[0].available_coins).toContain('btc');
	});

	test('hosted invoice (white label off) returns the payment page URL', async () => {
		const out = json(
			await runNode(
				nodeSetup(sb, {
					resource: 'invoice',
					operation: 'create',
					amount: '9.99',
					currency: 'GBP',
					coin: 'btc',
					whiteLabel: false,
				}),
			),
		);
		expect(apiRequests(sb)[0].body).toBe(
			'{"amount":9.99,"currency":"GBP","coin":"btc","white_label":false}',
		);
		const inv = sb.snapshot().invoices[0];
		expect(out[0]).toEqual({
			invoice_id: inv.invoice_id,
			url: `${sb.url}/invoice/${inv.invoice_id}`,
			status: 'AWAITING_PAYMENT',
		});
	});

	test.each([
		['', 'is required'],
		['-1', 'not a plain decimal'],
		['1e3', 'not a plain decimal'],
		['0,5', 'not a plain decimal'],
		['abc', 'not a plain decimal'],
		['0', 'greater than zero'],
		['0.00', 'greater than zero'],
		[100, 'must be given as text'],
	])(
		'invalid amount %p: an error naming Amount, and nothing reaches WolvPay',
		async (amount, problem) => {
			const error = await runError({
				resource: 'invoice',
				operation: 'create',
				amount,
				coin: 'btc',
			});
			expect(error).toBeInstanceOf(NodeOperationError);
			expect(error.message).toMatch(/^Amount /);
			expect(error.message).toContain(problem);
			expect(error.description).toBe('Nothing was sent to the provider.');
			expect(sb.requests).toHaveLength(0);
			expect(sb.snapshot().invoices).toHaveLength(0);
		},
	);

	test.each([
		[
			{ additionalFields: { redirectUrl: 'not a url' } },
			/^Redirect URL "not a url" is not a valid http\(s\) URL/,
		],
		[{ additionalFields: { redirectUrl: 'ftp://example.com/x' } }, /^Redirect URL /],
		[{ currency: 'XYZ' }, /^Currency "XYZ" is not one of WolvPay's 36 fiat currencies/],
		[{ coin: 'b t c' }, /^Coin "b t c" contains spaces/],
		[{ whiteLabel: 'yes' }, /^White Label must be true or false, not "yes"/],
	])(
		'invalid field %p: an error naming it, and nothing reaches WolvPay',
		async (extra, message) => {
			const error = await runError({
				resource: 'invoice',
				operation: 'create',
				amount: '10',
				coin: 'btc',
				...extra,
			});
			expect(error.message).toMatch(message);
			expect(sb.requests).toHaveLength(0);
		},
	);

	test('continue on fail: the bad item becomes an error item, the others go through, each paired', async () => {
		const out = await runNode(
			nodeSetup(
				sb,
				{ resource: 'invoice', operation: 'create', amount: '={{ $json.amount }}', coin: 'btc' },
				{ continueOnFail: true },
			),
			[{ amount: '10.00' }, { amount: '1e5' }, { amount: '30.5' }],
		);
		expect(out[0].map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		expect(out[0][0].json.amount).toBe('10.00');
		expect(out[0][1].json.error).toMatch(/^Amount "1e5" is not a plain decimal/);
		expect(out[0][2].json.amount).toBe('30.5');
		expect(apiRequests(sb).map((r) => JSON.parse(r.body).amount)).toEqual([10, 30.5]);
	});

	test('a write is never retried: one 503 is one request and a failure', async () => {
		injectFault(sb, {
			method: 'POST',
			path: '/api/v1/invoices',
			status: 503,
			body: { success: false, error: 'Service Unavailable', code: 503, message: 'Try later.' },
		});
		const error = await runError({
			resource: 'invoice',
			operation: 'create',
			amount: '10',
			coin: 'btc',
		});
		expect(error).toBeInstanceOf(NodeApiError);
		expect(error.httpCode).toBe('503');
		expect(apiRequests(sb)).toHaveLength(1);
	});

	test('a rate-limited create (429) is not retried either', async () => {
		injectFault(sb, {
			method: 'POST',
			path: '/api/v1/invoices',
			status: 429,
			headers: { 'Retry-After': '0' },
			body: {
				success: false,
				error: 'Too Many Requests',
				code: 429,
				message: 'Rate limit exceeded. Try again later.',
			},
		});
		const error = await runError({
			resource: 'invoice',
			operation: 'create',
			amount: '10',
			coin: 'btc',
		});
		expect(error.message).toContain('WolvPay error [429]');
		expect(error.message).toContain('100 requests per minute');
		expect(apiRequests(sb)).toHaveLength(1);
		expect(sb.snapshot().invoices).toHaveLength(0);
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

describe('Invoice: Update (select the coin)', () => {
	test('selects the coin of a white-label invoice created without one', async () => {
		const inv = sb.createInvoice({ amount: '50', white_label: true });
		expect(inv.status).toBe('AWAITING_SELECTION');
		const out = json(
			await runNode(
				nodeSetup(sb, {
					resource: 'invoice',
					operation: 'update',
					invoiceId: inv.invoice_id,
					coin: 'btc',
				}),
			),
		);
		const reqs = apiRequests(sb);
		expect(reqs).toHaveLength(1);
		expect(reqs[0]).toMatchObject({
			method: 'POST',
			path: `/api/v1/invoices/${inv.invoice_id}`,
			body: '{"coin":"btc"}',
		});
		expect(reqs[0].headers['content-type']).toBe('application/json');
		const now = sb.snapshot().invoices[0];
		expect(now).toMatchObject({ status: 'AWAITING_PAYMENT', coin: 'btc' });
		expect(out[0]).toMatchObject({
			invoice_id: inv.invoice_id,
			status: 'AWAITING_PAYMENT',
			coin: 'btc',
			amount: '50',
			coin_amount: now.coin_amount,
		});
	});

	test('402 "Request Failed" is explained: a coin is already selected', async () => {
		const inv = sb.createInvoice({ amount: '50', coin: 'ltc' });
		const error = await runError({
			resource: 'invoice',
			operation: 'update',
			invoiceId: inv.invoice_id,
			coin: 'btc',
		});
		expect(error).toBeInstanceOf(NodeApiError);
		expect(error.httpCode).toBe('402');
		expect(error.message).toContain(
			'WolvPay error [402]: A cryptocurrency has already been selected for this invoice.',
		);
		expect(error.message).toContain(
			'the parameters were valid, but WolvPay could not carry out the request',
		);
		expect((error.context as IDataObject).data).toMatchObject({
			code: '402',
			type: 'Request Failed',
		});
		expect(apiRequests(sb)).toHaveLength(1); // a write: not retried
	});

	test('402 for an expired invoice and for a hosted invoice', async () => {
		const expired = sb.createInvoice({ amount: '50', white_label: true });
		await sb.expire(expired.invoice_id);
		const e1 = await runError({
			resource: 'invoice',
			operation: 'update',
			invoiceId: expired.invoice_id,
			coin: 'btc',
		});
		expect(e1.message).toContain('[402]: Invoice has expired.');
		const hosted = sb.createInvoice({ amount: '50', white_label: false });
		const e2 = await runError({
			resource: 'invoice',
			operation: 'update',
			invoiceId: hosted.invoice_id,
			coin: 'btc',
		});
		expect(e2.message).toContain(
			'[402]: Coin selection for hosted invoices happens on the hosted invoice page.',
		);
	});

	test("an unsupported coin: WolvPay's 400 message", async () => {
		const inv = sb.createInvoice({ amount: '50', white_label: true });
		const error = await runError({
			resource: 'invoice',
			operation: 'update',
			invoiceId: inv.invoice_id,
			coin: 'dogecoin_classic',
		});
		expect(error.message).toBe(
			'WolvPay error [400]: The provided cryptocurrency code is not supported or not enabled.',
		);
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

describe('errors', () => {
	test('the {error:{type,message,code,param}} shape maps to a NodeApiError carrying all four', async () => {
		injectFault(sb, {
			method: 'POST',
			path: '/api/v1/invoices',
			status: 400,
			body: {
				error: {
					type: 'invalid_request_error',
					message: 'Missing required parameter: amount',
					code: 'missing_parameter',
					param: 'amount',
				},
			},
		});
		const error = await runError({
			resource: 'invoice',
			operation: 'create',
			amount: '10',
			coin: 'btc',
		});
		expect(error).toBeInstanceOf(NodeApiError);
		expect(error.message).toBe(
			'WolvPay error [missing_parameter]: Missing required parameter: amount (parameter: amount)',
		);
		expect(error.httpCode).toBe('400');
		expect((error.context as IDataObject).data).toEqual({
			type: 'invalid_request_error',
			code: 'missing_parameter',
			param: 'amount',
			message: 'Missing required parameter: amount',
		});
		expect(error.description).toContain('Provider code: missing_parameter');
	});

	test('with continue on fail, both shapes show up in the error item', async () => {
		injectFault(sb, {
			method: 'GET',
			path: '/api/v1/coins',
			status: 400,
			body: {
				error: {
					type: 'invalid_request_error',
					message: 'Bad page',
					code: 'invalid_parameter',
					param: 'page',
				},
			},
		});
		const out = json(
			await runNode(
				nodeSetup(
					sb,
					{ resource: 'coin', operation: 'getAll', returnAll: true },
					{ continueOnFail: true },
				),
			),
		);
		expect(out[0]).toMatchObject({
			error: 'WolvPay error [invalid_parameter]: Bad page (parameter: page)',
			details: {
				code: 'invalid_parameter',
				provider: {
					type: 'invalid_request_error',
					code: 'invalid_parameter',
					param: 'page',
					message: 'Bad page',
				},
			},
		});
		const out2 = json(
			await runNode(
				nodeSetup(
					sb,
					{ resource: 'invoice', operation: 'get', invoiceId: 'INVnope' },
					{ continueOnFail: true },
				),
			),
		);
		expect(out2[0]).toMatchObject({
			error: 'WolvPay error [404]: Invoice not found.',
			details: {
				code: '404',
				provider: { code: '404', type: 'Not Found', message: 'Invoice not found.' },
			},
		});
	});

	test('a wrong API key: 401 explained, and the key appears nowhere', async () => {
		const wrongKey = 'wolv_wrong_key_9876543210';
		const error = await runError(
			{ resource: 'invoice', operation: 'get', invoiceId: 'INVx' },
			{ apiKey: wrongKey },
		);
		expect(error.message).toContain('WolvPay error [401]: Invalid or missing API key.');
		expect(error.message).toContain('Check the API Key in the WolvPay credential');
		expect(apiRequests(sb)[0].headers.authorization).toBe(`Bearer ${wrongKey}`);
		expect(errorText(error)).not.toContain(wrongKey);
	});

	test('secrets a provider error echoes back are scrubbed from message, description and details', async () => {
		const { apiKey, webhookSecret } = sb.credentials;
		const echo = `key ${apiKey} and secret ${webhookSecret} rejected`;
		injectFault(sb, {
			method: 'GET',
			path: '/api/v1/coins',
			status: 400,
			body: { success: false, error: `Bad ${apiKey}`, code: 400, message: echo },
		});
		const error = await runError({ resource: 'coin', operation: 'getAll', returnAll: true });
		const text = errorText(error);
		expect(text).toContain('key *** and secret *** rejected');
		expect(text).not.toContain(apiKey);
		expect(text).not.toContain(webhookSecret);

		injectFault(sb, {
			method: 'GET',
			path: '/api/v1/coins',
			status: 400,
			body: { error: { type: apiKey, message: echo, code: webhookSecret, param: apiKey } },
		});
		const out = json(
			await runNode(
				nodeSetup(
					sb,
					{ resource: 'coin', operation: 'getAll', returnAll: true },
					{ continueOnFail: true },
				),
			),
		);
		const outText = JSON.stringify(out);
		expect(outText).toContain('***');
		expect(outText).not.toContain(apiKey);
		expect(outText).not.toContain(webhookSecret);
	});

	test('no output of any operation contains a secret', async () => {
		const { apiKey, webhookSecret } = sb.credentials;
		const inv = sb.createInvoice({ amount: '50', white_label: true });
		const runs = [
			{ resource: 'coin', operation: 'getAll', returnAll: true },
			{ resource: 'invoice', operation: 'create', amount: '1', coin: 'btc' },
			{ resource: 'invoice', operation: 'get', invoiceId: inv.invoice_id },
			{ resource: 'invoice', operation: 'update', invoiceId: inv.invoice_id, coin: 'ltc' },
			{ resource: 'invoice', operation: 'getAll', returnAll: true },
		];
		for (const parameters of runs) {
			const text = JSON.stringify(await runNode(nodeSetup(sb, parameters)));
			expect(text).not.toContain(apiKey);
			expect(text).not.toContain(webhookSecret);
		}
	});
});
