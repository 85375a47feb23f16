/**
 * The WestWallet node's the withdrawal operations, run through n8n-core's execution context
 * with the real credential signing, over real HTTP against the local sandbox (which checks the
 * signature on the raw bytes exactly as WestWallet does).
 */
import { expectSignedBy } from './node.helpers';
import type { WestWalletSandbox } from './setup';
import {
	BTC_ADDRESS,
	BTC_ADDRESS_2,
	BTC_ADDRESS_3,
	apiCalls,
	run,
	useWestWalletSandbox,
} from './setup';

let sb: WestWalletSandbox;
useWestWalletSandbox((started) => (sb = started));
const expectSigned = (req: Parameters<typeof expectSignedBy>[1]) => expectSignedBy(sb, req);

describe('Withdrawal', () => {
	test('the credential is loaded once per execution, while every request gets its own timestamp and signature', async () => {
		let loads = 0;
		const credentials = { ...sb.credentials };
		Object.defineProperty(credentials, 'privateKey', {
			enumerable: true,
			get: () => {
				loads += 1; // read once each time n8n hands the credential out (a load + decryption)
				return sb.credentials.privateKey;
			},
		});
		const items = [0, 1, 2, 3, 4].map((k) => ({ amount: `0.0${k + 1}` }));
		const out = await run(
			sb,
			{
				resource: 'withdrawal',
				operation: 'create',
				currency: 'BTC',
				amount: '={{ $json.amount }}',
				address: BTC_ADDRESS,
				additionalFields: {},
				options: { tagPayouts: false },
			},
			items,
			{ credentials },
		);
		expect(out).toHaveLength(5);
		expect(loads).toBe(1);
		const signed = apiCalls(sb).filter((r) => r.path === '/wallet/create_withdrawal');
		expect(signed).toHaveLength(5);
		expect(new Set(signed.map((r) => r.headers['x-access-sign'])).size).toBe(5);
	});

	test('Create sends exactly the signed JSON, with the amount as the given decimal text', async () => {
		const before = sb.balance('BTC');
		const out = await run(sb, {
			resource: 'withdrawal',
			operation: 'create',
			currency: 'BTC',
			amount: '0.01000000',
			address: BTC_ADDRESS,
			additionalFields: {
				description: 'Payout #7 — café',
				priority: 'high',
				ipnUrl: 'https://example.com/ipn?token=abc',
			},
			options: { tagPayouts: false },
		});
		expect(out[0].json).toMatchObject({
			status: 'pending',
			currency: 'BTC',
			address: BTC_ADDRESS,
			error: 'ok',
		});
		const posts = apiCalls(sb);
		expect(posts).toHaveLength(1);
		expect(posts[0].path).toBe('/wallet/create_withdrawal');
		expect(posts[0].body).toBe(
			'{"currency":"BTC","amount":"0.01000000","address":"35NjwZg8T4F12ESdEo3rQeYQ8ZiTyDYoTJ","description":"Payout #7 — café","priority":"high","ipn_url":"https://example.com/ipn?token=abc"}',
		);
		expectSigned(posts[0]);
		expect(sb.balance('BTC')).toBe('1.48990000'); // 1.5 - 0.01 - fee 0.0001
		expect(before).toBe('1.50000000');
	});

	test('Create for a destination-tag currency sends the tag', async () => {
		await run(sb, {
			resource: 'withdrawal',
			operation: 'create',
			currency: 'XRP',
			amount: '12.5',
			address: 'rw2ciyaNshpHe7bCHo4bRWq6pqqynnWKQg',
			additionalFields: { destTag: '755785168' },
			options: { tagPayouts: false },
		});
		expect(JSON.parse(apiCalls(sb)[0].body)).toEqual({
			currency: 'XRP',
			amount: '12.5',
			address: 'rw2ciyaNshpHe7bCHo4bRWq6pqqynnWKQg',
			dest_tag: '755785168',
		});
	});

	test('Create tags the description by default, so Check Outcome can find the withdrawal', async () => {
		await run(sb, {
			resource: 'withdrawal',
			operation: 'create',
			currency: 'BTC',
			amount: '0.01',
			address: BTC_ADDRESS,
			additionalFields: { description: 'Payout #8' },
			options: {},
		});
		await run(sb, {
			resource: 'withdrawal',
			operation: 'create',
			currency: 'BTC',
			amount: '0.01',
			address: BTC_ADDRESS,
			additionalFields: {},
			options: {},
		});
		const [first, second] = apiCalls(sb).map((c) => JSON.parse(c.body).description as string);
		expect(first).toMatch(/^Payout #8 \[n8n-[a-z2-7]{10}\]$/);
		expect(second).toMatch(/^\[n8n-[a-z2-7]{10}\]$/);
		expect(first.slice(-15)).not.toBe(second.slice(-15));
	});

	test('Create Many (items mode): one request per currency; each output item carries its own result', async () => {
		sb.setBalance('BTC', '0.03');
		const input = [
			{ to: BTC_ADDRESS_3, amt: '5', ref: '40124' }, // more than the balance
			{ to: BTC_ADDRESS_2, amt: '0.015', ref: '40125' },
			{ to: BTC_ADDRESS, amt: '0.010', ref: '40126' },
		];
		const out = await run(
			sb,
			{
				resource: 'withdrawal',
				operation: 'createMany',
				inputMode: 'items',
				currency: 'BTC',
				priority: 'high',
				address: '={{ $json.to }}',
				amount: '={{ $json.amt }}',
				description: '={{ $json.ref }}',
				ipnUrl: '',
				options: { tagPayouts: false },
			},
			input,
		);
		const posts = apiCalls(sb);
		expect(posts).toHaveLength(1);
		expect(JSON.parse(posts[0].body)).toEqual({
			currency: 'BTC',
			priority: 'high',
			transactions: [
				{ address: BTC_ADDRESS_3, amount: '5', description: '40124' },
				{ address: BTC_ADDRESS_2, amount: '0.015', description: '40125' },
				{ address: BTC_ADDRESS, amount: '0.010', description: '40126' },
			],
		});
		expectSigned(posts[0]);
		expect(out.map((o) => o.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		expect(out[0].json).toMatchObject({
			success: false,
			error: 'insufficient_funds',
			description: '40124',
		});
		expect(String(out[0].json.errorMessage)).toMatch(/Insufficient funds/);
		expect(out[1].json).toMatchObject({
			success: true,
			error: 'ok',
			description: '40125',
			status: 'pending',
		});
		expect(out[2].json).toMatchObject({ success: true, error: 'ok', description: '40126' });
	});

	test('Create Many groups items by currency', async () => {
		const out = await run(
			sb,
			{
				resource: 'withdrawal',
				operation: 'createMany',
				inputMode: 'items',
				currency: '={{ $json.cur }}',
				priority: 'medium',
				address: '={{ $json.to }}',
				amount: '0.5',
				options: {},
			},
			[
				{ cur: 'LTC', to: 'LeNUXUqWC48uu3xJo4JK5LqTvWAv6wCYm8' },
				{ cur: 'BTC', to: BTC_ADDRESS },
				{ cur: 'LTC', to: 'MSZLgMQeAy86yG6LykuWU3vVyRA362Zrnc' },
			],
		);
		const posts = apiCalls(sb);
		expect(posts).toHaveLength(2);
		expect(posts.map((p) => JSON.parse(p.body).currency).sort()).toEqual(['BTC', 'LTC']);
		expect(out.map((o) => [o.pairedItem, o.json.currency])).toEqual([
			[{ item: 0 }, 'LTC'],
			[{ item: 1 }, 'BTC'],
			[{ item: 2 }, 'LTC'],
		]);
	});

	test('Create Many (list mode): the listed withdrawals of one item in one request', async () => {
		const out = await run(sb, {
			resource: 'withdrawal',
			operation: 'createMany',
			inputMode: 'list',
			currency: 'BTC',
			priority: 'low',
			transactions: {
				transaction: [
					{ address: BTC_ADDRESS, amount: '0.001' },
					{ address: BTC_ADDRESS_2, amount: '0.002', description: 'b' },
				],
			},
			options: { tagPayouts: false },
		});
		expect(out).toHaveLength(2);
		expect(out.every((o) => o.json.success === true)).toBe(true);
		expect(JSON.parse(apiCalls(sb)[0].body).transactions).toEqual([
			{ address: BTC_ADDRESS, amount: '0.001' },
			{ address: BTC_ADDRESS_2, amount: '0.002', description: 'b' },
		]);
	});
});
