'use strict';
// WestWallet e2e scenarios for refused payout runs (the shared payout runner, issue 21): a Safety
// Limit refuses the run before anything is sent. With Continue On Fail, n8n would pass the input
// items through to the success output if the node threw; the node must instead give one error item
// per input item, naming the limit, outcome "not_sent", and the sandbox must receive no withdrawal.
const { node, workflow, manualTrigger } = require('../../lib/workflow');
const { ACTION, ids, PAYOUT_BTC_ADDRESS } = require('./constants');

const IDS = {
	continueErrorOutput: 'ccpWestWalletRefuseE',
	continueRegularOutput: 'ccpWestWalletRefuseR',
};

function refusalScenario(onError) {
	const cred = { westWalletApi: { id: ids.credential, name: 'WestWallet sandbox' } };
	const rows = [
		{ to: PAYOUT_BTC_ADDRESS, amount: '0.001' },
		{ to: PAYOUT_BTC_ADDRESS, amount: '0.5' }, // over the limit: the whole run is refused
	];
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
			additionalFields: { description: 'Refused run' },
			options: {},
			safetyLimits: { maxAmounts: { limit: [{ currency: 'BTC', amount: '0.01' }] }, maxPayouts: 5 },
		},
		{ credentials: cred },
	);
	send.onError = onError;
	const errorOutput = onError === 'continueErrorOutput';
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
		node(4, 'Mark as paid', 'n8n-nodes-base.noOp', {}),
		...(errorOutput ? [node(4, 'Refused', 'n8n-nodes-base.noOp', {}, { y: 500 })] : []),
	];
	const link = (to) => [{ node: to, type: 'main', index: 0 }];
	const connections = {
		Run: { main: [link('Payout rows')] },
		'Payout rows': { main: [link('One item per payout')] },
		'One item per payout': { main: [link('Send payouts')] },
		'Send payouts': {
			main: errorOutput ? [link('Mark as paid'), link('Refused')] : [link('Mark as paid')],
		},
	};
	return {
		name: `a Safety Limit refuses a payout run with On Error "${onError}": no item looks paid`,
		workflow: workflow({
			id: IDS[onError],
			name: `WestWallet: a refused payout run (${onError}, sandbox)`,
			nodes,
			connections,
		}),
		check({ runData, requests }) {
			const items = (name, output = 0) =>
				(runData[name]?.[0]?.data?.main?.[output] || []).map((i) => i.json);
			const pairs = (name, output = 0) =>
				(runData[name]?.[0]?.data?.main?.[output] || []).map((i) => i.pairedItem?.item);
			expect(requests.filter((r) => r.path.startsWith('/wallet/create_withdrawal'))).toHaveLength(
				0,
			);
			const refused = errorOutput ? items('Send payouts', 1) : items('Send payouts', 0);
			expect(refused).toHaveLength(2);
			expect(errorOutput ? pairs('Send payouts', 1) : pairs('Send payouts', 0)).toEqual([0, 1]);
			for (const j of refused) {
				expect(j.error).toMatch(
					/Safety limit "Max Amount per Payout" exceeded: item 2 would send 0.5 BTC/,
				);
				expect(j.details).toMatchObject({
					code: 'safety_limit',
					limit: 'Max Amount per Payout',
					item: 2,
					outcome: 'not_sent',
				});
			}
			if (errorOutput) {
				expect(items('Send payouts', 0)).toEqual([]); // the success branch gets nothing
				expect(runData['Mark as paid']).toBeUndefined();
				expect(items('Refused').map((j) => j.amount)).toEqual(['0.001', '0.5']); // merged with the input
			} else {
				expect(items('Mark as paid').every((j) => typeof j.error === 'string')).toBe(true);
			}
		},
	};
}

const refusalScenarios = () => [
	refusalScenario('continueErrorOutput'),
	refusalScenario('continueRegularOutput'),
];

module.exports = { refusalScenarios };
