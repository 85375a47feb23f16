import { randomBytes } from 'crypto';
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { checkText, invalidInput } from '../params';
import type { Payout } from './types';

/**
 * Check Outcome: given what a payout run sent (the error output of a payout item, or typed in),
 * ask the provider whether each payout exists. It is a read, retried safely.
 */
export type CheckedOutcome = 'sent' | 'not_sent' | 'still_unknown';

export interface CheckResult {
	outcome: CheckedOutcome;
	reason: string;
	transaction?: IDataObject;
}

/** A unique tag for one payout ("n8n-" + 10 random base32 characters), so Check Outcome can find it. */
export function payoutTag(): string {
	const alphabet = 'abcdefghijklmnopqrstuvwxyz234567';
	return 'n8n-' + [...randomBytes(10)].map((b) => alphabet[b & 31]).join('');
}

/** The fields of a Check Outcome operation; `labels` name the provider's destination and reference. */
export function checkOutcomeProperties(labels: {
	destination: string;
	reference: string;
	referenceHint: string;
}): INodeProperties[] {
	const manual = { show: { payoutSource: ['manual'] } };
	return [
		{
			displayName: 'Payout Source',
			name: 'payoutSource',
			type: 'options',
			options: [
				{
					name: 'From Input Item',
					value: 'input',
					description: 'The error output of a payout node (its details.payout or details.payouts)',
				},
				{ name: 'Enter Manually', value: 'manual' },
			],
			default: 'input',
		},
		{
			displayName: 'Currency',
			name: 'currency',
			type: 'string',
			default: '',
			required: true,
			displayOptions: manual,
		},
		{
			displayName: 'Amount',
			name: 'amount',
			type: 'string',
			default: '',
			required: true,
			displayOptions: manual,
		},
		{
			displayName: labels.destination,
			name: 'destination',
			type: 'string',
			default: '',
			required: true,
			displayOptions: manual,
		},
		{
			displayName: labels.reference,
			name: 'reference',
			type: 'string',
			default: '',
			description: labels.referenceHint,
			displayOptions: manual,
		},
		{
			displayName: 'Sent At',
			name: 'sentAt',
			type: 'dateTime',
			default: '',
			description:
				'When the payout was sent (from the error output: payout.sentAt). Narrows the search.',
			displayOptions: manual,
		},
	];
}

function toPayout(ctx: IExecuteFunctions, raw: IDataObject, i: number): Payout {
	const text = (key: string, required: boolean) =>
		checkText(ctx, raw[key], `payout.${key}`, i, { required });
	const sentAt = text('sentAt', false);
	if (sentAt !== undefined && Number.isNaN(Date.parse(sentAt)))
		invalidInput(ctx, 'payout.sentAt', `"${sentAt}" is not a date and time`, i);
	return {
		currency: text('currency', true) as string,
		amount: text('amount', true) as string,
		destination: text('destination', true) as string,
		reference: text('reference', false),
		sentAt,
	};
}

/** The payouts an item asks about: from its own JSON (error output of a payout node) or the fields. */
export function payoutsToCheck(ctx: IExecuteFunctions, i: number): Payout[] {
	if (ctx.getNodeParameter('payoutSource', i, 'input') === 'manual') {
		const raw: IDataObject = {};
		for (const key of ['currency', 'amount', 'destination', 'reference', 'sentAt'])
			raw[key] = ctx.getNodeParameter(key, i, '');
		return [toPayout(ctx, raw, i)];
	}
	// The error output of a payout node carries them in `details` (or, mapped by hand, at the top).
	const item = ctx.getInputData()[i]?.json ?? {};
	const json = (
		item.details && typeof item.details === 'object' ? item.details : item
	) as IDataObject;
	const list = Array.isArray(json.payouts)
		? json.payouts
		: json.payout && typeof json.payout === 'object'
			? [json.payout]
			: undefined;
	if (!list || list.length === 0) {
		invalidInput(
			ctx,
			'Input item',
			'has no "details.payout" or "details.payouts" field: connect the error output of a payout node, or choose "Enter Manually"',
			i,
		);
	}
	return (list as IDataObject[]).map((p) => toPayout(ctx, p, i));
}

/** The earliest time a payout's transaction can carry (its send time, less a margin for clocks). */
export function searchFrom(payout: Payout, marginMs: number): number | undefined {
	return payout.sentAt ? Date.parse(payout.sentAt) - marginMs : undefined;
}
