import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import type { MoneyOperation } from '../../../shared/registry';
import { checkText, checkToken, checkUrl, invalidInput } from '../../../shared/params';
import { payoutTag } from '../../../shared/payouts/check';
import {
	checkCurrency,
	checkWithdrawalAmount,
	checkWithdrawalTarget,
} from '../../helpers/currencies';
import { westWalletRequest } from '../../transport';
import {
	checkAddressOption,
	currencyField,
	ipnUrlDescription,
	priorityOptions,
	tagOption,
	WITHDRAWAL_CHECK_HINT,
} from '../common.descriptions';

/** low, medium or high, when given. */
export function checkPriority(
	ctx: IExecuteFunctions,
	value: unknown,
	i: number,
): string | undefined {
	const priority = checkToken(ctx, value, 'Priority', i);
	if (priority && !['low', 'medium', 'high'].includes(priority)) {
		invalidInput(ctx, 'Priority', `must be low, medium or high (got "${priority}")`, i);
	}
	return priority;
}

/** The description to send: the user's text with the payout's tag appended (when tagging is on). */
export function taggedDescription(
	description: string | undefined,
	tag: string | undefined,
): string | undefined {
	if (!tag) return description;
	return description ? `${description} [${tag}]` : `[${tag}]`;
}

export const operation: MoneyOperation<IDataObject> = {
	name: 'Create',
	description: 'Send funds to an address',
	action: 'Create a withdrawal',
	kind: 'money',
	properties: [
		currencyField({
			description:
				'Currency to send. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		}),
		{
			displayName: 'Amount',
			name: 'amount',
			type: 'string',
			required: true,
			default: '',
			placeholder: '0.1',
			description:
				'Amount to send, as a decimal number with a dot (e.g. 0.1). Sent exactly as written.',
		},
		{
			displayName: 'Address',
			name: 'address',
			type: 'string',
			required: true,
			default: '',
			description: 'Address to send to',
		},
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				{
					displayName: 'Description',
					name: 'description',
					type: 'string',
					default: '',
					description: 'Label for further identification in the WestWallet dashboard',
				},
				{
					displayName: 'Destination Tag',
					name: 'destTag',
					type: 'string',
					default: '',
					description: 'Destination tag (memo); required for some currencies such as XRP',
				},
				{
					displayName: 'IPN URL',
					name: 'ipnUrl',
					type: 'string',
					default: '',
					description: ipnUrlDescription,
				},
				{
					displayName: 'Priority',
					name: 'priority',
					type: 'options',
					options: priorityOptions,
					default: 'medium',
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
		const { ticker, currency } = await checkCurrency(this, this.getNodeParameter('currency', i), i);
		const amount = checkWithdrawalAmount(
			this,
			this.getNodeParameter('amount', i),
			ticker,
			currency,
			i,
		);
		const fields = this.getNodeParameter('additionalFields', i, {}) as IDataObject;
		const options = this.getNodeParameter('options', i, {}) as IDataObject;
		const priority = checkPriority(this, fields.priority, i);
		const ipnUrl = checkUrl(this, fields.ipnUrl, 'IPN URL', i);
		const { address, destTag } = checkWithdrawalTarget(this, i, {
			ticker,
			currency,
			address: this.getNodeParameter('address', i),
			destTag: fields.destTag,
			checkPattern: options.validateAddress !== false,
		});
		const tag = options.tagPayouts === false ? undefined : payoutTag();
		const description = taggedDescription(
			checkText(this, fields.description, 'Description', i),
			tag,
		);
		const body: IDataObject = { currency: ticker, amount, address };
		if (destTag) body.dest_tag = destTag;
		if (description) body.description = description;
		if (priority) body.priority = priority;
		if (ipnUrl) body.ipn_url = ipnUrl;
		return {
			payouts: [{ currency: ticker, amount, destination: address, reference: tag ?? description }],
			input: body,
		};
	},

	async send([item]) {
		const body = item.input;
		const response = (await westWalletRequest.call(
			this,
			'POST',
			'/wallet/create_withdrawal',
			'money',
			{
				body,
				itemIndex: item.itemIndex,
				action: `Withdrawal of ${String(body.amount)} ${String(body.currency)}`,
				checkHint: WITHDRAWAL_CHECK_HINT,
			},
		)) as IDataObject;
		return [[response]];
	},
};
