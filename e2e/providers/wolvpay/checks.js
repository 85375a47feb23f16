'use strict';
// WolvPay e2e checks: what every action operation sent and returned, and the credential test.

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

module.exports = { checkActions, wrongCredentials, checkCredentialRequests };
