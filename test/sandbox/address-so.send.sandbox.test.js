'use strict';
// Address.so sandbox, sends and fees: a signed send debits amount + fee by priority, credits a
// sandbox recipient, records the tx; payment password, permissions, addresses per coin, amounts,
// balance, spending limits and fee estimates, with the provider's error codes.
const {
	D,
	BTC_OUT,
	ETH_OUT,
	harness,
	errorOf,
	resultOf,
	query,
	sendSign,
} = require('./address-so.helpers');

const h = harness();
const W5 = '/api/coins/btc/wallets/5';

/** A send signed under `scheme` (default sdk-2020) with these params in this order. */
function send(path, params, { scheme = 'sdk-2020', token, secret } = {}) {
	const pairs = Object.entries(params);
	const sign = sendSign(scheme, pairs, secret);
	return h.api('POST', `${path}/send`, { form: `${query(pairs)}&sign=${sign}`, token });
}
const wallet = async (coin, id) => resultOf(await h.api('GET', `/api/coins/${coin}/wallets/${id}`));

describe('a successful send', () => {
	test.each([['sdk-2020'], ['sdk-2019'], ['doc']])(
		'under %s: txid, amount + fee debited, tx listed',
		async (scheme) => {
			const r = await send(
				W5,
				{ amount: '0.1', recipient: BTC_OUT, payment_password: D.paymentPassword },
				{ scheme },
			);
			const [{ txid }] = resultOf(r);
			expect(txid).toMatch(/^[0-9a-f]{64}$/);
			expect((await wallet('btc', 5)).balance_int).toBe(String(150000000 - 10000000 - 1000));
			const txs = resultOf(await h.api('GET', `${W5}/transactions`));
			expect(txs.at(-1)).toMatchObject({
				hash: txid,
				address: BTC_OUT,
				amount_int: -10001000,
				amount_float: -0.10001,
			});
			const [sent] = (await h.ctl('GET', '/state')).json.sends;
			expect(sent).toMatchObject({
				txid,
				amount: '10000000',
				fee: '1000',
				fee_priority: 1,
				recipient: BTC_OUT,
				spelling: 'recipient',
				scheme,
			});
		},
	);

	test('fee by priority 1/2/3; the doc spelling recepient works; payment password optional', async () => {
		for (const [priority, fee] of [
			['1', 1000],
			['2', 5000],
			['3', 10000],
		]) {
			const before = BigInt((await wallet('btc', 5)).balance_int);
			resultOf(
				await send(
					W5,
					{ amount: '0.001', recepient: BTC_OUT, fee_priority: priority },
					{ scheme: 'doc' },
				),
			);
			expect(before - BigInt((await wallet('btc', 5)).balance_int)).toBe(100000n + BigInt(fee));
		}
		expect(
			errorOf(await send(W5, { amount: '0.001', recipient: BTC_OUT, fee_priority: '4' })).code,
		).toBe(-3005);
	});

	test('to a sandbox address: the recipient account is credited with the same hash', async () => {
		const acct = resultOf(await h.api('GET', `${W5}/accounts/11`));
		const [{ txid }] = resultOf(await send(W5, { amount: '0.5', recipient: acct.address }));
		expect(resultOf(await h.api('GET', `${W5}/accounts/11`)).balance_int).toBe('75000000');
		const txs = resultOf(await h.api('GET', `${W5}/accounts/11/transactions`));
		expect(txs.at(-1)).toMatchObject({ hash: txid, amount_int: '50000000', amount_float: 0.5 });
	});

	test('from an account; ETH amounts beyond 2^53 stay exact', async () => {
		resultOf(await send(`${W5}/accounts/11`, { amount: '0.2', recipient: BTC_OUT }));
		expect(resultOf(await h.api('GET', `${W5}/accounts/11`)).balance_int).toBe(
			String(25000000 - 20000000 - 1000),
		);
		const r = await send('/api/coins/eth/wallets/7', {
			amount: '12345.000000000000000001',
			recipient: ETH_OUT,
			token_label: 'erc20',
		});
		resultOf(r);
		const eth = await wallet('eth', 7);
		expect(eth.balance_int).toBe(
			(12345678901234567890123n - 12345000000000000000001n - 420000000000000n).toString(),
		);
		expect(r.text).not.toMatch(/e\+/);
	});
});

test('xrp: a destination tag is sent, recorded and filters the transaction list', async () => {
	const w = resultOf(await h.api('POST', '/api/coins/xrp/wallets', { form: { label: 'ripple' } }));
	expect(w.receiving_address).toMatch(/^r/);
	await h.ctl('POST', '/deposit', { wallet: w.id, amount: '100', tag: 7 });
	const to = h.sb.makeAddress('xrp', 'elsewhere');
	const path = `/api/coins/xrp/wallets/${w.id}`;
	resultOf(
		await send(path, { amount: '1.5', recipient: to, tag: '4294967295', fee_priority: '3' }),
	);
	expect(resultOf(await h.api('GET', path)).balance_int).toBe(String(100e6 - 1.5e6 - 50));
	const tagged = resultOf(await h.api('GET', `${path}/transactions?tag=4294967295`));
	expect(tagged).toEqual([
		expect.objectContaining({ address: to, amount_int: -1500050, tag: 4294967295 }),
	]);
	expect(errorOf(await send(path, { amount: '1', recipient: to, tag: '4294967296' })).code).toBe(
		-3005,
	);
	expect(errorOf(await send(path, { amount: '1', recipient: BTC_OUT })).code).toBe(-1095);
});

describe('refusals', () => {
	test('wrong payment password -3062, or missing when required -3005', async () => {
		const wrong = await send(W5, { amount: '0.1', recipient: BTC_OUT, payment_password: 'nope' });
		expect(errorOf(wrong)).toEqual({ code: -3062, message: 'Wrong payment password.' });
		await h.ctl('POST', '/settings', { requirePaymentPassword: true });
		expect(errorOf(await send(W5, { amount: '0.1', recipient: BTC_OUT })).code).toBe(-3005);
		resultOf(
			await send(W5, { amount: '0.1', recipient: BTC_OUT, payment_password: D.paymentPassword }),
		);
	});

	test('signed with another secret is BAD_SIGN', async () => {
		expect(
			errorOf(await send(W5, { amount: '0.1', recipient: BTC_OUT }, { secret: 'other' })).code,
		).toBe(-3061);
	});

	test.each([
		['btc', 5, '1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN3'],
		['btc', 5, ETH_OUT],
		['btc', 5, ` ${BTC_OUT}`],
		['eth', 7, '0x12'],
		['eth', 7, BTC_OUT],
	])('%s wallet refuses recipient %p with INVALID_ADDRESS', async (coin, id, to) => {
		const r = await send(`/api/coins/${coin}/wallets/${id}`, { amount: '0.1', recipient: to });
		expect(errorOf(r)).toEqual({ code: -1095, message: 'Invalid address.' });
		await h.ctl('POST', '/settings', { invalidAddressCode: -3000 });
		expect(
			errorOf(await send(`/api/coins/${coin}/wallets/${id}`, { amount: '0.1', recipient: to }))
				.code,
		).toBe(-3000);
	});

	test('amounts: not positive, too many decimals or not a number are -3005; beyond the balance -2500', async () => {
		for (const amount of ['0', '-1', '0.000000001', '1e-3', 'abc']) {
			expect(errorOf(await send(W5, { amount, recipient: BTC_OUT })).code).toBe(-3005);
		}
		const r = await send(W5, { amount: '1.5', recipient: BTC_OUT });
		expect(r.status).toBe(400);
		expect(errorOf(r)).toEqual({ code: -2500, message: 'Insufficient funds.' });
		resultOf(await send(W5, { amount: '1.49999', recipient: BTC_OUT }));
		expect((await wallet('btc', 5)).balance_int).toBe('0');
	});

	test('tag only for xrp, token_label only for eth', async () => {
		expect(errorOf(await send(W5, { amount: '0.1', recipient: BTC_OUT, tag: '5' })).code).toBe(
			-3005,
		);
		expect(
			errorOf(await send(W5, { amount: '0.1', recipient: BTC_OUT, token_label: 'erc20' })).code,
		).toBe(-3005);
	});

	test('a user with only view is PERMISSION_DENIED; unknown wallet/account/coin', async () => {
		const viewer = await send(
			W5,
			{ amount: '0.1', recipient: BTC_OUT },
			{ token: D.viewerApiToken, secret: D.viewerSecretToken },
		);
		expect(errorOf(viewer).code).toBe(-2011);
		expect(
			errorOf(await send('/api/coins/btc/wallets/7', { amount: '0.1', recipient: BTC_OUT })).code,
		).toBe(-2402);
		expect(
			errorOf(await send(`${W5}/accounts/12`, { amount: '0.1', recipient: BTC_OUT })).code,
		).toBe(-2403);
		expect(
			errorOf(await send('/api/coins/doge/wallets/5', { amount: '0.1', recipient: BTC_OUT })).code,
		).toBe(-2401);
		expect(
			errorOf(await send(W5, { amount: '0.1', recipient: BTC_OUT }, { token: 'wrong' })).code,
		).toBe(-3059);
	});
});

describe('limits and fee estimates', () => {
	test('a per-send limit and a per-period limit (LIMIT_ERROR -3060)', async () => {
		const l = resultOf(await h.api('POST', '/api/wallets/5/limits', { form: { amount: '0.2' } }));
		expect(l).toEqual({ id: 1, wallet_id: 5, amount: 0.2, amount_int: '20000000', period: null });
		expect(errorOf(await send(W5, { amount: '0.3', recipient: BTC_OUT })).code).toBe(-3060);
		resultOf(await send(W5, { amount: '0.2', recipient: BTC_OUT }));
		resultOf(await h.api('POST', '/limits/1', { form: { amount: '0.25' } }));
		resultOf(await h.api('DELETE', '/api/limits/1'));
		// 0.5 per hour; the hour already holds the 0.2 sent above
		resultOf(
			await h.api('POST', '/api/wallets/5/limits', { form: { amount: '0.5', period: '3600' } }),
		);
		resultOf(await send(W5, { amount: '0.2', recipient: BTC_OUT }));
		expect(errorOf(await send(W5, { amount: '0.2', recipient: BTC_OUT })).code).toBe(-3060);
		await h.advance({ advanceSeconds: 3600 });
		resultOf(await send(W5, { amount: '0.2', recipient: BTC_OUT }));
		expect(resultOf(await h.api('GET', '/api/wallets/5/limits'))).toHaveLength(1);
		expect(errorOf(await h.api('DELETE', '/limits/99')).code).toBe(-3000);
	});

	test('estimate_fee by priority, for wallets and accounts', async () => {
		const r = resultOf(
			await h.api('POST', `${W5}/estimate_fee`, { form: { amount: '0.1', fee_priority: '2' } }),
		);
		expect(r).toEqual({
			coin: 'btc',
			fee_priority: 2,
			fee_int: '5000',
			fee_float: 0.00005,
			amount_int: '10000000',
			amount_float: 0.1,
			total_int: '10005000',
			total_float: 0.10005,
		});
		const e = resultOf(
			await h.api('POST', '/api/coins/eth/wallets/7/estimate_fee', { form: { amount: '1' } }),
		);
		expect(e).toMatchObject({
			fee_priority: 1,
			fee_int: '420000000000000',
			total_int: '1000420000000000000',
		});
		expect(
			resultOf(
				await h.api('POST', `${W5}/accounts/11/estimate_fee/`, {
					form: { amount: '1', fee_priority: '3' },
				}),
			).fee_int,
		).toBe('10000');
		expect(
			errorOf(
				await h.api('POST', `${W5}/estimate_fee`, { form: { amount: '0.1', fee_priority: '0' } }),
			).code,
		).toBe(-3005);
		expect(errorOf(await h.api('POST', `${W5}/estimate_fee`, { form: {} })).code).toBe(-3005);
	});
});
