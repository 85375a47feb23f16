import type { IDataObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';
import type { RequestContext } from '../../shared/transport';
import { wyreRequest } from '../transport';

/**
 * The Wyre API calls of the trigger: registration (wallet callback URL W25/W27, subscriptions
 * W30-W32, wallet-order webhook W40) and the reads that confirm a delivery (W16, W6, W25, W11, W37).
 */

/** An id Wyre gives objects (WA_…, AC_…, TF_…, subscription ids): safe in a URL path. */
export const WYRE_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

/** The object types a subscription notice may name, and where each is read. */
export const OBJECT_PATHS: Record<string, (id: string) => string> = {
	transfer: (id) => `/v3/transfers/${id}`,
	account: (id) => `/v3/accounts/${id}`,
	wallet: (id) => `/v2/wallet/${id}`,
	paymentmethod: (id) => `/v2/paymentMethod/${id}`,
};

function asObject(value: unknown): IDataObject {
	return value && typeof value === 'object' && !Array.isArray(value) ? (value as IDataObject) : {};
}

/** A read of one object; the id is checked before it goes into the path. */
export async function readObject(
	ctx: RequestContext,
	type: string,
	id: string,
): Promise<IDataObject> {
	const path = OBJECT_PATHS[type];
	if (!path || !WYRE_ID.test(id)) throw new NodeOperationError(ctx.getNode(), `not a ${type} id`);
	return asObject(
		await wyreRequest.call(ctx, 'GET', path(id), 'read', { action: `Reading ${type} ${id}` }),
	);
}

/** The wallet order (W37). */
export async function readOrder(ctx: RequestContext, id: string): Promise<IDataObject> {
	if (!WYRE_ID.test(id)) throw new NodeOperationError(ctx.getNode(), 'not an order id');
	return asObject(
		await wyreRequest.call(ctx, 'GET', `/v3/orders/${id}`, 'read', {
			action: `Reading wallet order ${id}`,
		}),
	);
}

/** The credential's own account id (W4). */
export async function ownAccountId(ctx: RequestContext): Promise<string> {
	const account = asObject(
		await wyreRequest.call(ctx, 'GET', '/v2/account', 'read', {
			action: 'Reading the account of the credential',
		}),
	);
	const id = typeof account.id === 'string' ? account.id : '';
	if (!WYRE_ID.test(id))
		throw new NodeOperationError(ctx.getNode(), 'Wyre answered no account id for this credential');
	return id;
}

/** Sets a wallet's callback URL (W27); null removes it. */
export async function setWalletCallback(
	ctx: RequestContext,
	walletId: string,
	callbackUrl: string | null,
): Promise<IDataObject> {
	return asObject(
		await wyreRequest.call(ctx, 'POST', `/v2/wallet/${walletId}/update`, 'write', {
			body: { callbackUrl },
			action: `Setting the callback URL of wallet ${walletId}`,
		}),
	);
}

/** Subscribes `url` to the changes of the object `srn` (W30); returns the subscription id. */
export async function createSubscription(
	ctx: RequestContext,
	srn: string,
	url: string,
): Promise<string> {
	const answer = asObject(
		await wyreRequest.call(ctx, 'POST', '/v3/subscriptions', 'write', {
			body: { subscribeTo: srn, notifyTarget: url },
			action: `Subscribing to ${srn}`,
		}),
	);
	const id = typeof answer.id === 'string' ? answer.id : '';
	if (!WYRE_ID.test(id))
		throw new NodeOperationError(ctx.getNode(), 'Wyre answered no subscription id');
	return id;
}

/** Every subscription of the account (W31), page by page (the list shape is not documented). */
export async function listSubscriptions(ctx: RequestContext): Promise<IDataObject[]> {
	const limit = 100;
	const all: IDataObject[] = [];
	for (let offset = 0; offset < 10_000; offset += limit) {
		const answer = await wyreRequest.call(ctx, 'GET', '/v3/subscriptions', 'read', {
			qs: { offset, limit },
			action: 'Listing the subscriptions',
		});
		const page = (Array.isArray(answer) ? answer : asObject(answer).data) as unknown;
		const list = Array.isArray(page) ? page.map(asObject) : [];
		all.push(...list);
		if (list.length < limit) break;
	}
	return all;
}

/** Deletes a subscription (W32). */
export async function deleteSubscription(ctx: RequestContext, id: string): Promise<void> {
	await wyreRequest.call(ctx, 'DELETE', `/v3/subscriptions/${id}`, 'write', {
		action: `Deleting subscription ${id}`,
		emptySuccess: true,
	});
}

/** Registers the wallet-order webhook of an account (W40). */
export async function registerOrderWebhook(
	ctx: RequestContext,
	owner: string,
	url: string,
): Promise<void> {
	await wyreRequest.call(ctx, 'POST', '/v2/digitalwallet/webhook', 'write', {
		body: { owner, webhook: url },
		action: `Registering the wallet-order webhook of ${owner}`,
	});
}

/**
 * Whether a failed read means "no such object for this credential" (a 4xx answer: not found,
 * invalid id, access denied) rather than "the API could not be asked" (network, 429, 5xx).
 */
export function isRefusedRead(error: unknown): boolean {
	// Anything but an API answer (e.g. an id that may not go into a path) was refused here.
	if (!(error instanceof NodeApiError)) return true;
	const status = Number(error.httpCode);
	return status >= 400 && status < 500 && status !== 429;
}
