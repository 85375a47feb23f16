'use strict';
// The WestWallet sandbox over real HTTP: provider auth (checked against the official JS SDK's header
// logic), error codes and their order, bulk sends, invoices, IPN delivery and the control surface.
const http = require('node:http');
const crypto = require('node:crypto');
const westwallet = require('../../sandbox/westwallet');
const { WestWalletAPI } = require('westwallet-api');

const CLOCK = Date.UTC(2024, 0, 15, 12, 0, 0); // 2024-01-15 12:00:00 UTC
const TS = Math.floor(CLOCK / 1000);
const PUB = westwallet.DEFAULTS.publicKey;
const PRIV = westwallet.DEFAULTS.privateKey;
const BTC_ADDR = '35NjwZg8T4F12ESdEo3rQeYQ8ZiTyDYoTJ';
const BTC_ADDR2 = '3KJFvx88XUtqUgannLDZFm7XzHXACGLuJL';
const BTC_ADDR3 = '39iUBiSKuqUtMSSEgimuEkXyrmPP2YnuB5';
const XRP_ADDR = 'rw2ciyaNshpHe7bCHo4bRWq6pqqynnWKQg';

let sb;
let clock = CLOCK;
let receiver; // local IPN receiver
let ipns = [];

function sign(text, ts = TS, priv = PRIV) {
	return crypto.createHmac('sha256', priv).update(`${ts}${text}`).digest('hex');
}

/** Raw HTTP call; `body` is sent byte for byte and signed as is unless `signed` overrides. */
async function call(
	method,
	path,
	{ body, query, key = PUB, priv = PRIV, ts = TS, signed, headers = {}, auth = true } = {},
) {
	let url = sb.url + path;
	let payload = body ?? '';
	if (query) {
		url += '?' + new URLSearchParams(query).toString();
		payload = JSON.stringify(query);
	}
	const h = { 'Content-Type': 'application/json', ...headers };
	if (auth) {
		if (key !== null) h['X-API-KEY'] = key;
		if (ts !== null) h['X-ACCESS-TIMESTAMP'] = String(ts);
		h['X-ACCESS-SIGN'] = sign(signed ?? payload, ts, priv);
	}
	const res = await fetch(url, {
		method,
		headers: h,
		body: method === 'GET' ? undefined : payload,
	});
	const text = await res.text();
	let json;
	try {
		json = JSON.parse(text);
	} catch {
		json = undefined;
	}
	return { status: res.status, body: json, text };
}
const post = (path, obj, opts = {}) => call('POST', path, { body: JSON.stringify(obj), ...opts });

beforeAll(async () => {
	sb = await westwallet.start({ now: () => clock });
	receiver = http.createServer((req, res) => {
		const chunks = [];
		req.on('data', (c) => chunks.push(c));
		req.on('end', () => {
			ipns.push({
				method: req.method,
				url: req.url,
				headers: req.headers,
				body: Buffer.concat(chunks).toString('utf8'),
			});
			res.end('ok');
		});
	});
	await new Promise((r) => receiver.listen(0, '127.0.0.1', r));
});
afterAll(async () => {
	await sb.close();
	receiver.closeAllConnections?.();
	await new Promise((r) => receiver.close(r));
});
beforeEach(() => {
	sb.reset();
	sb.options.balancesErrorField = false;
	clock = CLOCK;
	ipns = [];
});
const ipnUrl = (p = '/ipn') => `http://127.0.0.1:${receiver.address().port}${p}`;

describe('auth', () => {
	afterEach(() => jest.restoreAllMocks());

	test('headers computed by the official JS SDK are accepted (GET with params, POST, no params)', async () => {
		jest.spyOn(Date, 'now').mockReturnValue(CLOCK);
		const client = new WestWalletAPI(PUB, PRIV, sb.url);
		await expect(client.walletBalance('BTC')).resolves.toEqual({
			balance: 1.5,
			currency: 'BTC',
			error: 'ok',
		});
		const tx = await client.createWithdrawal('BTC', '0.1', BTC_ADDR);
		expect(tx).toMatchObject({
			amount: 0.1,
			address: BTC_ADDR,
			currency: 'BTC',
			status: 'pending',
			fee: '0.0001',
			error: 'ok',
		});
		await expect(client.transactionInfo(tx.id)).resolves.toMatchObject({
			id: tx.id,
			type: 'send',
			error: 'ok',
		});
		const addr = await client.generateAddress('XRP', ipnUrl(), 'order-1');
		expect(addr).toMatchObject({ currency: 'XRP', label: 'order-1', error: 'ok' });
		const inv = await client.createInvoice(
			['BTC'],
			'0.01',
			false,
			ipnUrl(),
			undefined,
			'x',
			'inv',
			10,
		);
		expect(inv).toMatchObject({
			error: 'ok',
			allowed_currencies_data: [{ currency_code: 'BTC', amount: 0.01 }],
		});
		// The SDK requires "error":"ok" on /wallet/balances, which the doc's example lacks: option.
		await expect(client.walletBalances()).rejects.toThrow();
		sb.options.balancesErrorField = true;
		await expect(client.walletBalances()).resolves.toMatchObject({ BTC: 1.3999, error: 'ok' });
		// What the SDK signed for GET is the compact JSON of the query, and the sandbox agreed.
		const get = sb.requests.find((r) => r.path === '/wallet/balance');
		expect(get.headers['x-access-sign']).toBe(sign('{"currency":"BTC"}'));
		const none = sb.requests.find((r) => r.path === '/wallet/balances');
		expect(none.headers['x-access-sign']).toBe(sign(''));
	});

	test('wrong public key -> 401 wrong_auth, wrong private key -> 401 wrong_hmac (SDK)', async () => {
		jest.spyOn(Date, 'now').mockReturnValue(CLOCK);
		const e1 = await new WestWalletAPI('nope', PRIV, sb.url).walletBalance('BTC').catch((e) => e);
		expect(e1.response.status).toBe(401);
		expect(e1.response.data).toEqual({ error: 'wrong_auth' });
		const e2 = await new WestWalletAPI(PUB, 'nope', sb.url).transactionInfo(1).catch((e) => e);
		expect(e2.response.status).toBe(401);
		expect(e2.response.data).toEqual({ error: 'wrong_hmac' });
	});

	test('missing headers and malformed timestamps', async () => {
		const body = '{"id":1}';
		expect((await call('POST', '/wallet/transaction', { body, key: null })).body).toEqual({
			error: 'wrong_auth',
		});
		const noTs = await call('POST', '/wallet/transaction', { body, ts: null, signed: body });
		expect([noTs.status, noTs.body]).toEqual([401, { error: 'wrong_hmac' }]);
		const frac = await call('POST', '/wallet/transaction', { body, ts: `${TS}.5` });
		expect([frac.status, frac.body]).toEqual([401, { error: 'wrong_hmac' }]);
		const noSign = await fetch(sb.url + '/wallet/transaction', {
			method: 'POST',
			headers: { 'X-API-KEY': PUB, 'X-ACCESS-TIMESTAMP': String(TS) },
			body,
		});
		expect(noSign.status).toBe(401);
		expect(await noSign.json()).toEqual({ error: 'wrong_hmac' });
	});

	test('tampered body -> wrong_hmac; re-spaced body signed over its own bytes is accepted', async () => {
		const tampered = await call('POST', '/wallet/transactions', {
			body: '{"limit":2}',
			signed: '{"limit":1}',
		});
		expect([tampered.status, tampered.body]).toEqual([401, { error: 'wrong_hmac' }]);

		const spaced = `{"currency": "BTC", "amount": "0.1", "address": "${BTC_ADDR}"}`; // Python SDK style
		const compact = JSON.stringify(JSON.parse(spaced));
		const wrong = await call('POST', '/wallet/create_withdrawal', {
			body: spaced,
			signed: compact,
		});
		expect([wrong.status, wrong.body]).toEqual([401, { error: 'wrong_hmac' }]);
		expect(sb.balance('BTC')).toBe('1.50000000');
		const ok = await call('POST', '/wallet/create_withdrawal', { body: spaced });
		expect(ok.status).toBe(200);
		expect(ok.body).toMatchObject({ amount: 0.1, error: 'ok' });
		expect(sb.balance('BTC')).toBe('1.39990000');
	});

	test('GET signs the compact JSON of the query; anything else is wrong_hmac', async () => {
		const ok = await call('GET', '/wallet/balance', { query: { currency: 'ETH' } });
		expect(ok.body).toEqual({ balance: 10, currency: 'ETH', error: 'ok' });
		const spaced = await call('GET', '/wallet/balance', {
			query: { currency: 'ETH' },
			signed: '{"currency": "ETH"}',
		});
		expect([spaced.status, spaced.body]).toEqual([401, { error: 'wrong_hmac' }]);
		const empty = await call('GET', '/wallet/balances', { signed: '{}' });
		expect(empty.body).toEqual({ error: 'wrong_hmac' });
	});

	test('timestamp tolerance is 60 s either way', async () => {
		const body = '{"limit":1}';
		for (const [ts, status] of [
			[TS - 61, 401],
			[TS + 61, 401],
			[TS - 60, 200],
			[TS + 60, 200],
		]) {
			const r = await call('POST', '/wallet/transactions', { body, ts });
			expect([ts - TS, r.status]).toEqual([ts - TS, status]);
			if (status === 401) expect(r.body).toEqual({ error: 'wrong_hmac' });
		}
	});

	test('currencies_data is public and carries the doc entries verbatim', async () => {
		const plain = await fetch(sb.url + '/wallet/currencies_data');
		expect(plain.status).toBe(200);
		const list = await plain.json();
		const withJunk = await call('GET', '/wallet/currencies_data', { key: 'junk', ts: 1 });
		expect(withJunk.body).toEqual(list);
		expect(list.find((c) => c.tickers[0] === 'BTC')).toEqual({
			name: 'Bitcoin',
			address_regex:
				'^([13][a-km-zA-HJ-NP-Z1-9]{25,34})|^(bc1([qpzry9x8gf2tvdw0s3jn54khce6mua7l]{39}|[qpzry9x8gf2tvdw0s3jn54khce6mua7l]{59}))$',
			require_dest_tag: false,
			tickers: ['BTC'],
			min_receive: 0.0005,
			min_withdraw: 0.0001,
			max_withdraw_per_transaction: 5,
			max_withdraw_transactions_per_day: 1000000,
			active: true,
			send_active: true,
			receive_active: true,
		});
		expect(list.find((c) => c.tickers[0] === 'USDTTRC')).toMatchObject({
			name: 'USDT TRC-20',
			address_regex: '^[T][a-km-zA-HJ-NP-Z1-9]{25,34}$',
			min_receive: 10,
			min_withdraw: 1,
			max_withdraw_per_transaction: 100000,
		});
		expect(list.find((c) => c.tickers[0] === 'XRP').require_dest_tag).toBe(true);
		expect(list.find((c) => c.tickers[0] === 'ZEC').active).toBe(false);
		expect(list.map((c) => c.tickers[0]).sort()).toEqual([
			'BTC',
			'DOGE',
			'ETH',
			'LTC',
			'USDTTRC',
			'XRP',
			'ZEC',
		]);
	});

	test('unknown path 404, wrong method 405, bad JSON 400 (signed), balances shape', async () => {
		expect(await call('GET', '/wallet/nothing')).toMatchObject({
			status: 404,
			body: { error: 'not_found' },
		});
		expect(await call('GET', '/wallet/create_withdrawal')).toMatchObject({
			status: 405,
			body: { error: 'method_not_allowed' },
		});
		expect(await call('POST', '/wallet/transaction', { body: '{"id":' })).toMatchObject({
			status: 400,
			body: { error: 'bad_request' },
		});
		expect(await call('POST', '/wallet/transaction', { body: '[1]' })).toMatchObject({
			status: 400,
			body: { error: 'bad_request' },
		});
		const b = await call('GET', '/wallet/balances');
		expect(b.body).toEqual({
			BTC: 1.5,
			ETH: 10,
			XRP: 1000,
			USDTTRC: 5000,
			LTC: 50,
			DOGE: 100000,
			ZEC: 0,
		});
		expect(await call('GET', '/wallet/balance', { query: { currency: 'FOO' } })).toMatchObject({
			status: 400,
			body: { error: 'currency_not_found' },
		});
	});
});

describe('create_withdrawal', () => {
	const base = { currency: 'BTC', amount: '0.1', address: BTC_ADDR };
	const cases = [
		['currency_not_found', { currency: 'FOO', address: 'x' }],
		['currency_not_active', { currency: 'ZEC', address: 't1' + 'a'.repeat(33), priority: 'bogus' }],
		['bad_priority', { priority: 'urgent', address: 'nope' }],
		['wrong_ipn_url', { ipn_url: 'ftp://example.com/x', address: 'nope' }],
		['wrong_ipn_url', { ipn_url: 'not a url' }],
		['bad_address', { address: '0x57689002367b407f031f1BB5Ef2923F103015A32', amount: '0.00001' }],
		['bad_dest_tag', { currency: 'XRP', address: XRP_ADDR, amount: '10' }],
		['bad_dest_tag', { currency: 'XRP', address: XRP_ADDR, amount: '10', dest_tag: '12ab' }],
		['min_withdraw_error', { amount: '0.00009999' }],
		['max_withdraw_error', { amount: '6' }, { max_withdraw: 5 }],
		['insufficient_funds', { amount: '1.5' }],
		['bad_request', { amount: '-1' }],
		['bad_request', { amount: '0.123456789' }],
	];
	test.each(cases)('%s %j', async (code, patch, extra = {}) => {
		const r = await post('/wallet/create_withdrawal', { ...base, ...patch });
		expect(r.status).toBe(400);
		expect(r.body).toEqual({ error: code, ...extra });
		expect(sb.state.transactions).toHaveLength(0);
		expect(sb.balance('BTC')).toBe('1.50000000');
	});

	test('self_address: sending to an address we generated', async () => {
		const gen = await post('/address/generate', { currency: 'BTC', ipn_url: ipnUrl() });
		const r = await post('/wallet/create_withdrawal', { ...base, address: gen.body.address });
		expect([r.status, r.body]).toEqual([400, { error: 'self_address' }]);
	});

	test('send_active false -> currency_not_active', async () => {
		sb.setCurrency('BTC', { send_active: false });
		expect((await post('/wallet/create_withdrawal', base)).body).toEqual({
			error: 'currency_not_active',
		});
	});

	test('a JSON number amount is validated on its raw text', async () => {
		const sci = await call('POST', '/wallet/create_withdrawal', {
			body: `{"currency":"BTC","amount":1e-1,"address":"${BTC_ADDR}"}`,
		});
		expect([sci.status, sci.body]).toEqual([400, { error: 'bad_request' }]);
		const long = await call('POST', '/wallet/create_withdrawal', {
			body: `{"currency":"BTC","amount":0.10000000000000001,"address":"${BTC_ADDR}"}`,
		});
		expect(long.body).toEqual({ error: 'bad_request' });
		const ok = await call('POST', '/wallet/create_withdrawal', {
			body: `{"currency":"BTC","amount":0.10,"address":"${BTC_ADDR}"}`,
		});
		expect(ok.body).toMatchObject({ amount: 0.1, error: 'ok' });
	});

	test('success deducts amount + fee and stores the transaction', async () => {
		const r = await post('/wallet/create_withdrawal', {
			...base,
			amount: '1.4999',
			description: 'payout 7',
			priority: 'high',
		});
		expect(r.status).toBe(200);
		expect(Object.keys(r.body)).toEqual([
			'id',
			'amount',
			'address',
			'dest_tag',
			'currency',
			'status',
			'blockchain_hash',
			'fee',
			'error',
		]);
		expect(r.body).toMatchObject({
			id: 611438200,
			amount: 1.4999,
			address: BTC_ADDR,
			dest_tag: '',
			currency: 'BTC',
			status: 'pending',
			fee: '0.0001',
			error: 'ok',
		});
		expect(r.body.blockchain_hash).toMatch(/^[0-9a-f]{64}$/);
		expect(
			(await call('GET', '/wallet/balance', { query: { currency: 'BTC' } })).body.balance,
		).toBe(0);
		const info = await post('/wallet/transaction', { id: r.body.id });
		expect(info.body).toEqual({
			id: r.body.id,
			created_at: '2024-01-15 12:00:00',
			updated_at: '2024-01-15 12:00:00',
			type: 'send',
			amount: 1.4999,
			address: BTC_ADDR,
			dest_tag: '',
			label: '',
			currency: 'BTC',
			status: 'pending',
			description: 'payout 7',
			blockchain_confirmations: 0,
			blockchain_hash: r.body.blockchain_hash,
			fee: '0.0001',
			error: 'ok',
		});
		expect(sb.state.transactions[0].priority).toBe('high');
		// XRP with a dest tag
		const x = await post('/wallet/create_withdrawal', {
			currency: 'XRP',
			amount: 10,
			address: XRP_ADDR,
			dest_tag: 755785168,
		});
		expect(x.body).toMatchObject({ dest_tag: '755785168', fee: '0.1', error: 'ok' });
		expect(sb.balance('XRP')).toBe('989.90000000');
	});
});

describe('create_withdrawal/many', () => {
	test('mixed results in request order against the running balance', async () => {
		sb.setBalance('BTC', '0.03');
		const r = await post('/wallet/create_withdrawal/many', {
			currency: 'BTC',
			priority: 'high',
			transactions: [
				{ address: BTC_ADDR3, amount: '5', description: '40124' },
				{ address: BTC_ADDR2, amount: '0.015', description: '40125' },
				{ address: BTC_ADDR, amount: '0.010', description: '40126' },
				{ address: 'bad-address', amount: '0.01' },
				{ address: BTC_ADDR, amount: '0.00001', description: 'tiny' },
				{ address: BTC_ADDR, amount: '0.0049' },
				{ address: BTC_ADDR2, amount: 0.004, description: 'num' },
			],
		});
		expect(r.status).toBe(200);
		expect(r.body.error).toBe('ok');
		const res = r.body.results;
		expect(res).toHaveLength(7);
		expect(res[0]).toEqual({
			address: BTC_ADDR3,
			amount: '5.00000000',
			description: '40124',
			error: 'insufficient_funds',
		});
		expect(res[1]).toMatchObject({
			address: BTC_ADDR2,
			amount: '0.01500000',
			currency: 'BTC',
			error: 'ok',
			fee: '0.00010000',
			status: 'pending',
			description: '40125',
		});
		expect(res[2]).toMatchObject({
			address: BTC_ADDR,
			amount: '0.01000000',
			error: 'ok',
			fee: '0.00005000',
			description: '40126',
		});
		expect(res[3]).toEqual({
			address: 'bad-address',
			amount: '0.01000000',
			description: '',
			error: 'bad_address',
		});
		expect(res[4]).toEqual({
			address: BTC_ADDR,
			amount: '0.00001000',
			description: 'tiny',
			error: 'min_withdraw_error',
		});
		// 0.0049 + 0.00005 > 0.03 - 0.0151 - 0.01005: fails only because of the earlier sends
		expect(res[5]).toEqual({
			address: BTC_ADDR,
			amount: '0.00490000',
			description: '',
			error: 'insufficient_funds',
		});
		expect(res[6]).toMatchObject({ amount: '0.00400000', error: 'ok', fee: '0.00005000' });
		expect(res[1].id).toBeLessThan(res[2].id);
		expect(res[1].blockchain_hash).toMatch(/^[0-9a-f]{64}$/);
		expect(sb.balance('BTC')).toBe('0.00080000');
		expect(sb.state.transactions.filter((t) => t.type === 'send')).toHaveLength(3);
		expect(sb.state.transactions.every((t) => t.priority === 'high')).toBe(true);
	});

	test('currency and request level errors', async () => {
		const tx = [{ address: BTC_ADDR, amount: '0.01' }];
		expect(
			(await post('/wallet/create_withdrawal/many', { currency: 'XRP', transactions: tx })).body,
		).toEqual({ error: 'bulk_not_supported' });
		expect(
			(await post('/wallet/create_withdrawal/many', { currency: 'FOO', transactions: tx })).body,
		).toEqual({ error: 'currency_not_found' });
		expect(
			(await post('/wallet/create_withdrawal/many', { currency: 'BTC', transactions: [] })).body,
		).toEqual({ error: 'bad_request' });
		const r = await post('/wallet/create_withdrawal/many', {
			currency: 'BTC',
			priority: 'x',
			transactions: tx,
		});
		expect([r.status, r.body]).toEqual([400, { error: 'bad_priority' }]);
		expect(sb.state.transactions).toHaveLength(0);
	});
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

describe('deposits, statuses and IPN', () => {
	test('deposit -> form-encoded unsigned IPN, balance credited, readable through the API', async () => {
		const gen = await post('/address/generate', {
			currency: 'BTC',
			ipn_url: ipnUrl('/hook?secret=s1'),
			label: 'order-42',
		});
		const { transaction, delivery } = await sb.deposit({
			address: gen.body.address,
			amount: '0.25',
		});
		expect(delivery).toMatchObject({ status: 200, response: 'ok', error: null });
		expect(sb.webhooks).toContain(delivery);
		expect(ipns).toHaveLength(1);
		const ipn = ipns[0];
		expect(ipn.method).toBe('POST');
		expect(ipn.url).toBe('/hook?secret=s1');
		expect(ipn.headers['content-type']).toBe('application/x-www-form-urlencoded');
		expect(Object.keys(ipn.headers).filter((h) => /sign|hmac|signature/i.test(h))).toEqual([]);
		const fields = new URLSearchParams(ipn.body);
		expect([...fields.keys()]).toEqual([
			'id',
			'amount',
			'address',
			'dest_tag',
			'label',
			'currency',
			'status',
			'blockchain_confirmations',
			'fee',
			'blockchain_hash',
		]);
		expect(Object.fromEntries(fields)).toEqual({
			id: String(transaction.id),
			amount: '0.25',
			address: gen.body.address,
			dest_tag: '',
			label: 'order-42',
			currency: 'BTC',
			status: 'completed',
			blockchain_confirmations: '1',
			fee: '0',
			blockchain_hash: transaction.blockchain_hash,
		});
		expect(sb.balance('BTC')).toBe('1.75000000');
		const byLabel = await post('/wallet/transaction', { label: 'order-42' });
		expect(byLabel.body).toMatchObject({
			id: transaction.id,
			type: 'receive',
			amount: 0.25,
			status: 'completed',
			error: 'ok',
		});
		expect((await post('/wallet/transaction', { id: 1 })).body).toEqual({ error: 'not_found' });
		expect((await post('/wallet/transaction', { label: 'none' })).status).toBe(404);
		expect((await post('/wallet/transaction', {})).body).toEqual({ error: 'bad_request' });
	});

	test('pending deposit then completed: credited once, two IPNs', async () => {
		const gen = await post('/address/generate', { currency: 'XRP', ipn_url: ipnUrl() });
		const d = await sb.deposit({ address: gen.body.address, amount: '12.5', status: 'pending' });
		expect(sb.balance('XRP')).toBe('1000.00000000');
		expect(new URLSearchParams(ipns[0].body).get('status')).toBe('pending');
		expect(new URLSearchParams(ipns[0].body).get('dest_tag')).toBe(gen.body.dest_tag);
		const res = await fetch(`${sb.url}/_sandbox/transactions/${d.transaction.id}/status`, {
			method: 'POST',
			body: JSON.stringify({ status: 'completed' }),
		});
		const moved = await res.json();
		expect(moved.transaction).toMatchObject({ status: 'completed', blockchain_confirmations: 1 });
		expect(moved.delivery.status).toBe(200);
		expect(sb.balance('XRP')).toBe('1012.50000000');
		expect(ipns).toHaveLength(2);
		expect(new URLSearchParams(ipns[1].body).get('status')).toBe('completed');
		// same status again: nothing happens
		const again = await sb.setTransactionStatus(d.transaction.id, 'completed');
		expect(again.delivery).toBeNull();
		expect(sb.balance('XRP')).toBe('1012.50000000');
		await expect(sb.setTransactionStatus(d.transaction.id, 'sending')).rejects.toMatchObject({
			status: 400,
		});
	});

	test('send: completed sends its IPN, network_error refunds', async () => {
		const w = await post('/wallet/create_withdrawal', {
			currency: 'ETH',
			amount: '1',
			address: '0x57689002367b407f031f1BB5Ef2923F103015A32',
			ipn_url: ipnUrl('/out'),
		});
		expect(sb.balance('ETH')).toBe('8.99900000');
		const s1 = await sb.setTransactionStatus(w.body.id, 'sending');
		expect(s1.delivery).toBeNull();
		const s2 = await sb.setTransactionStatus(w.body.id, 'completed');
		expect(s2.transaction.blockchain_confirmations).toBeGreaterThanOrEqual(1);
		expect(s2.delivery.url).toBe(ipnUrl('/out'));
		expect(Object.fromEntries(new URLSearchParams(ipns[0].body))).toMatchObject({
			id: String(w.body.id),
			status: 'completed',
			amount: '1',
			fee: '0.001',
		});

		const w2 = await post('/wallet/create_withdrawal', {
			currency: 'ETH',
			amount: '2',
			address: '0x57689002367b407f031f1BB5Ef2923F103015A32',
		});
		expect(sb.balance('ETH')).toBe('6.99800000');
		const failed = await sb.setTransactionStatus(w2.body.id, 'network_error');
		expect(failed).toMatchObject({ transaction: { status: 'network_error' }, delivery: null });
		expect(sb.balance('ETH')).toBe('8.99900000');
		expect(ipns).toHaveLength(1);
	});

	test('sendIpn with override delivers a tampered IPN (HTTP and in-process)', async () => {
		const gen = await post('/address/generate', { currency: 'LTC', ipn_url: ipnUrl('/a') });
		const d = await sb.deposit({ address: gen.body.address, amount: '1' });
		const res = await fetch(`${sb.url}/_sandbox/ipn`, {
			method: 'POST',
			body: JSON.stringify({
				id: d.transaction.id,
				url: ipnUrl('/b'),
				override: { amount: '1000', status: 'completed' },
			}),
		});
		const { delivery } = await res.json();
		expect(delivery.url).toBe(ipnUrl('/b'));
		expect(ipns.map((i) => i.url)).toEqual(['/a', '/b']);
		expect(new URLSearchParams(ipns[1].body).get('amount')).toBe('1000');
		expect(sb.state.transactions[0].amount).toBe('1'); // state untouched
		const r2 = await sb.sendIpn(d.transaction.id, { override: { label: null } });
		expect(r2.delivery.url).toBe(ipnUrl('/a'));
		expect(new URLSearchParams(ipns[2].body).has('label')).toBe(false);
		await expect(sb.sendIpn(999)).rejects.toMatchObject({ status: 404 });
	});

	test('transactions history: filters, order, limit, offset', async () => {
		const gen = await post('/address/generate', { currency: 'BTC', ipn_url: ipnUrl() });
		const ids = [];
		for (let k = 0; k < 3; k++) {
			clock += 1000;
			ids.push(
				(
					await post('/wallet/create_withdrawal', {
						currency: 'BTC',
						amount: '0.01',
						address: BTC_ADDR,
					})
				).body.id,
			);
			clock += 1000;
			ids.push(
				(
					await sb.deposit({
						address: gen.body.address,
						amount: '0.001',
						status: k === 2 ? 'pending' : 'completed',
					})
				).transaction.id,
			);
		}
		const all = await post('/wallet/transactions', {});
		expect(all.body.error).toBe('ok');
		expect(all.body.result.map((t) => t.id)).toEqual(ids.slice().reverse());
		const asc = await post('/wallet/transactions', {
			order: 'asc',
			type: 'receive',
			limit: 2,
			offset: 1,
		});
		expect(asc.body.result.map((t) => t.id)).toEqual([ids[3], ids[5]]);
		const pending = await post('/wallet/transactions', { status: 'pending', currency: 'BTC' });
		expect(pending.body.result.map((t) => t.id)).toEqual([ids[5], ids[4], ids[2], ids[0]]);
		expect((await post('/wallet/transactions', { currency: 'ETH' })).body.result).toEqual([]);
		expect((await post('/wallet/transactions', { type: 'other' })).body).toEqual({
			error: 'bad_request',
		});
		expect((await post('/wallet/transactions', { currency: 'FOO' })).body).toEqual({
			error: 'currency_not_found',
		});
	});
});

describe('control surface', () => {
	test('state, balance and reset over HTTP', async () => {
		const setB = await fetch(`${sb.url}/_sandbox/balance`, {
			method: 'POST',
			body: JSON.stringify({ currency: 'DOGE', amount: '12.5' }),
		});
		expect(await setB.json()).toEqual({ currency: 'DOGE', balance: '12.50000000' });
		await post('/wallet/create_withdrawal', { currency: 'BTC', amount: '0.1', address: BTC_ADDR });
		const st = await (await fetch(`${sb.url}/_sandbox/state`)).json();
		expect(st.balances).toMatchObject({
			BTC: '1.39990000',
			DOGE: '12.50000000',
			ETH: '10.00000000',
		});
		expect(st.transactions).toHaveLength(1);
		expect(st.transactions[0]).toMatchObject({
			id: 611438200,
			type: 'send',
			amount: '0.1',
			status: 'pending',
		});
		expect(Object.keys(st)).toEqual(['balances', 'transactions', 'addresses', 'invoices']);
		const bad = await fetch(`${sb.url}/_sandbox/deposit`, {
			method: 'POST',
			body: JSON.stringify({ address: 'nope', amount: '1' }),
		});
		expect(bad.status).toBe(404);
		const rs = await fetch(`${sb.url}/_sandbox/reset`, { method: 'POST' });
		expect(rs.status).toBe(200);
		const after = await (await fetch(`${sb.url}/_sandbox/state`)).json();
		expect(after).toEqual({
			balances: {
				BTC: '1.50000000',
				ETH: '10.00000000',
				XRP: '1000.00000000',
				USDTTRC: '5000.00000000',
				LTC: '50.00000000',
				DOGE: '100000.00000000',
				ZEC: '0.00000000',
			},
			transactions: [],
			addresses: [],
			invoices: [],
		});
		expect(
			(
				await post('/wallet/create_withdrawal', {
					currency: 'BTC',
					amount: '0.1',
					address: BTC_ADDR,
				})
			).body.id,
		).toBe(611438200);
	});

	test('credentials, defaults and control calls are not logged as API requests', async () => {
		expect(sb.credentials).toEqual({
			publicKey: 'ww_sandbox_public_key',
			privateKey: 'ww_sandbox_private_key',
			baseUrl: sb.url,
		});
		sb.requests.length = 0;
		await fetch(`${sb.url}/_sandbox/state`);
		await call('GET', '/wallet/balances');
		expect(sb.requests.map((r) => r.path)).toEqual(['/wallet/balances']);
		expect(sb.describe()).toContain('/_sandbox/deposit');
	});
});
