/**
 * WolvPay operations (Invoice: Update (selecting the coin)) through n8n-core's ExecuteContext, the real credential
 * and real HTTP against the WolvPay sandbox: what the sandbox received, and what the node output.
 */
import type { IDataObject, ICredentialDataDecryptedObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';
import { runNode } from '../helpers/harness';
import { json, runErrorOn } from './operations.helpers';
import { useSandbox } from '../helpers/sandbox';
import type { Sandbox } from './setup';
import { apiRequests, nodeSetup, startSandbox } from './setup';

let sb: Sandbox;
useSandbox(startSandbox, (started) => (sb = started));

const runError = (parameters: IDataObject, credentials?: ICredentialDataDecryptedObject) =>
	runErrorOn(sb, parameters, credentials);

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
