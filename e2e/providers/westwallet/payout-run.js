'use strict';
// The payout-run workflow the WestWallet e2e scenarios share: Run -> Payout rows -> One item per
// payout -> Send payouts (BTC, each row's amount to its address, under Safety Limits), whose
// outputs go to the nodes a scenario adds.
const { node, workflow, manualTrigger } = require('../../lib/workflow');
const { ACTION, ids } = require('./constants');

const cred = { westWalletApi: { id: ids.credential, name: 'WestWallet sandbox' } };

/**
 * `rows`: [{to, amount}]; `onError`: the Send node's On Error setting; `outputs`: the node each
 * output of Send payouts goes to (success, then error).
 */
function payoutRunWorkflow({ id, name, rows, description, maxPayouts, onError, outputs }) {
	const send = node(
		3,
		'Send payouts',
		ACTION,
		{
			resource: 'withdrawal',
			operation: 'create',
			currency: 'BTC',
			amount: '={{ $json.amount }}',
			address: '={{ $json.to }}',
			additionalFields: { description },
			options: {},
			safetyLimits: { maxAmounts: { limit: [{ currency: 'BTC', amount: '0.01' }] }, maxPayouts },
		},
		{ credentials: cred },
	);
	send.onError = onError;
	const nodes = [
		manualTrigger('Run'),
		node(
			1,
			'Payout rows',
			'n8n-nodes-base.set',
			{ mode: 'raw', jsonOutput: JSON.stringify({ rows }), options: {} },
			{ typeVersion: 3.4 },
		),
		node(2, 'One item per payout', 'n8n-nodes-base.splitOut', {
			fieldToSplitOut: 'rows',
			options: {},
		}),
		send,
		...outputs,
	];
	const link = (to) => [{ node: to, type: 'main', index: 0 }];
	const connections = {
		Run: { main: [link('Payout rows')] },
		'Payout rows': { main: [link('One item per payout')] },
		'One item per payout': { main: [link('Send payouts')] },
		'Send payouts': { main: outputs.map((to) => link(to.name)) },
	};
	return workflow({ id, name, nodes, connections });
}

/** A node's output items (`json`, or `pairedItem.item` with `paired`) in an execution's run data. */
function outputOf(runData, name, output = 0, { paired = false } = {}) {
	const items = runData[name]?.[0]?.data?.main?.[output] || [];
	return items.map((i) => (paired ? i.pairedItem?.item : i.json));
}

module.exports = { cred, payoutRunWorkflow, outputOf };
