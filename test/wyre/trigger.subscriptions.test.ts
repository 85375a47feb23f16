/**
 * Wyre Trigger, subscription notices `{subscriptionId, trigger}` (not documented as signed): the
 * subscription must be ours, the object is read from the API and must relate to the subscribed
 * one, and only the API's data is emitted. Forged notices (unknown subscription, unknown transfer,
 * someone else's transfer, an unrelated one) get 401 and start nothing; a replayed notice starts
 * nothing more.
 */
import { createHmac } from 'node:crypto';
import type { IDataObject } from 'n8n-workflow';
import type { Delivery, WyreSandbox } from './trigger.setup';
import {
	expectAccepted,
	expectNoExecution,
	json,
	OTHER_WALLET,
	sentTo,
	startSandbox,
	SUB_ACCOUNT,
	Trigger,
	WALLET,
	webhookUrlOf,
} from './trigger.setup';

let sb: WyreSandbox;
let t: Trigger;
let subscriptionId: string;

beforeAll(async () => {
	sb = await startSandbox();
});
afterAll(async () => sb.close());

beforeEach(async () => {
	sb.reset();
	t = new Trigger(sb, { events: 'objectUpdate', subscribeTo: 'wallet' });
	await t.activate();
	subscriptionId = String(t.data.webhookId).replace('subscription:', '');
});

const notice = (body: IDataObject, headers: Record<string, string> = {}) =>
	t.deliver({
		rawBody: JSON.stringify(body),
		headers: { 'content-type': 'application/json', ...headers },
	});

async function depositInto(wallet = WALLET): Promise<{ transfer: IDataObject; sent: Delivery[] }> {
	const { transfer, deliveries } = await sb.deposit({ wallet, currency: 'BTC', amount: '0.5' });
	return { transfer, sent: sentTo(deliveries, webhookUrlOf(t)) };
}

test('a deposit into the subscribed wallet: the notices name the transfer; the first starts one execution with the API transfer, the later ones none', async () => {
	const { transfer, sent } = await depositInto();
	expect(sent.length).toBeGreaterThanOrEqual(1);
	expect(json(sent[0])).toEqual({ subscriptionId, trigger: `transfer:${String(transfer.id)}` });
	sb.requests.length = 0;
	const item = expectAccepted(await t.replay(sent[0]));
	expect(item).toEqual(
		expect.objectContaining({
			id: transfer.id,
			status: 'COMPLETED',
			dest: `wallet:${WALLET}`,
			destAmount: '0.5',
		}),
	);
	expect(sb.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
		`GET /v3/transfers/${String(transfer.id)}`,
	]);
	// the transfer is COMPLETED already: the later notice (and any replay) emits nothing more
	for (const d of [...sent.slice(1), sent[0]]) expectNoExecution(await t.replay(d), 200);
});

test('a new status of the transfer is a new execution', async () => {
	const { transfer, sent } = await depositInto();
	expectAccepted(await t.replay(sent[0]));
	const { deliveries } = (await sb.setTransferStatus(String(transfer.id), 'REVERSED')) as {
		deliveries: Delivery[];
	};
	const later = sentTo(deliveries, webhookUrlOf(t));
	expect(later.length).toBeGreaterThanOrEqual(1);
	expect(expectAccepted(await t.replay(later[0])).status).toBe('REVERSED');
});

test("the caller's fields are never emitted: only the API's object", async () => {
	const { transfer } = await depositInto();
	const item = expectAccepted(
		await notice({
			subscriptionId,
			trigger: `transfer:${String(transfer.id)}`,
			status: 'FAILED',
			destAmount: '1000',
		}),
	);
	expect(item.status).toBe('COMPLETED');
	expect(item.destAmount).toBe('0.5');
	expect(item.subscriptionId).toBeUndefined();
});

describe('forged notices: 401, no execution', () => {
	test('an unknown subscription id', async () => {
		const { transfer } = await depositInto();
		const r = await notice({
			subscriptionId: 'DA_FORGED0001',
			trigger: `transfer:${String(transfer.id)}`,
		});
		expectNoExecution(r, 401);
	});

	test('an unknown transfer', async () => {
		expectNoExecution(await notice({ subscriptionId, trigger: 'transfer:TF_NOSUCHTRANSFER' }), 401);
	});

	test("someone else's transfer (a sub-account's, which our key does not see)", async () => {
		const { transfer } = await sb.deposit({ account: SUB_ACCOUNT, currency: 'USD', amount: '5' });
		expectNoExecution(
			await notice({ subscriptionId, trigger: `transfer:${String(transfer.id)}` }),
			401,
		);
	});

	test('our own transfer that does not concern the subscribed wallet', async () => {
		const { transfer } = await sb.deposit({ wallet: OTHER_WALLET, currency: 'BTC', amount: '0.1' });
		expectNoExecution(
			await notice({ subscriptionId, trigger: `transfer:${String(transfer.id)}` }),
			401,
		);
	});

	test.each([
		['no trigger', () => ({ subscriptionId })],
		['no subscription id', () => ({ trigger: `wallet:${WALLET}` })],
		['a trigger of an unknown type', () => ({ subscriptionId, trigger: `order:WO_1` })],
		[
			'a trigger id that is a path',
			() => ({ subscriptionId, trigger: 'transfer:../../v2/account' }),
		],
		['a number as subscription id', () => ({ subscriptionId: 12, trigger: `wallet:${WALLET}` })],
	])('%s', async (_name, body) => {
		sb.requests.length = 0;
		expectNoExecution(await notice(body() as IDataObject), 401);
		expect(sb.requests).toEqual([]);
	});

	test('a signature that is present but wrong', async () => {
		const { sent } = await depositInto();
		expectNoExecution(
			await t.replay(sent[0], { headers: { 'x-api-signature': 'ab'.repeat(32) } }),
			401,
		);
	});
});

describe('signatures', () => {
	test('Require Signature: an unsigned notice is refused; one the sandbox signs is accepted', async () => {
		t.parameters = { ...t.parameters, requireSignature: true };
		const { sent } = await depositInto();
		expectNoExecution(await t.replay(sent[0]), 401);
		const signed = await sb.fireSubscription(subscriptionId, { sign: true });
		const d = sentTo(signed.deliveries, webhookUrlOf(t))[0];
		expect(d.headers['X-Api-Signature']).toBe(
			createHmac('sha256', sb.credentials.secretKey).update(d.body).digest('hex'),
		);
		// the notice names the subscribed wallet itself: the API's wallet is emitted
		const item = expectAccepted(await t.replay(d));
		expect(item).toEqual(expect.objectContaining({ id: WALLET, srn: `wallet:${WALLET}` }));
	});
});

test('the API cannot be asked: 503, no execution', async () => {
	const { transfer } = await depositInto();
	sb.faults.push({ path: `/v3/transfers/${String(transfer.id)}`, status: 503, times: 10 });
	expectNoExecution(
		await notice({ subscriptionId, trigger: `transfer:${String(transfer.id)}` }),
		503,
	);
}, 20000);

describe('filters', () => {
	test('Object Types and Transfer Statuses leave authentic notices out with 200', async () => {
		const { transfer } = await depositInto();
		const body = { subscriptionId, trigger: `transfer:${String(transfer.id)}` };
		t.parameters = { ...t.parameters, objectTypes: ['account'] };
		expectNoExecution(await notice(body), 200);
		t.parameters = { ...t.parameters, objectTypes: [], transferStatuses: ['FAILED'] };
		expectNoExecution(await notice(body), 200);
		t.parameters = { ...t.parameters, transferStatuses: ['COMPLETED'] };
		expectAccepted(await notice(body));
	});
});

test('manual registration: a notice for any object of our account is read from the API and emitted', async () => {
	const manual = new Trigger(sb, { events: 'objectUpdate', registration: 'manual' });
	await manual.activate();
	const { transfer } = await sb.deposit({ wallet: OTHER_WALLET, currency: 'BTC', amount: '0.2' });
	const body = JSON.stringify({
		subscriptionId: 'JF4DQ2NE1',
		trigger: `transfer:${String(transfer.id)}`,
	});
	const item = expectAccepted(await manual.deliver({ rawBody: body }));
	expect(item.id).toBe(transfer.id);
	expectNoExecution(
		await manual.deliver({
			rawBody: JSON.stringify({ subscriptionId: 'x', trigger: 'transfer:TF_NOPE' }),
		}),
		401,
	);
});
