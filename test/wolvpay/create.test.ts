/**
 * WolvPay operations (Invoice: Create) through n8n-core's ExecuteContext, the real credential
 * and real HTTP against the WolvPay sandbox: what the sandbox received, and what the node output.
 */
import type { ICredentialDataDecryptedObject, IDataObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';
import { CUSTOMER_CHOOSES } from '../../nodes/WolvPay/actions/common.descriptions';
import { runNode } from '../helpers/harness';
import { json, runErrorOn } from './operations.helpers';
import { useSandbox } from '../helpers/sandbox';
import type { Sandbox } from './setup';
import { apiRequests, injectFault, nodeSetup, startSandbox } from './setup';

let sb: Sandbox;
useSandbox(startSandbox, (started) => (sb = started));

const runError = (parameters: IDataObject, credentials?: ICredentialDataDecryptedObject) =>
	runErrorOn(sb, parameters, credentials);

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
