'use strict';
// The Wyre sandbox's wallets (W23-W29) and payment methods (W9-W13) over real HTTP: seed state,
// creation (single and batch), unique names, lookup by id and name, update, delete only when
// empty, paging, formats, and the error bodies.
const { wyre, signed, bearer, ctl, expectWyreError } = require('./wyre.helpers');

let sb;
beforeAll(async () => {
	sb = await wyre.start();
});
afterAll(() => sb.close());
beforeEach(() => ctl(sb, '/reset'));

const post = (path, body) => signed(sb, 'POST', path, { body });

test('the seed wallets answer out of the box, with balances and deposit addresses', async () => {
	const w = (await signed(sb, 'GET', '/v2/wallet/WA_SANDBOX0001')).json;
	expect(w).toMatchObject({
		id: 'WA_SANDBOX0001',
		name: 'sandbox-main',
		type: 'DEFAULT',
		owner: 'account:AC_SANDBOX0001',
		srn: 'wallet:WA_SANDBOX0001',
		callbackUrl: null,
		totalBalances: { BTC: 0.5, ETH: 4, USD: 2500 },
		availableBalances: { BTC: 0.5, ETH: 4, USD: 2500 },
		balances: { BTC: 0.5, ETH: 4, USD: 2500 },
		verificationData: null,
	});
	expect(w.depositAddresses.BTC).toMatch(/^bc1q[02-9ac-hj-np-z]+$/);
	expect(w.depositAddresses.ETH).toMatch(/^0x[0-9a-f]{40}$/);
	expect(typeof w.pusherChannel).toBe('string');
	const list = (await signed(sb, 'GET', '/v2/wallets')).json;
	expect(list).toMatchObject({ position: 0, recordsTotal: 2, recordsFiltered: 2 });
	expect((await signed(sb, 'GET', '/v2/wallet?name=sandbox-savings')).json.id).toBe(
		'WA_SANDBOX0002',
	);
	const strings = (await signed(sb, 'GET', '/v2/wallet/WA_SANDBOX0002?format=json_numberstring'))
		.json;
	expect(strings.availableBalances).toEqual({ BTC: '0.1', ETH: '1', USD: '100' });
	const pretty = await signed(sb, 'GET', '/v2/wallet/WA_SANDBOX0002?pretty');
	expect(pretty.text).toContain('\n  "owner": "account:AC_SANDBOX0001"');
	expect(JSON.parse(pretty.text).id).toBe('WA_SANDBOX0002');
	expectWyreError(await signed(sb, 'GET', '/v2/wallets?format=xml'), 400, 'ValidationException', {
		problematicField: 'format',
	});
});

test('create: name required and unique per account; type and callbackUrl checked', async () => {
	const res = await post('/v2/wallets', {
		name: 'user-42',
		callbackUrl: 'https://example.com/cb',
		notes: 'vip',
		type: 'ENTERPRISE',
	});
	expect(res.status).toBe(200);
	expect(res.json).toMatchObject({
		name: 'user-42',
		type: 'ENTERPRISE',
		callbackUrl: 'https://example.com/cb',
		notes: 'vip',
		totalBalances: {},
	});
	expect(res.json.id).toMatch(/^WA_[A-Z0-9]{11}$/);
	expect((await post('/v2/wallets', { name: 'plain' })).json.type).toBe('DEFAULT');
	expectWyreError(await post('/v2/wallets', { name: 'user-42' }), 400, 'ValidationException', {
		problematicField: 'name',
	});
	expectWyreError(await post('/v2/wallets', {}), 400, 'FieldRequiredException', {
		subType: 'FIELD_REQUIRED',
		problematicField: 'name',
	});
	expectWyreError(
		await post('/v2/wallets', { name: 'x', type: 'GOLD' }),
		400,
		'ValidationException',
		{ problematicField: 'type' },
	);
	expectWyreError(
		await post('/v2/wallets', { name: 'x', callbackUrl: 'not a url' }),
		400,
		'ValidationException',
		{ problematicField: 'callbackUrl' },
	);
	expectWyreError(await post('/v2/wallets', { name: 12 }), 400, 'ValidationException', {
		problematicField: 'name',
	});
	// the same name in a sub-account is another wallet
	const sub = await signed(sb, 'POST', '/v2/wallets?masqueradeAs=AC_SANDBOX0002', {
		body: { name: 'user-42' },
	});
	expect(sub.json.owner).toBe('account:AC_SANDBOX0002');
	// bearer works as well
	expect((await bearer(sb, 'POST', '/v2/wallets', { body: { name: 'by-bearer' } })).status).toBe(
		200,
	);
});

test('batch: every wallet checked before any is created', async () => {
	const ok = await post('/v2/wallets/batch', {
		wallets: [{ name: 'b1' }, { name: 'b2', type: 'SAVINGS' }],
	});
	expect(ok.status).toBe(200);
	expect(ok.json.map((w) => [w.name, w.type])).toEqual([
		['b1', 'DEFAULT'],
		['b2', 'SAVINGS'],
	]);
	const dup = await post('/v2/wallets/batch', { wallets: [{ name: 'b3' }, { name: 'b3' }] });
	expectWyreError(dup, 400, 'ValidationException', { problematicField: 'wallets[1].name' });
	const bad = await post('/v2/wallets/batch', {
		wallets: [{ name: 'b4' }, { name: 'b5', callbackUrl: 'x' }],
	});
	expectWyreError(bad, 400, 'ValidationException', { problematicField: 'wallets[1].callbackUrl' });
	expect((await signed(sb, 'GET', '/v2/wallet?name=b4')).status).toBe(404);
	expectWyreError(await post('/v2/wallets/batch', { wallets: [] }), 400, 'ValidationException');
	expectWyreError(await post('/v2/wallets/batch', {}), 400, 'ValidationException');
});

test('update, delete only when empty, paging', async () => {
	const w = (await post('/v2/wallets', { name: 'temp', notes: 'a' })).json;
	const up = await post(`/v2/wallet/${w.id}/update`, {
		name: 'temp-2',
		callbackUrl: 'http://127.0.0.1:9/cb',
	});
	expect(up.json).toMatchObject({
		name: 'temp-2',
		callbackUrl: 'http://127.0.0.1:9/cb',
		notes: 'a',
	});
	expect(
		(await post(`/v2/wallet/${w.id}/update`, { callbackUrl: null })).json.callbackUrl,
	).toBeNull();
	expectWyreError(await post(`/v2/wallet/${w.id}/update`, {}), 400, 'FieldRequiredException');
	expectWyreError(
		await post(`/v2/wallet/${w.id}/update`, { name: 'sandbox-main' }),
		400,
		'ValidationException',
		{ problematicField: 'name' },
	);
	expectWyreError(await post('/v2/wallet/WA_NOPE/update', { name: 'z' }), 404, 'NotFoundException');
	expectWyreError(
		await signed(sb, 'DELETE', '/v2/wallet/WA_SANDBOX0002'),
		400,
		'ValidationException',
	);
	const del = await signed(sb, 'DELETE', `/v2/wallet/${w.id}`);
	expect(del.status).toBe(204);
	expect(del.text).toBe('');
	expectWyreError(await signed(sb, 'GET', `/v2/wallet/${w.id}`), 404, 'NotFoundException');
	for (let i = 0; i < 4; i++) await post('/v2/wallets', { name: `p${i}` });
	const page = (await signed(sb, 'GET', '/v2/wallets?limit=2&offset=1')).json;
	expect(page).toMatchObject({ position: 1, recordsTotal: 6, recordsFiltered: 6 });
	expect(page.data.map((x) => x.name)).toEqual(['p2', 'p1']);
	expectWyreError(await signed(sb, 'GET', '/v2/wallet'), 400, 'FieldRequiredException', {
		problematicField: 'name',
	});
	expectWyreError(await signed(sb, 'GET', '/v2/wallet?name=none'), 404, 'NotFoundException');
});

test('payment methods: seed, ACH, wire (PENDING until activated), attach blockchain, delete', async () => {
	const seed = (await signed(sb, 'GET', '/v2/paymentMethod/PA_SANDBOX0001')).json;
	expect(seed).toMatchObject({
		id: 'PA_SANDBOX0001',
		status: 'ACTIVE',
		linkType: 'LOCAL_TRANSFER',
		defaultCurrency: 'USD',
		last4Digits: '6789',
		srn: 'paymentmethod:PA_SANDBOX0001',
	});
	const ach = await post('/v2/paymentMethods', {
		publicToken: 'public-sandbox-abc|acct-1',
		paymentMethodType: 'LOCAL_TRANSFER',
		country: 'US',
	});
	expect(ach.json).toMatchObject({
		status: 'ACTIVE',
		linkType: 'LOCAL_TRANSFER',
		owner: 'account:AC_SANDBOX0001',
	});
	expect(ach.json.id).toMatch(/^PA_/);
	expectWyreError(
		await post('/v2/paymentMethods', {
			publicToken: 'no-bar',
			paymentMethodType: 'LOCAL_TRANSFER',
		}),
		400,
		'ValidationException',
		{ problematicField: 'publicToken' },
	);
	const wireBody = {
		paymentMethodType: 'INTERNATIONAL_TRANSFER',
		country: 'US',
		currency: 'USD',
		beneficiaryType: 'INDIVIDUAL',
		firstNameOnAccount: 'Ann',
		lastNameOnAccount: 'Lee',
		accountNumber: '0001234567',
		routingNumber: '011000015',
		accountType: 'CHECKING',
		chargeablePM: 'true',
	};
	const wire = (await post('/v2/paymentMethods', wireBody)).json;
	expect(wire).toMatchObject({
		status: 'PENDING',
		linkType: 'INTERNATIONAL_TRANSFER',
		last4Digits: '4567',
		nameOnMethod: 'Ann Lee',
	});
	expectWyreError(
		await post('/v2/paymentMethods', { ...wireBody, routingNumber: undefined }),
		400,
		'FieldRequiredException',
		{ problematicField: 'routingNumber' },
	);
	expectWyreError(
		await post('/v2/paymentMethods', { paymentMethodType: 'CARD' }),
		400,
		'ValidationException',
		{ problematicField: 'paymentMethodType' },
	);
	// a PENDING method cannot fund a transfer until activated
	const use = () =>
		post('/v3/transfers', {
			source: `paymentmethod:${wire.id}`,
			sourceCurrency: 'USD',
			sourceAmount: '5',
			dest: 'wallet:WA_SANDBOX0001',
		});
	expectWyreError(await use(), 400, 'ValidationException', { subType: 'PAYMENT_METHOD_INACTIVE' });
	await ctl(sb, `/payment-methods/${wire.id}/status`, { status: 'ACTIVE' });
	expect((await use()).status).toBe(200);
	const attached = (await post(`/v2/paymentMethod/${ach.json.id}/attach`, { blockchain: 'ALL' }))
		.json;
	expect(Object.keys(attached.blockchains)).toEqual(['BTC', 'ETH']);
	expectWyreError(
		await post(`/v2/paymentMethod/${ach.json.id}/attach`, { blockchain: 'DOGE' }),
		400,
		'ValidationException',
	);
	const list = (await signed(sb, 'GET', '/v2/paymentMethods')).json;
	expect(list.recordsTotal).toBe(3);
	expect((await signed(sb, 'DELETE', `/v2/paymentMethod/${ach.json.id}`)).status).toBe(204);
	expectWyreError(
		await signed(sb, 'GET', `/v2/paymentMethod/${ach.json.id}`),
		404,
		'NotFoundException',
	);
	expectWyreError(
		await signed(sb, 'GET', '/v2/paymentMethod/PA_SANDBOX0001?masqueradeAs=AC_SANDBOX0002'),
		404,
		'NotFoundException',
	);
});

const walletJson = async (id) =>
	(await signed(sb, 'GET', `/v2/wallet/${id}?format=json_numberstring`)).json;

test('payment method source (ACH pull) and destination (bank withdrawal)', async () => {
	const pull = (
		await post('/v3/transfers', {
			source: 'paymentmethod:PA_SANDBOX0001',
			sourceCurrency: 'USD',
			sourceAmount: '50',
			dest: 'wallet:WA_SANDBOX0001',
			autoConfirm: true,
		})
	).json;
	await ctl(sb, `/transfers/${pull.id}/status`, { status: 'COMPLETED' });
	expect((await walletJson('WA_SANDBOX0001')).availableBalances.USD).toBe('2550');
	const out = await post('/v3/transfers', {
		source: 'wallet:WA_SANDBOX0001',
		sourceCurrency: 'USD',
		sourceAmount: '10',
		dest: 'paymentMethod:PA_SANDBOX0001',
	});
	expect(out.json.dest).toBe('paymentmethod:PA_SANDBOX0001');
	expectWyreError(
		await post('/v3/transfers', {
			source: 'paymentmethod:PA_SANDBOX0001',
			sourceCurrency: 'EUR',
			sourceAmount: '5',
			dest: 'wallet:WA_SANDBOX0001',
		}),
		400,
		'ValidationException',
		{ subType: 'PAYMENT_METHOD_UNSUPPORTED_CHARGE_CURRENCY' },
	);
});
