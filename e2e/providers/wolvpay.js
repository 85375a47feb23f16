'use strict';
// WolvPay in a real n8n: the example workflows (imported by the demo and the e2e suite) and the
// provider-specific expectations of the end-to-end suite. Shape: see westwallet.js.
// WolvPay has one webhook URL per account (set in its dashboard): the sandbox's is set by
// configureSandbox() to the trigger's production URL.
const crypto = require('node:crypto');
const { node, workflow, manualTrigger } = require('../lib/workflow');
const { sandboxCall } = require('../lib/sandboxes');
const { request } = require('../lib/http');

const PKG = 'n8n-nodes-crypto-payments';
const ACTION = `${PKG}.wolvPay`;
const TRIGGER = `${PKG}.wolvPayTrigger`;
const WEBHOOK_ID = '5c1f7d2a-8e4b-4a39-b6d0-3a0f5e7d9002';
const WEBHOOK_PATH = 'webhook';
const CUSTOMER_CHOOSES = '__customerChooses__';

const ids = {
	credential: 'ccpWolvPaySbx',
	actionWorkflow: 'ccpWolvPayAll',
	triggerWorkflow: 'ccpWolvPayHook',
};

function webhookUrl(n8nUrl) {
	return `${n8nUrl}/webhook/${WEBHOOK_ID}/${WEBHOOK_PATH}`;
}

function credentials({ sandbox }) {
	return [
		{
			id: ids.credential,
			name: 'WolvPay sandbox',
			type: 'wolvPayApi',
			data: {
				apiKey: sandbox.credentials.apiKey,
				webhookSecret: sandbox.credentials.webhookSecret,
				baseUrl: sandbox.credentials.baseUrl,
			},
		},
	];
}

/** The account's webhook URL (WolvPay: dashboard setting) -> the trigger's production URL. */
async function configureSandbox({ sandbox, n8nUrl }) {
	const res = await sandboxCall(sandbox.url, 'POST', '/_sandbox/webhook-url', {
		url: webhookUrl(n8nUrl),
	});
	if (res.status !== 200)
		throw new Error(`wolvpay sandbox webhook-url -> ${res.status} ${res.text}`);
}

function workflows({ sandbox }) {
	const cred = { wolvPayApi: { id: ids.credential, name: 'WolvPay sandbox' } };
	const wp = (i, name, parameters, opts = {}) =>
		node(i, name, ACTION, parameters, { credentials: cred, executeOnce: true, ...opts });
	let i = 0;
	const nodes = [
		manualTrigger('Run'),
		wp(
			++i,
			'List coins',
			{
				resource: 'coin',
				operation: 'getAll',
				returnAll: false,
				limit: 5,
				options: { fiatCurrencies: ['USD', 'EUR'] },
			},
			{ executeOnce: false },
		),
		wp(++i, 'Invoice in BTC', {
			resource: 'invoice',
			operation: 'create',
			amount: '25.00',
			currency: 'USD',
			coin: 'btc',
			whiteLabel: true,
			additionalFields: { description: 'Order 2001', redirectUrl: 'https://example.com/thanks' },
		}),
		wp(++i, 'Invoice, customer picks the coin', {
			resource: 'invoice',
			operation: 'create',
			amount: '12.5',
			currency: 'EUR',
			coin: CUSTOMER_CHOOSES,
			whiteLabel: true,
			additionalFields: { description: 'Order 2002' },
		}),
		wp(++i, 'Customer picks LTC', {
			resource: 'invoice',
			operation: 'update',
			invoiceId: "={{ $('Invoice, customer picks the coin').first().json.invoice_id }}",
			coin: 'ltc',
		}),
		node(
			++i,
			'Simulate the payment (sandbox only)',
			'n8n-nodes-base.httpRequest',
			{
				method: 'POST',
				url: `=${sandbox.url}/_sandbox/invoices/{{ $('Invoice in BTC').first().json.invoice_id }}/pay`,
				sendBody: true,
				specifyBody: 'json',
				jsonBody: '{}',
				options: {},
			},
			{
				typeVersion: 4.2,
				executeOnce: true,
				notes:
					'The sandbox marks the BTC invoice paid and sends a signed webhook to the WolvPay Trigger workflow',
			},
		),
		wp(++i, 'Get the BTC invoice', {
			resource: 'invoice',
			operation: 'get',
			invoiceId: "={{ $('Invoice in BTC').first().json.invoice_id }}",
		}),
		wp(++i, 'All invoices', { resource: 'invoice', operation: 'getAll', returnAll: true }),
	];
	const action = workflow({
		id: ids.actionWorkflow,
		name: 'WolvPay: every operation (sandbox)',
		nodes,
	});
	const trigger = workflow({
		id: ids.triggerWorkflow,
		name: 'WolvPay: invoice paid (webhook)',
		nodes: [
			node(
				0,
				'WolvPay Trigger',
				TRIGGER,
				// the sandbox (and the e2e test) deliver from this machine; the real WolvPay: 128.140.76.192
				{ statuses: ['PAID'], allowedIps: '127.0.0.1' },
				{ credentials: cred, webhookId: WEBHOOK_ID },
			),
			node(1, 'Handle the payment', 'n8n-nodes-base.noOp', {}, { notes: 'Fulfil the order here' }),
		],
	});
	return [action, trigger];
}

function demoHints({ sandbox, n8nUrl }) {
	return [
		`Open "WolvPay: every operation (sandbox)" and click "Execute workflow": every WolvPay operation runs against the sandbox (${sandbox.url}).`,
		'  Its "Simulate the payment" step pays the BTC invoice; the sandbox sends a signed webhook to the active',
		'  "WolvPay: invoice paid (webhook)" workflow: see its Executions tab.',
		`Pay an invoice yourself: open ${sandbox.url}/invoice/<invoice_id> (the sandbox's payment page), or`,
		`  curl -s -X POST ${sandbox.url}/_sandbox/invoices/<invoice_id>/pay`,
		`The sandbox's webhook URL (WolvPay dashboard setting): ${webhookUrl(n8nUrl)}`,
	];
}

// ---- e2e ----------------------------------------------------------------------------------------------

function json(text) {
	try {
		return JSON.parse(text);
	} catch {
		return undefined;
	}
}

function checkActions({ out, requests, sandbox }) {
	const { apiKey } = sandbox.credentials;
	const api = requests.filter((r) => r.path.startsWith('/api/v1/'));
	expect(api.length).toBeGreaterThan(0);
	for (const r of api) {
		expect({ request: `${r.method} ${r.path}`, auth: r.headers.authorization }).toEqual({
			request: `${r.method} ${r.path}`,
			auth: `Bearer ${apiKey}`,
		});
	}
	const find = (method, path, pred = () => true) =>
		api.filter((r) => r.method === method && r.path === path && pred(r));

	// coin:getAll (limit 5, prices narrowed to USD and EUR)
	const coins = out('List coins');
	expect(coins).toHaveLength(5);
	for (const c of coins) {
		expect(Object.keys(c.prices).sort()).toEqual(['EUR', 'USD']);
		expect(typeof c.prices.USD).toBe('string');
	}
	expect(coins.map((c) => c.coin)).toContain('btc');
	expect(find('GET', '/api/v1/coins').length).toBeGreaterThan(0);

	// invoice:create with a coin (white label): the amount goes out as the JSON number 25.00, as written
	const [btc] = out('Invoice in BTC');
	expect(btc).toEqual(
		expect.objectContaining({
			status: 'AWAITING_PAYMENT',
			coin: 'btc',
			description: 'Order 2001',
			redirect_url: 'https://example.com/thanks',
		}),
	);
	expect(btc.invoice_id).toMatch(/^INV[0-9a-f]+$/);
	expect(btc.coin_address).toBeTruthy();
	const creates = find('POST', '/api/v1/invoices');
	expect(creates).toHaveLength(2);
	expect(creates[0].headers['content-type']).toMatch(/^application\/json/);
	expect(creates[0].body).toContain('"amount":25.00');
	expect(json(creates[0].body)).toEqual(
		expect.objectContaining({
			currency: 'USD',
			coin: 'btc',
			white_label: true,
			description: 'Order 2001',
			redirect_url: 'https://example.com/thanks',
		}),
	);

	// invoice:create without a coin -> AWAITING_SELECTION
	const [open] = out('Invoice, customer picks the coin');
	expect(open).toEqual(
		expect.objectContaining({
			status: 'AWAITING_SELECTION',
			coin: null,
			description: 'Order 2002',
		}),
	);
	expect(creates[1].body).toContain('"amount":12.5');
	expect(json(creates[1].body)).not.toHaveProperty('coin');

	// invoice:update (select the coin)
	expect(out('Customer picks LTC')).toEqual([
		expect.objectContaining({
			invoice_id: open.invoice_id,
			coin: 'ltc',
			status: 'AWAITING_PAYMENT',
		}),
	]);
	const upd = find('POST', `/api/v1/invoices/${open.invoice_id}`);
	expect(upd).toHaveLength(1);
	expect(json(upd[0].body)).toEqual({ coin: 'ltc' });

	// (sandbox control) the BTC invoice is paid; invoice:get sees it
	const [paid] = out('Simulate the payment (sandbox only)');
	expect(paid.invoice).toEqual(
		expect.objectContaining({ invoice_id: btc.invoice_id, status: 'PAID' }),
	);
	expect(out('Get the BTC invoice')).toEqual([
		expect.objectContaining({ invoice_id: btc.invoice_id, status: 'PAID', coin: 'btc' }),
	]);
	expect(find('GET', `/api/v1/invoices/${btc.invoice_id}`)).toHaveLength(1);

	// invoice:getAll (return all: pages of 3)
	const all = out('All invoices');
	expect(all.map((inv) => inv.invoice_id).sort()).toEqual([btc.invoice_id, open.invoice_id].sort());
	const pages = find('GET', '/api/v1/invoices');
	expect(pages.length).toBeGreaterThan(0);
	expect(pages[0].query).toEqual(expect.objectContaining({ page: '1' }));
}

const wrongCredentials = [['wrong API key', { apiKey: 'not-the-api-key' }]];

function checkCredentialRequests({ requests, sandbox }) {
	const test = requests.filter((r) => r.method === 'GET' && r.path === '/api/v1/coins');
	expect(test.length).toBeGreaterThan(0);
	expect(test[test.length - 1].headers.authorization).toBe(`Bearer ${sandbox.credentials.apiKey}`);
}

function triggerCases() {
	const control = (ctx, route, body = {}) =>
		sandboxCall(ctx.sandbox.url, 'POST', route, body).then((res) => {
			if (res.status !== 200) throw new Error(`sandbox ${route} -> ${res.status} ${res.text}`);
			return res.json;
		});
	const newInvoice = async (ctx, amount) =>
		(await control(ctx, '/_sandbox/invoices/bulk', { count: 1, amount, coin: 'btc' }))
			.invoice_ids[0];
	const send = async (ctx, extra) => {
		const { delivery } = await control(ctx, '/_sandbox/webhooks/send', {
			invoice_id: ctx.state.invoiceId,
			...extra,
		});
		if (delivery.error) throw new Error(`sandbox delivery failed: ${delivery.error}`);
		return delivery.status;
	};
	return [
		{
			name: 'a signed webhook for a paid invoice (delivered by the sandbox)',
			status: [200],
			execution: true,
			async deliver(ctx) {
				ctx.state.invoiceId = await newInvoice(ctx, '49.90');
				const { delivery } = await control(ctx, `/_sandbox/invoices/${ctx.state.invoiceId}/pay`);
				if (!delivery || delivery.error)
					throw new Error(`sandbox delivery failed: ${delivery && delivery.error}`);
				ctx.state.body = delivery.body;
				return delivery.status;
			},
			check(items, ctx) {
				expect(items).toHaveLength(1);
				expect(items[0]).toEqual(
					expect.objectContaining({ invoice_id: ctx.state.invoiceId, status: 'PAID', coin: 'BTC' }),
				);
				expect(String(items[0].amount)).toMatch(/^49\.90?$/);
			},
		},
		{
			name: 'a signed webhook with a status the trigger does not watch (CONFIRMING_PAYMENT)',
			status: [200],
			execution: false,
			async deliver(ctx) {
				const id = await newInvoice(ctx, '5.00');
				const { delivery } = await control(ctx, `/_sandbox/invoices/${id}/confirming`);
				return delivery.status;
			},
		},
		{
			name: 'a tampered webhook (body changed after signing)',
			status: [401, 403],
			execution: false,
			deliver: (ctx) => send(ctx, { tamper: { amount: 1 } }),
		},
		{
			name: 'a forged webhook (signed with another secret)',
			status: [401, 403],
			execution: false,
			deliver: (ctx) => send(ctx, { secret: 'not-the-webhook-secret' }),
		},
		{
			name: 'an unauthenticated webhook (no signature)',
			status: [401, 403],
			execution: false,
			deliver: (ctx) => send(ctx, { omitSignature: true }),
		},
		{
			name: 'a correctly signed webhook from a wrong IP (127.0.0.2)',
			status: [403],
			execution: false,
			async deliver(ctx) {
				const body = ctx.state.body;
				const sig = crypto
					.createHmac('sha256', ctx.sandbox.credentials.webhookSecret)
					.update(body)
					.digest('hex');
				const res = await request(ctx.webhookUrl, {
					method: 'POST',
					headers: { 'Content-Type': 'application/json', 'X-WolvPay-Signature': sig },
					body,
					localAddress: '127.0.0.2',
				});
				return res.status;
			},
		},
	];
}

module.exports = {
	id: 'wolvpay',
	title: 'WolvPay',
	packageFiles: {
		credentials: ['dist/credentials/WolvPayApi.credentials.js'],
		nodes: ['dist/nodes/WolvPay/WolvPay.node.js', 'dist/nodes/WolvPay/WolvPayTrigger.node.js'],
	},
	credentialType: 'wolvPayApi',
	nodeTypes: { action: ACTION, trigger: TRIGGER },
	ids,
	triggerWebhook: { webhookId: WEBHOOK_ID, path: WEBHOOK_PATH },
	credentials,
	configureSandbox,
	workflows,
	demoHints,
	e2e: { checkActions, wrongCredentials, checkCredentialRequests, triggerCases },
};
