'use strict';
// The WestWallet sandbox over real HTTP: single withdrawals and bulk sends.
const {
	BTC_ADDR,
	BTC_ADDR2,
	BTC_ADDR3,
	XRP_ADDR,
	call,
	post,
	ipnUrl,
	useSandbox,
} = require('./westwallet.helpers');

let sb;
useSandbox({
	bind: (env) => ({ sb } = env),
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
