import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { sameAmount } from '../../../shared/decimal';
import type { ItemOperation } from '../../../shared/registry';
import { checkText, invalidInput } from '../../../shared/params';
import type { CheckResult } from '../../../shared/payouts/check';
import { payoutsToCheck } from '../../../shared/payouts/check';
import type { Payout } from '../../../shared/payouts/types';
import { rowsOf } from '../../helpers/lists';
import { readSettings } from '../../helpers/params';
import type { WyreSettings } from '../../transport';
import { wyreRequest } from '../../transport';
import { wyreOptions } from '../common.descriptions';
import { checkCustomId } from './transfer.helpers';

const PAGE_SIZE = 100;
const MAX_PAGES = 50;
/** Transfers are searched from this long before the send time (clocks differ). */
const SEARCH_MARGIN_MS = 60 * 60_000;
/** A transfer sent less than this long ago may not be listed yet. */
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
				description: 'The error output of Transfer → Create (its details.payout)',
			},
			{ name: 'Enter Manually', value: 'manual' },
		],
		default: 'input',
	},
	{
		displayName: 'Custom ID',
		name: 'reference',
		type: 'string',
		default: '',
		required: true,
		description: 'The Custom ID the transfer was sent with (payout.reference in the error output)',
		displayOptions: manual,
	},
	{
		displayName: 'Sent At',
		name: 'sentAt',
		type: 'dateTime',
		default: '',
		description: 'When the transfer was sent (payout.sentAt). Narrows the search.',
		displayOptions: manual,
	},
	wyreOptions,
];

function manualPayout(ctx: IExecuteFunctions, i: number): Payout {
	const reference = checkCustomId(ctx, ctx.getNodeParameter('reference', i), 'Custom ID', i);
	if (!reference) invalidInput(ctx, 'Custom ID', 'is required', i);
	const sentAt = checkText(ctx, ctx.getNodeParameter('sentAt', i, ''), 'Sent At', i);
	if (sentAt !== undefined && Number.isNaN(Date.parse(sentAt)))
		invalidInput(ctx, 'Sent At', `"${sentAt}" is not a date and time`, i);
	return {
		currency: '',
		amount: '',
		destination: '',
		reference,
		sentAt: sentAt ? new Date(sentAt).toISOString() : undefined,
	};
}

/** Walks the transfers (W17 pages, newest window first via `from`) for the payout's Custom ID. */
export async function findTransfer(
	ctx: IExecuteFunctions,
	payout: Payout,
	settings: WyreSettings,
	i: number,
): Promise<CheckResult> {
	if (!payout.reference)
		return { outcome: 'still_unknown', reason: 'The payout carries no Custom ID to look for' };
	const sentAt = payout.sentAt ? Date.parse(payout.sentAt) : undefined;
	const qs: IDataObject = sentAt !== undefined ? { from: sentAt - SEARCH_MARGIN_MS } : {};
	let covered = false;
	let searched = 0;
	for (let page = 0; page < MAX_PAGES && !covered; page++) {
		const rows = rowsOf(
			await wyreRequest.call(ctx, 'GET', '/v3/transfers', 'read', {
				qs: { offset: page * PAGE_SIZE, limit: PAGE_SIZE, ...qs },
				settings,
				itemIndex: i,
				action: 'Looking for a transfer by its Custom ID',
			}),
		);
		searched += rows.length;
		const found = rows.find((tx) => tx.customId === payout.reference);
		if (found) {
			const sameTarget =
				!payout.destination ||
				(String(found.dest ?? '').toLowerCase() === payout.destination.toLowerCase() &&
					(sameAmount(found.sourceAmount, payout.amount) ||
						sameAmount(found.destAmount, payout.amount)));
			return sameTarget
				? { outcome: 'sent', reason: 'Found by its Custom ID', transaction: found }
				: {
						outcome: 'still_unknown',
						reason:
							'A transfer carries this Custom ID, but its destination or amount differs from the payout: check it by hand',
						transaction: found,
					};
		}
		if (rows.length < PAGE_SIZE) covered = true;
	}
	if (!covered)
		return {
			outcome: 'still_unknown',
			reason: `Not among the ${searched} transfers searched; it may be older than that`,
		};
	if (sentAt !== undefined && Date.now() - sentAt < SETTLE_MS)
		return {
			outcome: 'still_unknown',
			reason: 'Sent less than a minute ago: check again in a minute',
		};
	return {
		outcome: 'not_sent',
		reason:
			'No transfer carries this Custom ID: it was not created, and may be sent again (with the same Custom ID, Wyre refuses a duplicate)',
	};
}

export const operation: ItemOperation = {
	name: 'Check Outcome',
	description:
		'Find out whether a transfer whose outcome was unknown was created, by its Custom ID',
	action: 'Check the outcome of a transfer',
	kind: 'read',
	properties,
	async execute(i) {
		const settings = readSettings(this, i);
		const payouts =
			this.getNodeParameter('payoutSource', i, 'input') === 'manual'
				? [manualPayout(this, i)]
				: payoutsToCheck(this, i);
		const out: IDataObject[] = [];
		for (const payout of payouts)
			out.push({ ...(await findTransfer(this, payout, settings, i)), payout });
		return out;
	},
};
