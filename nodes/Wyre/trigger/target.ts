import type { IDataObject, IHookFunctions, IWebhookFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { ownAccountId, WYRE_ID } from './api';

/** The three kinds of delivery (inventory §3), chosen by the "Trigger On" parameter. */
export type Source = 'walletTransaction' | 'objectUpdate' | 'walletOrder';

const SOURCES: Source[] = ['walletTransaction', 'objectUpdate', 'walletOrder'];

/**
 * What an activation watches, kept in the node's static data: the source and the SRN of the
 * watched object (`wallet:WA_…`, the subscribed SRN, or `account:AC_…` for wallet orders; '' when
 * a manual trigger watches every object of the credential's account).
 */
export interface Watched {
	source: Source;
	srn: string;
}

type Ctx = IHookFunctions | IWebhookFunctions;

export function sourceOf(ctx: Ctx): Source {
	const value = ctx.getNodeParameter('events', 'walletTransaction') as string;
	if (!SOURCES.includes(value as Source))
		throw new NodeOperationError(ctx.getNode(), `Unknown event source "${String(value)}"`);
	return value as Source;
}

export function isManual(ctx: Ctx): boolean {
	return ctx.getNodeParameter('registration', 'automatic') === 'manual';
}

/** An id parameter (a resource locator or a string), checked for its prefix; '' when empty. */
function idParameter(ctx: Ctx, name: string, prefix: string, label: string): string {
	const raw = ctx.getNodeParameter(name, '') as unknown;
	const value = raw && typeof raw === 'object' && '__rl' in raw ? (raw as IDataObject).value : raw;
	const id = typeof value === 'string' ? value.trim() : '';
	if (id && (!WYRE_ID.test(id) || !id.toUpperCase().startsWith(prefix)))
		throw new NodeOperationError(ctx.getNode(), `${label}: "${id}" is not a ${prefix}… id`);
	return id;
}

/** The account SRN of an account parameter; empty: the credential's own account (W4). */
async function accountSrn(ctx: IHookFunctions, name: string): Promise<string> {
	const id = idParameter(ctx, name, 'AC_', 'Account ID') || (await ownAccountId(ctx));
	return `account:${id}`;
}

/** What the parameters say to watch (at activation; reads the own account id when needed). */
export async function watchedFromParameters(ctx: IHookFunctions): Promise<Watched> {
	const source = sourceOf(ctx);
	const manual = isManual(ctx);
	if (source === 'walletTransaction') {
		const wallet = idParameter(ctx, 'walletId', 'WA_', 'Wallet');
		if (!wallet && !manual)
			throw new NodeOperationError(ctx.getNode(), 'Wallet: choose the wallet to watch');
		return { source, srn: wallet ? `wallet:${wallet}` : '' };
	}
	if (source === 'walletOrder') return { source, srn: await accountSrn(ctx, 'orderAccountId') };
	if (manual) return { source, srn: '' };
	const type = ctx.getNodeParameter('subscribeTo', 'wallet') as string;
	if (type === 'wallet') {
		const wallet = idParameter(ctx, 'walletId', 'WA_', 'Wallet');
		if (!wallet) throw new NodeOperationError(ctx.getNode(), 'Wallet: choose the wallet');
		return { source, srn: `wallet:${wallet}` };
	}
	if (type === 'transfer') {
		const transfer = idParameter(ctx, 'transferId', 'TF_', 'Transfer ID');
		if (!transfer) throw new NodeOperationError(ctx.getNode(), 'Transfer ID: enter the transfer');
		return { source, srn: `transfer:${transfer}` };
	}
	if (type === 'account') return { source, srn: await accountSrn(ctx, 'accountId') };
	throw new NodeOperationError(ctx.getNode(), `Subscribe To: unknown type "${type}"`);
}

/** The node's static data (registration, what is watched, deliveries already emitted). */
export function nodeData(ctx: Ctx): IDataObject {
	return ctx.getWorkflowStaticData('node') as IDataObject;
}

export function saveWatched(ctx: Ctx, watched: Watched): void {
	const data = nodeData(ctx);
	data.source = watched.source;
	data.watched = watched.srn;
}

/**
 * What the activation recorded, for a delivery: undefined when nothing matching the node's current
 * source was recorded (then the delivery cannot be checked against a registration).
 */
export function recordedWatch(ctx: IWebhookFunctions, source: Source): Watched | undefined {
	const data = nodeData(ctx);
	if (data.source !== source || typeof data.watched !== 'string') return undefined;
	return { source, srn: data.watched };
}

/** The id of an SRN of the given type ("wallet:WA_1" → "WA_1"); undefined for anything else. */
export function srnId(srn: unknown, type: string): string | undefined {
	if (typeof srn !== 'string') return undefined;
	const colon = srn.indexOf(':');
	if (colon < 0 || srn.slice(0, colon).toLowerCase() !== type) return undefined;
	const id = srn.slice(colon + 1);
	return WYRE_ID.test(id) ? id : undefined;
}

/** Two SRNs name the same object (the type's case does not matter: paymentMethod/paymentmethod). */
export function sameSrn(a: unknown, b: unknown): boolean {
	if (typeof a !== 'string' || typeof b !== 'string') return false;
	const [ta, ...ra] = a.split(':');
	const [tb, ...rb] = b.split(':');
	return ta.toLowerCase() === tb.toLowerCase() && ra.join(':') === rb.join(':') && ra.length > 0;
}
