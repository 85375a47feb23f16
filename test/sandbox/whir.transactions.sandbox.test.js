'use strict';
// The Whir sandbox over real HTTP, per https://whir.to/api: createTransaction's validation (both
// payout forms) and the list (newest first, limit/offset, limit as a string). Lifecycle,
// signatures and faults: whir.lifecycle.sandbox.test.js.
const {
	phpCanonical,
	hmac64,
	harness,
	CLOCK,
	SECRET,
	DOC_PAYOUTS,
	MAINNET,
	MAINNET_P2SH,
	TESTNET_BECH32,
} = require('./whir.helpers');

const h = harness();
const ISO = '2022-05-05T08:56:05+00:00';
const err = (code, description) => ({ code, description });
const CREATE_KEYS = [
	'id',
	'status',
	'depositAddress',
	'depositAmount',
	'payouts',
	'fee',
	'delay',
	'refCode',
	'updated',
	'created',
	'signature',
];

beforeAll(() => h.start());
afterAll(() => h.sb.close());
beforeEach(() => {
	h.sb.reset();
	h.clock = CLOCK;
});

describe('createTransaction', () => {
	test('the doc example: field order, fee rule, types, ids, signature over the emitted text', async () => {
		const r = await h.create({ delay: '1', payouts: DOC_PAYOUTS, refCode: 'qljncygz' });
		expect(r.status).toBe(200);
		expect(Object.keys(r.json)).toEqual(CREATE_KEYS);
		// 0.003 + fee (0.5 % = 0.000015, + 0.0001) = 0.003115; amounts are JSON numbers, delay a string
		expect(r.text).toContain('"depositAmount":0.003115,');
		expect(r.text).toContain('"fee":0.000115,');
		expect(r.json).toMatchObject({
			status: 'pending',
			payouts: DOC_PAYOUTS,
			delay: '1',
			refCode: 'qljncygz',
			updated: ISO,
			created: ISO,
		});
		expect(r.json.id).toMatch(/^[A-Z0-9]{16}$/);
		expect(h.sb.isValidAddress(r.json.depositAddress)).toBe(true);
		expect(r.json.depositAddress).toMatch(/^tb1q/);
		const canonical = `${r.json.id}|pending|${r.json.depositAddress}|0.003115|mr9if7VDsVfEZ1qUo2u3trv6rU9eH7Yx4u,mia3h2FdYvR2LbDR1to9u6TC62hiTbDKM9,0.001,0.002|0.000115|1|qljncygz|${ISO}|${ISO}`;
		expect(phpCanonical(r.text)).toBe(canonical);
		expect(r.json.signature).toBe(hmac64(SECRET, canonical));
		// ids differ, deposit addresses differ
		const r2 = await h.create();
		expect(r2.json.id).not.toBe(r.json.id);
		expect(r2.json.depositAddress).not.toBe(r.json.depositAddress);
		expect(Object.keys(r2.json)).toEqual(CREATE_KEYS.filter((k) => k !== 'refCode'));
	});

	test.each([[''], ['{'], ['[1]'], ['"x"'], ['null'], ['{"payouts": {"a": "1"},}']])(
		'invalid JSON %j -> 400 "Invalid JSON data."',
		async (raw) => {
			const r = await h.api('POST', '/createTransaction', { body: raw });
			expect([r.status, r.json]).toEqual([400, err(400, 'Invalid JSON data.')]);
		},
	);

	const A1 = 'mr9if7VDsVfEZ1qUo2u3trv6rU9eH7Yx4u';
	test.each([
		[{}, /^Missing payouts\.$/],
		[{ payouts: null }, /^Missing payouts\.$/],
		[{ payouts: 'x' }, /^Invalid payouts/],
		[{ payouts: 5 }, /^Invalid payouts/],
		[{ payouts: {} }, /^Payouts must not be empty\.$/],
		[{ payouts: [] }, /^Payouts must not be empty\.$/],
		[{ payouts: [A1, MAINNET] }, /^Payout amounts are missing/],
		[{ payouts: [{ address: A1, amount: '1' }, 'x'] }, /^Invalid payout at position 1/],
		[{ payouts: { nope: '0.1' } }, /^Invalid BTC address: nope\.$/],
		[{ payouts: { LVg2kJoFNg45Nbpy53h7Fe1wKyeXVRhMH9: '0.1' } }, /^Invalid BTC address/],
		[{ payouts: [{ address: 42, amount: '1' }] }, /^Invalid BTC address: 42\.$/],
		...['0', '-1', '1e-3', '0.123456789', 'abc', ' 1', '', 0, -1, true, null, [1]].map((amount) => [
			{ payouts: { [A1]: amount } },
			/^Invalid amount for mr9if/,
		]),
		[
			{
				payouts: [
					{ address: A1, amount: '1' },
					{ address: A1, amount: '2' },
				],
			},
			/^Duplicate payout address/,
		],
		[
			{
				payouts: [
					{ address: TESTNET_BECH32, amount: '1' },
					{ address: TESTNET_BECH32.toUpperCase(), amount: '2' },
				],
			},
			/^Duplicate payout address/,
		],
		...[-1, '-1', '1.5', 1.5, 'abc', true, [1], {}].map((delay) => [
			{ delay, payouts: DOC_PAYOUTS },
			/^Invalid delay/,
		]),
		...[5, true, {}, 'x'.repeat(65)].map((refCode) => [
			{ refCode, payouts: DOC_PAYOUTS },
			/^Invalid refCode/,
		]),
	])('400 for %j', async (body, message) => {
		const r = await h.create(body);
		expect(r.status).toBe(400);
		expect(r.json.code).toBe(400);
		expect(r.json.description).toMatch(message);
		expect(Object.keys(r.json)).toEqual(['code', 'description']);
		expect(h.sb.snapshot().transactions).toHaveLength(0);
	});

	test('a duplicated key in the object form is caught in the raw text', async () => {
		const r = await h.api('POST', '/createTransaction', {
			body: `{"payouts": {"${A1}": "0.1", "${A1}": "0.2"}}`,
		});
		expect([r.status, r.json.description]).toEqual([400, `Duplicate payout address: ${A1}.`]);
	});

	test('testnet payouts are refused when testnet is off; deposit addresses are then mainnet', async () => {
		h.sb.setAcceptTestnet(false);
		expect((await h.create()).json.description).toBe(`Invalid BTC address: ${A1}.`);
		const r = await h.create({ payouts: { [MAINNET]: '0.01', [MAINNET_P2SH]: '0.02' } });
		expect(r.json.depositAddress).toMatch(/^bc1q/);
		expect(h.sb.isValidAddress(r.json.depositAddress)).toBe(true);
	});

	test('delay as integer, digit string or absent; amounts as JSON numbers are echoed as PHP would print them', async () => {
		expect((await h.create({ delay: 2, payouts: DOC_PAYOUTS })).json.delay).toBe('2');
		expect((await h.create({ payouts: DOC_PAYOUTS })).json.delay).toBe('0');
		const raw = `{"delay":"12","payouts":{"${A1}":0.0010,"${MAINNET}":1e-3,"${MAINNET_P2SH}":0.00005,"${TESTNET_BECH32}":"0.00005"}}`;
		const r = await h.api('POST', '/createTransaction', { body: raw });
		expect(r.status).toBe(200);
		// numbers normalized; below 0.0001 a string (PHP would print 5.0E-5); strings verbatim
		expect(r.text).toContain(
			`"payouts":{"${A1}":0.001,"${MAINNET}":0.001,"${MAINNET_P2SH}":"0.00005","${TESTNET_BECH32}":"0.00005"}`,
		);
		expect(r.json.signature).toBe(hmac64(SECRET, phpCanonical(r.text)));
	});

	test('fee rule in satoshis: 0.5 % rounded up + 0.0001; big sums go out as strings', async () => {
		const one = await h.create({ payouts: { [MAINNET]: '1.23456789' } });
		expect(one.text).toContain('"depositAmount":1.24084073,'); // fee 617283.945 -> 617284 + 10000 sat
		expect(one.text).toContain('"fee":0.00627284,');
		const big = await h.create({ payouts: { [MAINNET]: '12345678.12345678' } });
		expect(big.json.depositAmount).toBe('12407406.51417407'); // 16 significant digits: a string
		expect(big.text).toContain('"fee":61728.39071729,');
	});

	test("array form [{address, amount}]: answered as the newer doc's list of addresses; the switch forces a form", async () => {
		const body = {
			payouts: [
				{ address: A1, amount: '0.001' },
				{ address: MAINNET, amount: '0.002' },
			],
		};
		const r = await h.create(body);
		expect(r.json.payouts).toEqual([A1, MAINNET]);
		expect(r.json.depositAmount).toBe(0.003115);
		expect(phpCanonical(r.text)).toContain(`|0,1,${A1},${MAINNET}|`);
		expect(r.json.signature).toBe(hmac64(SECRET, phpCanonical(r.text)));
		expect((await h.ctl('/payouts-format', { format: 'array' })).json).toEqual({
			payoutsFormat: 'array',
		});
		expect((await h.create()).json.payouts).toEqual(Object.keys(DOC_PAYOUTS));
		await h.ctl('/payouts-format', { format: 'object' });
		expect((await h.api('GET', `/transaction/${r.json.id}`)).json.payouts).toEqual({
			[A1]: '0.001',
			[MAINNET]: '0.002',
		});
		expect((await h.ctl('/payouts-format', { format: 'list' })).status).toBe(400);
	});
});

describe('GET /transactions', () => {
	test('newest first; limit echoed as a string, offset and total as integers; items unsigned', async () => {
		const ids = [];
		for (let k = 0; k < 5; k++) {
			h.clock += 1000;
			ids.push((await h.create()).json.id);
		}
		const newest = ids.slice().reverse();
		const all = await h.api('GET', '/transactions');
		expect(all.text).toMatch(/"totalTransactions":5,"limit":"30","offset":0\}$/);
		expect(all.json.transactions.map((t) => t.id)).toEqual(newest);
		const page = await h.api('GET', '/transactions?limit=2&offset=1');
		expect(page.json).toMatchObject({ totalTransactions: 5, limit: '2', offset: 1 });
		expect(page.json.transactions.map((t) => t.id)).toEqual(newest.slice(1, 3));
		expect(Object.keys(page.json.transactions[0])).toEqual(
			CREATE_KEYS.filter((k) => k !== 'refCode' && k !== 'signature'),
		);
		expect((await h.api('GET', '/transactions?offset=9')).json.transactions).toEqual([]);
		for (const q of ['limit=0', 'limit=-1', 'limit=x', 'offset=-1', 'offset=1.5']) {
			const r = await h.api('GET', `/transactions?${q}`);
			expect([q, r.status, r.json.code]).toEqual([q, 400, 400]);
		}
	});

	test('an expired transaction in the list has no depositAmount; refCode shows only when set', async () => {
		const a = (await h.create({ payouts: DOC_PAYOUTS, refCode: 'ref1' })).json;
		const b = (await h.create()).json;
		await h.sb.expire(b.id);
		const list = (await h.api('GET', '/transactions')).json.transactions;
		const byId = Object.fromEntries(list.map((t) => [t.id, t]));
		expect(byId[b.id].status).toBe('expired');
		expect(byId[b.id]).not.toHaveProperty('depositAmount');
		expect(Object.keys(byId[a.id])).toEqual([
			'id',
			'status',
			'depositAddress',
			'depositAmount',
			'payouts',
			'fee',
			'delay',
			'refCode',
			'updated',
			'created',
		]);
	});
});
