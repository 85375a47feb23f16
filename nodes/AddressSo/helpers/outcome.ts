import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { sameAmount } from '../../shared/decimal';
import { checkAmount, checkToken, invalidInput } from '../../shared/params';
import { DEFAULT_MAX_DECIMALS } from '../../shared/decimal';
import type { CheckResult } from '../../shared/payouts/check';
import { checkOutcomeProperties, payoutsToCheck } from '../../shared/payouts/check';
import type { ItemOperation } from '../../shared/registry';
import type { Payout } from '../../shared/payouts/types';
import { accountLocator, coinField, walletLocator } from '../actions/common.descriptions';
import { findCoin, toBaseUnits } from './coins';
import { accountOf, walletOf } from './params';
import type { SendSource } from './send';
import { checkTag, listTransactions } from './transactions';

/** How many of the newest transactions are searched. */
const SEARCH_DEPTH = 1000;
/** A match must lie this close to the send time (clocks differ; the chain takes time to list it). */
const MATCH_WINDOW_MS = 30 * 60_000;
/** A send of less than this long ago may not be listed yet. */
const SETTLE_MS = 60_000;

function unsigned(value: unknown): string {
	const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value : '';
	return text.trim().replace(/^-/, '');
}

/** The transaction's amount in base units (from amount_int, else amount_float), unsigned. */
function baseUnits(tx: IDataObject, precision: number): bigint | undefined {
	const int = unsigned(tx.amount_int);
	if (/^\d+$/.test(int)) return BigInt(int);
	const float = unsigned(tx.amount_float);
	if (precision < 0 || !/^\d+(\.\d+)?$/.test(float)) return undefined;
	if ((float.split('.')[1] ?? '').length > precision) return undefined;
	return BigInt(toBaseUnits(float, precision));
}

/**
 * Looks for the send among the newest transactions of its wallet or account, to its address and
 * within half an hour of its send time (and with its destination tag, when it had one: Ripple;
 * asked of Address.so too). Address.so keeps no other reference a send could carry. A send's own
 * amount is `sent`; a larger amount (the fee may be counted in) is `sent` only with the tag, else
 * left for a person to judge: never `not_sent` while a candidate exists.
 */
export async function findSend(
	ctx: IExecuteFunctions,
	payout: Payout,
	path: string,
	precision: number,
	i: number,
): Promise<CheckResult> {
	const sentAt = payout.sentAt ? Date.parse(payout.sentAt) : undefined;
	if (!payout.reference && sentAt === undefined) {
		return {
			outcome: 'still_unknown',
			reason:
				'Without a destination tag or the send time, the send cannot be told from an older one to the same address',
		};
	}
	const txs = await listTransactions(
		ctx,
		path,
		i,
		{ limit: SEARCH_DEPTH, tag: payout.reference },
		'Looking for a send',
	);
	const wanted = precision >= 0 ? BigInt(toBaseUnits(payout.amount, precision)) : undefined;
	const candidates = txs.filter((tx) => {
		if (String(tx.address ?? '') !== payout.destination) return false;
		if (payout.reference && String(tx.tag ?? '') !== payout.reference) return false;
		if (sentAt === undefined) return true;
		const at = Number(tx.timestamp) * 1000;
		return Number.isFinite(at) && Math.abs(at - sentAt) <= MATCH_WINDOW_MS;
	});
	const exact = candidates.filter(
		(tx) =>
			sameAmount(unsigned(tx.amount_float), payout.amount) ||
			(wanted !== undefined && baseUnits(tx, precision) === wanted),
	);
	const larger = candidates.filter(
		(tx) => wanted !== undefined && (baseUnits(tx, precision) ?? 0n) > wanted,
	);
	const matches = exact.length ? exact : payout.reference ? larger : [];
	if (matches.length === 1)
		return {
			outcome: 'sent',
			reason: `Found by ${payout.reference ? 'its destination tag, address' : 'address'}${exact.length ? ', amount' : ' (the amount with a fee)'} and time`,
			transaction: matches[0],
		};
	if (!matches.length && larger.length)
		return {
			outcome: 'still_unknown',
			reason: `${larger.length} transaction(s) to this address around the send time carry a larger amount (the fee may be counted in): check them by hand`,
			transaction: larger[0],
		};
	if (matches.length > 1)
		return {
			outcome: 'still_unknown',
			reason: `${matches.length} transactions match; check them by hand`,
		};
	// Address.so's lists come oldest or newest first: the search reached back to the oldest listed.
	const times = txs.map((tx) => Number(tx.timestamp) * 1000).filter(Number.isFinite);
	const oldest = times.length ? Math.min(...times) : undefined;
	if (
		txs.length >= SEARCH_DEPTH &&
		(sentAt === undefined || (oldest ?? 0) > sentAt - MATCH_WINDOW_MS)
	)
		return {
			outcome: 'still_unknown',
			reason: `Not among the newest ${txs.length} transactions; it may be older than that`,
		};
	if (sentAt !== undefined && Date.now() - sentAt < SETTLE_MS)
		return {
			outcome: 'still_unknown',
			reason: 'Sent less than a minute ago: check again in a minute',
		};
	return {
		outcome: 'not_sent',
		reason: 'No such send among the transactions: it was not carried out, and may be sent again',
	};
}

/** Check Outcome (wallet or account): a read, safe to repeat. */
export function checkOutcomeOperation(source: SendSource): ItemOperation {
	return {
		name: 'Check Outcome',
		description: 'Find out whether a send whose outcome was unknown was carried out',
		action: `Check the outcome of a send from ${source === 'wallet' ? 'a wallet' : 'an account'}`,
		kind: 'read',
		properties: [
			{ ...coinField, description: 'The coin of the send' },
			{ ...walletLocator, description: 'The wallet the send was made from' },
			...(source === 'account'
				? [{ ...accountLocator, description: 'The account the send was made from' }]
				: []),
			...checkOutcomeProperties({
				destination: 'Recipient',
				reference: 'Destination Tag',
				referenceHint: 'The destination tag the send carried (payout.reference), if any',
			}),
		],
		async execute(i) {
			const target = source === 'account' ? accountOf(this, i) : walletOf(this, i);
			const coin = await findCoin(this, target.coin, i);
			const maxDecimals = coin.precision >= 0 ? coin.precision : DEFAULT_MAX_DECIMALS;
			// typed in: the amount as given (a number could already have lost digits)
			if (this.getNodeParameter('payoutSource', i, 'input') === 'manual')
				checkAmount(this, this.getNodeParameter('amount', i, ''), 'Amount', i, {
					maxDecimals,
					unit: target.coin,
				});
			const out: IDataObject[] = [];
			for (const payout of payoutsToCheck(this, i)) {
				if (payout.currency.toLowerCase() !== target.coin)
					invalidInput(
						this,
						'Coin',
						`is ${target.coin}, but the payout was in ${payout.currency}: choose the payout's coin`,
						i,
					);
				checkAmount(this, payout.amount, 'Amount', i, { maxDecimals, unit: target.coin });
				checkToken(this, payout.destination, 'Recipient', i, { required: true, maxLength: 128 });
				checkTag(this, payout.reference, i);
				const result = await findSend(this, payout, target.path, coin.precision, i);
				out.push({ ...result, payout });
			}
			return out;
		},
	};
}
