import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import type { MoneyOperation } from '../../../shared/registry';
import { checkText, checkUrl, invalidInput } from '../../../shared/params';
import { payoutTag } from '../../../shared/payouts/check';
import type { Payout, PreparedItem } from '../../../shared/payouts/types';
import {
	BULK_CURRENCIES,
	checkCurrency,
	checkWithdrawalAmount,
	checkWithdrawalTarget,
} from '../../helpers/currencies';
import { WESTWALLET_ERRORS, westWalletRequest } from '../../transport';
import {
	checkAddressOption,
	currencyField,
	ipnUrlDescription,
	priorityOptions,
	tagOption,
	WITHDRAWAL_CHECK_HINT,
} from '../common.descriptions';
import { checkPriority, taggedDescription } from './create.operation';

const itemsMode = { show: { inputMode: ['items'] } };
const listMode = { show: { inputMode: ['list'] } };

export interface Bulk {
	mode: 'items' | 'list';
	currency: string;
	priority: string;
	transactions: IDataObject[];
}

/** One withdrawal entry of a bulk request, checked (nothing is sent on a problem). */
async function readEntry(
	ctx: IExecuteFunctions,
	i: number,
	raw: IDataObject,
	label: string,
): Promise<{ tx: IDataObject; payout: Payout }> {
	const { ticker, currency } = await checkCurrency(ctx, ctx.getNodeParameter('currency', i), i);
	if (!BULK_CURRENCIES.includes(ticker)) {
		invalidInput(
			ctx,
			'Currency',
			`"${ticker}" cannot be sent in bulk. Bulk sending works only for ${BULK_CURRENCIES.join(', ')}; use Withdrawal → Create for other currencies.`,
			i,
		);
	}
	const options = ctx.getNodeParameter('options', i, {}) as IDataObject;
	const amount = checkWithdrawalAmount(ctx, raw.amount, ticker, currency, i, `${label}Amount`);
	const ipnUrl = checkUrl(ctx, raw.ipnUrl, `${label}IPN URL`, i);
	const { address } = checkWithdrawalTarget(ctx, i, {
		ticker,
		currency,
		address: raw.address,
		checkPattern: options.validateAddress !== false,
		field: `${label}Address`,
	});
	const tag = options.tagPayouts === false ? undefined : payoutTag();
	const description = taggedDescription(
		checkText(ctx, raw.description, `${label}Description`, i),
		tag,
	);
	const tx: IDataObject = { address, amount };
	if (description) tx.description = description;
	if (ipnUrl) tx.ipn_url = ipnUrl;
	return {
		tx,
		payout: { currency: ticker, amount, destination: address, reference: tag ?? description },
	};
}

/** A bulk entry's own result: success with the transaction, or WestWallet's refusal of that entry. */
function entryResult(result: IDataObject): IDataObject {
	const code = String(result.error ?? 'ok');
	if (code === 'ok') return { success: true, ...result };
	return { success: false, ...result, errorMessage: WESTWALLET_ERRORS[code] ?? code };
}

export const operation: MoneyOperation<Bulk> = {
	name: 'Create Many',
	description: 'Send several withdrawals in one request (bulk, reduced fees)',
	action: 'Create many withdrawals',
	kind: 'money',
	properties: [
		{
			displayName: `Sends several withdrawals in one request with reduced fees. Only for ${BULK_CURRENCIES.join(', ')}.`,
			name: 'bulkNotice',
			type: 'notice',
			default: '',
		},
		{
			displayName: 'Input Mode',
			name: 'inputMode',
			type: 'options',
			options: [
				{
					name: 'Each Input Item Is One Withdrawal',
					value: 'items',
					description:
						'All input items become one request per currency and priority; each output item carries the result of its own withdrawal',
				},
				{
					name: 'List Withdrawals in This Node',
					value: 'list',
					description: 'Each input item sends the list of withdrawals defined below as one request',
				},
			],
			default: 'items',
		},
		currencyField({
			description:
				'Currency to send (bulk-capable currencies only). Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		}),
		{
			displayName: 'Priority',
			name: 'priority',
			type: 'options',
			options: priorityOptions,
			default: 'medium',
		},
		{
			displayName: 'Address',
			name: 'address',
			type: 'string',
			required: true,
			default: '',
			description: 'Address to send to (usually an expression that reads it from the input item)',
			displayOptions: itemsMode,
		},
		{
			displayName: 'Amount',
			name: 'amount',
			type: 'string',
			required: true,
			default: '',
			placeholder: '0.01',
			description: 'Amount to send, as a decimal number with a dot. Sent exactly as written.',
			displayOptions: itemsMode,
		},
		{
			displayName: 'Description',
			name: 'description',
			type: 'string',
			default: '',
			description: 'Label for further identification in the dashboard',
			displayOptions: itemsMode,
		},
		{
			displayName: 'IPN URL',
			name: 'ipnUrl',
			type: 'string',
			default: '',
			description: ipnUrlDescription,
			displayOptions: itemsMode,
		},
		{
			displayName: 'Withdrawals',
			name: 'transactions',
			type: 'fixedCollection',
			typeOptions: { multipleValues: true },
			placeholder: 'Add Withdrawal',
			default: {},
			displayOptions: listMode,
			options: [
				{
					displayName: 'Withdrawal',
					name: 'transaction',
					values: [
						{ displayName: 'Address', name: 'address', type: 'string', default: '' },
						{
							displayName: 'Amount',
							name: 'amount',
							type: 'string',
							default: '',
							placeholder: '0.01',
						},
						{ displayName: 'Description', name: 'description', type: 'string', default: '' },
						{ displayName: 'IPN URL', name: 'ipnUrl', type: 'string', default: '' },
					],
				},
			],
		},
		{
			displayName: 'Options',
			name: 'options',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			options: [checkAddressOption, tagOption],
		},
	],

	async prepare(i) {
		const mode = this.getNodeParameter('inputMode', 0) === 'list' ? 'list' : 'items';
		const currency = String(this.getNodeParameter('currency', i));
		const priority =
			checkPriority(this, this.getNodeParameter('priority', i, 'medium'), i) ?? 'medium';
		let rows: IDataObject[];
		if (mode === 'items') {
			rows = [
				{
					address: this.getNodeParameter('address', i),
					amount: this.getNodeParameter('amount', i),
					description: this.getNodeParameter('description', i, ''),
					ipnUrl: this.getNodeParameter('ipnUrl', i, ''),
				},
			];
		} else {
			rows = ((this.getNodeParameter('transactions', i, {}) as IDataObject).transaction ??
				[]) as IDataObject[];
			if (!rows.length) invalidInput(this, 'Withdrawals', 'must list at least one withdrawal', i);
		}
		const entries = [];
		for (let k = 0; k < rows.length; k++)
			entries.push(
				await readEntry(this, i, rows[k], mode === 'list' ? `Withdrawal ${k + 1}: ` : ''),
			);
		return {
			payouts: entries.map((e) => e.payout),
			input: { mode, currency, priority, transactions: entries.map((e) => e.tx) },
		};
	},

	// Items mode: one request per currency and priority for all items; list mode: one per item.
	group(items) {
		if (items[0]?.input.mode !== 'items') return items.map((item) => [item]);
		const groups = new Map<string, Array<PreparedItem<Bulk>>>();
		for (const item of items) {
			const key = `${item.input.currency}\u0000${item.input.priority}`;
			const group = groups.get(key);
			if (group) group.push(item);
			else groups.set(key, [item]);
		}
		return [...groups.values()];
	},

	async send(batch) {
		const { currency, priority } = batch[0].input;
		const transactions = batch.flatMap((item) => item.input.transactions);
		const response = (await westWalletRequest.call(
			this,
			'POST',
			'/wallet/create_withdrawal/many',
			'money',
			{
				body: { currency, priority, transactions },
				itemIndex: batch[0].itemIndex,
				action: `Bulk withdrawal of ${transactions.length} ${currency} transaction(s)`,
				checkHint: WITHDRAWAL_CHECK_HINT,
			},
		)) as IDataObject;
		const results = Array.isArray(response.results) ? (response.results as IDataObject[]) : [];
		if (results.length !== transactions.length) {
			const error = new NodeOperationError(
				this.getNode(),
				`WestWallet answered ${results.length} results for ${transactions.length} withdrawals: the outcome of this bulk request is UNKNOWN`,
				{ description: `Check before sending again: ${WITHDRAWAL_CHECK_HINT}.` },
			);
			error.context.outcome = 'unknown';
			throw error;
		}
		let k = 0;
		return batch.map((item) => item.input.transactions.map(() => entryResult(results[k++])));
	},
};
