'use strict';
// The WestWallet sandbox over real HTTP: the control surface.
const { BTC_ADDR, call, post, useSandbox } = require('./westwallet.helpers');

let sb;
useSandbox({
	bind: (env) => ({ sb } = env),
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
