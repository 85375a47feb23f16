'use strict';
// WestWallet in a real n8n: the example workflows (imported by the demo and the e2e suite).
const { node, workflow, manualTrigger } = require('../../lib/workflow');
const {
	ACTION,
	TRIGGER,
	IPN_TOKEN,
	WEBHOOK_ID,
	ids,
	PAYOUT_BTC_ADDRESS,
	PAYOUT_DOGE_ADDRESSES,
	ipnUrl,
} = require('./constants');

function credentials({ sandbox }) {
	return [
		{
			id: ids.credential,
			name: 'WestWallet sandbox',
			type: 'westWalletApi',
			data: { ...sandbox.credentials, baseUrl: sandbox.url },
		},
	];
}

function workflows({ sandbox, n8nUrl }) {
	const cred = { westWalletApi: { id: ids.credential, name: 'WestWallet sandbox' } };
	const ww = (i, name, parameters, opts = {}) =>
		node(i, name, ACTION, parameters, { credentials: cred, executeOnce: true, ...opts });
	let i = 0;
	const nodes = [
		manualTrigger('Run'),
		ww(
			++i,
			'List currencies',
			{ resource: 'currency', operation: 'getAll', options: {} },
			{ executeOnce: false },
		),
		ww(++i, 'BTC balance', { resource: 'wallet', operation: 'getBalance', currency: 'BTC' }),
		ww(++i, 'All balances', { resource: 'wallet', operation: 'getBalances', output: 'single' }),
		ww(++i, 'New deposit address', {
			resource: 'address',
			operation: 'generate',
			currency: 'BTC',
			ipnUrl: ipnUrl(n8nUrl),
			additionalFields: { label: 'order-1001' },
		}),
		node(
			++i,
			'Simulate a payment (sandbox only)',
			'n8n-nodes-base.httpRequest',
			{
				method: 'POST',
				url: `${sandbox.url}/_sandbox/deposit`,
				sendBody: true,
				specifyBody: 'json',
				jsonBody:
					'={{ JSON.stringify({ address: $json.address, amount: "0.015", status: "completed" }) }}',
				options: {},
			},
			{
				typeVersion: 4.2,
				executeOnce: true,
				notes:
					'The sandbox pays into the new address and sends the IPN to the WestWallet Trigger workflow',
			},
		),
		ww(++i, 'Deposit by label', {
			resource: 'transaction',
			operation: 'get',
			by: 'label',
			label: 'order-1001',
		}),
		ww(++i, 'Send BTC', {
			resource: 'withdrawal',
			operation: 'create',
			currency: 'BTC',
			amount: '0.001',
			address: PAYOUT_BTC_ADDRESS,
			additionalFields: { description: 'Payout 42', priority: 'high', ipnUrl: ipnUrl(n8nUrl) },
			options: {},
		}),
		ww(++i, 'Withdrawal by ID', {
			resource: 'transaction',
			operation: 'get',
			by: 'id',
			transactionId: "={{ $('Send BTC').first().json.id }}",
		}),
		ww(++i, 'Check the payout', {
			resource: 'withdrawal',
			operation: 'checkOutcome',
			payoutSource: 'manual',
			currency: 'BTC',
			amount: '0.001',
			destination: PAYOUT_BTC_ADDRESS,
			reference: 'Payout 42',
		}),
		ww(++i, 'Recent BTC sends', {
			resource: 'transaction',
			operation: 'getAll',
			returnAll: false,
			limit: 5,
			filters: { currency: 'BTC', type: 'send', order: 'desc' },
		}),
		node(
			++i,
			'Payout list',
			'n8n-nodes-base.set',
			{
				mode: 'raw',
				jsonOutput: JSON.stringify(
					{
						payouts: [
							{ address: PAYOUT_DOGE_ADDRESSES[0], amount: '25', description: 'Affiliate A' },
							{ address: PAYOUT_DOGE_ADDRESSES[1], amount: '40.5', description: 'Affiliate B' },
						],
					},
					null,
					2,
				),
				options: {},
			},
			{ typeVersion: 3.4, executeOnce: true },
		),
		node(++i, 'One item per payout', 'n8n-nodes-base.splitOut', {
			fieldToSplitOut: 'payouts',
			options: {},
		}),
		ww(
			++i,
			'Bulk DOGE payout',
			{
				resource: 'withdrawal',
				operation: 'createMany',
				inputMode: 'items',
				currency: 'DOGE',
				priority: 'medium',
				address: '={{ $json.address }}',
				amount: '={{ $json.amount }}',
				description: '={{ $json.description }}',
				options: {},
			},
			{ executeOnce: false },
		),
		ww(++i, 'Payment page', {
			resource: 'invoice',
			operation: 'create',
			currencies: ['BTC', 'ETH'],
			amount: '100',
			ipnUrl: ipnUrl(n8nUrl),
			additionalFields: { description: 'Order 1002', label: 'order-1002', ttl: 15 },
		}),
		ww(++i, 'Payment page transactions', {
			resource: 'invoice',
			operation: 'getTransactions',
			invoice: "={{ $('Payment page').first().json.token }}",
			output: 'raw',
		}),
	];
	const action = workflow({
		id: ids.actionWorkflow,
		name: 'WestWallet: every operation (sandbox)',
		nodes,
	});

	const trigger = workflow({
		id: ids.triggerWorkflow,
		name: 'WestWallet: payment notifications (IPN)',
		nodes: [
			node(
				0,
				'WestWallet Trigger',
				TRIGGER,
				{
					verifyToken: true,
					secretToken: IPN_TOKEN,
					// the sandbox (and the e2e test) deliver from this machine; the real WestWallet: 5.188.51.47
					allowedIps: '127.0.0.1',
					confirmViaApi: true,
					statuses: ['completed'],
					types: ['receive', 'send'],
				},
				// the version new nodes get (1.1: no expression in the webhook step); WolvPay's e2e trigger
				// stays at 1, as saved workflows do
				{ credentials: cred, webhookId: WEBHOOK_ID, typeVersion: 1.1 },
			),
			node(1, 'Handle the payment', 'n8n-nodes-base.noOp', {}, { notes: 'Fulfil the order here' }),
		],
	});
	return [action, trigger];
}

module.exports = { credentials, workflows };
