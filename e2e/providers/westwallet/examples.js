'use strict';
// WestWallet's example workflows (examples/westwallet/*.json, written by `npm run examples`): what a
// user imports to start. Portable: no sandbox-only steps, no credential; `forSandbox` is what the
// demo and the e2e suite change to run them against the local sandbox.
const { layout } = require('../../lib/examples');
const { ACTION, TRIGGER, IPN_TOKEN, WEBHOOK_ID, ipnUrl } = require('./constants');

const SETTINGS = 'Settings';
const IPN_PLACEHOLDER = `https://your-n8n.example.com/webhook/${WEBHOOK_ID}/ipn?token=YOUR_SECRET_TOKEN`;

const CREDENTIAL = [
	'**Credential**: create a *WestWallet API* credential (public and private key from your WestWallet',
	'account, Settings → API) and pick it in every WestWallet node. **Live or sandbox**: the credential',
	"talks to WestWallet (live) by default; to try without real funds, run `npm run sandbox` in this package's",
	"repository and set the credential's Base URL to the WestWallet sandbox URL it prints.",
].join('\n');

const ww = (name, parameters) => ({
	name,
	type: ACTION,
	parameters,
	executeOnce: true,
});

function action() {
	return layout({
		id: 'ccpExWestWalletPay',
		name: 'WestWallet: take a crypto payment',
		sections: [
			{
				title: 'WestWallet: take a crypto payment',
				text: [
					'Reads your currencies and balances, then makes a BTC deposit address and a payment page for',
					'an order. Nothing here moves money (the Withdrawal operations do; see the README).',
					'',
					CREDENTIAL,
					'',
					'**IPN URL** (the webhook WestWallet calls when a payment arrives): activate the example',
					"*WestWallet: payment notifications (IPN)*, copy its trigger's Production URL, append",
					'`?token=` and your secret token, and put it into *Settings* → ipnUrl.',
					'Then click **Execute workflow**.',
				].join('\n'),
			},
			{
				title: '1. Look around',
				text: 'Your settings, the currencies WestWallet offers and your balances.',
				rows: [
					[
						{ name: 'Run', type: 'n8n-nodes-base.manualTrigger' },
						{
							name: SETTINGS,
							type: 'n8n-nodes-base.set',
							typeVersion: 3.4,
							parameters: {
								mode: 'manual',
								assignments: {
									assignments: [
										{ id: 'ipn-url', name: 'ipnUrl', value: IPN_PLACEHOLDER, type: 'string' },
									],
								},
								options: {},
							},
						},
						{
							name: 'List currencies',
							type: ACTION,
							parameters: { resource: 'currency', operation: 'getAll', options: {} },
						},
						ww('All balances', { resource: 'wallet', operation: 'getBalances', output: 'single' }),
						ww('BTC balance', { resource: 'wallet', operation: 'getBalance', currency: 'BTC' }),
					],
				],
			},
			{
				title: '2. Get paid',
				text: 'A deposit address for order 1001, a payment page for order 1002, then your latest transactions.',
				rows: [
					[
						ww('New deposit address', {
							resource: 'address',
							operation: 'generate',
							currency: 'BTC',
							ipnUrl: `={{ $('${SETTINGS}').first().json.ipnUrl }}`,
							additionalFields: { label: 'order-1001' },
						}),
						ww('Payment page', {
							resource: 'invoice',
							operation: 'create',
							currencies: ['BTC', 'ETH'],
							amount: '100',
							ipnUrl: `={{ $('${SETTINGS}').first().json.ipnUrl }}`,
							additionalFields: { description: 'Order 1002', label: 'order-1002', ttl: 15 },
						}),
						ww('Latest transactions', {
							resource: 'transaction',
							operation: 'getAll',
							returnAll: false,
							limit: 5,
							filters: { order: 'desc' },
						}),
					],
				],
			},
		],
	});
}

function trigger() {
	return layout({
		id: 'ccpExWestWalletIpn',
		name: 'WestWallet: payment notifications (IPN)',
		sections: [
			{
				title: 'WestWallet: payment notifications (IPN)',
				text: [
					'Starts once per completed deposit or withdrawal WestWallet reports, after re-reading it from',
					"the WestWallet API (only the API's data goes on).",
					'',
					CREDENTIAL,
					'',
					'**Secret Token**: open *WestWallet Trigger* and enter a long random value (16+ characters).',
					'**Webhook URL**: WestWallet has no API to register it. Activate this workflow, copy the',
					"trigger's Production URL, append `?token=` and your token, and use it as the IPN URL when",
					'you create addresses, payment pages or withdrawals (see *WestWallet: take a crypto payment*).',
					"**Allowed IPs**: WestWallet's address by default; with the local sandbox use 127.0.0.1.",
				].join('\n'),
			},
			{
				title: 'On a payment',
				text: 'Replace *Handle the payment* with what your shop does: mark the order paid, email, …',
				rows: [
					[
						{
							name: 'WestWallet Trigger',
							type: TRIGGER,
							webhookId: WEBHOOK_ID,
							parameters: {
								verifyToken: true,
								secretToken: '',
								confirmViaApi: true,
								statuses: ['completed'],
								types: ['receive', 'send'],
							},
						},
						{ name: 'Handle the payment', type: 'n8n-nodes-base.noOp' },
					],
				],
			},
		],
	});
}

/** The changes that run the examples against the local sandbox (demo, e2e). */
function forSandbox(workflow, { n8nUrl }) {
	for (const n of workflow.nodes) {
		if (n.name === SETTINGS)
			n.parameters.assignments.assignments[0].value = ipnUrl(n8nUrl || 'http://127.0.0.1:5678');
		if (n.type.endsWith('.westWalletTrigger'))
			Object.assign(n.parameters, { secretToken: IPN_TOKEN, allowedIps: '127.0.0.1' });
	}
}

module.exports = { examples: () => [action(), trigger()], forSandbox };
