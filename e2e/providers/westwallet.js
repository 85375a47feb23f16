'use strict';
// WestWallet in a real n8n: the example workflows (imported by the demo and the e2e suite) and the
// provider-specific expectations of the end-to-end suite (test/e2e/n8n.e2e.test.js).
//
// A provider spec exports:
//   id, title                    sandbox name (sandbox/<id>/) and display name
//   packageFiles                 {credentials, nodes}: the dist files in package.json "n8n" (presence)
//   credentialType, nodeTypes    {action, trigger}
//   ids                          credential and workflow ids used in n8n
//   credentials({sandbox})       [{id, name, type, data}] pointing at the sandbox
//   workflows({sandbox, n8nUrl}) [action, trigger] example workflows
//   triggerWebhook               {webhookId, path, query}: where the trigger listens
//   triggerPoll                  instead of triggerWebhook, for a polling trigger: {pollTimes (set on the
//                                trigger for the e2e run), maxWaitMs, quietMs} (see whir.js)
//   demoHints({sandbox, n8nUrl}) lines of "what to try" for the demo
//   e2e: {checkActions, wrongCredentials, checkCredentialRequests, triggerCases}
const crypto = require('node:crypto');
const { node, workflow, manualTrigger } = require('../lib/workflow');
const { sandboxCall } = require('../lib/sandboxes');
const { request } = require('../lib/http');

const PKG = 'n8n-nodes-crypto-payments';
const ACTION = `${PKG}.westWallet`;
const TRIGGER = `${PKG}.westWalletTrigger`;

/** The trigger's secret token: the IPN URL must carry ?token=<this>. Sandbox only. */
const IPN_TOKEN = 'sandbox-ipn-token-0123456789abcdef';
const WEBHOOK_ID = '3b0d6a3e-5f0c-4f7e-9a51-7e57a11e7001';
const WEBHOOK_PATH = 'ipn';

const ids = {
	credential: 'ccpWestWalletSbx',
	actionWorkflow: 'ccpWestWalletAll',
	triggerWorkflow: 'ccpWestWalletIpn',
};

// Addresses that pass the sandbox's (and WestWallet's) address patterns and are not ours.
const PAYOUT_BTC_ADDRESS = 'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq';
const PAYOUT_DOGE_ADDRESSES = ['DH5yaieqoZN36fDVciNyRueRGvGLR3mr7L', 'DEi4T4RkM6pV2G4hNXihsnpa4gHLFoxEy1'];

function ipnUrl(n8nUrl) {
	return `${n8nUrl}/webhook/${WEBHOOK_ID}/${WEBHOOK_PATH}?token=${IPN_TOKEN}`;
}

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
		ww(++i, 'List currencies', { resource: 'currency', operation: 'getAll', options: {} }, { executeOnce: false }),
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
				jsonBody: '={{ JSON.stringify({ address: $json.address, amount: "0.015", status: "completed" }) }}',
				options: {},
			},
			{
				typeVersion: 4.2,
				executeOnce: true,
				notes: 'The sandbox pays into the new address and sends the IPN to the WestWallet Trigger workflow',
			},
		),
		ww(++i, 'Deposit by label', { resource: 'transaction', operation: 'get', by: 'label', label: 'order-1001' }),
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
		node(++i, 'One item per payout', 'n8n-nodes-base.splitOut', { fieldToSplitOut: 'payouts', options: {} }),
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
	const action = workflow({ id: ids.actionWorkflow, name: 'WestWallet: every operation (sandbox)', nodes });

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
				{ credentials: cred, webhookId: WEBHOOK_ID },
			),
			node(1, 'Handle the payment', 'n8n-nodes-base.noOp', {}, { notes: 'Fulfil the order here' }),
		],
	});
	return [action, trigger];
}

function demoHints({ sandbox, n8nUrl }) {
	return [
		`Open "WestWallet: every operation (sandbox)" and click "Execute workflow": every WestWallet operation runs against the sandbox (${sandbox.url}).`,
		'  Its "Simulate a payment" step pays into the new address; the sandbox then sends an IPN to the active',
		'  "WestWallet: payment notifications (IPN)" workflow: see its Executions tab.',
		`Pay into an address yourself: curl -s -X POST ${sandbox.url}/_sandbox/deposit -H 'content-type: application/json' -d '{"address":"<address>","amount":"0.02"}'`,
		`IPN URL of the trigger: ${ipnUrl(n8nUrl)}`,
	];
}

// ---- e2e ----------------------------------------------------------------------------------------------

/** Whether a request the sandbox received carries the credential's keys and a valid signature. */
function signatureOk(req, { publicKey, privateKey }) {
	const h = req.headers;
	if (h['x-api-key'] !== publicKey) return false;
	const ts = h['x-access-timestamp'];
	if (!/^\d+$/.test(ts || '') || Math.abs(Date.now() / 1000 - Number(ts)) > 300) return false;
	const payload = req.method === 'GET' ? (Object.keys(req.query).length ? JSON.stringify(req.query) : '') : req.body;
	const expected = crypto.createHmac('sha256', privateKey).update(ts + payload).digest('hex');
	return h['x-access-sign'] === expected;
}

function json(text) {
	try {
		return JSON.parse(text);
	} catch {
		return undefined;
	}
}

/**
 * Checks of the action workflow run: each node's output, and the requests the sandbox received
 * (method, path, body, signature).
 * ctx: {out(nodeName) -> json items, requests, sandbox, n8nUrl}
 */
function checkActions({ out, requests, sandbox, n8nUrl }) {
	const keys = sandbox.credentials;

	// every API request is signed with the credential's keys, but the public currency list (sent without them)
	expect(requests.length).toBeGreaterThan(0);
	for (const r of requests.filter((r) => r.path === '/wallet/currencies_data')) expect(r.headers['x-api-key']).toBeUndefined();
	for (const r of requests.filter((r) => r.path !== '/wallet/currencies_data')) {
		expect({ request: `${r.method} ${r.path}`, signed: signatureOk(r, keys) }).toEqual({ request: `${r.method} ${r.path}`, signed: true });
	}
	const find = (method, path, pred = () => true) => requests.filter((r) => r.method === method && r.path === path && pred(r));
	const bodyOf = (r) => json(r.body);

	// currency:getAll
	const currencies = out('List currencies');
	expect(currencies.map((c) => c.tickers[0])).toEqual(expect.arrayContaining(['BTC', 'ETH', 'DOGE', 'LTC']));
	expect(find('GET', '/wallet/currencies_data').length).toBeGreaterThan(0);

	// wallet:getBalance
	// (amounts come out as their exact decimal text)
	expect(out('BTC balance')).toEqual([expect.objectContaining({ currency: 'BTC', balance: '1.5' })]);
	expect(find('GET', '/wallet/balance', (r) => r.query.currency === 'BTC')).toHaveLength(1);

	// wallet:getBalances
	expect(out('All balances')).toEqual([expect.objectContaining({ BTC: '1.5', ETH: '10', DOGE: '100000' })]);
	expect(find('GET', '/wallet/balances')).toHaveLength(1);

	// address:generate
	const [address] = out('New deposit address');
	expect(address).toEqual(expect.objectContaining({ currency: 'BTC', label: 'order-1001' }));
	expect(address.address).toMatch(/^bc1q/);
	const gen = find('POST', '/address/generate');
	expect(gen).toHaveLength(1);
	expect(bodyOf(gen[0])).toEqual({ currency: 'BTC', ipn_url: ipnUrl(n8nUrl), label: 'order-1001' });

	// (sandbox control) a payment into that address
	const [paid] = out('Simulate a payment (sandbox only)');
	expect(paid.transaction).toEqual(expect.objectContaining({ address: address.address, type: 'receive', status: 'completed' }));

	// transaction:get by label
	expect(out('Deposit by label')).toEqual([
		expect.objectContaining({ id: paid.transaction.id, type: 'receive', label: 'order-1001', currency: 'BTC' }),
	]);
	expect(find('POST', '/wallet/transaction', (r) => bodyOf(r)?.label === 'order-1001')).toHaveLength(1);

	// withdrawal:create (the amount goes out exactly as written)
	const [sent] = out('Send BTC');
	expect(sent).toEqual(expect.objectContaining({ currency: 'BTC', status: 'pending', address: PAYOUT_BTC_ADDRESS, fee: '0.0001' }));
	expect(String(sent.amount)).toBe('0.001');
	const create = find('POST', '/wallet/create_withdrawal');
	expect(create).toHaveLength(1);
	expect(create[0].body).toContain('"amount":"0.001"');
	expect(bodyOf(create[0])).toEqual({
		currency: 'BTC',
		amount: '0.001',
		address: PAYOUT_BTC_ADDRESS,
		description: expect.stringMatching(/^Payout 42 \[n8n-[a-z2-7]{10}\]$/), // tagged for Check Outcome
		priority: 'high',
		ipn_url: ipnUrl(n8nUrl),
	});

	// transaction:get by id
	expect(out('Withdrawal by ID')).toEqual([expect.objectContaining({ id: sent.id, type: 'send', description: bodyOf(create[0]).description })]);

	// withdrawal:checkOutcome (finds the withdrawal just sent)
	expect(out('Check the payout')).toEqual([
		expect.objectContaining({ outcome: 'sent', transaction: expect.objectContaining({ id: sent.id }) }),
	]);
	expect(find('POST', '/wallet/transaction', (r) => bodyOf(r)?.id === sent.id)).toHaveLength(1);

	// transaction:getAll with filters
	const recent = out('Recent BTC sends');
	expect(recent.map((t) => t.id)).toContain(sent.id);
	for (const t of recent) expect(t).toEqual(expect.objectContaining({ type: 'send', currency: 'BTC' }));
	const list = find('POST', '/wallet/transactions');
	expect(list.length).toBeGreaterThan(0);
	expect(bodyOf(list[0])).toEqual(expect.objectContaining({ currency: 'BTC', type: 'send', order: 'desc', offset: 0 }));

	// withdrawal:createMany (items mode: two input items -> one bulk request -> two results)
	const bulk = out('Bulk DOGE payout');
	expect(bulk).toHaveLength(2);
	expect(bulk.map((b) => [b.success, b.address, b.currency])).toEqual([
		[true, PAYOUT_DOGE_ADDRESSES[0], 'DOGE'],
		[true, PAYOUT_DOGE_ADDRESSES[1], 'DOGE'],
	]);
	const many = find('POST', '/wallet/create_withdrawal/many');
	expect(many).toHaveLength(1);
	expect(bodyOf(many[0])).toEqual({
		currency: 'DOGE',
		priority: 'medium',
		transactions: [
			{ address: PAYOUT_DOGE_ADDRESSES[0], amount: '25', description: expect.stringMatching(/^Affiliate A \[n8n-[a-z2-7]{10}\]$/) },
			{ address: PAYOUT_DOGE_ADDRESSES[1], amount: '40.5', description: expect.stringMatching(/^Affiliate B \[n8n-[a-z2-7]{10}\]$/) },
		],
	});

	// invoice:create
	const [invoice] = out('Payment page');
	expect(invoice.token).toMatch(/^[a-f0-9]+$/);
	expect(invoice.url).toBe(`${sandbox.url}/payment/${invoice.token}`);
	expect(invoice.allowed_currencies_data.map((a) => a.currency_code)).toEqual(['BTC', 'ETH']);
	const inv = find('POST', '/address/create_invoice');
	expect(inv).toHaveLength(1);
	expect(bodyOf(inv[0])).toEqual(
		expect.objectContaining({ currencies: ['BTC', 'ETH'], amount: '100', amount_in_usd: true, ipn_url: ipnUrl(n8nUrl), label: 'order-1002' }),
	);

	// invoice:getTransactions
	expect(out('Payment page transactions')).toEqual([expect.objectContaining({ count: 0, result: [] })]);
	expect(find('GET', '/address/invoice_transactions', (r) => r.query.token === invoice.token)).toHaveLength(1);
}

/** Credential variants the editor's Test button must reject: [label, changes to the stored data]. */
const wrongCredentials = [
	['wrong private key', { privateKey: 'not-the-private-key' }],
	['wrong public key', { publicKey: 'not-the-public-key' }],
];

/** What the sandbox must have received for a successful credential test. */
function checkCredentialRequests({ requests, sandbox }) {
	const test = requests.filter((r) => r.method === 'GET' && r.path === '/wallet/balances');
	expect(test.length).toBeGreaterThan(0);
	expect(signatureOk(test[test.length - 1], sandbox.credentials)).toBe(true);
}

/** A signed call to the sandbox's provider API (as a WestWallet client would make it). */
async function signedPost(sandbox, path, body) {
	const text = JSON.stringify(body);
	const ts = String(Math.floor(Date.now() / 1000));
	const sign = crypto.createHmac('sha256', sandbox.credentials.privateKey).update(ts + text).digest('hex');
	const res = await request(`${sandbox.url}${path}`, {
		method: 'POST',
		headers: {
			'Content-Type': 'application/json',
			'X-API-KEY': sandbox.credentials.publicKey,
			'X-ACCESS-TIMESTAMP': ts,
			'X-ACCESS-SIGN': sign,
		},
		body: text,
	});
	if (res.status !== 200) throw new Error(`${path} -> ${res.status} ${res.text}`);
	return res.json;
}

/**
 * Deliveries to the active trigger, in order. Each: {name, deliver(ctx) -> HTTP status n8n answered,
 * status: expected statuses, execution: whether it must start one, check(triggerItems)}.
 * ctx: {sandbox, webhookUrl (production URL without query), state (shared between cases)}
 */
function triggerCases() {
	const control = (ctx, route, body) =>
		sandboxCall(ctx.sandbox.url, 'POST', route, body).then((res) => {
			if (res.status !== 200) throw new Error(`sandbox ${route} -> ${res.status} ${res.text}`);
			return res.json;
		});
	const viaSandbox = async (ctx, body) => {
		const { delivery } = await control(ctx, '/_sandbox/ipn', { id: ctx.state.txId, ...body });
		if (delivery.error) throw new Error(`sandbox delivery failed: ${delivery.error}`);
		return delivery.status;
	};
	return [
		{
			name: 'a valid IPN for a completed deposit (delivered by the sandbox)',
			status: [200],
			execution: true,
			async deliver(ctx) {
				const addr = await signedPost(ctx.sandbox, '/address/generate', {
					currency: 'LTC',
					ipn_url: `${ctx.webhookUrl}?token=${IPN_TOKEN}`,
					label: 'e2e-trigger',
				});
				ctx.state.address = addr.address;
				const { transaction, delivery } = await control(ctx, '/_sandbox/deposit', {
					address: addr.address,
					amount: '0.75',
					status: 'completed',
				});
				ctx.state.txId = transaction.id;
				ctx.state.ipnBody = delivery.body;
				if (delivery.error) throw new Error(`sandbox delivery failed: ${delivery.error}`);
				return delivery.status;
			},
			check(items, ctx) {
				expect(items).toHaveLength(1);
				expect(items[0]).toEqual(
					expect.objectContaining({
						id: ctx.state.txId,
						type: 'receive',
						currency: 'LTC',
						address: ctx.state.address,
						status: 'completed',
						label: 'e2e-trigger',
					}),
				);
				expect(String(items[0].amount)).toBe('0.75');
			},
		},
		{
			name: 'an authentic IPN with a status the trigger does not watch (pending)',
			status: [200],
			execution: false,
			async deliver(ctx) {
				const { delivery } = await control(ctx, '/_sandbox/deposit', { address: ctx.state.address, amount: '1.25', status: 'pending' });
				return delivery.status;
			},
		},
		{
			name: 'a tampered IPN (amount changed; the API does not confirm it)',
			status: [401, 403],
			execution: false,
			deliver: (ctx) => viaSandbox(ctx, { override: { amount: '75' } }),
		},
		{
			name: 'a forged IPN (unknown transaction id)',
			status: [401, 403],
			execution: false,
			deliver: (ctx) => viaSandbox(ctx, { override: { id: '999999999' } }),
		},
		{
			name: 'an IPN with a wrong token',
			status: [401, 403],
			execution: false,
			deliver: (ctx) => viaSandbox(ctx, { url: `${ctx.webhookUrl}?token=not-the-secret-token-0000` }),
		},
		{
			name: 'an unauthenticated IPN (no token)',
			status: [401, 403],
			execution: false,
			deliver: (ctx) => viaSandbox(ctx, { url: ctx.webhookUrl }),
		},
		{
			name: 'a valid IPN from a wrong IP (127.0.0.2)',
			status: [403],
			execution: false,
			async deliver(ctx) {
				const res = await request(`${ctx.webhookUrl}?token=${IPN_TOKEN}`, {
					method: 'POST',
					headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
					body: ctx.state.ipnBody,
					localAddress: '127.0.0.2',
				});
				return res.status;
			},
		},
	];
}

module.exports = {
	id: 'westwallet',
	title: 'WestWallet',
	packageFiles: {
		credentials: ['dist/credentials/WestWalletApi.credentials.js'],
		nodes: ['dist/nodes/WestWallet/WestWallet.node.js', 'dist/nodes/WestWallet/WestWalletTrigger.node.js'],
	},
	credentialType: 'westWalletApi',
	nodeTypes: { action: ACTION, trigger: TRIGGER },
	ids,
	triggerWebhook: { webhookId: WEBHOOK_ID, path: WEBHOOK_PATH },
	credentials,
	workflows,
	demoHints,
	e2e: { checkActions, wrongCredentials, checkCredentialRequests, triggerCases },
};
