import type { IDataObject, INodeExecutionData, IPollFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import type { PollChange, PollSource } from '../shared/polling';
import { pollChanges } from '../shared/polling';
import { isFinalStatus, listTransactions, readTransaction } from './helpers/transactions';
import type { Verification } from './helpers/verify';
import { verificationFor } from './helpers/verify';

/**
 * The Whir Trigger's poll: Whir has no webhooks, so GET /transactions (newest first) is walked as
 * deep as needed and each new or changed transaction is taken once (shared polling helper, state
 * in the workflow's static data). What is emitted is never the unsigned list item: each
 * transaction is re-read from GET /transaction/{id} and its signature verified (when the
 * credential has a Secret Key). One that fails is not emitted; it holds back the ones after it
 * and is checked again at the next poll, which fails with its error while it does not verify.
 */
export const PAGE_SIZE = 30;
export const MAX_PAGES = 10;

export type WhirEvent = 'transactionCreated' | 'statusChanged';

export interface TriggerSettings {
	events: WhirEvent[];
	/** Empty: any status. */
	statuses: string[];
	verification: Verification;
}

/** The event a (re-read) transaction is emitted as, or undefined when the settings skip it. */
export function eventFor(
	change: PollChange<IDataObject>,
	status: string,
	settings: TriggerSettings,
): WhirEvent | undefined {
	if (change.change === 'created' && settings.events.includes('transactionCreated'))
		return 'transactionCreated';
	if (!settings.events.includes('statusChanged')) return undefined;
	// A transaction first seen past "pending" has changed status since it was created.
	const changed = change.change === 'changed' ? status !== change.previous : status !== 'pending';
	return changed && (settings.statuses.length === 0 || settings.statuses.includes(status))
		? 'statusChanged'
		: undefined;
}

export interface EventLabel {
	event: WhirEvent;
	previousStatus?: string;
}

/**
 * The poll source over Whir's list, and the event label of each transaction it settles (kept
 * beside the transaction, so that what is emitted is the API's own answer plus the label).
 */
export function whirSource(
	ctx: IPollFunctions,
	settings: TriggerSettings,
): { source: PollSource<IDataObject>; labels: WeakMap<IDataObject, EventLabel> } {
	const manual = ctx.getMode() === 'manual';
	const v = settings.verification;
	const labels = new WeakMap<IDataObject, EventLabel>();
	const source: PollSource<IDataObject> = {
		pageSize: PAGE_SIZE,
		maxPages: MAX_PAGES,
		fetchPage: (offset, limit) => listTransactions(ctx, offset, limit, { ...v, verify: false }),
		id: (tx) => String(tx.id),
		version: (tx) => String(tx.status),
		isFinal: (tx) => isFinalStatus(tx.status),
		fetchOne: async (id) => await readTransaction(ctx, id, { ...v, verify: false }),
		async settle(change) {
			// Filter on the list first (saves a request), then on what the signed answer says.
			if (!manual && !eventFor(change, String(change.item.status), settings)) return null;
			const tx = await readTransaction(ctx, String(change.item.id), v);
			const event = manual ? 'transactionCreated' : eventFor(change, String(tx.status), settings);
			if (!event) return null;
			labels.set(tx, {
				event,
				...(change.change === 'changed' && !manual ? { previousStatus: change.previous } : {}),
			});
			return tx;
		},
	};
	return { source, labels };
}

export async function pollWhir(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
	const options = this.getNodeParameter('options', {}) as IDataObject;
	const events = this.getNodeParameter('events', []) as WhirEvent[];
	if (!Array.isArray(events) || events.length === 0) {
		throw new NodeOperationError(
			this.getNode(),
			'Choose at least one event (Transaction Created or Status Changed)',
		);
	}
	const settings: TriggerSettings = {
		events,
		statuses: (this.getNodeParameter('statuses', []) as string[]) ?? [],
		verification: await verificationFor(this, options),
	};
	const { source, labels } = whirSource(this, settings);
	const changes = await pollChanges.call(this, source);
	if (changes.length === 0) return null;
	return [changes.map(({ item }) => ({ json: { ...labels.get(item), ...item } }))];
}
