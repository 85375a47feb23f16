import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import type { MoneyOperation } from '../registry';
import { cancelSignal } from '../cancel';
import { errorItem, toNodeError } from '../items';
import { checkSafetyLimits, recordPayouts } from './guard';
import { refusedItems } from './refusal';
import type { PayoutStatus, PreparedItem, RequestOutcome } from './types';

interface ItemResult {
	status: PayoutStatus | 'invalid';
	outputs?: IDataObject[];
	error?: Error;
	item?: PreparedItem;
}

/** How the transport classified a failed request (see transport errors), 'failed' when not said. */
export function outcomeOf(error: unknown): RequestOutcome {
	const outcome = (error as { context?: IDataObject })?.context?.outcome;
	return outcome === 'refused' || outcome === 'unknown' || outcome === 'not_sent'
		? outcome
		: 'failed';
}

const NOT_SENT_AFTER_UNKNOWN =
	'Not sent: an earlier payout of this run has an UNKNOWN outcome, so the run stopped before this one. Resolve it (Check Outcome) before sending this again.';
const NOT_SENT_AFTER_ERROR = 'Not sent: the run stopped at an earlier error, before this payout.';
const NOT_SENT_CANCELLED =
	'Not sent: the execution was cancelled before this payout (the payouts sent before it are reported as they ended).';

/** The error-output item of an item that was not paid (or may have been): what Check Outcome needs. */
function failedItem(result: ItemResult, itemIndex: number): INodeExecutionData {
	const error = result.error ?? new Error(NOT_SENT_AFTER_ERROR);
	const payouts = (result.item?.payouts ?? []).map((p) => ({ ...p }));
	const extra: IDataObject = { outcome: result.status === 'invalid' ? 'not_sent' : result.status };
	if (payouts.length === 1) extra.payout = payouts[0];
	else if (payouts.length > 1) extra.payouts = payouts;
	return errorItem(error, itemIndex, extra);
}

/**
 * Every unknown outcome says so in its message (a provider's own error for an untrustworthy
 * answer may not), so that no one reads it as a plain failure and sends the payout again.
 */
function sayUnknown(error: Error, status: PayoutStatus): void {
	if (status === 'unknown' && error && !/UNKNOWN/.test(error.message ?? ''))
		error.message = `The outcome of this payout is UNKNOWN: ${error.message}`;
}

/** "items 1–4: sent; item 5: UNKNOWN; items 6–1000: not sent", items counted from 1 as n8n shows. */
export function summarize(results: ItemResult[]): string {
	const parts: string[] = [];
	let i = 0;
	while (i < results.length) {
		const status = results[i]?.status ?? 'not_sent';
		let j = i;
		while (j + 1 < results.length && (results[j + 1]?.status ?? 'not_sent') === status) j++;
		const label = {
			sent: 'sent',
			refused: 'refused',
			unknown: 'UNKNOWN outcome',
			not_sent: 'not sent',
			invalid: 'not sent (invalid input)',
		}[status];
		parts.push(`${i === j ? `item ${i + 1}` : `items ${i + 1}–${j + 1}`}: ${label}`);
		i = j + 1;
	}
	return parts.join('; ');
}

/**
 * Runs a money operation over all input items: every item is prepared (checked) and the safety
 * limits are applied before anything is sent; then the batches are sent one after the other. At
 * the first UNKNOWN outcome nothing more is sent. With Continue On Fail every item gets an output
 * (sent, refused, unknown or not sent, paired with its input item); without it, the run fails at
 * the first failure with an error that still reports, per item, what was sent.
 */
export async function runPayouts(
	this: IExecuteFunctions,
	op: MoneyOperation<unknown>,
): Promise<INodeExecutionData[]> {
	const items = this.getInputData();
	const continueOnFail = this.continueOnFail();
	const results: ItemResult[] = new Array(items.length);
	const prepared: PreparedItem[] = [];
	for (let i = 0; i < items.length; i++) {
		try {
			const { payouts, input } = await op.prepare.call(this, i);
			const item = { itemIndex: i, payouts, input };
			prepared.push(item);
			results[i] = { status: 'not_sent', item };
		} catch (error) {
			// Nothing has been sent yet: without Continue On Fail, fail the whole run now.
			if (!continueOnFail) throw toNodeError(this.getNode(), error, i);
			results[i] = { status: 'invalid', error };
		}
	}
	let batches: PreparedItem[][];
	try {
		checkSafetyLimits(this, prepared);
		batches = op.group ? op.group.call(this, prepared) : prepared.map((p) => [p]);
	} catch (error) {
		// Refused before anything was sent. With Continue On Fail never throw (n8n would pass the
		// input items through to the success output): one error item per input item instead.
		if (!continueOnFail) throw toNodeError(this.getNode(), error, error?.context?.itemIndex ?? 0);
		const own = new Map<number, Error>();
		results.forEach((r, i) => r.status === 'invalid' && r.error && own.set(i, r.error));
		return refusedItems(error, items.length, own, new Map(prepared.map((p) => [p.itemIndex, p])));
	}
	let stop: 'unknown' | 'error' | 'cancelled' | undefined;
	const signal = cancelSignal(this);
	let firstFailure: Error | undefined;
	for (const batch of batches) {
		// A stopped execution sends nothing more; what was sent is still reported.
		if (!stop && signal?.aborted) {
			stop = 'cancelled';
			firstFailure ??= new Error(NOT_SENT_CANCELLED);
		}
		if (stop) {
			const error = new Error(
				{
					unknown: NOT_SENT_AFTER_UNKNOWN,
					error: NOT_SENT_AFTER_ERROR,
					cancelled: NOT_SENT_CANCELLED,
				}[stop],
			);
			for (const p of batch) results[p.itemIndex] = { status: 'not_sent', error, item: p };
			continue;
		}
		const sentAt = new Date().toISOString();
		for (const p of batch) for (const payout of p.payouts) payout.sentAt = sentAt;
		try {
			const outputs = await op.send.call(this, batch);
			batch.forEach(
				(p, k) => (results[p.itemIndex] = { status: 'sent', outputs: outputs[k] ?? [], item: p }),
			);
			recordPayouts(
				this,
				batch.reduce((n, p) => n + p.payouts.length, 0),
			);
		} catch (error) {
			const outcome = outcomeOf(error);
			// Only a proven refusal or a request that never left is "not paid"; anything else may have been.
			const status: PayoutStatus =
				outcome === 'refused' || outcome === 'not_sent' ? outcome : 'unknown';
			sayUnknown(error, status);
			for (const p of batch) results[p.itemIndex] = { status, error, item: p };
			if (status === 'unknown')
				recordPayouts(
					this,
					batch.reduce((n, p) => n + p.payouts.length, 0),
				);
			firstFailure ??= error;
			if (status === 'unknown') stop = 'unknown';
			else if (!continueOnFail) stop = 'error';
		}
	}

	if (firstFailure && !continueOnFail) throw runFailure.call(this, firstFailure, results);
	const out: INodeExecutionData[] = [];
	results.forEach((r, i) => {
		if (r.status === 'sent') {
			for (const json of r.outputs ?? []) out.push({ json, pairedItem: { item: i } });
		} else {
			out.push(failedItem(r, i));
		}
	});
	return out;
}

/** The run's error, carrying per item what happened (in the description and context.itemResults). */
function runFailure(this: IExecuteFunctions, error: Error, results: ItemResult[]) {
	const failedAt = results.findIndex((r) => r && r.status !== 'sent' && r.status !== 'not_sent');
	const nodeError = toNodeError(this.getNode(), error, Math.max(failedAt, 0));
	const anySent = results.some((r) => r?.status === 'sent' || r?.status === 'unknown');
	const report = summarize(results);
	const resume = anySent
		? ' To resume safely, send only the items reported "not sent" (and those Check Outcome reports as not_sent); turn on "On Error: Continue (using error output)" to get this report as items.'
		: '';
	nodeError.description = [nodeError.description, `Per item: ${report}.${resume}`]
		.filter(Boolean)
		.join(' ');
	nodeError.context.itemResults = results.map((r, i) => ({
		itemIndex: i,
		status: r?.status === 'invalid' ? 'not_sent' : (r?.status ?? 'not_sent'),
		...(r?.item?.payouts?.length ? { payouts: r.item.payouts.map((p) => ({ ...p })) } : {}),
		...(r?.status === 'sent' ? { result: r.outputs ?? [] } : {}),
	}));
	return nodeError;
}
