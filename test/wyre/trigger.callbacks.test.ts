/**
 * Wyre Trigger, wallet callbacks: deliveries the sandbox really sent (a deposit into the watched
 * wallet: PENDING when seen, then CONFIRMED), checked byte for byte: X-Api-Signature = hex
 * HMAC-SHA256(webhook secret, raw body), any header case, constant-time; unsigned, wrongly signed,
 * re-serialized or otherwise changed bodies get 401 and start nothing. Each transaction status is
 * emitted once; filters; interest payouts resolve their transfer.
 */
import { createHmac } from 'node:crypto';
import { forgetEmittedInMemory } from '../../nodes/Wyre/trigger/dedupe';
import type { Delivery, WyreSandbox } from './trigger.setup';
import {
	credentialsOf,
	expectAccepted,
	expectNoExecution,
	json,
	OTHER_WALLET,
	sentTo,
	startSandbox,
	Trigger,
	WALLET,
	webhookUrlOf,
} from './trigger.setup';

let sb: WyreSandbox;
let t: Trigger;
let pending: Delivery;
let confirmed: Delivery;

beforeAll(async () => {
	sb = await startSandbox();
});
afterAll(async () => sb.close());

beforeEach(async () => {
	sb.reset();
	t = new Trigger(sb, {});
	await t.activate();
	const { deliveries } = await sb.deposit({
		wallet: WALLET,
		currency: 'BTC',
		amount: '0.01653538',
	});
	[pending, confirmed] = sentTo(deliveries, webhookUrlOf(t));
});

const sign = (body: string | Buffer, secret = sb.credentials.secretKey) =>
	createHmac('sha256', secret).update(body).digest('hex');

test('the sandbox sent two signed callbacks for the deposit: PENDING, then CONFIRMED', () => {
	expect([json(pending).status, json(confirmed).status]).toEqual(['PENDING', 'CONFIRMED']);
	expect(json(pending).id).toBe(json(confirmed).id);
	expect(confirmed.headers['X-Api-Signature']).toBe(sign(confirmed.body));
});

test('a valid callback starts one execution with the transaction, the amount as exact text', async () => {
	const item = expectAccepted(await t.replay(confirmed));
	expect(item).toEqual(
		expect.objectContaining({
			id: json(confirmed).id,
			status: 'CONFIRMED',
			dest: `wallet:${WALLET}`,
			currency: 'BTC',
			amount: '0.01653538',
		}),
	);
	// a signed wallet callback is trusted as it is: no API call
	expect(sb.requests.filter((r) => r.path.startsWith('/v3/transfers'))).toEqual([]);
});

test('the PENDING callback is acknowledged without an execution (default statuses: CONFIRMED)', async () => {
	expectNoExecution(await t.replay(pending), 200);
});

describe('at typeVersion 1.1 (the default for new nodes)', () => {
	beforeEach(() => {
		t.typeVersion = 1.1;
	});

	test('the valid callback starts one execution; a changed one is refused', async () => {
		const forged = confirmed.body.replace('0.01653538', '1.01653538');
		expectNoExecution(await t.replay(confirmed, { rawBody: forged }), 401);
		expect(expectAccepted(await t.replay(confirmed)).id).toBe(json(confirmed).id);
	});

	test('a content type n8n leaves unread at 1.1 is still read and verified over the raw bytes', async () => {
		const headers: Record<string, string> = {
			...confirmed.headers,
			'Content-Type': 'application/octet-stream',
		};
		for (const k of Object.keys(headers))
			if (k !== 'Content-Type' && k.toLowerCase() === 'content-type') delete headers[k];
		expect(expectAccepted(await t.replay(confirmed, { headers })).status).toBe('CONFIRMED');
	});
});

describe('signature vectors: refused with 401, no execution', () => {
	const cases: Array<
		[string, () => { rawBody: string | Buffer; headers: Record<string, string> }]
	> = [
		[
			'signed with another secret',
			() => ({
				rawBody: confirmed.body,
				headers: { 'x-api-signature': sign(confirmed.body, 'not-the-secret') },
			}),
		],
		[
			'the body re-serialized (pretty JSON), original signature',
			() => ({
				rawBody: JSON.stringify(JSON.parse(confirmed.body), null, 2),
				headers: { 'x-api-signature': sign(confirmed.body) },
			}),
		],
		[
			'one space added, original signature',
			() => ({
				rawBody: confirmed.body.replace('{', '{ '),
				headers: { 'x-api-signature': sign(confirmed.body) },
			}),
		],
		[
			'the amount changed, original signature',
			() => ({
				rawBody: confirmed.body.replace('0.01653538', '1.01653538'),
				headers: { 'x-api-signature': sign(confirmed.body) },
			}),
		],
		['no signature header', () => ({ rawBody: confirmed.body, headers: {} })],
		[
			'an empty signature header',
			() => ({ rawBody: confirmed.body, headers: { 'x-api-signature': '' } }),
		],
		[
			'a truncated signature',
			() => ({
				rawBody: confirmed.body,
				headers: { 'x-api-signature': sign(confirmed.body).slice(0, 63) },
			}),
		],
		[
			'the signature under another header name',
			() => ({ rawBody: confirmed.body, headers: { 'x-signature': sign(confirmed.body) } }),
		],
	];
	test.each(cases)('%s', async (_name, request) => {
		const r = await t.deliver({ ...request(), headers: { ...request().headers } });
		expectNoExecution(r, 401);
		expect(r.sent).toBe('Unauthorized');
	});

	test('a callback forged by the sandbox itself (tampered after signing) is refused', async () => {
		const { deliveries } = await sb.sendCallback({
			wallet: WALLET,
			tamper: { amount: '99' },
		});
		expectNoExecution(await t.replay(deliveries[0]), 401);
	});
});

test.each([['X-Api-Signature'], ['X-API-SIGNATURE'], ['x-api-signature']])(
	'header %s: accepted (any case), hex in either case',
	async (name) => {
		const upper = sign(confirmed.body).toUpperCase();
		expectAccepted(await t.deliver({ rawBody: confirmed.body, headers: { [name]: upper } }));
	},
);

test('the raw body is read with readRawBody() when n8n did not pre-read it', async () => {
	expectAccepted(await t.replay(confirmed, { lazyRawBody: true }));
});

test("a separate Webhook Secret in the credential: only its signature counts (the secret key's no longer)", async () => {
	await sb.configure({ callbackSecret: 'wyre-callback-secret-2' });
	const { deliveries } = await sb.sendCallback({ wallet: WALLET });
	const withSecret = new Trigger(
		sb,
		{},
		credentialsOf(sb, { webhookSecret: 'wyre-callback-secret-2' }),
	);
	withSecret.staticData = t.staticData;
	expectAccepted(await withSecret.replay(deliveries[0]));
	// the secret key's signature of the same body is refused by this credential
	expectNoExecution(
		await withSecret.deliver({
			rawBody: deliveries[0].body,
			headers: { 'x-api-signature': sign(deliveries[0].body) },
		}),
		401,
	);
	// and the default credential (secret key) refuses the new secret's signature
	expectNoExecution(await t.replay(deliveries[0]), 401);
});

test('a correctly signed callback for another wallet is refused', async () => {
	const body = confirmed.body.replace(`wallet:${WALLET}`, `wallet:${OTHER_WALLET}`);
	expectNoExecution(
		await t.deliver({ rawBody: body, headers: { 'x-api-signature': sign(body) } }),
		401,
	);
});

describe('each transaction status once', () => {
	test('the same callback twice: one execution, the repeat acknowledged with 200', async () => {
		expectAccepted(await t.replay(confirmed));
		expectNoExecution(await t.replay(confirmed), 200);
		expectNoExecution(await t.replay(confirmed), 200);
	});

	test('with every status: PENDING and CONFIRMED of one transaction are two executions, repeats none', async () => {
		t.parameters = { transactionStatuses: [] };
		expect(expectAccepted(await t.replay(pending)).status).toBe('PENDING');
		expect(expectAccepted(await t.replay(confirmed)).status).toBe('CONFIRMED');
		expectNoExecution(await t.replay(pending), 200);
		expectNoExecution(await t.replay(confirmed), 200);
	});

	test('the record in static data holds in another process (memory empty; n8n reloads it as JSON)', async () => {
		expectAccepted(await t.replay(confirmed));
		forgetEmittedInMemory();
		t.staticData = JSON.parse(JSON.stringify(t.staticData));
		expectNoExecution(await t.replay(confirmed), 200);
	});

	test('the record in memory holds when n8n did not save the static data (it does not, for a delivery that starts an execution)', async () => {
		const before = JSON.parse(JSON.stringify(t.staticData));
		expectAccepted(await t.replay(confirmed));
		t.staticData = before;
		expectNoExecution(await t.replay(confirmed), 200);
		// without either record, the same callback is a new execution: the test can fail
		forgetEmittedInMemory();
		t.staticData = JSON.parse(JSON.stringify(before));
		expectAccepted(await t.replay(confirmed));
	});

	test('the record is bounded', async () => {
		t.parameters = { transactionStatuses: [] };
		for (let i = 0; i < 520; i++) {
			const body = confirmed.body.replace(/"id":"TR_[A-Z0-9]+"/, `"id":"TR_BOUND${i}"`);
			expectAccepted(
				await t.deliver({ rawBody: body, headers: { 'x-api-signature': sign(body) } }),
			);
		}
		expect((t.data.seen as string[]).length).toBe(500);
	}, 60000);
});

describe('filters', () => {
	test('Transaction Types: outgoing only leaves a deposit out (200, no execution)', async () => {
		t.parameters = { transactionTypes: ['outgoing'] };
		expectNoExecution(await t.replay(confirmed), 200);
	});

	test('an outgoing transaction (a transfer out of the wallet) is typed outgoing', async () => {
		const body = confirmed.body
			.replace(`"dest":"wallet:${WALLET}"`, '"dest":"bitcoin:1BoatSLRHtKNngkdXEeobR76b53LETtpyT"')
			.replace(/"source":"[^"]+"/, `"source":"wallet:${WALLET}"`);
		const headers = { 'x-api-signature': sign(body) };
		t.parameters = { transactionTypes: ['incoming'] };
		expectNoExecution(await t.deliver({ rawBody: body, headers }), 200);
		t.parameters = { transactionTypes: ['outgoing'] };
		expectAccepted(await t.deliver({ rawBody: body, headers }));
	});
});

describe('interest payouts (source transfer:TF_…)', () => {
	async function payout(transferId: string) {
		const body = confirmed.body
			.replace(/"source":"[^"]+"/, `"source":"transfer:${transferId}"`)
			.replace(/"id":"TR_[A-Z0-9]+"/, '"id":"TR_INTEREST1"');
		return await t.deliver({ rawBody: body, headers: { 'x-api-signature': sign(body) } });
	}

	test('the transfer is read from the API and added; its service source makes it an interest payout', async () => {
		const { transfer } = await sb.deposit({
			wallet: WALLET,
			currency: 'USD',
			amount: '0.11',
			from: 'Interest Payments',
		});
		expect(transfer.source).toBe('service:Interest Payments');
		t.parameters = { transactionTypes: ['interestPayout'] };
		const item = expectAccepted(await payout(String(transfer.id)));
		expect(item.source).toBe(`transfer:${String(transfer.id)}`);
		expect(item.sourceTransfer).toEqual(
			expect.objectContaining({ id: transfer.id, source: 'service:Interest Payments' }),
		);
		expect(sb.requests.map((r) => r.path)).toContain(`/v3/transfers/${String(transfer.id)}`);
	});

	test('an unknown transfer: 401, no execution', async () => {
		expectNoExecution(await payout('TF_NOSUCHTRANSFER'), 401);
	});

	test('the API cannot be asked: 503, no execution', async () => {
		const { transfer } = await sb.deposit({ wallet: WALLET, currency: 'USD', amount: '1' });
		sb.faults.push({ path: `/v3/transfers/${String(transfer.id)}`, status: 500, times: 10 });
		expectNoExecution(await payout(String(transfer.id)), 503);
	});
});
