'use strict';
// WestWallet e2e scenarios: more workflows run with `n8n execute`, each with its own checks.
const { node } = require('../../lib/workflow');
const { sandboxCall } = require('../../lib/sandboxes');
const { ACTION, ids, PAYOUT_BTC_ADDRESS } = require('./constants');
const { cred, payoutRunWorkflow, outputOf } = require('./payout-run');

/**
 * A payout run whose 2nd withdrawal is carried out but its connection cut: the node sends nothing
 * more, routes the unknown and the unsent item to its error output, and Check Outcome (From Input
 * Item) resolves them: the 2nd was sent, the 3rd was not.
 */
function recoveryScenario() {
	return {
		name: 'a cut connection in a payout run, resolved by Check Outcome from the error output',
		workflow: payoutRunWorkflow({
			id: ids.recoveryWorkflow,
			name: 'WestWallet: resolve an unknown payout (sandbox)',
			rows: ['0.001', '0.002', '0.003'].map((amount) => ({ to: PAYOUT_BTC_ADDRESS, amount })),
			description: 'Recovery run',
			maxPayouts: 3,
			onError: 'continueErrorOutput',
			outputs: [
				node(4, 'Paid', 'n8n-nodes-base.noOp', {}),
				node(
					4,
					'Check outcome',
					ACTION,
					{ resource: 'withdrawal', operation: 'checkOutcome', payoutSource: 'input' },
					{ credentials: cred, y: 500 },
				),
			],
		}),
		async before({ sandbox }) {
			await sandboxCall(sandbox.url, 'POST', '/_sandbox/faults', {
				path: '/wallet/create_withdrawal',
				drop: 'after',
				skip: 1,
				times: 1,
			});
		},
		check({ runData, requests }) {
			const items = (name, output = 0) => outputOf(runData, name, output);
			expect(items('Send payouts', 0).map((j) => j.amount)).toEqual(['0.001']);
			const failed = items('Send payouts', 1);
			expect(failed.map((j) => j.details.outcome)).toEqual(['unknown', 'not_sent']);
			expect(failed.map((j) => j.details.payout.amount)).toEqual(['0.002', '0.003']);
			expect(failed.map((j) => j.to)).toEqual([PAYOUT_BTC_ADDRESS, PAYOUT_BTC_ADDRESS]); // merged with the input item
			expect(requests.filter((r) => r.path === '/wallet/create_withdrawal')).toHaveLength(2); // the 3rd was never sent
			const checked = items('Check outcome');
			expect(checked.map((j) => [j.payout.amount, j.outcome])).toEqual([
				['0.002', 'sent'],
				['0.003', 'not_sent'],
			]);
			expect(String(checked[0].transaction.amount)).toBe('0.002');
		},
	};
}

module.exports = { recoveryScenario };
