/**
 * WolvPay operations (errors) through n8n-core's ExecuteContext, the real credential
 * and real HTTP against the WolvPay sandbox: what the sandbox received, and what the node output.
 */
import type { IDataObject, ICredentialDataDecryptedObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';
import { runNode } from '../helpers/harness';
import { json, runErrorOn } from './operations.helpers';
import { useSandbox } from '../helpers/sandbox';
import type { Sandbox } from './setup';
import { apiRequests, errorText, injectFault, nodeSetup, startSandbox } from './setup';

let sb: Sandbox;
useSandbox(startSandbox, (started) => (sb = started));

const runError = (parameters: IDataObject, credentials?: ICredentialDataDecryptedObject) =>
	runErrorOn(sb, parameters, credentials);

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
