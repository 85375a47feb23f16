'use strict';
// Whir e2e trigger cases: changes to the sandbox's transactions, each seen by the next poll.
const { sandboxCall } = require('../../lib/sandboxes');
const { request } = require('../../lib/http');
const { PAYOUT } = require('./constants');

async function ok(res, what) {
	if (res.status !== 200) throw new Error(`${what} -> ${res.status} ${res.text}`);
	return res.json;
}

/**
 * Changes to the sandbox's transactions, in order; each must start exactly one execution at the
 * next poll (execution: true), none (false), or a failed one, the trigger's report ('error').
 */
function triggerCases() {
	const step = (ctx, action) =>
		sandboxCall(ctx.sandbox.url, 'POST', `/_sandbox/transactions/${ctx.state.txId}/${action}`).then(
			(r) => ok(r, action),
		);
	const signature = (ctx, mode) =>
		sandboxCall(ctx.sandbox.url, 'POST', '/_sandbox/signature', { mode }).then((r) =>
			ok(r, 'signature'),
		);
	const create = async (ctx) => {
		const res = await request(`${ctx.sandbox.credentials.baseUrl}/createTransaction`, {
			method: 'POST',
			headers: { Authorization: `Bearer ${ctx.sandbox.credentials.apiKey}` },
			body: { delay: 0, payouts: { [PAYOUT[2]]: '0.002' } },
		});
		return (await ok(res, 'createTransaction')).id;
	};
	const one = (fields) => (items, ctx) => {
		expect(items).toEqual([
			expect.objectContaining({ id: ctx.state.txId, signatureVerified: true, ...fields }),
		]);
	};
	return [
		{
			name: 'a new transaction (Transaction Created)',
			status: [200],
			execution: true,
			async deliver(ctx) {
				ctx.state.txId = await create(ctx);
				return 200;
			},
			check: one({
				event: 'transactionCreated',
				status: 'pending',
				payouts: { [PAYOUT[2]]: '0.002' },
			}),
		},
		{
			name: 'its deposit (Status Changed: pending -> confirming)',
			status: [200],
			execution: true,
			deliver: async (ctx) => (await step(ctx, 'deposit'), 200),
			check: one({ event: 'statusChanged', status: 'confirming', previousStatus: 'pending' }),
		},
		{
			name: 'its confirmation (Status Changed: confirming -> complete)',
			status: [200],
			execution: true,
			deliver: async (ctx) => (await step(ctx, 'confirm'), 200),
			check: one({
				event: 'statusChanged',
				status: 'complete',
				previousStatus: 'confirming',
				txid: expect.stringMatching(/^[0-9a-f]{64}$/),
			}),
		},
		{
			name: 'a transaction whose answers are forged: not emitted, reported as a failed execution',
			status: [200],
			execution: 'error',
			async deliver(ctx) {
				await signature(ctx, 'forged');
				ctx.state.txId = await create(ctx);
				return 200;
			},
			checkError: (error, ctx) =>
				expect(String(error.message)).toContain(
					`the transaction ${ctx.state.txId} failed signature verification`,
				),
		},
		{
			name: 'the same transaction once its answers verify again: emitted once',
			status: [200],
			execution: true,
			deliver: async (ctx) => (await signature(ctx, 'normal'), 200),
			check: one({ event: 'transactionCreated', status: 'pending' }),
		},
		{
			name: 'nothing changes: no execution for more than a poll interval',
			status: [200],
			execution: false,
			deliver: async () => 200,
		},
	];
}

module.exports = { triggerCases };
