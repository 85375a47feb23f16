import type { IDataObject, IHookFunctions } from 'n8n-workflow';
import type { WebhookRegistrar } from '../../shared/webhook/registration';
import { manualRegistration, registeringWebhook } from '../../shared/webhook/registration';
import {
	createSubscription,
	deleteSubscription,
	listSubscriptions,
	readObject,
	registerOrderWebhook,
	setWalletCallback,
} from './api';
import type { Watched } from './target';
import { isManual, nodeData, saveWatched, sameSrn, srnId, watchedFromParameters } from './target';

/**
 * Registration at Wyre, one shape per source. The registration id kept in static data says what
 * to undo: `callback:WA_…` (the wallet's callback URL, whose previous value is kept as
 * `previousCallbackUrl`), `subscription:<id>`, or `walletOrder:account:AC_…` (W40 offers no way to
 * read or remove a wallet-order webhook: it is registered again on every activation and stays at
 * Wyre after deactivation, where n8n then answers 404 and starts nothing).
 */

function splitId(id: string): { kind: string; ref: string } {
	const colon = id.indexOf(':');
	return { kind: id.slice(0, colon), ref: id.slice(colon + 1) };
}

function isNotFound(error: unknown): boolean {
	const e = error as { httpCode?: string; context?: IDataObject };
	return e?.context?.providerCode === 'NotFoundException' || String(e?.httpCode) === '404';
}

/** The work's result, or undefined when Wyre answers that the object is gone (other errors stay). */
async function unlessGone<T>(work: () => Promise<T>): Promise<T | undefined> {
	return await work().catch(async (error: unknown) => {
		if (isNotFound(error)) return undefined;
		return await Promise.reject(error as Error);
	});
}

/** Removes a registration (already gone at Wyre is fine) and forgets what it watched. */
async function removeRegistration(this: IHookFunctions, id: string): Promise<void> {
	const data = nodeData(this);
	const { kind, ref } = splitId(id);
	if (kind === 'callback') {
		const wallet = await unlessGone(async () => await readObject(this, 'wallet', ref));
		// Restore the previous URL only where ours is still set: a URL someone set since stays.
		if (wallet && wallet.callbackUrl === data.webhookUrl) {
			const previous = typeof data.previousCallbackUrl === 'string' ? data.previousCallbackUrl : '';
			// No previous URL: remove ours (null clears the field).
			await unlessGone(async () => await setWalletCallback(this, ref, previous || null));
		}
		delete data.previousCallbackUrl;
	} else if (kind === 'subscription') {
		await unlessGone(async () => await deleteSubscription(this, ref));
	}
	delete data.source;
	delete data.watched;
}

async function register(this: IHookFunctions, watched: Watched, url: string): Promise<string> {
	const data = nodeData(this);
	if (watched.source === 'walletTransaction') {
		const walletId = srnId(watched.srn, 'wallet') as string;
		const wallet = await readObject(this, 'wallet', walletId);
		const current = typeof wallet.callbackUrl === 'string' ? wallet.callbackUrl : '';
		// Ours already (static data lost, or a re-registration): keep what was recorded before.
		if (current !== url) data.previousCallbackUrl = current;
		else if (typeof data.previousCallbackUrl !== 'string') data.previousCallbackUrl = '';
		await setWalletCallback(this, walletId, url);
		return `callback:${walletId}`;
	}
	if (watched.source === 'objectUpdate') {
		return `subscription:${await createSubscription(this, watched.srn, url)}`;
	}
	await registerOrderWebhook(this, watched.srn, url);
	return `walletOrder:${watched.srn}`;
}

const registrar: WebhookRegistrar = {
	async exists(id, url) {
		const watched = await watchedFromParameters(this);
		const data = nodeData(this);
		if (data.source !== watched.source || data.watched !== watched.srn) {
			// The node now watches something else: undo the old registration, then register anew.
			await removeRegistration.call(this, id);
			return false;
		}
		const { kind, ref } = splitId(id);
		if (kind === 'callback') {
			const wallet = await readObject(this, 'wallet', ref);
			return wallet.callbackUrl === url;
		}
		if (kind === 'subscription') {
			const subscriptions = await listSubscriptions(this);
			return subscriptions.some(
				(s) =>
					s.id === ref &&
					s.notifyTarget === url &&
					sameSrn(s.subscribed ?? s.subscribeTo, watched.srn),
			);
		}
		// A wallet-order webhook cannot be read back: register it again.
		return false;
	},
	async create(url) {
		const watched = await watchedFromParameters(this);
		const id = await register.call(this, watched, url);
		saveWatched(this, watched);
		return { id };
	},
	async remove(id) {
		await removeRegistration.call(this, id);
	},
};

const automatic = registeringWebhook(registrar);

/**
 * Manual: nothing is registered; activation checks the settings (a chosen wallet must exist) and
 * records what is watched. A registration left from an automatic activation is undone first.
 */
const manual = manualRegistration(async function (this: IHookFunctions) {
	if (typeof nodeData(this).webhookId === 'string') await automatic.default.delete.call(this);
	const watched = await watchedFromParameters(this);
	const walletId = srnId(watched.srn, 'wallet');
	if (walletId) await readObject(this, 'wallet', walletId);
	saveWatched(this, watched);
});

/** The trigger's webhookMethods: automatic or manual registration, by the node's setting. */
export const wyreWebhookMethods = {
	default: {
		async checkExists(this: IHookFunctions): Promise<boolean> {
			if (isManual(this)) return await manual.default.checkExists.call(this);
			// Registered for another URL of this node (n8n's webhook URL changed): undo it first,
			// or the old registration would stay at Wyre (and be taken for the previous value).
			const data = nodeData(this);
			const url = this.getNodeWebhookUrl('default') as string;
			if (typeof data.webhookId === 'string' && data.webhookUrl !== url) {
				await removeRegistration.call(this, data.webhookId);
				delete data.webhookId;
				delete data.webhookUrl;
			}
			return await automatic.default.checkExists.call(this);
		},
		async create(this: IHookFunctions): Promise<boolean> {
			return isManual(this)
				? await manual.default.create.call(this)
				: await automatic.default.create.call(this);
		},
		async delete(this: IHookFunctions): Promise<boolean> {
			const data = nodeData(this);
			if (typeof data.webhookId === 'string') await automatic.default.delete.call(this);
			delete data.source;
			delete data.watched;
			return true;
		},
	},
};
