/**
 * Wyre Trigger, wallet-order webhooks (W40): registered on activation (and again on each one:
 * Wyre offers no way to read or remove it), each webhook answered by reading the order (W37): it
 * must exist and belong to the watched account; only the API's order is emitted, once per status.
 */
import type { IDataObject } from 'n8n-workflow';
import type { WyreSandbox } from './trigger.setup';
import {
	ACCOUNT,
	control,
	expectAccepted,
	expectNoExecution,
	json,
	placeOrder,
	sentTo,
	startSandbox,
	SUB_ACCOUNT,
	Trigger,
	webhookUrlOf,
} from './trigger.setup';

let sb: WyreSandbox;
let t: Trigger;

beforeAll(async () => {
	sb = await startSandbox();
});
afterAll(async () => sb.close());

beforeEach(async () => {
	sb.reset();
	t = new Trigger(sb, { events: 'walletOrder', orderAccountId: '' });
	await t.activate();
});

const orderWebhook = (body: IDataObject) => t.deliver({ rawBody: JSON.stringify(body) });

async function moveOrder(order: IDataObject, status: string) {
	const { deliveries } = await control(sb, `/orders/${String(order.id)}/status`, { status });
	return sentTo(deliveries, webhookUrlOf(t));
}

test("activation registers the webhook for the credential's own account; every activation registers it again", async () => {
	expect(sb.store.orderWebhooks).toEqual([{ owner: ACCOUNT, webhook: webhookUrlOf(t) }]);
	expect(t.data.webhookId).toBe(`walletOrder:account:${ACCOUNT}`);
	expect(await t.hook('checkExists')).toBe(false);
	sb.requests.length = 0;
	await t.hook('create');
	expect(sb.requests.map((r) => `${r.method} ${r.path}`)).toEqual(
		expect.arrayContaining(['POST /v2/digitalwallet/webhook']),
	);
	// Wyre has no endpoint to remove it: deactivation sends nothing and forgets the registration
	sb.requests.length = 0;
	expect(await t.hook('delete')).toBe(true);
	expect(sb.requests.filter((r) => r.method !== 'GET')).toEqual([]);
	expect(t.data.webhookId).toBeUndefined();
});

test('an account id given: the webhook is registered for it', async () => {
	const other = new Trigger(sb, { events: 'walletOrder', orderAccountId: SUB_ACCOUNT });
	await other.activate();
	expect(sb.store.orderWebhooks).toEqual(
		expect.arrayContaining([{ owner: SUB_ACCOUNT, webhook: webhookUrlOf(other) }]),
	);
});

test('PROCESSING then COMPLETE: one execution each with the order the API reports; repeats none', async () => {
	const order = await placeOrder(sb);
	const [processing] = await moveOrder(order, 'PROCESSING');
	expect(json(processing)).toEqual(
		expect.objectContaining({ orderId: order.id, orderStatus: 'PROCESSING' }),
	);
	const item = expectAccepted(await t.replay(processing));
	expect(item).toEqual(
		expect.objectContaining({ id: order.id, status: 'PROCESSING', owner: `account:${ACCOUNT}` }),
	);
	expectNoExecution(await t.replay(processing), 200);
	const [complete] = await moveOrder(order, 'COMPLETE');
	expect(expectAccepted(await t.replay(complete)).status).toBe('COMPLETE');
	// an old PROCESSING webhook now reads COMPLETE, which was emitted: nothing more
	expectNoExecution(await t.replay(processing), 200);
});

test("the webhook's own fields are never emitted", async () => {
	const order = await placeOrder(sb);
	const item = expectAccepted(
		await orderWebhook({ orderId: order.id, orderStatus: 'COMPLETE', email: 'thief@example.com' }),
	);
	expect(item.status).toBe('RUNNING_CHECKS');
	expect(item.email).not.toBe('thief@example.com');
});

describe('forged webhooks: 401, no execution', () => {
	test('an unknown order', async () => {
		expectNoExecution(
			await orderWebhook({ orderId: 'WO_NOSUCHORDER', orderStatus: 'COMPLETE' }),
			401,
		);
	});

	test("someone else's order (another account's, which W37 shows to anyone)", async () => {
		const order = await placeOrder(sb, SUB_ACCOUNT);
		expectNoExecution(await orderWebhook({ orderId: order.id, orderStatus: 'COMPLETE' }), 401);
	});

	test.each([
		['no order id', {}],
		['an order id that is a path', { orderId: '../v2/account' }],
		['an order id that is an object', { orderId: { id: 'WO_1' } }],
	])('%s', async (_name, body) => {
		sb.requests.length = 0;
		expectNoExecution(await orderWebhook(body as IDataObject), 401);
		expect(sb.requests).toEqual([]);
	});

	test('a wrong signature', async () => {
		const order = await placeOrder(sb);
		const r = await t.deliver({
			rawBody: JSON.stringify({ orderId: order.id }),
			headers: { 'X-Api-Signature': '00'.repeat(32) },
		});
		expectNoExecution(r, 401);
	});
});

test('Order Statuses filter: an authentic webhook for another status is acknowledged only', async () => {
	t.parameters = { ...t.parameters, orderStatuses: ['COMPLETE'] };
	const order = await placeOrder(sb);
	const [processing] = await moveOrder(order, 'PROCESSING');
	expectNoExecution(await t.replay(processing), 200);
	const [complete] = await moveOrder(order, 'COMPLETE');
	expectAccepted(await t.replay(complete));
});

test('manual registration: registers nothing, still reads and checks the order', async () => {
	const manual = new Trigger(sb, { events: 'walletOrder', registration: 'manual' });
	sb.store.orderWebhooks.length = 0;
	await manual.activate();
	expect(sb.store.orderWebhooks).toEqual([]);
	const order = await placeOrder(sb);
	expectAccepted(await manual.deliver({ rawBody: JSON.stringify({ orderId: order.id }) }));
	const theirs = await placeOrder(sb, SUB_ACCOUNT);
	expectNoExecution(await manual.deliver({ rawBody: JSON.stringify({ orderId: theirs.id }) }), 401);
});
