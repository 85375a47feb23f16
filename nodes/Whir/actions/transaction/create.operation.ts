import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { requireAllItems } from '../../../shared/payouts/refusal';
import type { MoneyOperation } from '../../../shared/registry';
import { checkBoolean, checkInteger, checkToken, invalidInput } from '../../../shared/params';
import type { PayoutRow } from '../../helpers/payouts';
import {
	checkNetwork,
	checkNoDuplicates,
	checkPayoutAddress,
	checkPayoutAmount,
	payoutsBody,
	samePayouts,
} from '../../helpers/payouts';
import type { Verification } from '../../helpers/verify';
import { rawAnswer, verificationFor, verifyAnswer } from '../../helpers/verify';
import { whirRequest, whirRequestWithText } from '../../transport';
import { readValidity } from '../address/validate.operation';
import {
	CREATE_CHECK_HINT,
	networkOption,
	requireSignatureOption,
	verifySignatureOption,
} from '../common.descriptions';
import { createProperties } from './create.properties';

export interface CreateInput {
	mode: 'list' | 'items';
	rows: PayoutRow[];
	delay: number;
	refCode?: string;
	format: 'object' | 'array';
	verification: Verification;
}

/** The rows of one item: its fixed collection (list mode) or its Address and Amount (items mode). */
function readRows(
	ctx: IExecuteFunctions,
	i: number,
	mode: 'list' | 'items',
	network: 'mainnet' | 'testnet',
): PayoutRow[] {
	if (mode === 'items') {
		const label = `Item ${i + 1}`;
		return [
			{
				label,
				address: checkPayoutAddress(ctx, ctx.getNodeParameter('address', i), 'Address', i, network),
				amount: checkPayoutAmount(ctx, ctx.getNodeParameter('amount', i), 'Amount (BTC)', i),
			},
		];
	}
	const rows = ((ctx.getNodeParameter('payouts', i, {}) as IDataObject).payout ??
		[]) as IDataObject[];
	if (!Array.isArray(rows) || rows.length === 0)
		invalidInput(ctx, 'Payouts', 'must list at least one payout', i);
	return rows.map((row, k) => {
		const label = `Payout ${k + 1}`;
		return {
			label,
			address: checkPayoutAddress(ctx, row.address, `${label} → Address`, i, network),
			amount: checkPayoutAmount(ctx, row.amount, `${label} → Amount (BTC)`, i),
		};
	});
}

/** Optionally asks Whir's public validateAddress for each address too (nothing is sent on a "false"). */
async function validateWithWhir(
	ctx: IExecuteFunctions,
	rows: PayoutRow[],
	i: number,
): Promise<void> {
	for (const row of rows) {
		const body = (await whirRequest.call(
			ctx,
			'GET',
			`/validateAddress/${encodeURIComponent(row.address)}`,
			'read',
			{
				itemIndex: i,
				action: `Validating the address of ${row.label} with Whir`,
				public: true,
			},
		)) as IDataObject;
		const valid = readValidity(body?.result);
		if (valid !== true) {
			invalidInput(
				ctx,
				`${row.label} → Address`,
				`"${row.address}" is not accepted by Whir's address check (it answered ${JSON.stringify(body?.result)})`,
				i,
			);
		}
	}
}

/** An answer that does not describe the transaction asked for: nothing from it can be trusted. */
function unexpectedAnswer(
	ctx: IExecuteFunctions,
	problem: string,
	itemIndex: number,
): NodeOperationError {
	const error = new NodeOperationError(
		ctx.getNode(),
		`Whir: the outcome of this transaction is UNKNOWN: ${problem}`,
		{
			itemIndex,
			description: `Deposit to no address from this answer. Find out first: ${CREATE_CHECK_HINT}.`,
		},
	);
	error.context.outcome = 'unknown';
	return error;
}

export const operation: MoneyOperation<CreateInput> = {
	name: 'Create',
	description: 'Create a transaction that pays several Bitcoin addresses once you deposit',
	action: 'Create a transaction',
	kind: 'money',
	properties: createProperties([networkOption, requireSignatureOption, verifySignatureOption]),

	async prepare(i) {
		const mode = this.getNodeParameter('payoutSource', 0) === 'items' ? 'items' : 'list';
		// Items mode: all items are one transaction; its settings come from the first item.
		const at = mode === 'items' ? 0 : i;
		const options = this.getNodeParameter('options', at, {}) as IDataObject;
		const network = checkNetwork(this, options.network, at);
		const rows = readRows(this, i, mode, network);
		checkNoDuplicates(this, rows, () => i);
		const delay = checkInteger(this, this.getNodeParameter('delay', at, 0), 'Delay (Hours)', at, {
			min: 0,
		});
		const refCode = checkToken(this, this.getNodeParameter('refCode', at, ''), 'Ref Code', at, {
			maxLength: 64,
		});
		const format =
			this.getNodeParameter('payoutsFormat', at, 'object') === 'array' ? 'array' : 'object';
		const verification = await verificationFor(this, options, at);
		if (
			options.validateWithWhir !== undefined &&
			checkBoolean(this, options.validateWithWhir, 'Options → Also Ask Whir', at)
		) {
			await validateWithWhir(this, rows, i);
		}
		return {
			payouts: rows.map((r) => ({ currency: 'BTC', amount: r.amount, destination: r.address })),
			input: { mode, rows, delay, refCode, format, verification },
		};
	},

	// Items mode: every item is one payout of a single transaction; list mode: one per item.
	group(items) {
		if (items[0]?.input.mode !== 'items') return items.map((item) => [item]);
		// With Continue On Fail an invalid item is left out: never send the others as a partial transaction.
		requireAllItems(this, items);
		const rows = items.flatMap((p) => p.input.rows);
		checkNoDuplicates(this, rows, (k) => items[k].itemIndex);
		return [items];
	},

	async send(batch) {
		const first = batch[0];
		const { delay, refCode, format, verification } = first.input;
		const rows = batch.flatMap((p) => p.input.rows);
		const body: IDataObject = { delay, payouts: payoutsBody(rows, format) };
		if (refCode) body.refCode = refCode;
		const { body: answer, text } = await whirRequestWithText.call(
			this,
			'POST',
			'/createTransaction',
			'money',
			{
				body,
				itemIndex: first.itemIndex,
				action: `Creating a Whir transaction of ${rows.length} payout(s)`,
				checkHint: CREATE_CHECK_HINT,
			},
		);
		const signatureVerified = verifyAnswer(
			this,
			rawAnswer(text, verification),
			verification,
			'the new transaction',
			{
				itemIndex: first.itemIndex,
				moneyHint: CREATE_CHECK_HINT,
			},
		);
		const tx = (answer ?? {}) as IDataObject;
		if (
			typeof tx.id !== 'string' ||
			!tx.id ||
			typeof tx.depositAddress !== 'string' ||
			!tx.depositAddress
		) {
			throw unexpectedAnswer(
				this,
				'Whir answered without a transaction ID or deposit address',
				first.itemIndex,
			);
		}
		if (!samePayouts(rows, tx.payouts)) {
			throw unexpectedAnswer(
				this,
				`the transaction ${tx.id} Whir answered does not pay exactly the payouts sent`,
				first.itemIndex,
			);
		}
		// One transaction: one output item (paired with the first input item), never one per payout,
		// so that a deposit step after this node cannot run once per payout.
		return batch.map((_, k) => (k === 0 ? [{ ...tx, signatureVerified }] : []));
	},
};
