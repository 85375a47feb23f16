'use strict';
// Address.so e2e trigger part: the trigger workflow (it watches the sandbox's seeded BTC wallet 5),
// its cases in a running n8n (activation registered the webhook at the sandbox; a deposit starts
// exactly one execution; repeated, forged, unsigned, tampered, other-wallet and unconfirmed GET
// callbacks none; deactivation removes the webhook, activation registers it again) and its
// queue-mode hooks (deliverValid, deliveryKey, registration: shape in ../index.js).
const crypto = require('node:crypto');
const { node, workflow } = require('../../lib/workflow');
const { sandboxCall } = require('../../lib/sandboxes');
const { request } = require('../../lib/http');
const { pool } = require('../../lib/queue/util');
const { waitFor } = require('../../lib/processes');

const TRIGGER = 'n8n-nodes-crypto-payments.addressSoTrigger';
const TRIGGER_NAME = 'Address.so Trigger';
const WEBHOOK_ID = '7d3e9b14-2c6a-4f0e-a8d5-1b9c4e6f9005';
const WEBHOOK_PATH = 'callback';
/** Where the trigger listens (spec.triggerWebhook): Address.so calls back with GET. */
const triggerWebhook = { webhookId: WEBHOOK_ID, path: WEBHOOK_PATH, method: 'GET' };
/** The sandbox's seeded BTC wallet and its account (sandbox/address-so/data.js). */
const WALLET = 5;
const ACCOUNT = 11;
const OTHER_WALLET = 7;

/** The trigger workflow: Address.so Trigger (wallet 5, Confirm via API) -> a no-op. */
function triggerWorkflow({ id, credential }) {
	return workflow({
		id,
		name: 'Address.so: balance changes (signed callbacks)',
		nodes: [
			node(
				0,
				TRIGGER_NAME,
				TRIGGER,
				{
					events: 'balanceChanged',
					entityType: 'wallet',
					coin: 'btc',
					walletId: String(WALLET),
					confirmViaApi: true,
					options: {},
				},
				{ credentials: { addressSoApi: credential }, webhookId: WEBHOOK_ID, typeVersion: 1.1 },
			),
			node(1, 'Handle the deposit', 'n8n-nodes-base.noOp', {}, { notes: 'Credit the order here' }),
		],
	});
}

async function control(sandbox, method, route, body) {
	const res = await sandboxCall(sandbox.url, method, route, body);
	if (res.status !== 200)
		throw new Error(`address-so sandbox ${route} -> ${res.status} ${res.text}`);
	return res.json;
}

/** The webhooks registered at the sandbox for this trigger's URL. */
async function registrations({ sandbox }) {
	const state = await control(sandbox, 'GET', '/_sandbox/state');
	const suffix = `/webhook/${WEBHOOK_ID}/${WEBHOOK_PATH}`;
	return (state.webhooks || []).filter((h) => String(h.url).endsWith(suffix));
}

/** The delivery of a sandbox answer that went to this trigger (a deposit notifies every webhook). */
function ourDelivery(deliveries) {
	const d = (deliveries || []).find((x) => String(x.url).includes(`/webhook/${WEBHOOK_ID}/`));
	if (!d)
		throw new Error('the sandbox sent no callback to the trigger (is its webhook registered?)');
	if (d.error) throw new Error(`sandbox callback failed: ${d.error}`);
	return d;
}

async function deposit(sandbox, target, amount) {
	const answer = await control(sandbox, 'POST', '/_sandbox/deposit', { ...target, amount });
	return { answer, delivery: ourDelivery(answer.deliveries) };
}

/** A callback sent by the sandbox's control endpoint (correct or forged): the HTTP status. */
async function sandboxCallback(ctx, body) {
	const { delivery } = await control(ctx.sandbox, 'POST', '/_sandbox/callbacks/send', body);
	if (delivery.error) throw new Error(`sandbox callback failed: ${delivery.error}`);
	return delivery.status;
}

/** Our own callback for account 11 of a transaction the API does not know, correctly signed. */
async function unknownTransaction(ctx) {
	const query = [
		['coin', 'btc'],
		['wallet_id', String(WALLET)],
		['account[id]', String(ACCOUNT)],
		['last_transaction[uuid]', crypto.randomUUID()],
		['last_transaction[amount_int]', '5000'],
	]
		.map(([k, v]) => `${k}=${v}`)
		.join('&');
	const secret = ctx.sandbox.credentials.secretToken;
	const sign = crypto.createHmac('sha256', secret).update(query).digest('hex');
	const res = await request(`${ctx.state.callbackBase}?${query}&sign=${sign}`, { method: 'GET' });
	return res.status;
}

/** Deactivates and re-activates the trigger workflow, checking the registrations each time. */
async function cycleActivation(ctx, workflowId) {
	const count = async () => (await registrations(ctx)).length;
	await ctx.n8n.deactivateWorkflow(workflowId);
	await waitFor(async () => (await count()) === 0, { what: 'the webhook removed at the sandbox' });
	await ctx.n8n.activateWorkflow(workflowId);
	await waitFor(async () => (await count()) === 1, { what: 'the webhook registered again' });
	return 200;
}

/**
 * Deliveries to the active trigger, in order ({name, deliver(ctx) -> HTTP status, status,
 * execution, check}; see e2e/providers/westwallet/triggers.js). `workflowId`: the trigger
 * workflow's id (the last case deactivates and re-activates it).
 */
function triggerCases({ workflowId }) {
	return [
		{
			name: 'activation registered one webhook at the sandbox (wallet 5, the production URL)',
			status: [200],
			execution: false,
			async deliver(ctx) {
				const hooks = await registrations(ctx);
				expect(hooks.map((h) => ({ type: h.type, entityId: h.entityId }))).toEqual([
					{ type: 'wallet', entityId: WALLET },
				]);
				ctx.state.webhookId = hooks[0].id;
				ctx.state.callbackBase = hooks[0].url;
				return 200;
			},
		},
		{
			name: 'a deposit into account 11 of the wallet (GET callback by the sandbox)',
			status: [200],
			execution: true,
			async deliver(ctx) {
				const { answer, delivery } = await deposit(ctx.sandbox, { account: ACCOUNT }, '0.00123');
				ctx.state.uuid = answer.transaction.uuid;
				ctx.state.callbackUrl = delivery.url;
				return delivery.status;
			},
			check(items, ctx) {
				expect(items).toHaveLength(1);
				expect(items[0]).toEqual(
					expect.objectContaining({
						event: 'balanceChanged',
						coin: 'btc',
						wallet_id: WALLET,
						confirmed_via_api: true,
					}),
				);
				expect(items[0].account).toEqual(expect.objectContaining({ id: ACCOUNT }));
				expect(items[0].last_transaction).toEqual(
					expect.objectContaining({ uuid: ctx.state.uuid, amount_int: '123000' }),
				);
			},
		},
		{
			name: "a deposit into the wallet's own address",
			status: [200],
			execution: true,
			async deliver(ctx) {
				const { delivery } = await deposit(ctx.sandbox, { wallet: WALLET }, '0.5');
				return delivery.status;
			},
			check(items) {
				expect(items).toHaveLength(1);
				expect(items[0].wallet).toEqual(expect.objectContaining({ id: WALLET }));
				expect(items[0].last_transaction).toEqual(
					expect.objectContaining({ amount_int: '50000000' }),
				);
			},
		},
		{
			name: 'the same callback delivered again (its transaction is emitted once)',
			status: [200],
			execution: false,
			deliver: async (ctx) => (await request(ctx.state.callbackUrl, { method: 'GET' })).status,
		},
		{
			name: 'a forged GET (signed with another secret)',
			status: [401],
			execution: false,
			deliver: (ctx) =>
				sandboxCallback(ctx, { webhook_id: ctx.state.webhookId, secret: 'not-the-secret-token' }),
		},
		{
			name: 'an unsigned GET',
			status: [401],
			execution: false,
			deliver: (ctx) => sandboxCallback(ctx, { webhook_id: ctx.state.webhookId, omitSign: true }),
		},
		{
			name: 'a tampered amount (changed after signing)',
			status: [401],
			execution: false,
			deliver: (ctx) =>
				sandboxCallback(ctx, {
					webhook_id: ctx.state.webhookId,
					tamper: { 'last_transaction[amount_int]': '999999999' },
				}),
		},
		{
			name: 'a correctly signed callback of another wallet (ETH wallet 7)',
			status: [401],
			execution: false,
			deliver: (ctx) => sandboxCallback(ctx, { url: ctx.state.callbackBase, wallet: OTHER_WALLET }),
		},
		{
			name: 'a correctly signed callback the API does not confirm (unknown transaction)',
			status: [401],
			execution: false,
			deliver: (ctx) => unknownTransaction(ctx),
		},
		{
			name: 'deactivation removes the webhook at the sandbox; activation registers it again',
			status: [200],
			execution: false,
			deliver: (ctx) => cycleActivation(ctx, workflowId),
		},
	];
}

/**
 * Queue mode (test/e2e/queue.e2e.test.js): `count` deposits into account 11, each one authentic
 * callback (each confirmed through the API: two reads, within the seeded user's Professional
 * tariff). Resolves the transaction uuids.
 */
async function deliverValid({ sandbox, count, concurrency = 8 }) {
	return pool(count, concurrency, async () => {
		const { answer, delivery } = await deposit(sandbox, { account: ACCOUNT }, '0.0001');
		if (delivery.status !== 200)
			throw new Error(`callback for ${answer.transaction.uuid} answered ${delivery.status}`);
		return String(answer.transaction.uuid);
	});
}

/** Lines of "what to try" about the trigger for the demo (spec.demoHints). */
function triggerDemoHints({ sandbox, n8nUrl }) {
	return [
		`The active "Address.so: balance changes" workflow registered ${n8nUrl}/webhook/${WEBHOOK_ID}/${WEBHOOK_PATH} at the sandbox for BTC wallet ${WALLET}.`,
		`Pay into account ${ACCOUNT} of that wallet: curl -s -X POST ${sandbox.url}/_sandbox/deposit -H 'content-type: application/json' -d '{"account":${ACCOUNT},"amount":"0.001"}'`,
		"  the sandbox calls the trigger back (signed GET); see the workflow's Executions tab.",
	];
}

const queue = {
	deliverValid,
	deliveryKey: (item) => String(item.last_transaction && item.last_transaction.uuid),
	registration: { registrations },
};

module.exports = {
	TRIGGER,
	TRIGGER_NAME,
	WEBHOOK_ID,
	WEBHOOK_PATH,
	triggerWebhook,
	triggerWorkflow,
	triggerCases,
	triggerDemoHints,
	registrations,
	queue,
};
