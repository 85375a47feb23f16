import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { sameAmount } from '../../../shared/decimal';
import type { ItemOperation } from '../../../shared/registry';
import type { CheckResult } from '../../../shared/payouts/check';
import { checkOutcomeProperties, payoutsToCheck } from '../../../shared/payouts/check';
import type { Payout } from '../../../shared/payouts/types';
import { westWalletRequest } from '../../transport';

const PAGE_SIZE = 100;
const MAX_PAGES = 20;
/** WestWallet's created_at carries no time zone: read as UTC, searched with a day's margin. */
const SEARCH_MARGIN_MS = 24 * 3600_000;
/** Without a tag, a match must lie this close to the send time. */
const MATCH_WINDOW_MS = 15 * 60_000;
/** A payout sent less than this long ago may not be listed yet. */
const SETTLE_MS = 60_000;

function createdAt(tx: IDataObject): number {
	const text = String(tx.created_at ?? '');
	return Date.parse(
		/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/.test(text) ? `${text.replace(' ', 'T')}Z` : text,
	);
}

/** Walks the account's send transactions of the payout's currency, newest first, as deep as needed. */
export async function findWithdrawal(
	this: IExecuteFunctions,
	payout: Payout,
	i: number,
): Promise<CheckResult> {
	const sentAt = payout.sentAt ? Date.parse(payout.sentAt) : undefined;
	const searchFrom = sentAt !== undefined ? sentAt - SEARCH_MARGIN_MS : undefined;
	const matches: IDataObject[] = [];
	let covered = false;
	let searched = 0;
	for (let page = 0; page < MAX_PAGES && !covered; page++) {
		const response = (await westWalletRequest.call(this, 'POST', '/wallet/transactions', 'read', {
			body: {
				currency: payout.currency,
				type: 'send',
				order: 'desc',
				limit: PAGE_SIZE,
				offset: page * PAGE_SIZE,
			},
			itemIndex: i,
			action: 'Looking for a withdrawal',
		})) as IDataObject;
		const txs = Array.isArray(response.result) ? (response.result as IDataObject[]) : [];
		searched += txs.length;
		for (const tx of txs) {
			const sameTarget =
				String(tx.address ?? '') === payout.destination && sameAmount(tx.amount, payout.amount);
			if (payout.reference) {
				if (String(tx.description ?? '').includes(payout.reference)) matches.push(tx);
			} else if (
				sameTarget &&
				sentAt !== undefined &&
				Math.abs(createdAt(tx) - sentAt) <= MATCH_WINDOW_MS
			) {
				matches.push(tx);
			}
		}
		const oldest = txs.length ? createdAt(txs[txs.length - 1]) : undefined;
		if (
			txs.length < PAGE_SIZE ||
			(searchFrom !== undefined && oldest !== undefined && oldest < searchFrom)
		)
			covered = true;
	}
	if (matches.length === 1) {
		const tx = matches[0];
		if (String(tx.address ?? '') !== payout.destination || !sameAmount(tx.amount, payout.amount)) {
			return {
				outcome: 'still_unknown',
				reason:
					'A withdrawal carries this tag, but its address or amount differs from the payout: check it by hand',
				transaction: tx,
			};
		}
		return {
			outcome: 'sent',
			reason: payout.reference
				? 'Found by its description tag'
				: 'Found by address, amount and time',
			transaction: tx,
		};
	}
	if (matches.length > 1) {
		return {
			outcome: 'still_unknown',
			reason: `${matches.length} withdrawals match; check them by hand (tag the payouts to make them unique)`,
		};
	}
	if (!payout.reference && sentAt === undefined) {
		return {
			outcome: 'still_unknown',
			reason:
				'Without a tag or the send time, a missing withdrawal cannot be told from an older one',
		};
	}
	if (!covered) {
		return {
			outcome: 'still_unknown',
			reason: `Not among the newest ${searched} withdrawals; it may be older than that`,
		};
	}
	if (sentAt !== undefined && Date.now() - sentAt < SETTLE_MS) {
		return {
			outcome: 'still_unknown',
			reason: 'Sent less than a minute ago: check again in a minute',
		};
	}
	return {
		outcome: 'not_sent',
		reason: `No such withdrawal among the account's ${payout.currency} withdrawals: it was not carried out, and may be sent again`,
	};
}

export const operation: ItemOperation = {
	name: 'Check Outcome',
	description: 'Find out whether a withdrawal whose outcome was unknown was carried out',
	action: 'Check the outcome of a withdrawal',
	kind: 'read',
	properties: checkOutcomeProperties({
		destination: 'Address',
		reference: 'Description Tag',
		referenceHint:
			'The tag the node added to the description (payout.reference), or the whole description you sent',
	}),
	async execute(i) {
		const out: IDataObject[] = [];
		for (const payout of payoutsToCheck(this, i)) {
			const result = await findWithdrawal.call(this, payout, i);
			out.push({ ...result, payout });
		}
		return out;
	},
};
