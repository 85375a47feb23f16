import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { errorItem } from '../items';
import type { PreparedItem } from './types';

/**
 * A payout run refused BEFORE anything was sent: a Safety Limit, an AI agent's run without limits,
 * or a bad item that blocks a request paying several items. Without Continue On Fail the run fails
 * with this error; with it, the runner never throws it (n8n would pass the input items through to
 * the success output) but turns it into one error item per input item (refusedItems).
 */
export interface RunRefusal {
	/** Why: 'safety_limit', 'ai_tool_without_limits', 'blocked_by_item', … (details.code). */
	code: string;
	/** The Safety Limit that refused (details.limit). */
	limit?: string;
	/** The item that caused the refusal (0-based here, shown counted from 1). */
	itemIndex?: number;
	/** The field at fault (details.field), for bad input found across items (e.g. a duplicate). */
	field?: string;
	/** Items that cannot be payouts and block the others (0-based). */
	blockedBy?: number[];
	description?: string;
}

export function refuseRun(
	ctx: IExecuteFunctions,
	message: string,
	refusal: RunRefusal,
): NodeOperationError {
	const error = new NodeOperationError(ctx.getNode(), message, {
		itemIndex: refusal.itemIndex ?? refusal.blockedBy?.[0],
		description: refusal.description ?? 'Nothing was sent.',
	});
	error.context.outcome = 'not_sent';
	error.context.refusal = { ...refusal } as IDataObject;
	return error;
}

/** Whether an error is a run-level refusal made by refuseRun. */
export function isRunRefusal(error: unknown): error is NodeOperationError {
	return !!(error as { context?: IDataObject })?.context?.refusal;
}

/**
 * For a group() whose request pays ALL items at once (one transaction): with Continue On Fail an
 * invalid item is left out of `prepared`, and the others must not go out as a partial transaction.
 * Refuses the run, naming the bad items; each bad item's own error item still names its field.
 */
export function requireAllItems(
	ctx: IExecuteFunctions,
	prepared: PreparedItem[],
	what = 'the transaction paying all items',
): void {
	const total = ctx.getInputData().length;
	if (prepared.length >= total) return;
	const ok = new Set(prepared.map((p) => p.itemIndex));
	const bad = [...Array(total).keys()].filter((k) => !ok.has(k));
	const names = bad.map((k) => k + 1).join(', ');
	throw refuseRun(ctx, `Item ${names} cannot be a payout, so ${what} is not sent`, {
		code: 'blocked_by_item',
		blockedBy: bad,
		description: `Nothing was sent. Fix item ${names} (its error names the field), or remove it from the input.`,
	});
}

/**
 * The output of a refused run with Continue On Fail: one error item per input item, paired with
 * it. Items that were invalid keep their own error (naming the field); the others carry the
 * refusal, naming the item that caused it. Every one says outcome "not_sent".
 */
export function refusedItems(
	error: Error & { description?: string | null; context?: IDataObject },
	total: number,
	ownErrors: Map<number, Error>,
	prepared: Map<number, PreparedItem>,
): INodeExecutionData[] {
	// Any other error thrown before sending (bad input across items, e.g. a duplicate) refuses too.
	const context = error.context ?? {};
	const refusal = (context.refusal ?? {
		code: typeof context.code === 'string' ? context.code : 'refused_before_sending',
		itemIndex: typeof context.itemIndex === 'number' ? context.itemIndex : undefined,
		field: typeof context.field === 'string' ? context.field : undefined,
	}) as RunRefusal;
	const culprits =
		refusal.blockedBy ?? (refusal.itemIndex !== undefined ? [refusal.itemIndex] : []);
	const out: INodeExecutionData[] = [];
	for (let i = 0; i < total; i++) {
		const own = ownErrors.get(i);
		const payouts = (prepared.get(i)?.payouts ?? []).map((p) => ({ ...p }));
		const extra: IDataObject = { outcome: 'not_sent' };
		if (payouts.length === 1) extra.payout = payouts[0];
		else if (payouts.length > 1) extra.payouts = payouts;
		if (own) {
			out.push(errorItem(own, i, extra));
			continue;
		}
		const because =
			culprits.length && !culprits.includes(i)
				? `Not sent because of item ${culprits.map((k) => k + 1).join(', ')}: `
				: '';
		const itemError = Object.assign(new Error(because + error.message), {
			description: /nothing was sent/i.test(error.description ?? '')
				? error.description
				: `Nothing was sent. ${error.description ?? ''}`.trim(),
		});
		const details: IDataObject = { code: refusal.code };
		if (refusal.limit) details.limit = refusal.limit;
		if (refusal.field) details.field = refusal.field;
		if (culprits.length) details.item = culprits[0] + 1;
		out.push(errorItem(itemError, i, { ...details, ...extra }));
	}
	return out;
}
