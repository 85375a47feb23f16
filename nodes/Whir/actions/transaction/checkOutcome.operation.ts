import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import type { ItemOperation } from '../../../shared/registry';
import { invalidInput } from '../../../shared/params';
import type { CheckResult } from '../../../shared/payouts/check';
import { payoutsToCheck } from '../../../shared/payouts/check';
import type { Payout } from '../../../shared/payouts/types';
import {
	addressKey,
	checkNetwork,
	checkPayoutAddress,
	checkPayoutAmount,
	samePayouts,
} from '../../helpers/payouts';
import { listTransactions } from '../../helpers/transactions';
import { verificationFor } from '../../helpers/verify';
import { networkOption } from '../common.descriptions';

const PAGE_SIZE = 30;
const MAX_PAGES = 20;
/** A transaction's `created` (with its time zone) lies this close to the send time, clocks allowing. */
const MATCH_WINDOW_MS = 15 * 60_000;
/** A transaction sent less than this long ago may not be listed yet. */
const SETTLE_MS = 60_000;

const manual = { show: { payoutSource: ['manual'] } };

const properties: INodeProperties[] = [
	{
		displayName: 'Payout Source',
		name: 'payoutSource',
		type: 'options',
		options: [
			{
				name: 'From Input Item',
				value: 'input',
				description:
					'The error output of Transaction → Create (its details.payout or details.payouts)',
			},
			{ name: 'Enter Manually', value: 'manual' },
		],
		default: 'input',
	},
	{
		displayName: 'Address',
		name: 'destination',
		type: 'string',
		default: '',
		required: true,
		displayOptions: manual,
	},
	{
		displayName: 'Amount (BTC)',
		name: 'amount',
		type: 'string',
		default: '',
		required: true,
		displayOptions: manual,
	},
	{
		displayName: 'Sent At',
		name: 'sentAt',
		type: 'dateTime',
		default: '',
		required: true,
		description: 'When the transaction was sent (from the error output: payout.sentAt)',
		displayOptions: manual,
	},
	{ ...networkOption, displayOptions: manual },
];

function manualPayout(ctx: IExecuteFunctions, i: number): Payout {
	const network = checkNetwork(ctx, ctx.getNodeParameter('network', i, 'mainnet'), i);
	const sentAt = String(ctx.getNodeParameter('sentAt', i, '') ?? '');
	if (!sentAt || Number.isNaN(Date.parse(sentAt)))
		invalidInput(ctx, 'Sent At', `"${sentAt}" is not a date and time`, i);
	return {
		currency: 'BTC',
		destination: checkPayoutAddress(
			ctx,
			ctx.getNodeParameter('destination', i),
			'Address',
			i,
			network,
		),
		amount: checkPayoutAmount(ctx, ctx.getNodeParameter('amount', i), 'Amount (BTC)', i),
		sentAt: new Date(sentAt).toISOString(),
	};
}

/**
 * Walks the account's transactions newest first down to the send time, looking for one created
 * around it that pays every payout asked about (addresses, and amounts where the list shows them).
 */
export async function findTransaction(
	this: IExecuteFunctions,
	payouts: Payout[],
	i: number,
): Promise<CheckResult> {
	const sentAt = payouts[0]?.sentAt ? Date.parse(payouts[0].sentAt) : NaN;
	if (Number.isNaN(sentAt)) {
		return {
			outcome: 'still_unknown',
			reason:
				'Without the time it was sent, a missing transaction cannot be told from an older one',
		};
	}
	const wanted = payouts.map((p) => ({ address: p.destination, amount: p.amount }));
	const verification = await verificationFor(this, {}, i);
	const matches: IDataObject[] = [];
	let covered = false;
	let searched = 0;
	for (let page = 0; page < MAX_PAGES && !covered; page++) {
		const txs = await listTransactions(this, page * PAGE_SIZE, PAGE_SIZE, verification, i);
		searched += txs.length;
		for (const tx of txs) {
			const created = Date.parse(String(tx.created ?? ''));
			if (Math.abs(created - sentAt) > MATCH_WINDOW_MS) continue;
			// Each payout asked about is one of the transaction's (an item of a multi-item transaction asks about its own).
			const shown = wanted.every((w) => samePayouts([w], pickPayout(tx.payouts, w.address)));
			if (shown) matches.push(tx);
		}
		const oldest = txs.length ? Date.parse(String(txs[txs.length - 1].created ?? '')) : undefined;
		if (txs.length < PAGE_SIZE || (oldest !== undefined && oldest < sentAt - MATCH_WINDOW_MS))
			covered = true;
	}
	if (matches.length === 1)
		return {
			outcome: 'sent',
			reason: 'Found a transaction with these payouts created when it was sent',
			transaction: matches[0],
		};
	if (matches.length > 1)
		return {
			outcome: 'still_unknown',
			reason: `${matches.length} transactions with these payouts were created around then: check them by hand`,
		};
	if (!covered)
		return {
			outcome: 'still_unknown',
			reason: `Not among the newest ${searched} transactions; it may be older than that`,
		};
	if (Date.now() - sentAt < SETTLE_MS)
		return {
			outcome: 'still_unknown',
			reason: 'Sent less than a minute ago: check again in a minute',
		};
	return {
		outcome: 'not_sent',
		reason:
			'No transaction with these payouts was created around then: it was not created, and may be sent again',
	};
}

/** The one payout of a transaction's payouts (either form) that pays `address`, in the same form. */
function pickPayout(payouts: unknown, address: string): unknown {
	const key = addressKey(address);
	if (Array.isArray(payouts)) {
		return payouts.filter(
			(p) => addressKey(String(typeof p === 'string' ? p : (p as IDataObject)?.address)) === key,
		);
	}
	if (payouts && typeof payouts === 'object') {
		const entry = Object.entries(payouts as IDataObject).find(([a]) => addressKey(a) === key);
		return entry ? { [entry[0]]: entry[1] } : {};
	}
	return undefined;
}

export const operation: ItemOperation = {
	name: 'Check Outcome',
	description: 'Find out whether a transaction whose creation had an unknown outcome was created',
	action: 'Check the outcome of a transaction',
	kind: 'read',
	properties,
	async execute(i) {
		const payouts =
			this.getNodeParameter('payoutSource', i, 'input') === 'manual'
				? [manualPayout(this, i)]
				: payoutsToCheck(this, i);
		return { ...(await findTransaction.call(this, payouts, i)), payouts };
	},
};
