/**
 * Each transaction is emitted once: Address.so may notify the same last transaction again (a balance
 * change without a new transaction, or a repeated delivery). The uuids of the last emitted ones are
 * remembered in the process's memory (n8n serves every delivery of a trigger in one process: the
 * main, or the webhook process in queue mode), and also written to the workflow's static data for
 * where n8n keeps it: n8n 2.41 does not save static data changed by a delivery that starts an
 * execution (the execution saves its own copy), so after a restart a repeat may be emitted again.
 */
import type { IWebhookFunctions } from 'n8n-workflow';

/** How many transaction uuids are remembered per trigger. */
export const MAX_REMEMBERED = 500;

const SEEN_KEY = 'emittedTransactions';

/** Per trigger (workflow and node): the uuids being emitted in this process right now or lately. */
const inProcess = new Map<string, string[]>();

function remember(list: string[], uuid: string): string[] {
	return [...list.filter((u) => u !== uuid), uuid].slice(-MAX_REMEMBERED);
}

/** True the first time a transaction uuid is seen by this trigger (and from then on remembered). */
export function firstDelivery(ctx: IWebhookFunctions, uuid: string): boolean {
	const data = ctx.getWorkflowStaticData('node');
	const saved = Array.isArray(data[SEEN_KEY])
		? (data[SEEN_KEY] as unknown[]).filter((u): u is string => typeof u === 'string')
		: [];
	const key = `${ctx.getWorkflow().id ?? ''}\u0000${ctx.getNode().id}`;
	const local = inProcess.get(key) ?? [];
	if (saved.includes(uuid) || local.includes(uuid)) return false;
	inProcess.set(key, remember(local, uuid));
	data[SEEN_KEY] = remember(saved, uuid);
	return true;
}
