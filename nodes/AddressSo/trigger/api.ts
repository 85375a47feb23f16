/** The Address.so requests of the trigger: reads for confirmation and lists, webhook registration. */
import type { IDataObject } from 'n8n-workflow';
import type { RequestContext } from '../../shared/transport';
import { addressSoResult } from '../transport';

/** A read (retried on 429/5xx by the shared transport); the envelope's `result`. */
export async function addressSoRead(
	this: RequestContext,
	path: string,
	action: string,
): Promise<unknown> {
	return await addressSoResult.call(this, 'GET', path, 'read', { action });
}

/** A webhook as Address.so describes it (A35-A39). */
export interface RegisteredWebhook {
	id: string;
	url: string;
	type: string;
	entityId: string;
}

function asWebhook(value: unknown): RegisteredWebhook | undefined {
	if (!value || typeof value !== 'object') return undefined;
	const w = value as IDataObject;
	const entity = (w.entity ?? {}) as IDataObject;
	const entityId = w.entity_id ?? entity.id;
	if (w.id === undefined || w.id === null) return undefined;
	return {
		id: String(w.id),
		url: String(w.url ?? ''),
		type: String(w.type ?? ''),
		entityId: entityId === undefined || entityId === null ? '' : String(entityId),
	};
}

/** Every webhook of the user (GET /api/webhooks). */
export async function listWebhooks(this: RequestContext): Promise<RegisteredWebhook[]> {
	const result = await addressSoRead.call(this, '/api/webhooks', 'Listing the webhooks');
	const list = Array.isArray(result) ? result : [];
	return list.map(asWebhook).filter((w): w is RegisteredWebhook => w !== undefined);
}

/** Registers a callback URL for a wallet or an account (POST /api/webhooks). */
export async function createWebhook(
	this: RequestContext,
	url: string,
	type: 'wallet' | 'account',
	entityId: string,
): Promise<RegisteredWebhook> {
	const result = await addressSoResult.call(this, 'POST', '/api/webhooks', 'write', {
		body: { url, type, entity_id: entityId },
		action: 'Registering the webhook',
	});
	const webhook = asWebhook(result);
	if (!webhook) throw new Error('Address.so answered the webhook registration without an id');
	return webhook;
}

/** Removes a webhook (DELETE /api/webhooks/{id}). */
export async function deleteWebhook(this: RequestContext, id: string): Promise<void> {
	await addressSoResult.call(this, 'DELETE', `/api/webhooks/${encodeURIComponent(id)}`, 'write', {
		action: 'Removing the webhook',
	});
}
