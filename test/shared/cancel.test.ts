/**
 * A stopped execution is not kept waiting: the transport's waits (429 back-off, pacing) end at
 * once on the execution's cancel signal. A money request already sent is never abandoned: its
 * answer is still read and reported; and a payout run sends nothing after the stop.
 */
import { DEFAULT_RETRY, notePacing, waitForPacing } from '../../nodes/shared/retry';
import type { WestWalletSandbox } from '../westwallet/setup';
import { BTC_ADDRESS, run, startSandbox } from '../westwallet/setup';

let sb: WestWalletSandbox;
beforeAll(async () => {
	sb = await startSandbox();
});
afterAll(async () => sb.close());
beforeEach(() => sb.reset());

const hits = (path: string) => sb.requests.filter((r) => r.path === path).length;
const payout = {
	resource: 'withdrawal',
	operation: 'create',
	currency: 'BTC',
	amount: '={{ $json.amount }}',
	address: BTC_ADDRESS,
	additionalFields: {},
	options: {},
};

test('cancelling during a 429 back-off of a Return All read ends the wait at once', async () => {
	sb.faults.push({
		path: '/wallet/transactions',
		status: 429,
		headers: { 'Retry-After': '30' },
		times: 5,
	});
	const controller = new AbortController();
	const started = Date.now();
	const running = run(
		sb,
		{ resource: 'transaction', operation: 'getAll', returnAll: true, filters: {} },
		[{}],
		{ abortSignal: controller.signal },
	).then(
		() => undefined,
		(e: Error & { context?: Record<string, unknown> }) => e,
	);
	await new Promise((resolve) => setImmediate(resolve));
	while (hits('/wallet/transactions') === 0) await new Promise((r) => setImmediate(r));
	controller.abort();
	const error = await running;
	expect(Date.now() - started).toBeLessThan(5000); // not the 30 s Retry-After
	expect(error?.message).toMatch(/The execution was cancelled/);
	expect(hits('/wallet/transactions')).toBe(1); // no retry after the stop
});

test('a money request already sent is not abandoned: its answer is read and reported', async () => {
	sb.faults.push({ path: '/wallet/create_withdrawal', delayMs: 400, times: 1 });
	const controller = new AbortController();
	const running = run(sb, payout, [{ amount: '0.001' }, { amount: '0.002' }], {
		abortSignal: controller.signal,
		continueOnFail: true,
	});
	while (hits('/wallet/create_withdrawal') === 0) await new Promise((r) => setImmediate(r));
	controller.abort(); // while the first withdrawal is in flight
	const out = await running;
	expect(out[0].json).toMatchObject({ amount: '0.001', status: 'pending' }); // reported as sent
	expect(out[1].json.error).toMatch(/^Not sent: the execution was cancelled/);
	expect(out[1].json.details).toMatchObject({ outcome: 'not_sent' });
	expect(hits('/wallet/create_withdrawal')).toBe(1); // nothing sent after the stop
});

test('cancelling during rate-limit pacing ends the wait at once (before anything is sent)', async () => {
	const key = `pacing-test-${Date.now()}`;
	notePacing(key, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '30' });
	const controller = new AbortController();
	const started = Date.now();
	const waiting = waitForPacing(key, DEFAULT_RETRY, controller.signal, () => new Error('stopped'));
	setImmediate(() => controller.abort());
	await expect(waiting).rejects.toThrow('stopped');
	expect(Date.now() - started).toBeLessThan(2000); // not the 30 s window
});
