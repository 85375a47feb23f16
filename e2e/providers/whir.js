'use strict';
// Whir in a real n8n: the example workflows (imported by the demo and the e2e suite) and the
// provider-specific expectations of the end-to-end suite. Shape: see westwallet.js.
// Whir has no webhooks: its trigger POLLS, so this spec has `triggerPoll` instead of
// `triggerWebhook` (see test/e2e/n8n.e2e.test.js), and its trigger cases change the sandbox's
// transactions, then wait for the next poll.
const { node, workflow, manualTrigger } = require('../lib/workflow');
const { sandboxCall } = require('../lib/sandboxes');
const { request } = require('../lib/http');

const PKG = 'n8n-nodes-crypto-payments';
const ACTION = `${PKG}.whir`;
const TRIGGER = `${PKG}.whirTrigger`;

const ids = {
	credential: 'ccpWhirSbx',
	actionWorkflow: 'ccpWhirAll',
	triggerWorkflow: 'ccpWhirPoll',
};

// Valid mainnet addresses that are not the sandbox's (P2WPKH, P2PKH, P2SH).
const PAYOUT = ['bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq', '1BgGZ9tcN4rm9KBzDn7KprQz87SZ26SAMH', '3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy'];
const CREATE = 'Create a payout transaction';

/**
 * Polling: n8n accepts no poll time more often than once a minute, but a node may have several
 * poll times. The e2e suite gives the trigger six (at seconds 0, 10, …, 50 of every minute): n8n
 * then polls every 10 s. The demo keeps the node's own "every minute".
 */
const triggerPoll = {
	pollTimes: { item: [0, 10, 20, 30, 40, 50].map((s) => ({ mode: 'custom', cronExpression: `${s} * * * * *` })) },
	/** Longest wait for the poll that notices a change (one interval and a margin). */
	maxWaitMs: 30000,
	/** How long "no execution" is watched: more than one poll interval. */
	quietMs: 14000,
};

function credentials({ sandbox }) {
	const { apiKey, secretKey, baseUrl } = sandbox.credentials;
	return [{ id: ids.credential, name: 'Whir sandbox', type: 'whirApi', data: { apiKey, secretKey, baseUrl } }];
}

/** An HTTP Request node calling a sandbox control endpoint for the transaction made by `CREATE`. */
function control(i, name, sandbox, step, notes) {
	const url = `={{ "${sandbox.url}/_sandbox/transactions/" + $('${CREATE}').first().json.id + "/${step}" }}`;
	return node(i, name, 'n8n-nodes-base.httpRequest', { method: 'POST', url, options: {} }, { typeVersion: 4.2, executeOnce: true, notes });
}

function workflows({ sandbox }) {
	const cred = { whirApi: { id: ids.credential, name: 'Whir sandbox' } };
	const wh = (i, name, parameters, opts = {}) => node(i, name, ACTION, parameters, { credentials: cred, executeOnce: true, ...opts });
	let i = 0;
	const nodes = [
		manualTrigger('Run'),
		wh(++i, 'Whir status', { resource: 'service', operation: 'getStatus' }),
		wh(++i, 'Check an address', { resource: 'address', operation: 'validate', address: PAYOUT[0] }),
		wh(++i, CREATE, {
			resource: 'transaction',
			operation: 'create',
			payoutSource: 'list',
			payouts: { payout: [{ address: PAYOUT[0], amount: '0.001' }, { address: PAYOUT[1], amount: '0.0025' }] },
			delay: 0,
			refCode: '',
			payoutsFormat: 'object',
			options: {},
		}),
		control(++i, 'Simulate the deposit (sandbox only)', sandbox, 'deposit', 'The sandbox marks the deposit as received: the Whir Trigger sees "confirming"'),
		control(++i, 'Simulate the confirmation (sandbox only)', sandbox, 'confirm', 'One confirmation, no delay: the payouts are sent ("complete")'),
		wh(++i, 'Read the transaction', { resource: 'transaction', operation: 'get', transactionId: `={{ $('${CREATE}').first().json.id }}`, options: {} }),
		wh(++i, 'Check the outcome', {
			resource: 'transaction',
			operation: 'checkOutcome',
			payoutSource: 'manual',
			destination: PAYOUT[1],
			amount: '0.0025',
			sentAt: `={{ $('${CREATE}').first().json.created }}`,
			network: 'mainnet',
		}),
		wh(++i, 'Recent transactions', { resource: 'transaction', operation: 'getAll', returnAll: false, limit: 5, options: {} }),
		node(
			++i,
			'Payout list',
			'n8n-nodes-base.set',
			{ mode: 'raw', jsonOutput: JSON.stringify({ payouts: PAYOUT.map((address, k) => ({ address, amount: `0.00${k + 1}` })) }, null, 2), options: {} },
			{ typeVersion: 3.4, executeOnce: true },
		),
		node(++i, 'One item per payout', 'n8n-nodes-base.splitOut', { fieldToSplitOut: 'payouts', options: {} }),
		wh(
			++i,
			'One transaction for all items',
			{ resource: 'transaction', operation: 'create', payoutSource: 'items', address: '={{ $json.address }}', amount: '={{ $json.amount }}', delay: 1, refCode: '', payoutsFormat: 'array', options: {} },
			{ executeOnce: false },
		),
	];
	const action = workflow({ id: ids.actionWorkflow, name: 'Whir: every operation (sandbox)', nodes });
	const trigger = workflow({
		id: ids.triggerWorkflow,
		name: 'Whir: transaction changes (polling)',
		nodes: [
			node(
				0,
				'Whir Trigger',
				TRIGGER,
				{ pollTimes: { item: [{ mode: 'everyMinute' }] }, events: ['transactionCreated', 'statusChanged'], statuses: [], options: {} },
				{ credentials: cred },
			),
			node(1, 'Handle the transaction', 'n8n-nodes-base.noOp', {}, { notes: 'React to the new status here' }),
		],
	});
	return [action, trigger];
}

function demoHints({ sandbox }) {
	return [
		`Open "Whir: every operation (sandbox)" and click "Execute workflow": every Whir operation runs against the sandbox (${sandbox.credentials.baseUrl}).`,
		'  Its transaction is then deposited and confirmed (sandbox only); the active "Whir: transaction changes (polling)"',
		'  workflow polls every minute and starts once per change it sees: see its Executions tab.',
		`Move a transaction on yourself: curl -s -X POST ${sandbox.url}/_sandbox/transactions/<id>/deposit   (then /confirm, or /expire)`,
	];
}

// ---- e2e ----------------------------------------------------------------------------------------------

const PRIVATE = /^\/api\/(createTransaction|transactions|transaction\/)/;

/** Checks of the action workflow run: each node's output and the requests the sandbox received. */
function checkActions({ out, requests, sandbox }) {
	const bearer = `Bearer ${sandbox.credentials.apiKey}`;
	expect(requests.length).toBeGreaterThan(0);
	for (const r of requests) {
		const expected = PRIVATE.test(r.path) ? bearer : undefined; // public methods go without the key
		expect({ request: `${r.method} ${r.path}`, auth: r.headers.authorization }).toEqual({ request: `${r.method} ${r.path}`, auth: expected });
	}
	const find = (method, path) => requests.filter((r) => r.method === method && r.path === path);

	expect(out('Whir status')).toEqual([expect.objectContaining({ status: 'ok' })]);
	expect(out('Check an address')).toEqual([{ address: PAYOUT[0], valid: true, result: 'true' }]);

	// transaction:create (list): the exact body, and a verified answer
	const [tx] = out(CREATE);
	expect(tx).toEqual(expect.objectContaining({ status: 'pending', payouts: { [PAYOUT[0]]: '0.001', [PAYOUT[1]]: '0.0025' }, signatureVerified: true }));
	const creates = find('POST', '/api/createTransaction');
	expect(creates).toHaveLength(2);
	expect(creates[0].body).toBe(`{"delay":0,"payouts":{"${PAYOUT[0]}":"0.001","${PAYOUT[1]}":"0.0025"}}`);

	// the sandbox moved it on; Get reads it back complete, verified
	expect(out('Read the transaction')).toEqual([expect.objectContaining({ id: tx.id, status: 'complete', txid: expect.stringMatching(/^[0-9a-f]{64}$/), signatureVerified: true })]);
	expect(find('GET', `/api/transaction/${tx.id}`)).toHaveLength(1);

	// transaction:checkOutcome finds it by payout and time
	expect(out('Check the outcome')).toEqual([expect.objectContaining({ outcome: 'sent', transaction: expect.objectContaining({ id: tx.id }) })]);

	// transaction:getAll: newest first
	const recent = out('Recent transactions');
	expect(recent.map((t) => t.id)).toContain(tx.id);
	expect(find('GET', '/api/transactions').some((r) => r.query.limit === '5' && r.query.offset === '0')).toBe(true);

	// transaction:create (items): three items, ONE transaction, list format
	const many = out('One transaction for all items');
	expect(many).toHaveLength(1);
	expect(many[0]).toEqual(expect.objectContaining({ payouts: PAYOUT, delay: '1', signatureVerified: true }));
	expect(JSON.parse(creates[1].body)).toEqual({ delay: 1, payouts: PAYOUT.map((address, k) => ({ address, amount: `0.00${k + 1}` })) });
}

/** Credential variants the editor's Test button must reject. */
const wrongCredentials = [['wrong API key', { apiKey: 'not-the-whir-api-key' }]];

/** The credential test calls a private endpoint (so it proves the key). */
function checkCredentialRequests({ requests, sandbox }) {
	const test = requests.filter((r) => r.method === 'GET' && r.path === '/api/transactions');
	expect(test.length).toBeGreaterThan(0);
	expect(test[test.length - 1]).toEqual(expect.objectContaining({ query: { limit: '1' } }));
	expect(test[test.length - 1].headers.authorization).toBe(`Bearer ${sandbox.credentials.apiKey}`);
}

async function ok(res, what) {
	if (res.status !== 200) throw new Error(`${what} -> ${res.status} ${res.text}`);
	return res.json;
}

/**
 * Changes to the sandbox's transactions, in order; each must start exactly one execution at the
 * next poll (execution: true), none (false), or a failed one, the trigger's report ('error').
 */
function triggerCases() {
	const step = (ctx, action) => sandboxCall(ctx.sandbox.url, 'POST', `/_sandbox/transactions/${ctx.state.txId}/${action}`).then((r) => ok(r, action));
	const signature = (ctx, mode) => sandboxCall(ctx.sandbox.url, 'POST', '/_sandbox/signature', { mode }).then((r) => ok(r, 'signature'));
	const create = async (ctx) => {
		const res = await request(`${ctx.sandbox.credentials.baseUrl}/createTransaction`, {
			method: 'POST',
			headers: { Authorization: `Bearer ${ctx.sandbox.credentials.apiKey}` },
			body: { delay: 0, payouts: { [PAYOUT[2]]: '0.002' } },
		});
		return (await ok(res, 'createTransaction')).id;
	};
	const one = (fields) => (items, ctx) => {
		expect(items).toEqual([expect.objectContaining({ id: ctx.state.txId, signatureVerified: true, ...fields })]);
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
			check: one({ event: 'transactionCreated', status: 'pending', payouts: { [PAYOUT[2]]: '0.002' } }),
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
			check: one({ event: 'statusChanged', status: 'complete', previousStatus: 'confirming', txid: expect.stringMatching(/^[0-9a-f]{64}$/) }),
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
			checkError: (error, ctx) => expect(String(error.message)).toContain(`the transaction ${ctx.state.txId} failed signature verification`),
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

module.exports = {
	id: 'whir',
	title: 'Whir',
	packageFiles: {
		credentials: ['dist/credentials/WhirApi.credentials.js'],
		nodes: ['dist/nodes/Whir/Whir.node.js', 'dist/nodes/Whir/WhirTrigger.node.js'],
	},
	credentialType: 'whirApi',
	nodeTypes: { action: ACTION, trigger: TRIGGER },
	ids,
	triggerPoll,
	credentials,
	workflows,
	demoHints,
	e2e: { checkActions, wrongCredentials, checkCredentialRequests, triggerCases },
};
