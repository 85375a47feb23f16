'use strict';
// Wyre e2e trigger part: the trigger workflow (wallet callbacks of one sandbox wallet, registered
// by the trigger itself on activation), its cases (registration seen at the sandbox, a deposit ->
// exactly one execution, repeated/filtered/forged/unsigned callbacks -> none, deactivation
// restores the wallet and activation registers again) and the queue suite's `registration` hook.
// The spec e2e/providers/wyre.js picks these up (triggerWorkflow, triggerWebhook, triggerCases,
// demoHints, queue).
const { node, workflow } = require('../../lib/workflow');
const { sandboxCall } = require('../../lib/sandboxes');
const { waitFor } = require('../../lib/processes');
const { TRIGGER, ids, SEED } = require('./constants');

const TRIGGER_WORKFLOW_ID = ids.triggerWorkflow;
const TRIGGER_NODE = 'Wyre Trigger';
const WEBHOOK_ID = '7d2e9b14-3c6a-4f80-9e21-5b8c0a7f9004';
const WEBHOOK_PATH = 'wyre';
/**
 * The wallet the trigger watches: the sandbox's main seed wallet, into which the action workflow's
 * "Simulate a deposit" step pays (one CONFIRMED incoming callback: one execution; its outgoing
 * transfer is left out by the Transaction Types filter).
 */
const TRIGGER_WALLET = SEED.wallet;

const triggerWebhook = { webhookId: WEBHOOK_ID, path: WEBHOOK_PATH };

/**
 * The trigger workflow: confirmed incoming transactions of TRIGGER_WALLET (typeVersion 1.1).
 * `credential`: the node's credentials entry, {wyreApi: {id, name}}.
 */
function triggerWorkflow({ credential }) {
	return workflow({
		id: TRIGGER_WORKFLOW_ID,
		name: 'Wyre: wallet callbacks (self-registering trigger)',
		nodes: [
			node(
				0,
				TRIGGER_NODE,
				TRIGGER,
				{
					events: 'walletTransaction',
					registration: 'automatic',
					walletId: { __rl: true, mode: 'id', value: TRIGGER_WALLET },
					transactionTypes: ['incoming', 'interestPayout'],
					transactionStatuses: ['CONFIRMED'],
				},
				{
					typeVersion: 1.1,
					credentials: credential,
					webhookId: WEBHOOK_ID,
				},
			),
			node(
				1,
				'Handle the deposit',
				'n8n-nodes-base.noOp',
				{},
				{ notes: 'Credit the customer here' },
			),
		],
	});
}

async function control(sandbox, route, body = {}) {
	const res = await sandboxCall(sandbox.url, 'POST', `/_sandbox${route}`, body);
	if (res.status !== 200) throw new Error(`wyre sandbox ${route} -> ${res.status} ${res.text}`);
	return res.json;
}

async function sandboxState(sandbox) {
	const res = await sandboxCall(sandbox.url, 'GET', '/_sandbox/state');
	if (res.status !== 200) throw new Error(`wyre sandbox state -> ${res.status} ${res.text}`);
	return res.json;
}

/**
 * Every registration at the sandbox that points at a URL (wallet callback URLs, subscriptions,
 * wallet-order webhooks), as [{kind, target, url}].
 */
async function registrations({ sandbox }) {
	const state = await sandboxState(sandbox);
	return [
		...state.wallets
			.filter((w) => w.callbackUrl)
			.map((w) => ({ kind: 'walletCallback', target: w.id, url: w.callbackUrl })),
		...state.subscriptions.map((s) => ({
			kind: 'subscription',
			target: s.subscribed,
			url: s.notifyTarget,
		})),
		...state.orderWebhooks.map((w) => ({ kind: 'walletOrder', target: w.owner, url: w.webhook })),
	];
}

/** The trigger's registrations (those pointing at its URL). */
async function triggerRegistrations({ sandbox, webhookUrl }) {
	return (await registrations({ sandbox })).filter((r) => r.url === webhookUrl);
}

/** A callback the sandbox sends to TRIGGER_WALLET's callback URL (what is registered there). */
async function sendToWallet(ctx, extra) {
	const { deliveries } = await control(ctx.sandbox, '/callbacks/send', {
		wallet: TRIGGER_WALLET,
		...extra,
	});
	const [d] = deliveries;
	if (!d || d.error) throw new Error(`sandbox delivery failed: ${d && d.error}`);
	return d.status;
}

/**
 * Deliveries to the active trigger, in order (shape: e2e/providers/westwallet/triggers.js).
 * ctx: {sandbox, webhookUrl, state, n8n}.
 */
function triggerCases() {
	return [
		{
			name: "activation registered the trigger's URL as the wallet's callback URL; an unsigned callback sent there is refused",
			status: [401],
			execution: false,
			async deliver(ctx) {
				expect(await triggerRegistrations(ctx)).toEqual([
					{ kind: 'walletCallback', target: TRIGGER_WALLET, url: ctx.webhookUrl },
				]);
				return sendToWallet(ctx, {
					body: { id: 'TR_UNSIGNED1', dest: `wallet:${TRIGGER_WALLET}`, status: 'CONFIRMED' },
					omitSignature: true,
				});
			},
		},
		{
			name: 'a deposit into the wallet: the signed CONFIRMED callback starts one execution (PENDING is filtered out)',
			status: [200],
			execution: true,
			async deliver(ctx) {
				const { transfer, walletTransactions, deliveries } = await control(
					ctx.sandbox,
					'/deposit',
					{
						wallet: TRIGGER_WALLET,
						currency: 'BTC',
						amount: '0.01653538',
					},
				);
				const mine = deliveries.filter((d) => d.url === ctx.webhookUrl);
				expect(mine.map((d) => [JSON.parse(d.body).status, d.status])).toEqual([
					['PENDING', 200],
					['CONFIRMED', 200],
				]);
				ctx.state.transferId = transfer.id;
				ctx.state.txId = walletTransactions[walletTransactions.length - 1].id;
				return mine[1].status;
			},
			check(items, ctx) {
				expect(items).toHaveLength(1);
				expect(items[0]).toEqual(
					expect.objectContaining({
						id: ctx.state.txId,
						status: 'CONFIRMED',
						dest: `wallet:${TRIGGER_WALLET}`,
						currency: 'BTC',
					}),
				);
				expect(String(items[0].amount)).toBe('0.01653538');
			},
		},
		{
			name: 'the same callback again (Wyre may call twice): acknowledged, no second execution',
			status: [200],
			execution: false,
			deliver: (ctx) => sendToWallet(ctx, { transaction: ctx.state.txId }),
		},
		{
			name: 'a tampered callback (amount changed after signing)',
			status: [401],
			execution: false,
			deliver: (ctx) => sendToWallet(ctx, { transaction: ctx.state.txId, tamper: { amount: 99 } }),
		},
		{
			name: 'a forged callback (signed with another secret)',
			status: [401],
			execution: false,
			deliver: (ctx) =>
				sendToWallet(ctx, {
					transaction: ctx.state.txId,
					override: { id: 'TR_FORGED0001' },
					secret: 'not-the-secret-key',
				}),
		},
		{
			name: 'deactivation restores the wallet (no callback URL); activation registers the URL again',
			status: [401],
			execution: false,
			async deliver(ctx) {
				await ctx.n8n.deactivateWorkflow(TRIGGER_WORKFLOW_ID);
				await waitFor(async () => (await triggerRegistrations(ctx)).length === 0, {
					what: 'the registration to be removed at the sandbox',
				});
				await ctx.n8n.activateWorkflow(TRIGGER_WORKFLOW_ID);
				await waitFor(async () => (await triggerRegistrations(ctx)).length === 1, {
					what: 'the registration at the sandbox',
				});
				return sendToWallet(ctx, { transaction: ctx.state.txId, omitSignature: true });
			},
		},
	];
}

/** What the demo tells about the trigger. */
function demoHints({ sandbox, n8nUrl }) {
	const url = `${n8nUrl}/webhook/${WEBHOOK_ID}/${WEBHOOK_PATH}`;
	return [
		`The active "Wyre: wallet callbacks" workflow registered itself: wallet ${TRIGGER_WALLET}'s callback URL is ${url}`,
		`  (see it: curl -s ${sandbox.url}/_sandbox/state). A confirmed deposit into that wallet starts it once:`,
		`  curl -s -X POST ${sandbox.url}/_sandbox/deposit -H 'content-type: application/json' -d '{"wallet":"${TRIGGER_WALLET}","currency":"BTC","amount":"0.01"}'`,
		'  Deactivating the workflow puts the previous callback URL back.',
	];
}

/** The queue suite's hooks (e2e/providers/index.js): `registration`. */
const queue = { registration: { registrations } };

module.exports = {
	TRIGGER,
	TRIGGER_WORKFLOW_ID,
	TRIGGER_NODE,
	TRIGGER_WALLET,
	WEBHOOK_ID,
	WEBHOOK_PATH,
	triggerWebhook,
	triggerWorkflow,
	triggerCases,
	demoHints,
	registrations,
	queue,
};
