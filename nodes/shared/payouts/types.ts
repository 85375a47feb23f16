import type { IDataObject } from 'n8n-workflow';

/**
 * One payout as the safety limits and Check Outcome see it: what the workflow asked the provider
 * to send. Amounts are decimal strings, exactly as sent.
 */
export interface Payout extends IDataObject {
	currency: string;
	amount: string;
	/** Address or SRN the money goes to. */
	destination: string;
	/** What the payout can be found by at the provider (description, label, customId), if any. */
	reference?: string;
	/** When the request carrying it was sent (ISO-8601), set by the runner. */
	sentAt?: string;
}

/** One input item of a money operation after its checks: the payouts it would send. */
export interface PreparedItem<T = unknown> {
	itemIndex: number;
	payouts: Payout[];
	input: T;
}

/**
 * What happened to an item of a payout run:
 * - sent: the provider accepted it (its answer is the output);
 * - refused: the provider refused it, documented refusal (nothing was paid);
 * - unknown: the request may or may not have been carried out (check before re-sending);
 * - not_sent: nothing was sent for it (bad input, or the run stopped before it).
 */
export type PayoutStatus = 'sent' | 'refused' | 'unknown' | 'not_sent';

/** How a failed request ended, as the transport classifies it (error.context.outcome). */
export type RequestOutcome = 'refused' | 'unknown' | 'not_sent' | 'failed';
