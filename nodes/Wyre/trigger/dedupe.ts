import { createHash } from 'crypto';
import type { IDataObject, IWebhookFunctions } from 'n8n-workflow';
import { nodeData } from './target';

/**
 * Deliveries already emitted, so that the same transaction or object state starts one execution:
 * Wyre may call twice for one transaction, debounces subscription notices, and anyone may replay
 * a body. The newest keys (short digests) live in the node's static data, which n8n saves after
 * the delivery; the list is bounded.
 */
export const MAX_SEEN = 500;

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

function seenList(ctx: IWebhookFunctions): string[] {
	const seen = nodeData(ctx).seen;
	return Array.isArray(seen) ? (seen as string[]) : [];
}

/** Whether this delivery key was emitted before. */
export function alreadySeen(ctx: IWebhookFunctions, key: string): boolean {
	return seenList(ctx).includes(digest(key));
}

/** Records an emitted delivery key (the oldest ones go beyond MAX_SEEN). */
export function markSeen(ctx: IWebhookFunctions, key: string): void {
	// A new list each time: n8n saves static data that was assigned to (not one changed in place).
	nodeData(ctx).seen = [...seenList(ctx), digest(key)].slice(-MAX_SEEN);
}
