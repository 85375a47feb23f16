'use strict';
// The WestWallet sandbox over real HTTP: deposits, their statuses and IPN delivery.
const { BTC_ADDR, sign, CLOCK, post, ipnUrl, useSandbox } = require('./westwallet.helpers');

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
