import { createHash } from 'crypto';
import type { IDataObject, IWebhookFunctions } from 'n8n-workflow';
import { nodeData } from './target';

/**
 * Deliveries already emitted, so that the same transaction or object state starts one execution:
 * Wyre may call twice for one transaction, and anyone may replay a body. The newest keys (short
 * digests) are kept in two places:
 * - in this process's memory: n8n 2.41 does not save static data that a delivery changed when the
 *   delivery starts an execution (its workflow runner wraps the same static data again, which
 *   clears the "changed" flag before n8n saves it), so memory is what holds in a single process;
 * - in the node's static data: saved where n8n does save it (e.g. a queue-mode webhook process
 *   that only enqueues the execution), so other processes and restarts may know it too.
 * Both are bounded.
 */
export const MAX_SEEN = 500;
const MAX_TRIGGERS = 1000;

const memory = new Map<string, string[]>();

function digest(text: string): string {
	return createHash('sha256').update(text).digest('hex').slice(0, 24);
}

/** A digest of any JSON value, independent of key order. */
export function stateDigest(value: unknown): string {
	const canonical = (v: unknown): unknown => {
		if (Array.isArray(v)) return v.map(canonical);
		if (v && typeof v === 'object') {
			const out: IDataObject = {};
			for (const key of Object.keys(v).sort())
				out[key] = canonical((v as IDataObject)[key]) as never;
			return out;
		}
		return v;
	};
	return digest(JSON.stringify(canonical(value)));
}

/** This trigger node in memory: its workflow and node. */
function memoryKey(ctx: IWebhookFunctions): string {
	return `${String(ctx.getWorkflow().id)}\u0000${ctx.getNode().name}`;
}

function stored(ctx: IWebhookFunctions): string[] {
	const seen = nodeData(ctx).seen;
	return Array.isArray(seen) ? (seen as string[]) : [];
}

/** Whether this delivery key was emitted before (in this process, or as static data says). */
export function alreadySeen(ctx: IWebhookFunctions, key: string): boolean {
	const d = digest(key);
	return (memory.get(memoryKey(ctx)) ?? []).includes(d) || stored(ctx).includes(d);
}

/** Records an emitted delivery key (the oldest ones go beyond MAX_SEEN). */
export function markSeen(ctx: IWebhookFunctions, key: string): void {
	const d = digest(key);
	const mk = memoryKey(ctx);
	const list = [...(memory.get(mk) ?? []), d].slice(-MAX_SEEN);
	memory.delete(mk); // re-inserted as the newest trigger
	memory.set(mk, list);
	if (memory.size > MAX_TRIGGERS) memory.delete(memory.keys().next().value as string);
	// A new list each time: n8n saves static data that was assigned to (not one changed in place).
	nodeData(ctx).seen = [...stored(ctx), d].slice(-MAX_SEEN);
}

/** Forgets what this process remembers (tests: a new process, static data alone). */
export function forgetEmittedInMemory(): void {
	memory.clear();
}
