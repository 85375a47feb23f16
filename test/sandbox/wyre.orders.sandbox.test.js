'use strict';
// The Wyre sandbox's wallet orders over real HTTP: reservations (W33, signed or bearer; single use,
// 1 h), the hosted checkout page, the order lifecycle RUNNING_CHECKS -> PROCESSING -> COMPLETE |
// FAILED with its webhooks (W40), the delivering transfer, order lookup without credentials (W37)
// and the debit-card limits (W38).
const {
	wyre,
	signed,
	bearer,
	ctl,
	receiver,
	expectWyreError,
	rawRequest,
} = require('./wyre.helpers');

let sb;
let rx;
beforeAll(async () => {
	sb = await wyre.start();
	rx = await receiver();
});
afterAll(async () => {
	await sb.close();
	await rx.close();
});
beforeEach(async () => {
	await ctl(sb, '/reset');
	rx.received.length = 0;
});

const ADDRESS = {
	street1: '1 Main St',
	city: 'Austin',
	state: 'TX',
	postalCode: '78701',
	country: 'US',
};
const reserve = (body, o = {}) =>
	(o.bearer ? bearer : signed)(sb, 'POST', '/v3/orders/reserve', { body });
const hook = () =>
	signed(sb, 'POST', '/v2/digitalwallet/webhook', {
		body: { owner: 'account:AC_SANDBOX0001', webhook: `${rx.url}/orders` },
	});

test('reserve -> hosted page -> Pay: order COMPLETE, wallet credited, webhooks, redirect', async () => {
	const reg = await hook();
	expect(reg.json).toEqual({ owner: 'account:AC_SANDBOX0001', webhook: `${rx.url}/orders` });
	const res = await reserve(
		{
			amount: '100',
			sourceCurrency: 'USD',
			destCurrency: 'BTC',
			dest: 'wallet:WA_SANDBOX0002',
			redirectUrl: 'https://shop.example/done',
			referenceId: 'cart-7',
			email: 'a@b.co',
			lockFields: ['amount', 'dest'],
		},
		{ bearer: true },
	);
	expect(res.status).toBe(200);
	const { url, reservation } = res.json;
	expect(reservation).toMatch(/^[A-Z0-9]{20}$/);
	expect(url).toBe(`${sb.url}/purchase?reservation=${reservation}`);
	const page = await rawRequest('GET', url);
	expect(page.status).toBe(200);
	expect(page.text).toContain(reservation);
	const paid = await rawRequest('POST', `${sb.url}/purchase`, {
		body: `reservation=${reservation}&action=pay&email=a%40b.co`,
		contentType: 'application/x-www-form-urlencoded',
	});
	expect(paid.status).toBe(303);
	const loc = new URL(paid.headers.location);
	expect(loc.origin + loc.pathname).toBe('https://shop.example/done');
	expect(loc.searchParams.get('referenceId')).toBe('cart-7');
	const orderId = loc.searchParams.get('orderId');
	const order = (await rawRequest('GET', `${sb.url}/v3/orders/${orderId}`)).json;
	expect(order).toMatchObject({
		id: orderId,
		status: 'COMPLETE',
		sourceAmount: 100,
		purchaseAmount: 0.00198,
		sourceCurrency: 'USD',
		destCurrency: 'BTC',
		dest: 'wallet:WA_SANDBOX0002',
		email: 'a@b.co',
		walletType: 'DEBIT_CARD',
		accountId: 'AC_SANDBOX0001',
	});
	expect(order.transferId).toBe(loc.searchParams.get('transferId'));
	const t = (await signed(sb, 'GET', `/v3/transfers/${order.transferId}`)).json;
	expect(t).toMatchObject({
		status: 'COMPLETED',
		source: 'service:Debit Card',
		destAmount: 0.00198,
	});
	expect((await signed(sb, 'GET', '/v2/wallet/WA_SANDBOX0002')).json.availableBalances.BTC).toBe(
		0.10198,
	);
	await sb.idle();
	const hooks = rx.received.filter((r) => r.path === '/orders').map((r) => r.json);
	expect(hooks.map((h) => h.orderStatus)).toEqual(['PROCESSING', 'COMPLETE']);
	expect(hooks[1]).toEqual({
		referenceId: 'cart-7',
		accountId: 'AC_SANDBOX0001',
		orderId,
		orderStatus: 'COMPLETE',
		transferId: order.transferId,
		failedReason: null,
		error: null,
		reservation,
		email: 'a@b.co',
	});
	// single use
	const again = await rawRequest('POST', `${sb.url}/purchase`, {
		body: `reservation=${reservation}&action=pay`,
		contentType: 'application/x-www-form-urlencoded',
	});
	expect(again.headers.location).toContain('already%20used');
	expect((await ctl(sb, '/orders', { reservation })).status).toBe(400);
});

test('control: order on a reservation without amount or dest; FAILED sends the webhook with an error', async () => {
	await hook();
	const { reservation } = (await reserve({})).json;
	expect((await ctl(sb, '/orders', { reservation })).status).toBe(400); // no dest
	const placed = await ctl(sb, '/orders', {
		reservation,
		amount: '50',
		dest: 'ethereum:0x00000000000000000000000000000000000000aa',
	});
	expect(placed.status).toBe(200);
	const order = placed.json.order;
	expect(order).toMatchObject({
		status: 'RUNNING_CHECKS',
		destCurrency: 'ETH',
		sourceAmount: 50,
		purchaseAmount: 0.0188,
	});
	expect(placed.json.deliveries).toEqual([]);
	expect((await ctl(sb, `/orders/${order.id}/status`, { status: 'COMPLETE' })).status).toBe(409);
	const failed = await ctl(sb, `/orders/${order.id}/status`, {
		status: 'FAILED',
		reason: 'Card declined',
	});
	expect(failed.json.order.status).toBe('FAILED');
	expect(JSON.parse(failed.json.deliveries[0].body)).toMatchObject({
		orderStatus: 'FAILED',
		failedReason: 'Card declined',
		error: { errorMessage: 'Card declined' },
	});
	expect((await ctl(sb, `/orders/${order.id}/status`, { status: 'SHIPPED' })).status).toBe(400);
	expect((await ctl(sb, '/orders/WO_NOPE/status', { status: 'FAILED' })).status).toBe(404);
});

test('Decline on the hosted page: order FAILED, browser to failureRedirectUrl; bad order input', async () => {
	const { reservation } = (
		await reserve({
			amount: '30',
			destCurrency: 'ETH',
			failureRedirectUrl: 'http://shop.example/sorry',
		})
	).json;
	expect((await ctl(sb, '/orders', { reservation, dest: 'nowhere' })).status).toBe(400);
	expect(
		(
			await ctl(sb, '/orders', {
				reservation,
				dest: `bitcoin:${'1DDfMQLTd8RhGzoyWyr1ENVdoeGaoq2MZH'}`,
			})
		).status,
	).toBe(400);
	expect((await ctl(sb, '/orders', { reservation, dest: 'wallet:WA_NOPE' })).status).toBe(400);
	const form = `reservation=${reservation}&action=decline&dest=wallet%3AWA_SANDBOX0001`;
	const res = await rawRequest('POST', `${sb.url}/purchase`, {
		body: form,
		contentType: 'application/x-www-form-urlencoded',
	});
	expect(res.status).toBe(303);
	const loc = new URL(res.headers.location);
	expect(loc.origin + loc.pathname).toBe('http://shop.example/sorry');
	const order = (await rawRequest('GET', `${sb.url}/v3/orders/${loc.searchParams.get('orderId')}`))
		.json;
	expect(order).toMatchObject({
		status: 'FAILED',
		transferId: null,
		destCurrency: 'ETH',
		errorMessage: expect.any(String),
	});
	expect((await rawRequest('GET', `${sb.url}/purchase?reservation=NOPE`)).status).toBe(404);
	const state = (await ctl(sb, '/state', undefined, 'GET')).json;
	expect(state.orders).toEqual([
		expect.objectContaining({ id: order.id, status: 'FAILED', sourceAmount: 30 }),
	]);
	expect(state.reservations).toEqual([
		expect.objectContaining({ id: reservation, orderId: order.id, sourceAmount: 30 }),
	]);
});

test('a reservation holds one hour', async () => {
	const { reservation } = (await reserve({ amount: 20, dest: 'wallet:WA_SANDBOX0001' })).json;
	await ctl(sb, '/clock', { advanceMinutes: 61 });
	const res = await ctl(sb, '/orders', { reservation });
	expect(res.status).toBe(400);
	expect(res.json.message).toContain('expired');
});

test.each([
	[{ sourceCurrency: 'BTC' }, 'ValidationException', { subType: 'UNSUPPORTED_SOURCE_CURRENCY' }],
	[{ destCurrency: 'USD' }, 'ValidationException', { problematicField: 'destCurrency' }],
	[{ sourceAmount: '10' }, 'FieldRequiredException', { problematicField: 'amountIncludeFees' }],
	[{ amount: '10', destAmount: '0.1' }, 'ValidationException', {}],
	[{ phone: '555-0100' }, 'ValidationException', { problematicField: 'phone' }],
	[{ email: 'nope' }, 'ValidationException', { problematicField: 'email' }],
	[{ country: 'us' }, 'ValidationException', { problematicField: 'country' }],
	[{ dest: 'bitcoin:xyz' }, 'ValidationException', { problematicField: 'dest' }],
	[
		{ dest: 'ethereum:0x00000000000000000000000000000000000000aa', destCurrency: 'BTC' },
		'ValidationException',
		{ problematicField: 'destCurrency' },
	],
	[{ lockFields: ['colour'] }, 'ValidationException', { problematicField: 'lockFields' }],
	[{ lockFields: ['amount'] }, 'FieldRequiredException', { problematicField: 'amount' }],
	[{ paymentMethod: 'cash' }, 'ValidationException', { problematicField: 'paymentMethod' }],
	[{ redirectUrl: 'nope' }, 'ValidationException', { problematicField: 'redirectUrl' }],
	[
		{ referrerAccountId: 'AC_OTHER' },
		'ValidationException',
		{ problematicField: 'referrerAccountId' },
	],
])('reserve refuses %j', async (body, type, extra) => {
	expectWyreError(await reserve(body), 400, type, extra);
});

test('W37 without credentials; unknown order 404; W38 limits count the orders; W40 checks', async () => {
	expectWyreError(await rawRequest('GET', `${sb.url}/v3/orders/WO_NOPE`), 404, 'NotFoundException');
	const { reservation } = (
		await reserve({ amount: '100', dest: 'wallet:WA_SANDBOX0001', ...ADDRESS })
	).json;
	const order = (await ctl(sb, '/orders', { reservation })).json.order;
	expect((await signed(sb, 'GET', `/v3/orders/${order.id}`)).json.id).toBe(order.id);
	const limits = (
		await signed(sb, 'POST', '/v3/widget/limits/calculate', {
			body: { walletType: 'DEBIT_CARD', address: ADDRESS },
		})
	).json;
	expect(limits).toEqual({
		daily: 1000,
		dailyRemaining: 900,
		weekly: 2500,
		weeklyRemaining: 2400,
		yearly: 10000,
		yearlyRemaining: 9900,
	});
	const other = (
		await signed(sb, 'POST', '/v3/widget/limits/calculate', {
			body: { walletType: 'APPLE_PAY', address: { ...ADDRESS, street1: '2 Elm St' } },
		})
	).json;
	expect(other.dailyRemaining).toBe(1000);
	expectWyreError(
		await signed(sb, 'POST', '/v3/widget/limits/calculate', {
			body: { walletType: 'CASH', address: ADDRESS },
		}),
		400,
		'ValidationException',
	);
	expectWyreError(
		await signed(sb, 'POST', '/v3/widget/limits/calculate', { body: { walletType: 'DEBIT_CARD' } }),
		400,
		'FieldRequiredException',
	);
	expectWyreError(
		await signed(sb, 'POST', '/v2/digitalwallet/webhook', {
			body: { owner: 'AC_SANDBOX0001', webhook: rx.url },
		}),
		400,
		'ValidationException',
	);
	expectWyreError(
		await signed(sb, 'POST', '/v2/digitalwallet/webhook', {
			body: { owner: 'account:AC_SANDBOX0001' },
		}),
		400,
		'FieldRequiredException',
	);
	expectWyreError(
		await rawRequest('POST', `${sb.url}/v3/orders/reserve`, { body: '{}' }),
		401,
		'AccessDeniedException',
	);
});
