'use strict';
// WestWallet e2e checks: the action workflow's outputs and requests, and the credential test.
const crypto = require('node:crypto');
const { ipnUrl, PAYOUT_BTC_ADDRESS, PAYOUT_DOGE_ADDRESSES } = require('./constants');

/** Whether a request the sandbox received carries the credential's keys and a valid signature. */
function signatureOk(req, { publicKey, privateKey }) {
	const h = req.headers;
	if (h['x-api-key'] !== publicKey) return false;
	const ts = h['x-access-timestamp'];
	if (!/^\d+$/.test(ts || '') || Math.abs(Date.now() / 1000 - Number(ts)) > 300) return false;
	const payload =
		req.method === 'GET'
			? Object.keys(req.query).length
				? JSON.stringify(req.query)
				: ''
			: req.body;
	const expected = crypto
		.createHmac('sha256', privateKey)
		.update(ts + payload)
		.digest('hex');
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
	for (const r of requests.filter((r) => r.path === '/wallet/currencies_data'))
		expect(r.headers['x-api-key']).toBeUndefined();
	for (const r of requests.filter((r) => r.path !== '/wallet/currencies_data')) {
		expect({ request: `${r.method} ${r.path}`, signed: signatureOk(r, keys) }).toEqual({
			request: `${r.method} ${r.path}`,
			signed: true,
		});
	}
	const find = (method, path, pred = () => true) =>
		requests.filter((r) => r.method === method && r.path === path && pred(r));
	const bodyOf = (r) => json(r.body);

	// currency:getAll
	const currencies = out('List currencies');
	expect(currencies.map((c) => c.tickers[0])).toEqual(
		expect.arrayContaining(['BTC', 'ETH', 'DOGE', 'LTC']),
	);
	expect(find('GET', '/wallet/currencies_data').length).toBeGreaterThan(0);

	// wallet:getBalance
	// (amounts come out as their exact decimal text)
	expect(out('BTC balance')).toEqual([
		expect.objectContaining({ currency: 'BTC', balance: '1.5' }),
	]);
	expect(find('GET', '/wallet/balance', (r) => r.query.currency === 'BTC')).toHaveLength(1);

	// wallet:getBalances
	expect(out('All balances')).toEqual([
		expect.objectContaining({ BTC: '1.5', ETH: '10', DOGE: '100000' }),
	]);
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
	expect(paid.transaction).toEqual(
		expect.objectContaining({ address: address.address, type: 'receive', status: 'completed' }),
	);

	// transaction:get by label
	expect(out('Deposit by label')).toEqual([
		expect.objectContaining({
			id: paid.transaction.id,
			type: 'receive',
			label: 'order-1001',
			currency: 'BTC',
		}),
	]);
	expect(
		find('POST', '/wallet/transaction', (r) => bodyOf(r)?.label === 'order-1001'),
	).toHaveLength(1);

	// withdrawal:create (the amount goes out exactly as written)
	const [sent] = out('Send BTC');
	expect(sent).toEqual(
		expect.objectContaining({
			currency: 'BTC',
			status: 'pending',
			address: PAYOUT_BTC_ADDRESS,
			fee: '0.0001',
		}),
	);
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
	expect(out('Withdrawal by ID')).toEqual([
		expect.objectContaining({
			id: sent.id,
			type: 'send',
			description: bodyOf(create[0]).description,
		}),
	]);

	// withdrawal:checkOutcome (finds the withdrawal just sent)
	expect(out('Check the payout')).toEqual([
		expect.objectContaining({
			outcome: 'sent',
			transaction: expect.objectContaining({ id: sent.id }),
		}),
	]);
	expect(find('POST', '/wallet/transaction', (r) => bodyOf(r)?.id === sent.id)).toHaveLength(1);

	// transaction:getAll with filters
	const recent = out('Recent BTC sends');
	expect(recent.map((t) => t.id)).toContain(sent.id);
	for (const t of recent)
		expect(t).toEqual(expect.objectContaining({ type: 'send', currency: 'BTC' }));
	const list = find('POST', '/wallet/transactions');
	expect(list.length).toBeGreaterThan(0);
	expect(bodyOf(list[0])).toEqual(
		expect.objectContaining({ currency: 'BTC', type: 'send', order: 'desc', offset: 0 }),
	);

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
			{
				address: PAYOUT_DOGE_ADDRESSES[0],
				amount: '25',
				description: expect.stringMatching(/^Affiliate A \[n8n-[a-z2-7]{10}\]$/),
			},
			{
				address: PAYOUT_DOGE_ADDRESSES[1],
				amount: '40.5',
				description: expect.stringMatching(/^Affiliate B \[n8n-[a-z2-7]{10}\]$/),
			},
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
		expect.objectContaining({
			currencies: ['BTC', 'ETH'],
			amount: '100',
			amount_in_usd: true,
			ipn_url: ipnUrl(n8nUrl),
			label: 'order-1002',
		}),
	);

	// invoice:getTransactions
	expect(out('Payment page transactions')).toEqual([
		expect.objectContaining({ count: 0, result: [] }),
	]);
	expect(
		find('GET', '/address/invoice_transactions', (r) => r.query.token === invoice.token),
	).toHaveLength(1);
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

module.exports = { signatureOk, json, checkActions, wrongCredentials, checkCredentialRequests };
