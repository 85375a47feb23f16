/**
 * The Whir Trigger (polling) through n8n-core's PollContext over real HTTP to the sandbox: first
 * activation, new transactions and status changes each emitted once (also across restarts: the
 * same static data, or a JSON copy of it as n8n reloads it), the event and status filters, the
 * manual run, and signature verification of what is emitted (a failing one is not emitted, is
 * reported, and is emitted once it verifies).
 */
import type { IDataObject } from 'n8n-workflow';
import type { WhirSandbox } from './setup';
import { BTC, apiCreate, hits, poll, startSandbox } from './setup';

let sb: WhirSandbox;
beforeAll(async () => {
	sb = await startSandbox();
});
afterAll(async () => sb.close());
beforeEach(() => sb.reset());

const events = (items: IDataObject[] | null) =>
	(items ?? []).map((i) => [i.id, i.event, i.status, i.previousStatus]);

test('first activation emits nothing old; then each new transaction once, as Whir signed it', async () => {
	await apiCreate(sb);
	await apiCreate(sb);
	const data: IDataObject = {};
	expect((await poll(sb, data)).items).toBeNull();
	expect(data.poll).toEqual(expect.objectContaining({ initialized: true }));
	expect((await poll(sb, data)).items).toBeNull();
	const id = await apiCreate(sb, { [BTC.p2pkh]: '0.0042' });
	sb.requests.length = 0;
	const { items } = await poll(sb, data);
	expect(events(items)).toEqual([[id, 'transactionCreated', 'pending', undefined]]);
	// the emitted transaction is the signed detail answer, verified; money as exact decimal text
	expect(items?.[0]).toEqual(
		expect.objectContaining({
			depositTxid: null,
			txid: null,
			payouts: { [BTC.p2pkh]: '0.0042' },
			signature: expect.any(String),
			signatureVerified: true,
		}),
	);
	expect(sb.requests.map((r) => r.path)).toEqual(['/api/transactions', `/api/transaction/${id}`]);
	expect((await poll(sb, data)).items).toBeNull();
});

test('each status change once, oldest first, with the previous status', async () => {
	const data: IDataObject = {};
	const a = await apiCreate(sb);
	const b = await apiCreate(sb);
	await poll(sb, data);
	await sb.deposit(a);
	await sb.deposit(b);
	expect(events((await poll(sb, data)).items)).toEqual([
		[a, 'statusChanged', 'confirming', 'pending'],
		[b, 'statusChanged', 'confirming', 'pending'],
	]);
	expect((await poll(sb, data)).items).toBeNull();
	await sb.confirm(a); // delay 0: straight to complete
	await sb.expire(await apiCreate(sb)); // created and expired between two polls
	const items = (await poll(sb, data)).items;
	expect(events(items)).toEqual([
		[a, 'statusChanged', 'complete', 'confirming'],
		[expect.any(String), 'transactionCreated', 'expired', undefined],
	]);
	expect(items?.[0].txid).toMatch(/^[0-9a-f]{64}$/);
	expect((await poll(sb, data)).items).toBeNull();
});

test('nothing is emitted twice across restarts (the same static data, or a JSON copy as n8n reloads it)', async () => {
	const data: IDataObject = {};
	await poll(sb, data);
	const id = await apiCreate(sb);
	expect((await poll(sb, data)).items).toHaveLength(1);
	const restarted = JSON.parse(JSON.stringify(data)) as IDataObject;
	expect((await poll(sb, restarted)).items).toBeNull();
	expect((await poll(sb, data)).items).toBeNull();
	await sb.deposit(id);
	expect(events((await poll(sb, restarted)).items)).toEqual([
		[id, 'statusChanged', 'confirming', 'pending'],
	]);
	expect((await poll(sb, restarted)).items).toBeNull();
});

test('status filter: only the chosen statuses; the others are noted, not emitted', async () => {
	const data: IDataObject = {};
	const settings = { events: ['statusChanged'], statuses: ['complete'] };
	await poll(sb, data, settings);
	const id = await apiCreate(sb);
	expect((await poll(sb, data, settings)).items).toBeNull(); // created: not an event chosen
	await sb.deposit(id);
	sb.requests.length = 0;
	expect((await poll(sb, data, settings)).items).toBeNull(); // confirming: filtered
	expect(hits(sb, `/api/transaction/${id}`)).toHaveLength(0); // filtered on the list: no detail read
	await sb.confirm(id);
	expect(events((await poll(sb, data, settings)).items)).toEqual([
		[id, 'statusChanged', 'complete', 'confirming'],
	]);
});

test('Status Changed only: a transaction first seen past "pending" counts as a status change', async () => {
	const data: IDataObject = {};
	const settings = { events: ['statusChanged'], statuses: [] };
	await poll(sb, data, settings);
	const id = await apiCreate(sb);
	await sb.deposit(id);
	expect(events((await poll(sb, data, settings)).items)).toEqual([
		[id, 'statusChanged', 'confirming', undefined],
	]);
	await apiCreate(sb); // a new pending one: no status change
	expect((await poll(sb, data, settings)).items).toBeNull();
});

test('walks only as deep as needed (final transactions are not watched; open ones are, however deep)', async () => {
	const ids: string[] = [];
	for (let k = 0; k < 35; k++) ids.push(await apiCreate(sb));
	for (const id of ids.slice(1)) await sb.expire(id);
	const data: IDataObject = {};
	await poll(sb, data, { events: ['transactionCreated'] });
	sb.requests.length = 0;
	await apiCreate(sb);
	await poll(sb, data, { events: ['transactionCreated'] });
	// the oldest (ids[0]) is still pending, below the first page: the walk goes on to it
	expect(hits(sb, '/api/transactions').map((r) => r.query.offset)).toEqual(['0', '30']);
	await sb.expire(ids[0]);
	await poll(sb, data, { events: ['transactionCreated'] });
	sb.requests.length = 0;
	await apiCreate(sb);
	await poll(sb, data, { events: ['transactionCreated'] });
	expect(hits(sb, '/api/transactions').map((r) => r.query)).toEqual([{ limit: '30', offset: '0' }]);
});

test('manual run (Fetch Test Event): the newest transaction, verified; the state is untouched', async () => {
	const data: IDataObject = {};
	expect((await poll(sb, data, {}, 'manual')).items).toBeNull(); // no transactions yet
	await apiCreate(sb);
	const id = await apiCreate(sb);
	const { items } = await poll(
		sb,
		data,
		{ events: ['statusChanged'], statuses: ['complete'] },
		'manual',
	);
	expect(events(items)).toEqual([[id, 'transactionCreated', 'pending', undefined]]);
	expect(items?.[0].signatureVerified).toBe(true);
	expect(data).toEqual({});
});

describe('signatures of what is emitted', () => {
	test.each([
		['signed with another key', 'forged', {}],
		['its status altered after signing', 'tamper', { field: 'status', value: 'complete' }],
	] as const)(
		'%s: not emitted, the poll fails naming it; emitted once it verifies',
		async (_label, mode, o) => {
			const data: IDataObject = {};
			await poll(sb, data);
			const id = await apiCreate(sb);
			sb.setSignatureMode(mode, o);
			await expect(poll(sb, data)).rejects.toThrow(
				`Whir: the answer to the transaction ${id} failed signature verification`,
			);
			await expect(poll(sb, data)).rejects.toThrow(/may be forged or altered/); // still reported, still not emitted
			sb.setSignatureMode('normal');
			expect(events((await poll(sb, data)).items)).toEqual([
				[id, 'transactionCreated', 'pending', undefined],
			]);
			expect((await poll(sb, data)).items).toBeNull();
		},
	);

	test('one failing among others: the earlier ones are emitted, the failure is reported by the next poll', async () => {
		const data: IDataObject = {};
		await poll(sb, data);
		const a = await apiCreate(sb);
		const b = await apiCreate(sb);
		sb.faults.push({
			path: `/api/transaction/${b}`,
			status: 200,
			body: '{"id":"' + b + '","status":"pending","signature":"forged"}',
			times: 2,
		});
		expect(events((await poll(sb, data)).items)).toEqual([
			[a, 'transactionCreated', 'pending', undefined],
		]);
		await expect(poll(sb, data)).rejects.toThrow(
			`the transaction ${b} failed signature verification`,
		);
		expect(events((await poll(sb, data)).items)).toEqual([
			[b, 'transactionCreated', 'pending', undefined],
		]);
	});

	test('no Secret Key: emitted with signatureVerified false; Require Signature without one: the poll fails', async () => {
		const data: IDataObject = {};
		await poll(sb, data, {}, 'trigger', { secretKey: '' });
		await apiCreate(sb);
		sb.setSignatureMode('forged');
		const { items } = await poll(sb, data, {}, 'trigger', { secretKey: '' });
		expect(items?.[0].signatureVerified).toBe(false);
		await expect(
			poll(sb, data, { options: { requireSignature: true } }, 'trigger', { secretKey: '' }),
		).rejects.toThrow(/no Secret Key/);
	});

	test('an unsigned detail: "not signed"; with Require Signature: reported, not emitted', async () => {
		const data: IDataObject = {};
		await poll(sb, data);
		await apiCreate(sb);
		sb.setSignatureMode('omit');
		await expect(poll(sb, data, { options: { requireSignature: true } })).rejects.toThrow(
			/carries no signature/,
		);
		expect((await poll(sb, data)).items?.[0].signatureVerified).toBe('not signed');
	});
});

test('Whir unreachable or refusing the key: the poll fails (n8n records it); nothing is lost', async () => {
	const data: IDataObject = {};
	await poll(sb, data);
	const id = await apiCreate(sb);
	await expect(poll(sb, data, {}, 'trigger', { apiKey: 'wrong-key-1' })).rejects.toThrow(
		/Whir error \[401\]/,
	);
	expect(events((await poll(sb, data)).items)).toEqual([
		[id, 'transactionCreated', 'pending', undefined],
	]);
});

test('no event chosen: an error that says so', async () => {
	await expect(poll(sb, {}, { events: [] })).rejects.toThrow(
		'Choose at least one event (Transaction Created or Status Changed)',
	);
});
