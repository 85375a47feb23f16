/**
 * The WestWallet node's provider errors, retries (reads only, never money) and exact decimal amounts, run through n8n-core's execution context
 * with the real credential signing, over real HTTP against the local sandbox (which checks the
 * signature on the raw bytes exactly as WestWallet does).
 */
import type { WestWalletSandbox } from './setup';
import {
	BTC_ADDRESS,
	BTC_ADDRESS_2,
	apiCalls,
	expectNoSecrets,
	run,
	useWestWalletSandbox,
} from './setup';

let sb: WestWalletSandbox;
useWestWalletSandbox((started) => (sb = started));

describe('Provider errors', () => {
	const DOCUMENTED: Array<[string, RegExp]> = [
		['wrong_auth', /public key is wrong/],
		['ip_not_allowed', /not in the allowed list/],
		['wrong_hmac', /signature was rejected/],
		['not_allowed_by_api_key', /not allowed to do this action/],
		['account_blocked', /account is blocked/],
		['bad_address', /address is not valid/],
		['bad_dest_tag', /destination tag is missing or invalid/],
		['insufficient_funds', /Insufficient funds/],
		['max_withdraw_error', /greater than the maximum/],
		['min_withdraw_error', /less than the minimum/],
		['currency_not_found', /Unknown currency/],
		['currency_not_active', /not active/],
		['deposit_not_allowed', /Deposits .* not allowed/],
		['not_found', /No transaction or payment page/],
		['wrong_ipn_url', /IPN URL is invalid/],
		['self_address', /belongs to your own/],
		['bad_priority', /priority is not allowed/],
		['too_much_addresses_per_day', /Too many addresses/],
	];
	test.each(DOCUMENTED)('%s is mapped to a named, actionable message', async (code, message) => {
		sb.faults.push({
			path: '/wallet/create_withdrawal',
			status: 400,
			body: { error: code },
			times: 1,
		});
		let error: (Error & { description?: string; httpCode?: string }) | undefined;
		try {
			await run(sb, {
				resource: 'withdrawal',
				operation: 'create',
				currency: 'BTC',
				amount: '0.1',
				address: BTC_ADDRESS,
				additionalFields: {},
				options: {},
			});
		} catch (e) {
			error = e as never;
		}
		expect(error?.constructor.name).toBe('NodeApiError');
		expect(error!.message).toContain(`[${code}]`);
		expect(error!.message).toMatch(message);
		expect(error!.httpCode).toBe('400');
		expectNoSecrets(sb, error);
	});

	test('a 200 answer carrying an error code is an error too', async () => {
		sb.faults.push({
			path: '/wallet/balance',
			status: 200,
			body: { error: 'currency_not_found' },
			times: 1,
		});
		await expect(
			run(sb, { resource: 'wallet', operation: 'getBalance', currency: 'BTC' }),
		).rejects.toThrow(/\[currency_not_found\]/);
	});

	test('real rejections by the sandbox: wrong public key, wrong private key; no secret leaks', async () => {
		const wrongPub = { ...sb.credentials, publicKey: 'wrong_public_key_123' };
		const e1 = await run(
			sb,
			{ resource: 'wallet', operation: 'getBalances', output: 'single' },
			[{}],
			{ credentials: wrongPub },
		).catch((e) => e);
		expect(e1.message).toMatch(/\[wrong_auth\]/);
		expect(e1.httpCode).toBe('401');
		expect(JSON.stringify(e1) + e1.message + e1.description).not.toContain('wrong_public_key_123');
		const wrongPriv = { ...sb.credentials, privateKey: 'not_the_private_key' };
		const e2 = await run(
			sb,
			{ resource: 'wallet', operation: 'getBalances', output: 'single' },
			[{}],
			{ credentials: wrongPriv },
		).catch((e) => e);
		expect(e2.message).toMatch(/\[wrong_hmac\]/);
		expect(JSON.stringify(e2) + e2.message + e2.description + e2.stack).not.toContain(
			'not_the_private_key',
		);
		expectNoSecrets(sb, e2);
	});

	test('with Continue On Fail the error item names the code and holds no secret', async () => {
		sb.faults.push({
			path: '/wallet/create_withdrawal',
			status: 400,
			body: { error: 'insufficient_funds' },
			times: 1,
		});
		const out = await run(
			sb,
			{
				resource: 'withdrawal',
				operation: 'create',
				currency: 'BTC',
				amount: '0.1',
				address: BTC_ADDRESS,
				additionalFields: {},
				options: {},
			},
			[{}],
			{ continueOnFail: true },
		);
		expect(out[0].json.error).toMatch(/\[insufficient_funds\]/);
		expect(out[0].pairedItem).toEqual({ item: 0 });
		expectNoSecrets(sb, out);
	});
});

describe('Retries: reads only, never money', () => {
	test('a read is retried on 503 and 429, honouring Retry-After and X-RateLimit-Reset', async () => {
		sb.faults.push({
			path: '/wallet/balance',
			status: 503,
			body: { error: 'unavailable' },
			headers: { 'Retry-After': '0' },
			times: 1,
		});
		sb.faults.push({
			path: '/wallet/balance',
			status: 429,
			body: {},
			headers: { 'X-RateLimit-Reset': String(Math.floor(Date.now() / 1000)) },
			times: 1,
		});
		const out = await run(sb, { resource: 'wallet', operation: 'getBalance', currency: 'BTC' });
		expect(out[0].json.balance).toBe('1.5');
		expect(sb.requests.filter((r) => r.path === '/wallet/balance')).toHaveLength(3);
	});

	test('a withdrawal answered 503 is not retried, and its outcome is reported as UNKNOWN (never "try again")', async () => {
		sb.faults.push({
			path: '/wallet/create_withdrawal',
			status: 503,
			body: { error: 'unavailable' },
			headers: { 'Retry-After': '0' },
			times: 3,
		});
		const error = await run(sb, {
			resource: 'withdrawal',
			operation: 'create',
			currency: 'BTC',
			amount: '0.1',
			address: BTC_ADDRESS,
			additionalFields: {},
			options: {},
		}).catch((e) => e);
		expect(error.message).toMatch(/outcome of this payout is UNKNOWN/);
		expect(`${error.message} ${error.description}`).not.toMatch(/try again/i);
		expect(error.context.outcome).toBe('unknown');
		expect(apiCalls(sb)).toHaveLength(1);
	});

	test('a dropped connection after the withdrawal was made: one withdrawal, reported as UNKNOWN outcome', async () => {
		sb.faults.push({ path: '/wallet/create_withdrawal', drop: 'after', times: 1 });
		const error = await run(sb, {
			resource: 'withdrawal',
			operation: 'create',
			currency: 'BTC',
			amount: '0.1',
			address: BTC_ADDRESS,
			additionalFields: {},
			options: {},
		}).catch((e) => e);
		expect(error.message).toMatch(/outcome of this payout is UNKNOWN/);
		expect(error.description).toMatch(/NOT retried/);
		expect(apiCalls(sb)).toHaveLength(1);
		const sends = sb.snapshot().transactions.filter((t) => t.type === 'send');
		expect(sends).toHaveLength(1);
		expectNoSecrets(sb, error);
	});

	test('bulk: a dropped connection is not retried either', async () => {
		sb.faults.push({ path: '/wallet/create_withdrawal/many', drop: 'after', times: 1 });
		const error = await run(
			sb,
			{
				resource: 'withdrawal',
				operation: 'createMany',
				inputMode: 'items',
				currency: 'BTC',
				priority: 'medium',
				address: '={{ $json.to }}',
				amount: '0.01',
				options: {},
			},
			[{ to: BTC_ADDRESS }, { to: BTC_ADDRESS_2 }],
		).catch((e) => e);
		expect(error.message).toMatch(/UNKNOWN/);
		expect(apiCalls(sb)).toHaveLength(1);
		expect(sb.snapshot().transactions.filter((t) => t.type === 'send')).toHaveLength(2);
	});
});

describe('Amounts in answers are exact decimal text', () => {
	test('18-decimal ETH values, 1e-7 style exponents and trailing zeros survive digit for digit', async () => {
		// WestWallet's answers as JSON numbers (the sandbox keeps 8 decimals, so the answer is injected as raw text)
		sb.faults.push({
			path: '/wallet/balance',
			status: 200,
			body: '{"balance":1.000000000000000001,"currency":"ETH"}',
			times: 1,
		});
		const [eth] = await run(sb, { resource: 'wallet', operation: 'getBalance', currency: 'ETH' });
		expect(eth.json.balance).toBe('1.000000000000000001'); // a float would give 1
		sb.faults.push({
			path: '/wallet/balances',
			status: 200,
			body: '{"ETH":0.100000000000000000,"BTC":1e-7,"XMR":12.500000000000}',
			times: 1,
		});
		const [all] = await run(sb, { resource: 'wallet', operation: 'getBalances', output: 'single' });
		expect(all.json).toEqual({
			ETH: '0.100000000000000000',
			BTC: '0.0000001',
			XMR: '12.500000000000',
		});
		sb.faults.push({
			path: '/wallet/transactions',
			status: 200,
			body: '{"error":"ok","result":[{"id":9007199254740993,"amount":0.30000000000000004,"fee":"0.00027500"}]}',
			times: 1,
		});
		const [tx] = await run(sb, {
			resource: 'transaction',
			operation: 'getAll',
			returnAll: false,
			limit: 1,
			filters: {},
		});
		expect(tx.json).toEqual({
			id: '9007199254740993',
			amount: '0.30000000000000004',
			fee: '0.00027500',
		});
		const [currency] = await run(sb, { resource: 'currency', operation: 'getAll', options: {} });
		expect(typeof currency.json.min_withdraw).toBe('string');
		expect(typeof currency.json.max_withdraw_transactions_per_day).toBe('number'); // a count, not money
	});
});
