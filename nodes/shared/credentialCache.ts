import type {
	ICredentialDataDecryptedObject,
	ICredentialsDecrypted,
	IDataObject,
	IExecuteFunctions,
	IHookFunctions,
	ILoadOptionsFunctions,
	IPollFunctions,
	IWebhookFunctions,
} from 'n8n-workflow';

/** Every context our requests are made from. */
export type RequestContext =
	IExecuteFunctions | ILoadOptionsFunctions | IHookFunctions | IWebhookFunctions | IPollFunctions;

/** The credential, loaded once per execution context (not once per request). */
const credentialCache = new WeakMap<object, Map<string, Promise<IDataObject>>>();

/**
 * How long a trigger keeps a credential between webhook deliveries. Outside an execution n8n
 * resolves a credential in a fresh expression isolate, which costs more than the whole delivery;
 * a credential edited in n8n applies to deliveries from a few seconds later. Only the credential's
 * fields are kept: every request is still signed anew (timestamp, nonce, signature).
 */
export const WEBHOOK_CREDENTIAL_TTL_MS = 5000;
const deliveryCache = new Map<string, { until: number; data: Promise<IDataObject> }>();

function isWebhookContext(ctx: RequestContext): ctx is IWebhookFunctions {
	return typeof (ctx as Partial<IWebhookFunctions>).getRequestObject === 'function';
}

/** The saved credential a node uses for `type` ({id, name}), or undefined when it has none saved. */
function savedCredential(ctx: RequestContext, type: string) {
	const ref = ctx.getNode().credentials?.[type];
	return ref?.id ? { id: ref.id, name: ref.name } : undefined;
}

/** The credential of a webhook delivery, shared by the deliveries of the last few seconds. */
function deliveryCredentials(ctx: IWebhookFunctions, type: string): Promise<IDataObject> {
	const saved = savedCredential(ctx, type);
	if (!saved) return ctx.getCredentials(type) as Promise<IDataObject>;
	const key = `${type}\u0000${saved.id}`;
	const now = Date.now();
	let entry = deliveryCache.get(key);
	if (!entry || entry.until <= now) {
		const fresh = {
			until: now + WEBHOOK_CREDENTIAL_TTL_MS,
			data: ctx.getCredentials(type) as Promise<IDataObject>,
		};
		fresh.data.catch(() => {
			if (deliveryCache.get(key) === fresh) deliveryCache.delete(key);
		});
		deliveryCache.set(key, (entry = fresh));
	}
	// each delivery gets its own copy: nothing one delivery does to it reaches the next
	return entry.data.then((data) => ({ ...data }));
}

export function cachedCredentials(ctx: RequestContext, type: string): Promise<IDataObject> {
	let perType = credentialCache.get(ctx);
	if (!perType) credentialCache.set(ctx, (perType = new Map()));
	let p = perType.get(type);
	if (!p) {
		p = isWebhookContext(ctx)
			? deliveryCredentials(ctx, type)
			: (ctx.getCredentials(type) as Promise<IDataObject>);
		perType.set(type, p);
		p.catch(() => perType?.delete(type));
	}
	return p;
}

/**
 * The credential as n8n's request helper takes it, so that it is not loaded and decrypted again
 * for every request (undefined when the node has no saved credential of this type: n8n loads it).
 * authenticate() still signs each request anew: a timestamp, nonce or signature is never reused.
 */
export function decrypted(
	ctx: RequestContext,
	type: string,
	data: IDataObject,
): ICredentialsDecrypted | undefined {
	const saved = savedCredential(ctx, type);
	return saved && { ...saved, type, data: data as ICredentialDataDecryptedObject };
}
