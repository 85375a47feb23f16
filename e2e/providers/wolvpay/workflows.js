'use strict';
// WolvPay in a real n8n: the sandbox credential, the sandbox's webhook URL and the e2e workflows
// (every operation of the action node; the trigger).
const { node, workflow, manualTrigger } = require('../../lib/workflow');
const { sandboxCall } = require('../../lib/sandboxes');
const { ACTION, TRIGGER, WEBHOOK_ID, CUSTOMER_CHOOSES, ids, webhookUrl } = require('./constants');

function credentials({ sandbox }) {
	return [
		{
			id: ids.credential,
			name: 'WolvPay sandbox',
			type: 'wolvPayApi',
			data: {
				apiKey: sandbox.credentials.apiKey,
				webhookSecret: sandbox.credentials.webhookSecret,
				baseUrl: sandbox.credentials.baseUrl,
			},
		},
	];
}

/** The account's webhook URL (WolvPay: dashboard setting) -> the trigger's production URL. */
async function configureSandbox({ sandbox, n8nUrl }) {
	const res = await sandboxCall(sandbox.url, 'POST', '/_sandbox/webhook-url', {
		url: webhookUrl(n8nUrl),
	});
	if (res.status !== 200)
		throw new Error(`wolvpay sandbox webhook-url -> ${res.status} ${res.text}`);
}

function workflows({ sandbox }) {
	const cred = { wolvPayApi: { id: ids.credential, name: 'WolvPay sandbox' } };
	const wp = (i, name, parameters, opts = {}) =>
		node(i, name, ACTION, parameters, { credentials: cred, executeOnce: true, ...opts });
	let i = 0;
	const nodes = [
		manualTrigger('Run'),
		wp(
			++i,
			'List coins',
			{
				resource: 'coin',
				operation: 'getAll',
				returnAll: false,
				limit: 5,
				options: { fiatCurrencies: ['USD', 'EUR'] },
			},
			{ executeOnce: false },
		),
		wp(++i, 'Invoice in BTC', {
			resource: 'invoice',
			operation: 'create',
			amount: '25.00',
			currency: 'USD',
			coin: 'btc',
			whiteLabel: true,
			additionalFields: { description: 'Order 2001', redirectUrl: 'https://example.com/thanks' },
		}),
		wp(++i, 'Invoice, customer picks the coin', {
			resource: 'invoice',
			operation: 'create',
			amount: '12.5',
			currency: 'EUR',
			coin: CUSTOMER_CHOOSES,
			whiteLabel: true,
			additionalFields: { description: 'Order 2002' },
		}),
		wp(++i, 'Customer picks LTC', {
			resource: 'invoice',
			operation: 'update',
			invoiceId: "={{ $('Invoice, customer picks the coin').first().json.invoice_id }}",
			coin: 'ltc',
		}),
		node(
			++i,
			'Simulate the payment (sandbox only)',
			'n8n-nodes-base.httpRequest',
			{
				method: 'POST',
				url: `=${sandbox.url}/_sandbox/invoices/{{ $('Invoice in BTC').first().json.invoice_id }}/pay`,
				sendBody: true,
				specifyBody: 'json',
				jsonBody: '{}',
				options: {},
			},
			{
				typeVersion: 4.2,
				executeOnce: true,
				notes:
					'The sandbox marks the BTC invoice paid and sends a signed webhook to the WolvPay Trigger workflow',
			},
		),
		wp(++i, 'Get the BTC invoice', {
			resource: 'invoice',
			operation: 'get',
			invoiceId: "={{ $('Invoice in BTC').first().json.invoice_id }}",
		}),
		wp(++i, 'All invoices', { resource: 'invoice', operation: 'getAll', returnAll: true }),
	];
	const action = workflow({
		id: ids.actionWorkflow,
		name: 'WolvPay: every operation (sandbox)',
		nodes,
	});
	const trigger = workflow({
		id: ids.triggerWorkflow,
		name: 'WolvPay: invoice paid (webhook)',
		nodes: [
			node(
				0,
				'WolvPay Trigger',
				TRIGGER,
				// the sandbox (and the e2e test) deliver from this machine; the real WolvPay: 128.140.76.192
				{ statuses: ['PAID'], allowedIps: '127.0.0.1' },
				{ credentials: cred, webhookId: WEBHOOK_ID },
			),
			node(1, 'Handle the payment', 'n8n-nodes-base.noOp', {}, { notes: 'Fulfil the order here' }),
		],
	});
	return [action, trigger];
}

module.exports = { credentials, configureSandbox, workflows };
