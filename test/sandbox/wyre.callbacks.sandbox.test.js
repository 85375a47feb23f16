'use strict';
// The Wyre sandbox's outgoing deliveries over real HTTP: wallet callbacks signed
// X-Api-Signature = hex HMAC-SHA256(secret, raw body) (verified here), the deposit's PENDING then
// CONFIRMED callbacks, callbacks of outgoing transfers, the callback secret setting, forged
// deliveries, transfer notifyUrl and data subscriptions ({subscriptionId, trigger}) with failCount.
const { wyre, SECRET, hmac, signed, ctl, receiver, expectWyreError } = require('./wyre.helpers');

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
	rx.status(200);
});

const setCallback = (id, path = '/cb') =>
	signed(sb, 'POST', `/v2/wallet/${id}/update`, { body: { callbackUrl: `${rx.url}${path}` } });
const verified = (r, secret = SECRET) => r.headers['x-api-signature'] === hmac(secret, r.raw);

test('a deposit posts two signed wallet callbacks: PENDING, then CONFIRMED', async () => {
	expect((await setCallback('WA_SANDBOX0001')).json.callbackUrl).toBe(`${rx.url}/cb`);
	const res = await ctl(sb, '/deposit', {
		wallet: 'WA_SANDBOX0001',
		currency: 'BTC',
		amount: '0.01653538',
	});
	expect(res.status).toBe(200);
	expect(res.json.deliveries).toHaveLength(2);
	expect(rx.received).toHaveLength(2);
	const [seen, confirmed] = rx.received;
	expect(verified(seen)).toBe(true);
	expect(verified(confirmed)).toBe(true);
	expect(seen.json).toMatchObject({
		status: 'PENDING',
		amount: 0.01653538,
		currency: 'BTC',
		dest: 'wallet:WA_SANDBOX0001',
		confirmedAt: null,
	});
	expect(seen.raw.toString()).toContain('"amount":0.01653538,');
	expect(confirmed.json).toMatchObject({
		id: seen.json.id,
		status: 'CONFIRMED',
		confirmedAt: expect.any(Number),
	});
	expect(confirmed.json.id).toMatch(/^TR_/);
	expect(confirmed.json.source).toMatch(/^bitcoin:/);
	expect(confirmed.json.metadata).toEqual({
		transferId: res.json.transfer.id,
		BTCNetworkTxId: expect.stringMatching(/^[0-9a-f]{64}$/),
	});
	for (const k of [
		'createdAt',
		'cancelledAt',
		'reversedAt',
		'message',
		'allowOverdraft',
		'authorizer',
		'senderProvidedId',
		'reversedBy',
		'fees',
		'feesDest',
		'tags',
		'sourceFees',
		'destFees',
	])
		expect(confirmed.json).toHaveProperty(k);
	const w = (await signed(sb, 'GET', '/v2/wallet/WA_SANDBOX0001')).json;
	expect(w.availableBalances.BTC).toBe(0.51653538);
});

test('an unconfirmed deposit: total up, available not; completion confirms it, failure cancels it', async () => {
	await setCallback('WA_SANDBOX0002');
	const dep = (
		await ctl(sb, '/deposit', {
			wallet: 'sandbox-savings',
			currency: 'ETH',
			amount: '1.5',
			confirm: false,
		})
	).json;
	expect(dep.transfer.status).toBe('PENDING');
	let w = (await signed(sb, 'GET', '/v2/wallet/WA_SANDBOX0002')).json;
	expect(w.totalBalances.ETH).toBe(2.5);
	expect(w.availableBalances.ETH).toBe(1);
	expect(rx.received.map((r) => r.json.status)).toEqual(['PENDING']);
	expect(rx.received[0].json.metadata.ETHNetworkTxId).toMatch(/^0x[0-9a-f]{64}$/);
	await ctl(sb, `/transfers/${dep.transfer.id}/status`, { status: 'COMPLETED' });
	w = (await signed(sb, 'GET', '/v2/wallet/WA_SANDBOX0002')).json;
	expect(w.availableBalances.ETH).toBe(2.5);
	const second = (
		await ctl(sb, '/deposit', {
			wallet: 'WA_SANDBOX0002',
			currency: 'ETH',
			amount: '1',
			confirm: false,
		})
	).json;
	await ctl(sb, `/transfers/${second.transfer.id}/status`, { status: 'FAILED' });
	expect(rx.received.map((r) => r.json.status)).toEqual([
		'PENDING',
		'CONFIRMED',
		'PENDING',
		'CANCELLED',
	]);
	expect(rx.received.every((r) => verified(r))).toBe(true);
	w = (await signed(sb, 'GET', '/v2/wallet/WA_SANDBOX0002')).json;
	expect(w.totalBalances.ETH).toBe(2.5);
});

test('outgoing and incoming transfers post callbacks to both wallets', async () => {
	await setCallback('WA_SANDBOX0001', '/one');
	await setCallback('WA_SANDBOX0002', '/two');
	const t = (
		await signed(sb, 'POST', '/v3/transfers', {
			body: {
				source: 'wallet:WA_SANDBOX0001',
				sourceCurrency: 'BTC',
				sourceAmount: '0.02',
				dest: 'wallet:WA_SANDBOX0002',
				autoConfirm: true,
				customId: 'c-1',
			},
		})
	).json;
	await sb.idle();
	expect(rx.received.map((r) => r.path)).toEqual(['/one']);
	expect(rx.received[0].json).toMatchObject({
		source: 'wallet:WA_SANDBOX0001',
		amount: 0.02,
		senderProvidedId: 'c-1',
		metadata: { transferId: t.id },
	});
	await ctl(sb, `/transfers/${t.id}/status`, { status: 'COMPLETED' });
	expect(rx.received.map((r) => r.path)).toEqual(['/one', '/two']);
	expect(rx.received[1].json).toMatchObject({
		dest: 'wallet:WA_SANDBOX0002',
		amount: 0.02,
		status: 'CONFIRMED',
	});
	expect(rx.received.every((r) => verified(r))).toBe(true);
});

test('callbackSecret setting; forged deliveries (other secret, tamper, no signature, override)', async () => {
	await setCallback('WA_SANDBOX0001');
	await ctl(sb, '/settings', { callbackSecret: 'whsec_other' });
	await ctl(sb, '/deposit', { wallet: 'WA_SANDBOX0001', currency: 'BTC', amount: '0.001' });
	expect(verified(rx.received[0], 'whsec_other')).toBe(true);
	expect(verified(rx.received[0])).toBe(false);
	await ctl(sb, '/settings', { callbackSecret: null });
	rx.received.length = 0;
	await ctl(sb, '/callbacks/send', { wallet: 'WA_SANDBOX0001' });
	await ctl(sb, '/callbacks/send', { wallet: 'WA_SANDBOX0001', secret: 'wrong' });
	await ctl(sb, '/callbacks/send', { wallet: 'WA_SANDBOX0001', tamper: { amount: '100' } });
	await ctl(sb, '/callbacks/send', { wallet: 'WA_SANDBOX0001', omitSignature: true });
	await ctl(sb, '/callbacks/send', { wallet: 'WA_SANDBOX0001', override: { amount: 7 } });
	await ctl(sb, '/callbacks/send', {
		url: `${rx.url}/raw`,
		body: '{"a": 1}',
		headerName: 'X-API-Signature',
	});
	const [good, wrongKey, tampered, unsigned, overridden, raw] = rx.received;
	expect(verified(good)).toBe(true);
	expect(verified(wrongKey)).toBe(false);
	expect(verified(wrongKey, 'wrong')).toBe(true);
	expect(verified(tampered)).toBe(false);
	expect(tampered.json.amount).toBe('100');
	expect(unsigned.headers['x-api-signature']).toBeUndefined();
	expect(verified(overridden)).toBe(true);
	expect(overridden.json.amount).toBe(7);
	expect(raw.raw.toString()).toBe('{"a": 1}');
	expect(verified(raw)).toBe(true);
	expect((await ctl(sb, '/callbacks/send', {})).status).toBe(400);
});

test('transfer notifyUrl: {subscriptionId, trigger} on every status change, unsigned', async () => {
	const t = (
		await signed(sb, 'POST', '/v3/transfers', {
			body: {
				source: 'wallet:WA_SANDBOX0001',
				sourceCurrency: 'BTC',
				sourceAmount: '0.01',
				dest: 'wallet:WA_SANDBOX0002',
				notifyUrl: `${rx.url}/notify`,
			},
		})
	).json;
	await signed(sb, 'POST', `/v3/transfers/${t.id}/confirm`);
	await ctl(sb, `/transfers/${t.id}/status`, { status: 'COMPLETED' });
	await sb.idle();
	const notes = rx.received.filter((r) => r.path === '/notify');
	expect(notes).toHaveLength(2);
	expect(notes[0].json).toEqual({
		subscriptionId: expect.stringMatching(/^DA_/),
		trigger: `transfer:${t.id}`,
	});
	expect(notes[0].headers['x-api-signature']).toBeUndefined();
	await ctl(sb, '/settings', { signNotifications: true });
	await ctl(sb, `/transfers/${t.id}/status`, { status: 'REVERSED' });
	const last = rx.received.filter((r) => r.path === '/notify').pop();
	expect(verified(last)).toBe(true);
});

test('subscriptions: create / list / delete; they fire for their SRN; failCount counts refusals', async () => {
	const sub = await signed(sb, 'POST', '/v3/subscriptions', {
		body: { subscribeTo: 'wallet:WA_SANDBOX0002', notifyTarget: `${rx.url}/sub` },
	});
	expect(sub.status).toBe(200);
	expect(sub.json).toMatchObject({
		id: expect.stringMatching(/^DA_/),
		subscribed: 'wallet:WA_SANDBOX0002',
		notifyTarget: `${rx.url}/sub`,
		failure: null,
		failCount: 0,
		createdAt: expect.any(Number),
	});
	const accSub = (
		await signed(sb, 'POST', '/v3/subscriptions', {
			body: { subscribeTo: 'account:AC_SANDBOX0001', notifyTarget: `${rx.url}/acc` },
		})
	).json;
	const dep = (
		await ctl(sb, '/deposit', { wallet: 'WA_SANDBOX0002', currency: 'BTC', amount: '0.5' })
	).json;
	const trigger = `transfer:${dep.transfer.id}`;
	expect(rx.received.filter((r) => r.path === '/sub').map((r) => r.json)).toEqual([
		{ subscriptionId: sub.json.id, trigger },
		{ subscriptionId: sub.json.id, trigger },
	]);
	expect(rx.received.filter((r) => r.path === '/acc')).toHaveLength(2);
	// account profile changes
	rx.received.length = 0;
	await ctl(sb, '/accounts/AC_SANDBOX0001/status', { status: 'PENDING' });
	expect(rx.received.map((r) => r.json)).toEqual([
		{ subscriptionId: accSub.id, trigger: 'account:AC_SANDBOX0001' },
	]);
	// the receiver refuses: failCount / failure
	rx.status(500);
	await ctl(sb, `/subscriptions/${sub.json.id}/fire`, {});
	const list = (await signed(sb, 'GET', '/v3/subscriptions')).json;
	expect(list).toMatchObject({ recordsTotal: 2 });
	expect(list.data.find((s) => s.id === sub.json.id)).toMatchObject({
		failCount: 1,
		failure: 'HTTP 500',
	});
	expect((await signed(sb, 'DELETE', `/v3/subscriptions/${sub.json.id}`)).status).toBe(204);
	expectWyreError(
		await signed(sb, 'DELETE', `/v3/subscriptions/${sub.json.id}`),
		404,
		'NotFoundException',
	);
	expectWyreError(
		await signed(sb, 'POST', '/v3/subscriptions', {
			body: { subscribeTo: 'wallet:WA_NOPE', notifyTarget: rx.url },
		}),
		400,
		'ValidationException',
		{ problematicField: 'subscribeTo' },
	);
	expectWyreError(
		await signed(sb, 'POST', '/v3/subscriptions', {
			body: { subscribeTo: 'wallet:WA_SANDBOX0001' },
		}),
		400,
		'FieldRequiredException',
		{ problematicField: 'notifyTarget' },
	);
	expectWyreError(
		await signed(sb, 'POST', '/v3/subscriptions?masqueradeAs=AC_SANDBOX0002', {
			body: { subscribeTo: 'wallet:WA_SANDBOX0001', notifyTarget: rx.url },
		}),
		400,
		'ValidationException',
	);
});
