'use strict';
// WolvPay's example workflows (examples/wolvpay/*.json, written by `npm run examples`): what a user
// imports to start. Portable: no sandbox-only steps, no credential; `forSandbox` is what the demo
// and the e2e suite change to run them against the local sandbox.
const { layout } = require('../../lib/examples');
const { ACTION, TRIGGER, WEBHOOK_ID, CUSTOMER_CHOOSES } = require('./constants');

const CREDENTIAL = [
	'**Credential**: create a *WolvPay API* credential (API key and webhook secret from your WolvPay',
	'dashboard) and pick it in every WolvPay node. **Live or sandbox**: the credential talks to WolvPay',
	"(live) by default; to try without real funds, run `npm run sandbox` in this package's repository and",
	"set the credential's Base URL to the WolvPay sandbox URL it prints.",
].join('\n');

const wp = (name, parameters) => ({ name, type: ACTION, parameters, executeOnce: true });
const OPEN = 'Invoice, customer picks the coin';

function action() {
	return layout({
		id: 'ccpExWolvPayInvoice',
		name: 'WolvPay: invoice an order',
		sections: [
			{
				title: 'WolvPay: invoice an order',
				text: [
					'Lists the coins WolvPay accepts, creates an invoice in BTC and one where the customer picks',
					"the coin, and reads them back. Send the customer the invoice's payment link; when it is",
					'paid, the example *WolvPay: invoice paid (webhook)* starts.',
					'',
					CREDENTIAL,
					'',
					'Then click **Execute workflow**.',
				].join('\n'),
			},
			{
				title: '1. Coins and a BTC invoice',
				text: 'Five coins with their USD and EUR prices; an invoice of 25.00 USD paid in BTC.',
				rows: [
					[
						{ name: 'Run', type: 'n8n-nodes-base.manualTrigger' },
						{
							name: 'List coins',
							type: ACTION,
							parameters: {
								resource: 'coin',
								operation: 'getAll',
								returnAll: false,
								limit: 5,
								options: { fiatCurrencies: ['USD', 'EUR'] },
							},
						},
						wp('Invoice in BTC', {
							resource: 'invoice',
							operation: 'create',
							amount: '25.00',
							currency: 'USD',
							coin: 'btc',
							whiteLabel: true,
							additionalFields: { description: 'Order 2001' },
						}),
						wp('Get the BTC invoice', {
							resource: 'invoice',
							operation: 'get',
							invoiceId: "={{ $('Invoice in BTC').first().json.invoice_id }}",
						}),
					],
				],
			},
			{
				title: '2. The customer picks the coin',
				text: 'An invoice without a coin; then the coin the customer chose (LTC); then all your invoices.',
				rows: [
					[
						wp(OPEN, {
							resource: 'invoice',
							operation: 'create',
							amount: '12.5',
							currency: 'EUR',
							coin: CUSTOMER_CHOOSES,
							whiteLabel: true,
							additionalFields: { description: 'Order 2002' },
						}),
						wp('Customer picks LTC', {
							resource: 'invoice',
							operation: 'update',
							invoiceId: `={{ $('${OPEN}').first().json.invoice_id }}`,
							coin: 'ltc',
						}),
						wp('All invoices', {
							resource: 'invoice',
							operation: 'getAll',
							returnAll: false,
							limit: 10,
						}),
					],
				],
			},
		],
	});
}

function trigger() {
	return layout({
		id: 'ccpExWolvPayPaid',
		name: 'WolvPay: invoice paid (webhook)',
		sections: [
			{
				title: 'WolvPay: invoice paid (webhook)',
				text: [
					'Starts once per paid invoice WolvPay reports; only deliveries signed with your webhook secret',
					"(and from WolvPay's address) get in.",
					'',
					CREDENTIAL,
					'',
					'**Webhook URL**: WolvPay has no API to register it. Activate this workflow, copy the',
					"trigger's Production URL and paste it into the webhook settings of your WolvPay dashboard.",
					"**Allowed IPs**: WolvPay's address by default; with the local sandbox use 127.0.0.1 (and set",
					'the sandbox\'s webhook URL: `POST <sandbox>/_sandbox/webhook-url` with {"url": "<Production URL>"}).',
				].join('\n'),
			},
			{
				title: 'On a paid invoice',
				text: 'Replace *Handle the payment* with what your shop does: mark the order paid, email, …',
				rows: [
					[
						{
							name: 'WolvPay Trigger',
							type: TRIGGER,
							webhookId: WEBHOOK_ID,
							parameters: { statuses: ['PAID'] },
						},
						{ name: 'Handle the payment', type: 'n8n-nodes-base.noOp' },
					],
				],
			},
		],
	});
}

/** The changes that run the examples against the local sandbox (demo, e2e). */
function forSandbox(workflow) {
	for (const n of workflow.nodes)
		if (n.type.endsWith('.wolvPayTrigger')) n.parameters.allowedIps = '127.0.0.1';
}

module.exports = { examples: () => [action(), trigger()], forSandbox };
