'use strict';
// WestWallet e2e scenarios for refused payout runs (the shared payout runner, issue 21): a Safety
// Limit refuses the run before anything is sent. With Continue On Fail, n8n would pass the input
// items through to the success output if the node threw; the node must instead give one error item
// per input item, naming the limit, outcome "not_sent", and the sandbox must receive no withdrawal.
const { node } = require('../../lib/workflow');
const { PAYOUT_BTC_ADDRESS } = require('./constants');
const { payoutRunWorkflow, outputOf } = require('./payout-run');

const IDS = {
	continueErrorOutput: 'ccpWestWalletRefuseE',
	continueRegularOutput: 'ccpWestWalletRefuseR',
	stopWorkflow: 'ccpWestWalletRefuseS',
};

/** What the node says of the run: the second row is over the limit, so nothing is sent. */
const REFUSAL = /Safety limit "Max Amount per Payout" exceeded: item 2 would send 0.5 BTC/;

/** The payout run every refusal scenario sends, with `onError` and the nodes after Send payouts. */
function refusedRun(onError, outputs) {
	return payoutRunWorkflow({
		id: IDS[onError],
		name: `WestWallet: a refused payout run (${onError}, sandbox)`,
		rows: [
			{ to: PAYOUT_BTC_ADDRESS, amount: '0.001' },
			{ to: PAYOUT_BTC_ADDRESS, amount: '0.5' }, // over the limit: the whole run is refused
		],
		description: 'Refused run',
		maxPayouts: 5,
		onError,
		outputs,
	});
}

const expectNoWithdrawal = (requests) =>
	expect(requests.filter((r) => r.path.startsWith('/wallet/create_withdrawal'))).toHaveLength(0);

function refusalScenario(onError) {
	const errorOutput = onError === 'continueErrorOutput';
	const paid = node(4, 'Mark as paid', 'n8n-nodes-base.noOp', {});
	const refusedNode = node(4, 'Refused', 'n8n-nodes-base.noOp', {}, { y: 500 });
	return {
		name: `a Safety Limit refuses a payout run with On Error "${onError}": no item looks paid`,
		workflow: refusedRun(onError, errorOutput ? [paid, refusedNode] : [paid]),
		check({ runData, requests }) {
			const items = (name, output = 0) => outputOf(runData, name, output);
			const pairs = (name, output) => outputOf(runData, name, output, { paired: true });
			expectNoWithdrawal(requests);
			const refused = errorOutput ? items('Send payouts', 1) : items('Send payouts', 0);
			expect(refused).toHaveLength(2);
			expect(errorOutput ? pairs('Send payouts', 1) : pairs('Send payouts', 0)).toEqual([0, 1]);
			for (const j of refused) {
				expect(j.error).toMatch(REFUSAL);
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

/** On Error "Stop Workflow" (n8n's default): the execution fails naming the limit; nothing sent. */
function stopScenario() {
	return {
		name: 'a Safety Limit refuses a payout run with On Error "stopWorkflow": the execution fails',
		fails: true,
		workflow: refusedRun('stopWorkflow', [node(4, 'Mark as paid', 'n8n-nodes-base.noOp', {})]),
		check({ run, requests }) {
			expect(run.exitCode).not.toBe(0);
			expect(`${run.stdout}\n${run.stderr}`).toMatch(REFUSAL);
			expectNoWithdrawal(requests);
		},
	};
}

const refusalScenarios = () => [
	refusalScenario('continueErrorOutput'),
	refusalScenario('continueRegularOutput'),
	stopScenario(),
];

module.exports = { refusalScenarios };
