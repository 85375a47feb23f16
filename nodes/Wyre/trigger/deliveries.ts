import type { IDataObject, IWebhookFunctions } from 'n8n-workflow';
import { textField } from '../../shared/webhook/body';
import { safeEqual } from '../../shared/webhook/verify';
import { isRefusedRead, OBJECT_PATHS, ownAccountId, readObject, readOrder, WYRE_ID } from './api';
import { stateDigest } from './dedupe';
import { isManual, nodeData, recordedWatch, sameSrn, srnId } from './target';

/**
 * What a verified delivery comes to: refused (401, no execution), the API could not be asked (503,
 * no execution), authentic but filtered out (200, no execution), or data to emit with the key that
 * identifies its state (each key is emitted once).
 */
export type Outcome =
	| { kind: 'refuse' }
	| { kind: 'unavailable' }
	| { kind: 'ignore' }
	| { kind: 'emit'; data: IDataObject; key: string };

const REFUSE: Outcome = { kind: 'refuse' };
const IGNORE: Outcome = { kind: 'ignore' };

/** A failed read: no such object for our credential → refuse; the API unreachable → 503. */
const failedRead = (error: unknown): Outcome =>
	isRefusedRead(error) ? REFUSE : { kind: 'unavailable' };

function list(ctx: IWebhookFunctions, name: string): string[] {
	const value = ctx.getNodeParameter(name, []) as unknown;
	return Array.isArray(value) ? value.map((v) => String(v)) : [];
}

/** An empty filter lets everything through. */
const allows = (filter: string[], value: string) => filter.length === 0 || filter.includes(value);

/** The SRN without its type ("account:AC_1" → "AC_1"). */
const bareId = (srn: string) => srn.slice(srn.indexOf(':') + 1);

/** Whether a field of an object names the watched SRN (as an SRN, or as the bare id). */
function names(values: unknown[], srn: string): boolean {
	return values.some((v) => sameSrn(v, srn) || (typeof v === 'string' && v === bareId(srn)));
}

/** The wallet a wallet-transaction trigger watches: the activation's record, else the parameter. */
function watchedWallet(ctx: IWebhookFunctions): string {
	const recorded = recordedWatch(ctx, 'walletTransaction');
	if (recorded) return recorded.srn;
	const raw = ctx.getNodeParameter('walletId', '') as unknown;
	const value = raw && typeof raw === 'object' ? (raw as IDataObject).value : raw;
	return typeof value === 'string' && WYRE_ID.test(value.trim()) ? `wallet:${value.trim()}` : '';
}

/**
 * A signed wallet callback (the wallet transaction). It must concern the watched wallet; a
 * transaction whose source is a transfer (interest payouts, inventory §5.12) gets that transfer,
 * read from the API, as `sourceTransfer`.
 */
export async function walletTransaction(
	this: IWebhookFunctions,
	tx: IDataObject,
): Promise<Outcome> {
	const id = textField(tx, 'id');
	if (!id || !WYRE_ID.test(id)) return REFUSE;
	const wallet = watchedWallet(this);
	if (wallet && !sameSrn(tx.source, wallet) && !sameSrn(tx.dest, wallet)) return REFUSE;

	let type = (wallet ? sameSrn(tx.dest, wallet) : srnId(tx.dest, 'wallet') !== undefined)
		? 'incoming'
		: 'outgoing';
	let sourceTransfer: IDataObject | undefined;
	const transferId = srnId(tx.source, 'transfer');
	if (typeof tx.source === 'string' && tx.source.toLowerCase().startsWith('transfer:')) {
		if (!transferId) return REFUSE;
		try {
			sourceTransfer = await readObject(this, 'transfer', transferId);
		} catch (error) {
			return failedRead(error);
		}
		if (
			String(sourceTransfer.source ?? '')
				.toLowerCase()
				.startsWith('service:')
		)
			type = 'interestPayout';
	}

	const status = String(textField(tx, 'status') ?? '').toUpperCase();
	if (!allows(list(this, 'transactionStatuses'), status)) return IGNORE;
	if (!allows(list(this, 'transactionTypes'), type)) return IGNORE;
	const data: IDataObject = { ...tx };
	if (sourceTransfer) data.sourceTransfer = sourceTransfer;
	return { kind: 'emit', data, key: `transaction:${id}:${status}` };
}

/**
 * A subscription notice `{subscriptionId, trigger}`: with automatic registration it must name our
 * subscription and an object related to the subscribed one; the object is always read from the
 * API, and only the API's data is emitted.
 */
export async function objectUpdate(this: IWebhookFunctions, notice: IDataObject): Promise<Outcome> {
	const subscriptionId = textField(notice, 'subscriptionId');
	const trigger = textField(notice, 'trigger');
	if (!subscriptionId || !trigger) return REFUSE;
	const colon = trigger.indexOf(':');
	const type = trigger.slice(0, colon).toLowerCase();
	const id = trigger.slice(colon + 1);
	if (colon < 0 || !Object.prototype.hasOwnProperty.call(OBJECT_PATHS, type) || !WYRE_ID.test(id))
		return REFUSE;

	const manual = isManual(this);
	let watched = '';
	if (!manual) {
		const registration = nodeData(this).webhookId;
		const ours =
			typeof registration === 'string' && registration.startsWith('subscription:')
				? registration.slice('subscription:'.length)
				: '';
		if (!ours || !safeEqual(ours, subscriptionId)) return REFUSE;
		watched = recordedWatch(this, 'objectUpdate')?.srn ?? '';
		if (!watched) return REFUSE;
	}

	let object: IDataObject;
	try {
		object = await readObject(this, type, id);
	} catch (error) {
		return failedRead(error);
	}
	if (String(object.id ?? '') !== id) return REFUSE;
	if (watched && !sameSrn(trigger, watched)) {
		// Another object than the subscribed one (e.g. a transfer of the subscribed wallet).
		if (!names([object.owner, object.source, object.dest, object.srn], watched)) return REFUSE;
	}

	const status = String(object.status ?? '').toUpperCase();
	if (!allows(list(this, 'objectTypes'), type)) return IGNORE;
	if (type === 'transfer' && !allows(list(this, 'transferStatuses'), status)) return IGNORE;
	const state = type === 'transfer' ? status : stateDigest(object);
	return { kind: 'emit', data: object, key: `${type}:${id}:${state}` };
}

/**
 * A wallet-order webhook: the order is read from the API (W37) and must belong to the watched
 * account; only the API's data is emitted.
 */
export async function walletOrder(this: IWebhookFunctions, notice: IDataObject): Promise<Outcome> {
	const orderId = textField(notice, 'orderId');
	if (!orderId || !WYRE_ID.test(orderId) || !/^WO_/i.test(orderId)) return REFUSE;
	let order: IDataObject;
	let owner = recordedWatch(this, 'walletOrder')?.srn ?? '';
	try {
		order = await readOrder(this, orderId);
		if (!owner) owner = `account:${await ownAccountId(this)}`;
	} catch (error) {
		return failedRead(error);
	}
	if (String(order.id ?? '') !== orderId) return REFUSE;
	if (!names([order.owner, order.accountId], owner)) return REFUSE;

	const status = String(order.status ?? '').toUpperCase();
	if (!allows(list(this, 'orderStatuses'), status)) return IGNORE;
	return { kind: 'emit', data: order, key: `order:${orderId}:${status}` };
}
