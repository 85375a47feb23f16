'use strict';
// WestWallet in queue mode (test/e2e/queue.e2e.test.js): authentic IPNs in bulk for the load test,
// and a payout workflow that sends one withdrawal per input item (Withdrawal > Create), run twice at
// once on two workers. The hook shape is described in e2e/providers/index.js.
const { node, workflow, manualTrigger } = require('../../lib/workflow');
const { sandboxCall } = require('../../lib/sandboxes');
const { pool, countOnce } = require('../../lib/queue/util');
const { ACTION, IPN_TOKEN, ids, PAYOUT_DOGE_ADDRESSES } = require('./constants');
const { signedPost } = require('./triggers');

const PAYOUT_ADDRESS = PAYOUT_DOGE_ADDRESSES[0];
const PAYOUT_AMOUNT = '5'; // DOGE; the sandbox's minimum withdrawal. Fee: 2 DOGE each.

async function control(sandbox, route, body) {
	const res = await sandboxCall(sandbox.url, 'POST', route, body);
	if (res.status !== 200)
		throw new Error(`westwallet sandbox ${route} -> ${res.status} ${res.text}`);
	return res.json;
}

/**
 * `count` completed deposits into one new address whose IPN URL is the trigger's: the sandbox sends
 * one authentic IPN each (the trigger confirms it through the API). Resolves the transaction ids.
 */
async function deliverValid({ sandbox, webhookUrl, count, concurrency = 8 }) {
	const address = await signedPost(sandbox, '/address/generate', {
		currency: 'LTC',
		ipn_url: `${webhookUrl}?token=${IPN_TOKEN}`,
		label: 'queue-load',
	});
	return pool(count, concurrency, async () => {
		const { transaction, delivery } = await control(sandbox, '/_sandbox/deposit', {
			address: address.address,
			amount: '0.5',
			status: 'completed',
		});
		if (!delivery || delivery.status !== 200)
			throw new Error(
				`IPN for transaction ${transaction.id} answered ${delivery && (delivery.status ?? delivery.error)}`,
			);
		return String(transaction.id);
	});
}

/** Enough DOGE for `count` payouts in each of `runs` workflows (amount + fee). */
async function preparePayouts({ sandbox, count, runs }) {
	await control(sandbox, '/_sandbox/balance', {
		currency: 'DOGE',
		amount: String(count * runs * 7 + 1000),
	});
}

/** Manual trigger -> `count` items (descriptions <tag>-0001 ...) -> Withdrawal > Create for each. */
function payoutWorkflow({ id, tag, count }) {
	const payouts = Array.from({ length: count }, (_, i) => ({
		address: PAYOUT_ADDRESS,
		amount: PAYOUT_AMOUNT,
		description: `${tag}-${String(i + 1).padStart(4, '0')}`,
	}));
	const nodes = [
		manualTrigger('Run'),
		node(
			1,
			'Payout list',
			'n8n-nodes-base.set',
			{ mode: 'raw', jsonOutput: JSON.stringify({ payouts }), options: {} },
			{ typeVersion: 3.4 },
		),
		node(2, 'One item per payout', 'n8n-nodes-base.splitOut', {
			fieldToSplitOut: 'payouts',
			options: {},
		}),
		node(
			3,
			'Send DOGE',
			ACTION,
			{
				resource: 'withdrawal',
				operation: 'create',
				currency: 'DOGE',
				amount: '={{ $json.amount }}',
				address: '={{ $json.address }}',
				additionalFields: { description: '={{ $json.description }}' },
				options: {},
			},
			{ credentials: { westWalletApi: { id: ids.credential, name: 'WestWallet sandbox' } } },
		),
	];
	return workflow({ id, name: `Queue mode: ${count} WestWallet payouts (${tag})`, nodes });
}

/**
 * Each payout of the run tagged `tag` reached the sandbox exactly once: one create_withdrawal request
 * and one send transaction per description, and an output item with that transaction's id.
 */
/** A description without the node's unique tag (" [n8n-k3v9q2mxa7]", for Withdrawal > Check Outcome). */
const untagged = (description) => String(description ?? '').replace(/ \[n8n-[a-z0-9]+\]$/, '');

async function checkPayouts({ sandbox, tag, count, items }) {
	const descriptions = Array.from(
		{ length: count },
		(_, i) => `${tag}-${String(i + 1).padStart(4, '0')}`,
	);
	const requests = (await sandboxCall(sandbox.url, 'GET', '/_sandbox/requests')).json;
	const sent = requests
		.filter((r) => r.method === 'POST' && r.path === '/wallet/create_withdrawal')
		.map((r) => untagged(JSON.parse(r.body).description))
		.filter((d) => d.startsWith(`${tag}-`));
	const state = (await sandboxCall(sandbox.url, 'GET', '/_sandbox/state')).json;
	const txs = state.transactions.filter(
		(t) => t.type === 'send' && untagged(t.description).startsWith(`${tag}-`),
	);
	return {
		requests: countOnce(sent, descriptions),
		transactions: countOnce(
			txs.map((t) => untagged(t.description)),
			descriptions,
		),
		outputIds: countOnce(
			items.map((i) => String(i.id)),
			txs.map((t) => String(t.id)),
		),
	};
}

module.exports = {
	deliverValid,
	deliveryKey: (item) => String(item.id),
	bulkPayout: {
		prepare: preparePayouts,
		workflow: payoutWorkflow,
		outputNode: 'Send DOGE',
		check: checkPayouts,
	},
};
