'use strict';
// The WestWallet sandbox over real HTTP: provider auth (checked against the official JS SDK's
// header logic) and the error codes and their order.
const {
	WestWalletAPI,
	CLOCK,
	TS,
	PUB,
	PRIV,
	BTC_ADDR,
	sign,
	call,
	ipnUrl,
	useSandbox,
} = require('./westwallet.helpers');

let sb;
useSandbox({
	bind: (env) => ({ sb } = env),
});

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
