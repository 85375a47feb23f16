import type { IDataObject, IPollFunctions } from 'n8n-workflow';

/**
 * Polling for providers without webhooks: a list that the provider returns newest first is walked
 * only as deep as needed, and each new or changed item is emitted exactly once. The state (each
 * item's last seen version, which items may still change) lives in the workflow's static data, so
 * it survives restarts; n8n saves it after every poll.
 *
 * A source may settle each change before it counts as seen (`settle`: e.g. re-read the item from
 * an endpoint that signs its answers and verify it). A change that cannot be settled is not
 * emitted and holds back the changes after it: they all stay unseen, so the next poll finds them
 * again, and settles the failed one first. A poll with a failure and nothing to emit throws its
 * error (n8n records a failed execution), after saving what the walk learnt.
 */
export interface PollSource<T extends IDataObject> {
	pageSize: number;
	/** How deep one poll may walk. */
	maxPages: number;
	/** One page of the list, newest first. */
	fetchPage(this: IPollFunctions, offset: number, limit: number): Promise<T[]>;
	id(item: T): string;
	/** Changes whenever the item changes (e.g. status + updated time). */
	version(item: T): string;
	/** An item that will not change any more (e.g. complete, expired). */
	isFinal(item: T): boolean;
	/** Re-reads one item that may still change but lies deeper than one poll walks. */
	fetchOne?(this: IPollFunctions, id: string): Promise<T | undefined>;
	/**
	 * Settles one change, oldest first: returns the item to emit (its version is the one recorded),
	 * null to record the change as seen without emitting it (e.g. filtered out), or throws to keep
	 * it (and the later ones) unseen. Also applied to the newest item of a manual run.
	 */
	settle?(this: IPollFunctions, change: PollChange<T>): Promise<T | null>;
}

export interface PollChange<T> {
	item: T;
	change: 'created' | 'changed';
	/** For 'changed': the version last seen before this change. */
	previous?: string;
}

interface PollState {
	initialized?: boolean;
	/** id → last seen version. */
	versions?: Record<string, string>;
	/** ids of items that may still change. */
	open?: string[];
	/** The id whose change could not be settled: settled first by the next poll. */
	failed?: string;
}

/** At most this many open items are re-read one by one per poll. */
const MAX_FETCH_ONE = 25;

export async function pollChanges<T extends IDataObject>(
	this: IPollFunctions,
	source: PollSource<T>,
): Promise<Array<PollChange<T>>> {
	if (this.getMode() === 'manual') {
		// "Fetch Test Event": the newest item, so the user can map its fields. State is untouched.
		const [newest] = await source.fetchPage.call(this, 0, 1);
		if (!newest) return [];
		const change: PollChange<T> = { item: newest, change: 'created' };
		const item = source.settle ? await source.settle.call(this, change) : newest;
		return item ? [{ ...change, item }] : [];
	}
	const state = this.getWorkflowStaticData('node') as IDataObject & { poll?: PollState };
	const previous: PollState = state.poll ?? {};
	const known = previous.versions ?? {};
	const open = new Set(previous.open ?? []);
	const versions: Record<string, string> = {};
	const latest = new Map<string, T>();
	const changes: Array<PollChange<T>> = [];
	let reachedKnown = false;

	for (let page = 0; page < source.maxPages; page++) {
		const items = await source.fetchPage.call(this, page * source.pageSize, source.pageSize);
		for (const item of items) {
			const id = source.id(item);
			if (versions[id] !== undefined) continue; // the list shifted while walking
			const version = source.version(item);
			versions[id] = version;
			latest.set(id, item);
			const before = known[id];
			if (before === undefined) {
				// Unknown and newer than everything known: created since the last poll. Unknown but
				// older (below a known item): existed before this trigger looked; not news.
				if (previous.initialized && !reachedKnown) changes.push({ item, change: 'created' });
			} else {
				reachedKnown = true;
				if (before !== version && previous.initialized)
					changes.push({ item, change: 'changed', previous: before });
			}
		}
		const allOpenSeen = [...open].every((id) => versions[id] !== undefined);
		// The first poll walks as deep as it may, so that open items below the first page are
		// watched from the start (their later changes are news); later polls stop at what they know.
		if (items.length < source.pageSize || (reachedKnown && allOpenSeen)) break;
	}

	// Walked newest first: turn into the order things happened in.
	changes.reverse();
	// Open items deeper than this walk: re-read them one by one.
	const missing = [...open].filter((id) => versions[id] === undefined).slice(0, MAX_FETCH_ONE);
	if (source.fetchOne && previous.initialized) {
		for (const id of missing) {
			const item = await source.fetchOne.call(this, id);
			if (!item) continue;
			const version = source.version(item);
			versions[id] = version;
			latest.set(id, item);
			if (known[id] !== undefined && known[id] !== version)
				changes.push({ item, change: 'changed', previous: known[id] });
		}
	}
	// Open items not re-read keep their last version, so they are still watched.
	for (const id of open)
		if (versions[id] === undefined && known[id] !== undefined) versions[id] = known[id];

	const { settled, unseen, failure } = await settleChanges(this, source, changes, previous.failed);
	for (const { change } of settled) {
		const id = source.id(change.item);
		versions[id] = source.version(change.item);
		latest.set(id, change.item);
	}
	// Unseen changes: back to what was known before (a new item is unknown again).
	for (const id of unseen) {
		latest.delete(id);
		if (known[id] === undefined) delete versions[id];
		else versions[id] = known[id];
	}
	state.poll = {
		initialized: true,
		versions,
		open: Object.keys(versions).filter((id) => {
			const item = latest.get(id);
			return item ? !source.isFinal(item) : open.has(id) || unseen.includes(id);
		}),
		...(unseen.length ? { failed: unseen[0] } : {}),
	};
	// Nothing to emit: report the failure now (otherwise the next poll, which settles it first, does).
	if (failure !== undefined && !settled.some((c) => c.emit)) throw failure;
	return settled.filter((s) => s.emit).map((s) => s.change);
}

/**
 * Settles the changes in order, the one that failed last time first; stops at the first failure:
 * it and every later change stay unseen.
 */
async function settleChanges<T extends IDataObject>(
	ctx: IPollFunctions,
	source: PollSource<T>,
	changes: Array<PollChange<T>>,
	failed: string | undefined,
): Promise<{
	settled: Array<{ change: PollChange<T>; emit: boolean }>;
	unseen: string[];
	failure?: unknown;
}> {
	if (!source.settle)
		return { settled: changes.map((change) => ({ change, emit: true })), unseen: [] };
	const first = (c: PollChange<T>) => (source.id(c.item) === failed ? 0 : 1);
	const ordered = [...changes].sort((a, b) => first(a) - first(b));
	const settled: Array<{ change: PollChange<T>; emit: boolean }> = [];
	for (let k = 0; k < ordered.length; k++) {
		try {
			const item = await source.settle.call(ctx, ordered[k]);
			settled.push({
				change: { ...ordered[k], item: item ?? ordered[k].item },
				emit: item !== null,
			});
		} catch (failure) {
			return { settled, unseen: ordered.slice(k).map((c) => source.id(c.item)), failure };
		}
	}
	return { settled, unseen: [] };
}
