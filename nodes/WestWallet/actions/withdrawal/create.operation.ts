import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { invalidInput, isHttpUrl, requireDecimal } from '../../../shared/validation';
import { checkWithdrawalTarget } from '../../helpers/currencies';
import { westWalletRequest } from '../../transport';
import { currencyField, ipnUrlDescription, priorityOptions, show } from '../common.descriptions';

const display = show('withdrawal', ['create']);

export const description: INodeProperties[] = [
	currencyField('withdrawal', ['create'], { description: 'Currency to send. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.' }),
	{
		displayName: 'Amount',
		name: 'amount',
		type: 'string',
		required: true,
		default: '',
		placeholder: '0.1',
		description: 'Amount to send, as a decimal number with a dot (e.g. 0.1). Sent exactly as written.',
		displayOptions: display,
	},
	{
		displayName: 'Address',
		name: 'address',
		type: 'string',
		required: true,
		default: '',
		description: 'Address to send to',
		displayOptions: display,
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: display,
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
			{ displayName: 'IPN URL', name: 'ipnUrl', type: 'string', default: '', description: ipnUrlDescription },
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
		displayOptions: display,
		options: [
			{
				displayName: 'Check Address Format',
				name: 'validateAddress',
				type: 'boolean',
				default: true,
				description:
					"Whether to check the address against the currency's address pattern from WestWallet before sending",
			},
		],
	},
];

export interface WithdrawalInput {
	address: string;
	amount: string;
	description?: string;
	ipnUrl?: string;
}

export function checkIpnUrl(ctx: IExecuteFunctions, value: string | undefined, i: number, field = 'IPN URL') {
	if (value && !isHttpUrl(value)) invalidInput(ctx, field, `"${value}" is not a valid http(s) URL`, i);
}

export function checkPriority(ctx: IExecuteFunctions, value: string | undefined, i: number) {
	if (value && !['low', 'medium', 'high'].includes(value)) {
		invalidInput(ctx, 'Priority', `must be low, medium or high (got "${value}")`, i);
	}
}

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const currency = String(this.getNodeParameter('currency', i)).trim();
	const amount = requireDecimal(this, this.getNodeParameter('amount', i), 'Amount', i);
	const address = String(this.getNodeParameter('address', i)).trim();
	const fields = this.getNodeParameter('additionalFields', i, {}) as IDataObject;
	const options = this.getNodeParameter('options', i, {}) as IDataObject;
	const destTag = fields.destTag ? String(fields.destTag).trim() : undefined;
	const ipnUrl = fields.ipnUrl ? String(fields.ipnUrl).trim() : undefined;
	const priority = fields.priority ? String(fields.priority) : undefined;
	checkPriority(this, priority, i);
	checkIpnUrl(this, ipnUrl, i);
	await checkWithdrawalTarget(this, i, {
		currency,
		address,
		destTag,
		checkAddress: options.validateAddress !== false,
	});
	const body: IDataObject = { currency, amount, address };
	if (destTag) body.dest_tag = destTag;
	if (fields.description) body.description = String(fields.description);
	if (priority) body.priority = priority;
	if (ipnUrl) body.ipn_url = ipnUrl;
	return (await westWalletRequest.call(this, 'POST', '/wallet/create_withdrawal', 'money', {
		body,
		itemIndex: i,
		action: `Withdrawal of ${amount} ${currency}`,
	})) as IDataObject;
}
