'use strict';
// The WestWallet sandbox over real HTTP: deposit addresses and invoices.
const {
	westwallet,
	PUB,
	CLOCK,
	sign,
	call,
	post,
	ipnUrl,
	useSandbox,
} = require('./westwallet.helpers');

let sb;
let clock = CLOCK;
let ipns = [];
useSandbox({
	now: () => clock,
	onIpn: (ipn) => ipns.push(ipn),
	reset: () => {
		clock = CLOCK;
		ipns = [];
	},
	bind: (env) => ({ sb } = env),
});

describe('addresses and invoices', () => {
	test('generated addresses match their currency regex', async () => {
		const list = (await call('GET', '/wallet/currencies_data')).body;
		for (const cur of list.filter((c) => c.active)) {
			const r = await post('/address/generate', {
				currency: cur.tickers[0],
				ipn_url: ipnUrl(),
				label: 'L' + cur.tickers[0],
			});
			expect(r.status).toBe(200);
			expect(r.body).toMatchObject({
				currency: cur.tickers[0],
				label: 'L' + cur.tickers[0],
				error: 'ok',
			});
			expect(new RegExp(cur.address_regex).test(r.body.address)).toBe(true);
			expect(r.body.dest_tag).toMatch(cur.require_dest_tag ? /^\d+$/ : /^$/);
		}
		expect(sb.state.addresses).toHaveLength(6);
	});

	test('generate errors', async () => {
		expect((await post('/address/generate', { currency: 'BTC' })).body).toEqual({
			error: 'wrong_ipn_url',
		});
		expect((await post('/address/generate', { currency: 'BTC', ipn_url: 'x' })).body).toEqual({
			error: 'wrong_ipn_url',
		});
		expect(
			(
				await post('/address/generate', {
					currency: 'BTC',
					ipn_url: ipnUrl(),
					label: 'x'.repeat(31),
				})
			).body,
		).toEqual({ error: 'bad_request' });
		expect((await post('/address/generate', { currency: 'ZEC', ipn_url: ipnUrl() })).body).toEqual({
			error: 'currency_not_active',
		});
		expect((await post('/address/generate', { currency: 'FOO', ipn_url: ipnUrl() })).body).toEqual({
			error: 'currency_not_found',
		});
		sb.setCurrency('BTC', { receive_active: false });
		const r = await post('/address/generate', { currency: 'BTC', ipn_url: ipnUrl() });
		expect([r.status, r.body]).toEqual([400, { error: 'deposit_not_allowed' }]);
		expect(sb.state.addresses).toHaveLength(0);
	});

	test('too_much_addresses_per_day', async () => {
		const small = await westwallet.start({ now: () => clock, addressesPerDay: 2 });
		try {
			const gen = async () => {
				const body = JSON.stringify({ currency: 'ETH', ipn_url: ipnUrl() });
				const ts = Math.floor(clock / 1000);
				const res = await fetch(small.url + '/address/generate', {
					method: 'POST',
					headers: {
						'X-API-KEY': PUB,
						'X-ACCESS-TIMESTAMP': String(ts),
						'X-ACCESS-SIGN': sign(body, ts),
					},
					body,
				});
				return res.json();
			};
			expect((await gen()).error).toBe('ok');
			expect((await gen()).error).toBe('ok');
			expect(await gen()).toEqual({ error: 'too_much_addresses_per_day' });
			clock += 24 * 3600 * 1000 + 1000;
			expect((await gen()).error).toBe('ok');
		} finally {
			await small.close();
		}
	});

	test('invoice in USD over two currencies, paid via the control endpoint', async () => {
		const r = await post('/address/create_invoice', {
			currencies: ['BTC', 'XRP'],
			amount: '100',
			ipn_url: ipnUrl('/inv'),
			description: 'Order 1',
			label: '1234',
		});
		expect(r.status).toBe(200);
		const { allowed_currencies_data: acd, token } = r.body;
		expect(token).toMatch(/^[0-9a-f]{30}$/);
		expect(r.body.url).toBe(`${sb.url}/payment/${token}`);
		expect(r.body.expire_at).toBe('2024-01-15 12:15:00');
		expect(acd.map((a) => [a.currency_code, a.amount])).toEqual([
			['BTC', 0.00166667],
			['XRP', 200],
		]);
		expect(acd[0].address).toMatch(/^bc1q/);
		expect(acd[1].dest_tag).toMatch(/^\d+$/);

		const empty = await call('GET', '/address/invoice_transactions', { query: { token } });
		expect(empty.body).toEqual({ count: 0, error: 'ok', result: [] });

		const dep = await fetch(`${sb.url}/_sandbox/deposit`, {
			method: 'POST',
			body: JSON.stringify({ token, currency: 'XRP', amount: '200', status: 'pending' }),
		});
		expect(dep.status).toBe(200);
		const { transaction, delivery } = await dep.json();
		expect(transaction).toMatchObject({
			type: 'receive',
			label: '1234',
			currency: 'XRP',
			status: 'pending',
			address: acd[1].address,
		});
		expect(delivery.status).toBe(200);
		expect(ipns).toHaveLength(1);
		expect(ipns[0].url).toBe('/inv');
		expect(sb.balance('XRP')).toBe('1000.00000000'); // pending: not credited

		const list = await call('GET', '/address/invoice_transactions', { query: { token } });
		expect(list.body.count).toBe(1);
		expect(list.body.result[0]).toMatchObject({
			id: transaction.id,
			amount: '200',
			type: 'receive',
			status: 'pending',
			description: null,
			updated_at: null,
			fee: '0',
		});

		expect(
			await call('GET', '/address/invoice_transactions', { query: { token: 'f'.repeat(30) } }),
		).toMatchObject({
			status: 404,
			body: { error: 'not_found' },
		});
		const page = await fetch(r.body.url);
		expect(page.status).toBe(200);
		expect(await page.text()).toContain(acd[0].address);
	});

	test('invoice in one currency, not USD; invoice errors', async () => {
		const one = await post('/address/create_invoice', {
			currencies: ['ETH'],
			amount: '0.5',
			ipn_url: ipnUrl(),
			ttl: 1,
		});
		expect(one.body.allowed_currencies_data).toEqual([
			{
				address: expect.stringMatching(/^0x[0-9a-f]{40}$/),
				amount: 0.5,
				currency_code: 'ETH',
				dest_tag: '',
			},
		]);
		expect(one.body.expire_at).toBe('2024-01-15 12:01:00');
		const usd = await post('/address/create_invoice', {
			currencies: ['ETH'],
			amount: '30',
			amount_in_usd: true,
			ipn_url: ipnUrl(),
		});
		expect(usd.body.allowed_currencies_data[0].amount).toBe(0.01);
		const bad = (patch) =>
			post('/address/create_invoice', {
				currencies: ['BTC'],
				amount: '1',
				ipn_url: ipnUrl(),
				...patch,
			});
		expect((await bad({ ttl: 16 })).body).toEqual({ error: 'bad_request' });
		expect((await bad({ ttl: 0 })).body).toEqual({ error: 'bad_request' });
		expect((await bad({ currencies: ['BTC', 'FOO'] })).body).toEqual({
			error: 'currency_not_found',
		});
		expect((await bad({ ipn_url: undefined })).body).toEqual({ error: 'wrong_ipn_url' });
		expect((await bad({ currencies: [] })).body).toEqual({ error: 'bad_request' });
		expect(sb.state.invoices).toHaveLength(2);
	});
});
