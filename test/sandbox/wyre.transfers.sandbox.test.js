'use strict';
// The Wyre sandbox's transfers over real HTTP: create / confirm / get / list / track, pricing
// (fees, exchange, amountIncludesFees, destAmount), balances, the state machine
// UNCONFIRMED -> PENDING -> COMPLETED | FAILED, EXPIRED, REVERSED, customId uniqueness and the
// error bodies of bad requests.
const { wyre, signed, ctl, expectWyreError } = require('./wyre.helpers');

let sb;
beforeAll(async () => {
	sb = await wyre.start();
});
afterAll(() => sb.close());
beforeEach(() => ctl(sb, '/reset'));

const BTC_ADDRESS = '1DDfMQLTd8RhGzoyWyr1ENVdoeGaoq2MZH';
const create = (body, path = '/v3/transfers') => signed(sb, 'POST', path, { body });
const wallet = async (id) =>
	(await signed(sb, 'GET', `/v2/wallet/${id}?format=json_numberstring`)).json;
const w2w = (o = {}) => ({
	source: 'wallet:WA_SANDBOX0001',
	sourceCurrency: 'BTC',
	sourceAmount: '0.01',
	dest: 'wallet:WA_SANDBOX0002',
	...o,
});

test('wallet to wallet: UNCONFIRMED, confirm debits, completion credits', async () => {
	const res = await create(w2w({ customId: 'order-1', message: 'hi' }));
	expect(res.status).toBe(200);
	const t = res.json;
	expect(t).toMatchObject({
		status: 'UNCONFIRMED',
		source: 'wallet:WA_SANDBOX0001',
		dest: 'wallet:WA_SANDBOX0002',
		sourceCurrency: 'BTC',
		destCurrency: 'BTC',
		sourceAmount: 0.01,
		destAmount: 0.01,
		exchangeRate: null,
		totalFees: 0,
		customId: 'order-1',
		message: 'hi',
		owner: 'account:AC_SANDBOX0001',
	});
	expect(t.id).toMatch(/^TF_[A-Z0-9]{11}$/);
	expect(t.expiresAt - t.createdAt).toBe(10 * 60 * 1000);
	expect(t.statusHistories).toEqual([
		expect.objectContaining({ state: 'INITIATED', transferId: t.id }),
	]);
	expect((await wallet('WA_SANDBOX0001')).availableBalances.BTC).toBe('0.5');

	const confirmed = await signed(sb, 'POST', `/v3/transfers/${t.id}/confirm`, {
		contentType: null,
	});
	expect(confirmed.json.status).toBe('PENDING');
	expect((await wallet('WA_SANDBOX0001')).availableBalances.BTC).toBe('0.49');
	expect((await wallet('WA_SANDBOX0002')).availableBalances.BTC).toBe('0.1');

	const done = await ctl(sb, `/transfers/${t.id}/status`, { status: 'COMPLETED' });
	expect(done.json.transfer.status).toBe('COMPLETED');
	expect((await wallet('WA_SANDBOX0002')).availableBalances.BTC).toBe('0.11');
	const got = (await signed(sb, 'GET', `/v3/transfers/${t.id}`)).json;
	expect(got.status).toBe('COMPLETED');
	expect(got.completedAt).toEqual(expect.any(Number));
	expect(got.statusHistories.map((h) => h.state)).toEqual(['INITIATED', 'PENDING', 'COMPLETED']);

	const track = (await signed(sb, 'GET', `/v2/transfer/${t.id}/track`)).json;
	expect(track).toMatchObject({
		transferId: t.id,
		status: 'COMPLETED',
		customId: 'order-1',
		destSrn: 'wallet:WA_SANDBOX0002',
	});
	expect(track.successTimeline.map((e) => e.state)).toEqual(['INITIATED', 'PENDING', 'COMPLETED']);
	expect(track.failedTimeline).toEqual([]);
});

test('exchange with fees, amounts as strings with json_numberstring, exact digits as numbers', async () => {
	const t = (
		await create(
			w2w({ sourceCurrency: 'USD', sourceAmount: '100', destCurrency: 'BTC', autoConfirm: true }),
			'/v3/transfers?format=json_numberstring',
		)
	).json;
	expect(t).toMatchObject({
		status: 'PENDING',
		sourceAmount: '101',
		destAmount: '0.002',
		exchangeRate: '0.00002',
		totalFees: '1',
		fees: { USD: '1', BTC: '0' },
	});
	expect(t.expiresAt - t.createdAt).toBe(15 * 60 * 1000);
	expect((await wallet('WA_SANDBOX0001')).availableBalances.USD).toBe('2399');
	// destAmount with fees included: the fees come out of what arrives
	const d = (
		await create(
			w2w({
				sourceCurrency: 'USD',
				sourceAmount: undefined,
				destCurrency: 'BTC',
				destAmount: 0.002,
				amountIncludesFees: true,
			}),
		)
	).json;
	expect(d).toMatchObject({ sourceAmount: 100, destAmount: 0.00198, totalFees: 1 });
	const raw = (await signed(sb, 'GET', `/v3/transfers/${d.id}`)).text;
	expect(raw).toContain('"destAmount":0.00198,');
});

test('to an external address: network fee, blockchainTx on completion; refunds on failure', async () => {
	const t = (await create(w2w({ dest: `bitcoin:${BTC_ADDRESS}`, autoConfirm: true }))).json;
	expect(t).toMatchObject({
		sourceAmount: 0.0101,
		destAmount: 0.01,
		totalFees: 0.0001,
		blockchainTx: null,
	});
	const done = (await ctl(sb, `/transfers/${t.id}/status`, { status: 'COMPLETED' })).json.transfer;
	expect(done.blockchainTx).toEqual({
		networkTxId: expect.stringMatching(/^[0-9a-f]{64}$/),
		blockchain: 'bitcoin',
	});
	const f = (await create(w2w({ dest: `bitcoin:${BTC_ADDRESS}`, autoConfirm: true }))).json;
	expect((await wallet('WA_SANDBOX0001')).availableBalances.BTC).toBe('0.4798');
	const failed = (
		await ctl(sb, `/transfers/${f.id}/status`, { status: 'FAILED', reason: 'node down' })
	).json.transfer;
	expect(failed).toMatchObject({ status: 'FAILED', failureReason: 'node down' });
	expect((await wallet('WA_SANDBOX0001')).availableBalances.BTC).toBe('0.4899');
});

test('reversal takes the credit back and refunds the source', async () => {
	const t = (await create(w2w({ autoConfirm: true }))).json;
	await ctl(sb, `/transfers/${t.id}/status`, { status: 'COMPLETED' });
	const r = (
		await ctl(sb, `/transfers/${t.id}/status`, { status: 'REVERSED', reason: 'chargeback' })
	).json.transfer;
	expect(r).toMatchObject({ status: 'REVERSED', reversalReason: 'chargeback' });
	expect((await wallet('WA_SANDBOX0001')).availableBalances.BTC).toBe('0.5');
	expect((await wallet('WA_SANDBOX0002')).availableBalances.BTC).toBe('0.1');
	expect((await ctl(sb, `/transfers/${t.id}/status`, { status: 'COMPLETED' })).status).toBe(409);
});

test('expiry: an UNCONFIRMED transfer past expiresAt is EXPIRED and cannot be confirmed', async () => {
	const t = (await create(w2w())).json;
	await ctl(sb, '/clock', { advanceMinutes: 11 });
	expect((await signed(sb, 'GET', `/v3/transfers/${t.id}`)).json.status).toBe('EXPIRED');
	const res = await signed(sb, 'POST', `/v3/transfers/${t.id}/confirm`);
	expectWyreError(res, 400, 'TransferException');
	// a confirmed transfer confirmed again
	const u = (await create(w2w({ autoConfirm: true }))).json;
	expectWyreError(
		await signed(sb, 'POST', `/v3/transfers/${u.id}/confirm`, { body: '{}' }),
		400,
		'TransferException',
	);
	expect((await ctl(sb, `/transfers/${u.id}/status`, { status: 'EXPIRED' })).status).toBe(409);
});

test('customId is unique per account: SENDER_PROVIDED_ID_IN_USE', async () => {
	expect((await create(w2w({ customId: 'same' }))).status).toBe(200);
	const again = await create(w2w({ customId: 'same', sourceAmount: '0.02' }));
	expectWyreError(again, 400, 'ValidationException', {
		subType: 'SENDER_PROVIDED_ID_IN_USE',
		problematicField: 'customId',
	});
	// another account (masquerading) may use it
	const sub = await signed(sb, 'POST', '/v3/transfers?masqueradeAs=AC_SANDBOX0002', {
		body: {
			source: 'account:AC_SANDBOX0002',
			sourceCurrency: 'USD',
			sourceAmount: '1',
			dest: 'wallet:WA_SANDBOX0001',
			customId: 'same',
		},
	});
	expect(sub.status).toBe(200);
	expect(sub.json.owner).toBe('account:AC_SANDBOX0002');
});

test('insufficient funds: 400 InsufficientFundsException at creation and at confirmation', async () => {
	expectWyreError(await create(w2w({ sourceAmount: '5' })), 400, 'InsufficientFundsException');
	const t = (await create(w2w({ sourceAmount: '0.4' }))).json;
	await ctl(sb, '/balance', { wallet: 'WA_SANDBOX0001', currency: 'BTC', amount: '0.1' });
	expectWyreError(
		await signed(sb, 'POST', `/v3/transfers/${t.id}/confirm`),
		400,
		'InsufficientFundsException',
	);
	expect((await signed(sb, 'GET', `/v3/transfers/${t.id}`)).json.status).toBe('UNCONFIRMED');
});

test.each([
	[
		{ source: undefined },
		400,
		'FieldRequiredException',
		{ subType: 'FIELD_REQUIRED', problematicField: 'source' },
	],
	[{ source: 'nowhere' }, 400, 'ValidationException', { problematicField: 'source' }],
	[{ source: 'wallet:WA_NOPE' }, 400, 'ValidationException', { problematicField: 'source' }],
	[
		{ sourceCurrency: 'XYZ' },
		400,
		'ValidationException',
		{ subType: 'UNSUPPORTED_SOURCE_CURRENCY' },
	],
	[
		{ sourceAmount: undefined },
		400,
		'FieldRequiredException',
		{ problematicField: 'sourceAmount' },
	],
	[{ destAmount: '0.01' }, 400, 'ValidationException', { problematicField: 'destAmount' }],
	[
		{ sourceAmount: '0.000000001' },
		400,
		'ValidationException',
		{ problematicField: 'sourceAmount' },
	],
	[{ sourceAmount: '-1' }, 400, 'ValidationException', { problematicField: 'sourceAmount' }],
	[{ sourceAmount: '0' }, 400, 'ValidationException', { subType: 'TRANSACTION_AMOUNT_TOO_SMALL' }],
	[
		{ dest: 'wallet:WA_SANDBOX0001' },
		400,
		'ValidationException',
		{ subType: 'CANNOT_SEND_SELF_FUNDS' },
	],
	[{ dest: 'bitcoin:not-an-address' }, 400, 'ValidationException', { problematicField: 'dest' }],
	[
		{ dest: 'ethereum:0x00000000000000000000000000000000000000aa' },
		400,
		'ValidationException',
		{ problematicField: 'destCurrency' },
	],
	[
		{ dest: 'paymentmethod:PA_NOPE' },
		400,
		'ValidationException',
		{ subType: 'INVALID_PAYMENT_METHOD' },
	],
	[{ autoConfirm: 'yes' }, 400, 'ValidationException', { problematicField: 'autoConfirm' }],
	[{ notifyUrl: 'ftp://x' }, 400, 'ValidationException', { problematicField: 'notifyUrl' }],
])('refused: %j', async (override, status, type, extra) => {
	expectWyreError(await create(w2w(override)), status, type, extra);
	expect((await signed(sb, 'GET', '/v3/transfers')).json.recordsTotal).toBe(0);
});

test('bodies that are not JSON objects', async () => {
	expectWyreError(await create('not json'), 400, 'ValidationException');
	expectWyreError(await create('[1]'), 400, 'ValidationException');
});

test('list: newest first, offset / limit / from / to; get of another account is 404', async () => {
	const ids = [];
	for (let i = 0; i < 3; i++) {
		ids.push((await create(w2w({ sourceAmount: `0.00${i + 1}` }))).json.id);
		await ctl(sb, '/clock', { advanceMs: 1000 });
	}
	const all = (await signed(sb, 'GET', '/v3/transfers')).json;
	expect(all).toMatchObject({ position: 0, recordsTotal: 3, recordsFiltered: 3 });
	expect(all.data.map((t) => t.id)).toEqual([...ids].reverse());
	const page = (await signed(sb, 'GET', '/v3/transfers?offset=1&limit=1')).json;
	expect(page.data.map((t) => t.id)).toEqual([ids[1]]);
	const first = all.data[2].createdAt;
	const ranged = (await signed(sb, 'GET', `/v3/transfers?from=${first + 1}&to=${first + 1500}`))
		.json;
	expect(ranged).toMatchObject({ recordsTotal: 3, recordsFiltered: 1 });
	expectWyreError(await signed(sb, 'GET', '/v3/transfers?limit=0'), 400, 'ValidationException', {
		problematicField: 'limit',
	});
	expectWyreError(
		await signed(sb, 'GET', `/v3/transfers/${ids[0]}?masqueradeAs=AC_SANDBOX0002`),
		404,
		'NotFoundException',
	);
	expectWyreError(await signed(sb, 'GET', '/v3/transfers/TF_UNKNOWN'), 404, 'NotFoundException');
});
