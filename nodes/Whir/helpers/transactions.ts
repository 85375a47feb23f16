import type { IDataObject, IExecuteFunctions, IPollFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { whirRequestWithText } from '../transport';
import type { Verification } from './verify';
import { rawAnswer, rawListItems, verifyAnswer } from './verify';

type Ctx = IExecuteFunctions | IPollFunctions;

export const TRANSACTION_STATUSES = [
	'pending',
	'confirming',
	'processing',
	'complete',
	'expired',
] as const;

/** Statuses after which a transaction does not change any more. */
export function isFinalStatus(status: unknown): boolean {
	return status === 'complete' || status === 'expired';
}

function asObject(ctx: Ctx, body: unknown, what: string, itemIndex?: number): IDataObject {
	if (!body || typeof body !== 'object' || Array.isArray(body)) {
		throw new NodeOperationError(
			ctx.getNode(),
			`Whir answered ${what} with something that is not a JSON object`,
			{ itemIndex },
		);
	}
	return body as IDataObject;
}

/**
 * GET /transaction/{id}, verified when the verification says so: the transaction with
 * `signatureVerified`. An answer for another transaction than the one asked for is refused (a
 * signed answer of another transaction replayed in its place would otherwise pass).
 */
export async function readTransaction(
	ctx: Ctx,
	id: string,
	v: Verification,
	itemIndex?: number,
): Promise<IDataObject> {
	const what = `the transaction ${id}`;
	const { body, text } = await whirRequestWithText.call(
		ctx,
		'GET',
		`/transaction/${encodeURIComponent(id)}`,
		'read',
		{
			itemIndex,
			action: `Reading the Whir transaction ${id}`,
		},
	);
	const signatureVerified = verifyAnswer(ctx, rawAnswer(text, v), v, what, { itemIndex });
	const tx = asObject(ctx, body, what, itemIndex);
	if (tx.id !== id) {
		throw new NodeOperationError(
			ctx.getNode(),
			`Whir answered the transaction "${String(tx.id)}" when asked for ${id}`,
			{
				itemIndex,
				description: 'Nothing from this answer is output.',
			},
		);
	}
	return { ...tx, signatureVerified };
}

/**
 * One page of GET /transactions (newest first). List items carry no signature in Whir's doc; one
 * that does is verified (when the verification says so), the others say "not signed".
 */
export async function listTransactions(
	ctx: Ctx,
	offset: number,
	limit: number,
	v: Verification,
	itemIndex?: number,
): Promise<IDataObject[]> {
	const { body, text } = await whirRequestWithText.call(ctx, 'GET', '/transactions', 'read', {
		qs: { limit, offset },
		itemIndex,
		action: 'Listing Whir transactions',
	});
	const list = asObject(ctx, body, 'the transaction list', itemIndex).transactions;
	if (!Array.isArray(list)) {
		throw new NodeOperationError(
			ctx.getNode(),
			'Whir answered the transaction list without a "transactions" list',
			{ itemIndex },
		);
	}
	const raws = rawListItems(rawAnswer(text, v));
	return (list as IDataObject[]).map((tx, k) => ({
		...asObject(ctx, tx, 'a transaction of the list', itemIndex),
		signatureVerified: verifyAnswer(
			ctx,
			raws[k],
			v,
			`the transaction ${String(tx?.id)} of the list`,
			{ itemIndex, allowUnsigned: true },
		),
	}));
}
