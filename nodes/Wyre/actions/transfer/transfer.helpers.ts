import { createHash } from 'crypto';
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { checkToken } from '../../../shared/params';
import { payoutTag } from '../../../shared/payouts/check';

/** What a user does when a transfer's outcome is unknown. */
export function transferCheckHint(customId: string): string {
	return `connect this item (error output) to Wyre → Transfer → Check Outcome, which finds the transfer by its Custom ID "${customId}" (sending it again with the same Custom ID is refused by Wyre, never paid twice)`;
}

export const CONFIRM_CHECK_HINT =
	'read the transfer with Wyre → Transfer → Get: a status past UNCONFIRMED (PENDING, COMPLETED) means it was confirmed';

/** A Custom ID as given: letters, digits and - _ . : (no spaces), at most 100 characters. */
export function checkCustomId(
	ctx: IExecuteFunctions,
	value: unknown,
	field: string,
	i: number,
): string | undefined {
	return checkToken(ctx, value, field, i, {
		maxLength: 100,
		pattern: /^[A-Za-z0-9_.:-]+$/,
		expected: 'a Custom ID (letters, digits, - _ . and :)',
	});
}

/**
 * The Custom ID of an item left empty: the same for the same execution, node run and item (so a
 * retry of that item is refused by Wyre as SENDER_PROVIDED_ID_IN_USE), different for any other.
 */
export function derivedCustomId(ctx: IExecuteFunctions, i: number): string {
	const execution = ctx.getExecutionId?.();
	if (!execution) return payoutTag();
	let run = 0;
	try {
		run = Number(ctx.getWorkflowDataProxy(i).$runIndex ?? 0);
	} catch {
		run = 0;
	}
	const node = ctx.getNode();
	const scope = createHash('sha256')
		.update(`${ctx.getWorkflow().id ?? ''}|${node.id ?? node.name}`)
		.digest('hex')
		.slice(0, 8);
	return `n8n-${execution}-${scope}-${run}-${i}`;
}

/**
 * The transfer Wyre answered must be the one asked for: it names itself (an id), and where known
 * its id and Custom ID are the ones sent. Anything else proves nothing: an UNKNOWN outcome.
 */
export function checkTransferAnswer(
	ctx: IExecuteFunctions,
	answer: unknown,
	i: number,
	hint: string,
	expected: { id?: string; customId?: string } = {},
): IDataObject {
	const tx = (answer ?? {}) as IDataObject;
	const problem =
		typeof tx.id !== 'string' || !tx.id
			? 'the answer carries no transfer id'
			: expected.id !== undefined && tx.id !== expected.id
				? `the answer is about the transfer ${tx.id}, not ${expected.id}`
				: expected.customId !== undefined &&
					  typeof tx.customId === 'string' &&
					  tx.customId !== expected.customId
					? `the transfer ${tx.id} Wyre answered carries the Custom ID "${tx.customId}", not "${expected.customId}"`
					: undefined;
	if (problem) {
		const error = new NodeOperationError(
			ctx.getNode(),
			`Wyre: the outcome of this transfer is UNKNOWN: ${problem}`,
			{ itemIndex: i, description: `Find out first: ${hint}.` },
		);
		error.context.outcome = 'unknown';
		throw error;
	}
	return tx;
}
