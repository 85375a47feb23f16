import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { errorItem, toNodeError } from '../../../shared/router';
import { requireDecimal, invalidInput } from '../../../shared/validation';
import { BULK_CURRENCIES, checkWithdrawalTarget } from '../../helpers/currencies';
import { WESTWALLET_ERRORS, westWalletRequest } from '../../transport';
import { currencyField, ipnUrlDescription, priorityOptions, show } from '../common.descriptions';
import { checkIpnUrl, checkPriority } from './create.operation';

const display = show('withdrawal', ['createMany']);
const itemsMode = { show: { resource: ['withdrawal'], operation: ['createMany'], inputMode: ['items'] } };
const listMode = { show: { resource: ['withdrawal'], operation: ['createMany'], inputMode: ['list'] } };

export const description: INodeProperties[] = [
	{
		displayName: `Sends several withdrawals in one request with reduced fees. Only for ${BULK_CURRENCIES.join(', ')}.`,
		name: 'bulkNotice',
		type: 'notice',
		default: '',
		displayOptions: display,
	},
	{
		displayName: 'Input Mode',
		name: 'inputMode',
		type: 'options',
		displayOptions: display,
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
	currencyField('withdrawal', ['createMany'], {
		description:
			'Currency to send (bulk-capable currencies only). Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	}),
	{
		displayName: 'Priority',
		name: 'priority',
		type: 'options',
		options: priorityOptions,
		default: 'medium',
		displayOptions: display,
	},
	{
		displayName: 'Address',
		name: 'address',
		type: 'string',
		required: true,
		default: '',
		description: 'Address to send to (usually an expression such as {{ $json.address }})',
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
					{ displayName: 'Amount', name: 'amount', type: 'string', default: '', placeholder: '0.01' },
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
		displayOptions: display,
		options: [
			{
				displayName: 'Check Address Format',
				name: 'validateAddress',
				type: 'boolean',
				default: true,
				description: "Whether to check each address against the currency's address pattern before sending",
			},
		],
	},
];

interface Entry {
	itemIndex: number;
	currency: string;
	priority: string;
	tx: IDataObject;
}

async function readEntry(
	ctx: IExecuteFunctions,
	i: number,
	currency: string,
	raw: { address: unknown; amount: unknown; description?: unknown; ipnUrl?: unknown },
	checkAddress: boolean,
	label: string,
): Promise<IDataObject> {
	if (!BULK_CURRENCIES.includes(currency)) {
		invalidInput(
			ctx,
			'Currency',
			`"${currency}" cannot be sent in bulk. Bulk sending works only for ${BULK_CURRENCIES.join(', ')}; use Withdrawal → Create for other currencies.`,
			i,
		);
	}
	const amount = requireDecimal(ctx, raw.amount, `${label}Amount`, i);
	const address = String(raw.address ?? '').trim();
	const ipnUrl = raw.ipnUrl ? String(raw.ipnUrl).trim() : undefined;
	checkIpnUrl(ctx, ipnUrl, i, `${label}IPN URL`);
	await checkWithdrawalTarget(ctx, i, { currency, address, checkAddress, field: `${label}Address` });
	const tx: IDataObject = { address, amount };
	if (raw.description) tx.description = String(raw.description);
	if (ipnUrl) tx.ipn_url = ipnUrl;
	return tx;
}

function entryResult(result: IDataObject): IDataObject {
	const code = String(result.error ?? 'ok');
	if (code === 'ok') return { success: true, ...result };
	return { success: false, ...result, errorMessage: WESTWALLET_ERRORS[code] ?? code };
}

export function useBatch(this: IExecuteFunctions): boolean {
	return this.getNodeParameter('inputMode', 0) === 'items';
}

/** Items mode: validate every item first, then one request per (currency, priority). */
export async function executeBatch(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	const output: Array<INodeExecutionData | undefined> = new Array(items.length);
	const entries: Entry[] = [];
	for (let i = 0; i < items.length; i++) {
		try {
			const currency = String(this.getNodeParameter('currency', i)).trim();
			const priority = String(this.getNodeParameter('priority', i, 'medium'));
			checkPriority(this, priority, i);
			const { validateAddress } = this.getNodeParameter('options', i, {}) as IDataObject;
			const tx = await readEntry(
				this,
				i,
				currency,
				{
					address: this.getNodeParameter('address', i),
					amount: this.getNodeParameter('amount', i),
					description: this.getNodeParameter('description', i, ''),
					ipnUrl: this.getNodeParameter('ipnUrl', i, ''),
				},
				validateAddress !== false,
				'',
			);
			entries.push({ itemIndex: i, currency, priority, tx });
		} catch (error) {
			if (!this.continueOnFail()) throw toNodeError(this.getNode(), error, i); // nothing has been sent yet
			output[i] = errorItem(error, i);
		}
	}
	const groups = new Map<string, Entry[]>();
	for (const e of entries) {
		const key = `${e.currency}\u0000${e.priority}`;
		groups.set(key, [...(groups.get(key) ?? []), e]);
	}
	let firstFailure: Error | undefined;
	for (const group of groups.values()) {
		const { currency, priority } = group[0];
		try {
			const response = (await westWalletRequest.call(this, 'POST', '/wallet/create_withdrawal/many', 'money', {
				body: { currency, priority, transactions: group.map((e) => e.tx) },
				itemIndex: group[0].itemIndex,
				action: `Bulk withdrawal of ${group.length} ${currency} transaction(s)`,
			})) as IDataObject;
			const results = (response.results ?? []) as IDataObject[];
			if (results.length !== group.length) {
				throw new NodeOperationError(
					this.getNode(),
					`WestWallet answered ${results.length} results for ${group.length} withdrawals; check the transactions list before sending again`,
				);
			}
			group.forEach((e, k) => {
				output[e.itemIndex] = { json: entryResult(results[k]), pairedItem: { item: e.itemIndex } };
			});
		} catch (error) {
			// The whole request failed (or its outcome is unknown): every item of the group says so.
			if (!this.continueOnFail()) {
				firstFailure ??= error;
				for (const e of group) output[e.itemIndex] = errorItem(error, e.itemIndex);
				continue;
			}
			for (const e of group) output[e.itemIndex] = errorItem(error, e.itemIndex);
		}
	}
	if (firstFailure) {
		const sent = output.filter((o) => o?.json.success === true).length;
		if (sent === 0) throw toNodeError(this.getNode(), firstFailure, 0);
		// Some groups were sent: don't hide them behind an error. Their results stay in the output.
		(firstFailure as { description?: string }).description =
			`${(firstFailure as { description?: string }).description ?? ''} Other withdrawals of this run WERE sent (${sent}).`.trim();
		throw toNodeError(this.getNode(), firstFailure, 0);
	}
	return output.filter((o): o is INodeExecutionData => o !== undefined);
}

/** List mode: one request per input item with the withdrawals listed in the node. */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
	const currency = String(this.getNodeParameter('currency', i)).trim();
	const priority = String(this.getNodeParameter('priority', i, 'medium'));
	checkPriority(this, priority, i);
	const { validateAddress } = this.getNodeParameter('options', i, {}) as IDataObject;
	const list = ((this.getNodeParameter('transactions', i, {}) as IDataObject).transaction ?? []) as IDataObject[];
	if (!list.length) invalidInput(this, 'Withdrawals', 'must list at least one withdrawal', i);
	const txs: IDataObject[] = [];
	for (let k = 0; k < list.length; k++) {
		txs.push(
			await readEntry(this, i, currency, list[k] as never, validateAddress !== false, `Withdrawal ${k + 1}: `),
		);
	}
	const response = (await westWalletRequest.call(this, 'POST', '/wallet/create_withdrawal/many', 'money', {
		body: { currency, priority, transactions: txs },
		itemIndex: i,
		action: `Bulk withdrawal of ${txs.length} ${currency} transaction(s)`,
	})) as IDataObject;
	return ((response.results ?? []) as IDataObject[]).map(entryResult);
}
