/**
 * The polling helper's settle step (nodes/shared/polling.ts): each change is settled before it
 * counts as seen (e.g. re-read from a signing endpoint and verified); a change that cannot be
 * settled is not emitted, holds back the later ones, is settled first by the next poll, and is
 * reported (thrown) by a poll that has nothing else to emit.
 */
import type { IDataObject, IPollFunctions } from 'n8n-workflow';
import type { PollChange, PollSource } from '../../nodes/shared/polling';
import { pollChanges } from '../../nodes/shared/polling';

interface Tx extends IDataObject {
	id: string;
	status: string;
}

let list: Tx[]; // newest first
let detail: Map<string, Tx>; // what the "signed endpoint" says, when it differs from the list
let failing: Set<string>;
let settledIds: string[];

const tx = (id: string, status = 'pending'): Tx => ({ id, status });
const source: PollSource<Tx> = {
	pageSize: 3,
	maxPages: 5,
	fetchPage: async (offset, limit) => list.slice(offset, offset + limit).map((t) => ({ ...t })),
	id: (t) => t.id,
	version: (t) => t.status,
	isFinal: (t) => t.status === 'complete',
	async settle(change: PollChange<Tx>) {
		settledIds.push(change.item.id);
		if (failing.has(change.item.id)) throw new Error(`cannot verify ${change.item.id}`);
		if (change.item.status === 'skip') return null;
		return { ...(detail.get(change.item.id) ?? change.item), settled: true };
	},
};
const poller = (staticData: IDataObject, mode = 'trigger') =>
	({ getMode: () => mode, getWorkflowStaticData: () => staticData }) as unknown as IPollFunctions;
const ids = (changes: Array<PollChange<IDataObject>>) =>
	changes.map((c) => `${c.item.id}:${c.item.status}:${c.change}`);

beforeEach(() => {
	list = [tx('b', 'complete'), tx('a', 'complete')];
	detail = new Map();
	failing = new Set();
	settledIds = [];
});

test('what is emitted is the settled item; its version is the one recorded (no second emission)', async () => {
	const data: IDataObject = {};
	await pollChanges.call(poller(data), source);
	list.unshift(tx('c', 'pending'));
	detail.set('c', tx('c', 'confirming')); // the signed answer is newer than the list
	const [change] = await pollChanges.call(poller(data), source);
	expect(change).toEqual({
		item: { id: 'c', status: 'confirming', settled: true },
		change: 'created',
	});
	list[0] = tx('c', 'confirming'); // the list catches up: nothing new
	expect(await pollChanges.call(poller(data), source)).toEqual([]);
});

test('a changed item carries the version last seen (previous)', async () => {
	const data: IDataObject = {};
	list.unshift(tx('c', 'pending'));
	await pollChanges.call(poller(data), source);
	list[0] = tx('c', 'processing');
	const changes = await pollChanges.call(poller(data), source);
	expect(changes.map((c) => [c.item.id, c.change, c.previous])).toEqual([
		['c', 'changed', 'pending'],
	]);
});

test('settle returning null records the change as seen without emitting it', async () => {
	const data: IDataObject = {};
	await pollChanges.call(poller(data), source);
	list.unshift(tx('c', 'skip'));
	expect(await pollChanges.call(poller(data), source)).toEqual([]);
	expect(await pollChanges.call(poller(data), source)).toEqual([]);
	expect(settledIds).toEqual(['c']);
});

test('a failure with nothing to emit is thrown; the change stays unseen and is settled again', async () => {
	const data: IDataObject = {};
	await pollChanges.call(poller(data), source);
	list.unshift(tx('c'));
	failing.add('c');
	await expect(pollChanges.call(poller(data), source)).rejects.toThrow('cannot verify c');
	await expect(pollChanges.call(poller(data), source)).rejects.toThrow('cannot verify c');
	failing.clear();
	expect(ids(await pollChanges.call(poller(data), source))).toEqual(['c:pending:created']);
	expect(await pollChanges.call(poller(data), source)).toEqual([]);
});

test('earlier changes are emitted; the failed one holds back the later ones and goes first next poll', async () => {
	const data: IDataObject = {};
	list = [tx('b'), tx('a', 'complete')];
	await pollChanges.call(poller(data), source);
	list.unshift(tx('e'), tx('d'), tx('c')); // c oldest, e newest
	failing.add('d');
	expect(ids(await pollChanges.call(poller(data), source))).toEqual(['c:pending:created']);
	expect((data.poll as IDataObject).failed).toBe('d');
	// next poll: b changed too (older, so it would come first), but d is settled first, fails, and
	// nothing else may pass: the failure is reported
	list[3] = tx('b', 'processing');
	settledIds = [];
	await expect(pollChanges.call(poller(data), source)).rejects.toThrow('cannot verify d');
	expect(settledIds).toEqual(['d']);
	failing.clear();
	expect(ids(await pollChanges.call(poller(data), source))).toEqual([
		'd:pending:created',
		'b:processing:changed',
		'e:pending:created',
	]);
	expect(await pollChanges.call(poller(data), source)).toEqual([]);
});

test('a status change that fails keeps the old version: emitted once it settles', async () => {
	const data: IDataObject = {};
	list.unshift(tx('c'));
	await pollChanges.call(poller(data), source);
	list[0] = tx('c', 'confirming');
	failing.add('c');
	await expect(pollChanges.call(poller(data), source)).rejects.toThrow();
	expect(((data.poll as IDataObject).versions as IDataObject).c).toBe('pending');
	expect((data.poll as IDataObject).open).toContain('c');
	failing.clear();
	expect(ids(await pollChanges.call(poller(data), source))).toEqual(['c:confirming:changed']);
});

test('the failed id survives a restart (a JSON copy of the static data)', async () => {
	const data: IDataObject = {};
	await pollChanges.call(poller(data), source);
	list.unshift(tx('d'), tx('c'));
	failing.add('d');
	expect(ids(await pollChanges.call(poller(data), source))).toEqual(['c:pending:created']);
	const restarted = JSON.parse(JSON.stringify(data)) as IDataObject;
	failing.clear();
	expect(ids(await pollChanges.call(poller(restarted), source))).toEqual(['d:pending:created']);
	expect(await pollChanges.call(poller(restarted), source)).toEqual([]);
});

test('a manual run settles the newest item too (and a failure is thrown)', async () => {
	const data: IDataObject = {};
	detail.set('b', tx('b', 'complete'));
	expect(await pollChanges.call(poller(data, 'manual'), source)).toEqual([
		{ item: { id: 'b', status: 'complete', settled: true }, change: 'created' },
	]);
	failing.add('b');
	await expect(pollChanges.call(poller(data, 'manual'), source)).rejects.toThrow('cannot verify b');
	expect(data).toEqual({});
});

test('without settle, nothing changes: every change is emitted as listed', async () => {
	const data: IDataObject = {};
	const plain = { ...source, settle: undefined };
	await pollChanges.call(poller(data), plain);
	list.unshift(tx('c'));
	expect(await pollChanges.call(poller(data), plain)).toEqual([
		{ item: { id: 'c', status: 'pending' }, change: 'created' },
	]);
});

test('the first poll walks as deep as it may: an open item below the first page is watched from the start', async () => {
	const data: IDataObject = {};
	list = [
		tx('f', 'complete'),
		tx('e', 'complete'),
		tx('d', 'complete'),
		tx('c', 'complete'),
		tx('b', 'pending'),
		tx('a', 'complete'),
	];
	expect(await pollChanges.call(poller(data), source)).toEqual([]);
	expect((data.poll as IDataObject).open).toEqual(['b']);
	list[4] = tx('b', 'processing');
	expect(ids(await pollChanges.call(poller(data), source))).toEqual(['b:processing:changed']);
});
