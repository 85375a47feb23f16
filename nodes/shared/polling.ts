import type { IDataObject, IPollFunctions } from 'n8n-workflow';

/**
 * Polling for providers without webhooks: a list that the provider returns newest first is walked
 * only as deep as needed, and each new or changed item is emitted exactly once. The state (each
 * item's last seen version, which items may still change) lives in the workflow's static data, so
 * it survives restarts; n8n saves it after every poll.
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
}

export interface PollChange<T> {
	item: T;
	change: 'created' | 'changed';
}

interface PollState {
	initialized?: boolean;
	/** id → last seen version. */
	versions?: Record<string, string>;
	/** ids of items that may still change. */
	open?: string[];
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
		return newest ? [{ item: newest, change: 'created' }] : [];
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
				if (before !== version && previous.initialized) changes.push({ item, change: 'changed' });
			}
		}
		const allOpenSeen = [...open].every((id) => versions[id] !== undefined);
		if (items.length < source.pageSize || !previous.initialized || (reachedKnown && allOpenSeen))
			break;
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
				changes.push({ item, change: 'changed' });
		}
	}
	// Open items not re-read keep their last version, so they are still watched.
	for (const id of open)
		if (versions[id] === undefined && known[id] !== undefined) versions[id] = known[id];

	state.poll = {
		initialized: true,
		versions,
		open: Object.keys(versions).filter((id) => {
			const item = latest.get(id);
			return item ? !source.isFinal(item) : open.has(id);
		}),
	};
	return changes;
}
