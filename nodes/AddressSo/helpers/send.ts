import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { DEFAULT_MAX_DECIMALS } from '../../shared/decimal';
import { checkAmount, checkInteger, checkToken } from '../../shared/params';
import type { MoneyOperation } from '../../shared/registry';
import type { Payout } from '../../shared/payouts/types';
import { addressSoResult } from '../transport';
import {
	accountLocator,
	coinField,
	feePriorityField,
	SEND_CHECK_HINT,
	walletLocator,
} from '../actions/common.descriptions';
import { checkRecipient, networkOf, networkOption } from './addresses';
import { findCoin } from './coins';
import { accountOf, walletOf } from './params';
import { checkTag } from './transactions';

export type SendSource = 'wallet' | 'account';

export interface SendInput {
	path: string;
	coin: string;
	wallet: string;
	account?: string;
	/** The send's parameters in the SDKs' order (the credential adds the payment password). */
	body: IDataObject;
}

function sendProperties(source: SendSource): INodeProperties[] {
	return [
		coinField,
		walletLocator,
		...(source === 'account' ? [accountLocator] : []),
		{
			displayName: 'Amount',
			name: 'amount',
			type: 'string',
			required: true,
			default: '',
			placeholder: '0.1',
			description:
				"Amount in coin units, as a decimal number with a dot (e.g. 0.1), at most the coin's precision in decimals. Sent exactly as written.",
		},
		{
			displayName: 'Recipient',
			name: 'recipient',
			type: 'string',
			required: true,
			default: '',
			description: "The address to send to (checked against the coin's address format first)",
		},
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				{ ...feePriorityField },
				{
					displayName: 'Destination Tag',
					name: 'tag',
					type: 'string',
					default: '',
					description:
						'Ripple destination tag (digits). Check Outcome finds the send by it, with the address and amount.',
				},
				{
					displayName: 'Odd Address',
					name: 'oddAddress',
					type: 'string',
					default: '',
					description: 'Where the change of the transaction goes (an address of the same coin)',
				},
				{
					displayName: 'Token Label',
					name: 'assetLabel',
					type: 'string',
					default: '',
					placeholder: 'erc20',
					description: 'The token standard when sending a token (e.g. erc20)',
				},
			],
		},
		{
			displayName: 'Options',
			name: 'options',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			options: [networkOption],
		},
	];
}

async function prepareSend(
	this: IExecuteFunctions,
	source: SendSource,
	i: number,
): Promise<{ payouts: Payout[]; input: SendInput }> {
	const target = source === 'account' ? accountOf(this, i) : walletOf(this, i);
	const coin = await findCoin(this, target.coin, i);
	const amount = checkAmount(this, this.getNodeParameter('amount', i), 'Amount', i, {
		maxDecimals: coin.precision >= 0 ? coin.precision : DEFAULT_MAX_DECIMALS,
		unit: target.coin,
	});
	const options = this.getNodeParameter('options', i, {}) as IDataObject;
	const network = networkOf(options.network);
	const recipient = checkRecipient(
		this,
		target.coin,
		this.getNodeParameter('recipient', i),
		'Recipient',
		i,
		network,
	);
	const fields = this.getNodeParameter('additionalFields', i, {}) as IDataObject;
	const body: IDataObject = { amount, recipient };
	if (fields.oddAddress !== undefined && fields.oddAddress !== '')
		body.odd_address = checkRecipient(
			this,
			target.coin,
			fields.oddAddress,
			'Odd Address',
			i,
			network,
		);
	const tokenLabel = checkToken(this, fields.assetLabel, 'Token Label', i, {
		maxLength: 32,
		pattern: /^[A-Za-z0-9_-]+$/,
		expected: 'a token label such as erc20',
	});
	if (tokenLabel) body.token_label = tokenLabel;
	body.fee_priority = checkInteger(this, fields.feePriority ?? 1, 'Fee Priority', i, {
		min: 1,
		max: 3,
	});
	const tag = checkTag(this, fields.tag, i);
	if (tag !== undefined) body.tag = tag;
	const payout: Payout = { currency: target.coin, amount, destination: recipient };
	if (tag !== undefined) payout.reference = tag;
	payout.wallet = target.wallet;
	if (target.account !== undefined) payout.account = target.account;
	return {
		payouts: [payout],
		input: {
			path: target.path,
			coin: target.coin,
			wallet: target.wallet,
			account: target.account,
			body,
		},
	};
}

/** Send (wallet or account): a money operation, signed by the credential, never retried. */
export function sendOperation(source: SendSource): MoneyOperation<SendInput> {
	return {
		name: 'Send',
		description: `Send coins from ${source === 'wallet' ? 'a wallet' : 'an account'} to an address`,
		action: `Send from ${source === 'wallet' ? 'a wallet' : 'an account'}`,
		kind: 'money',
		properties: sendProperties(source),
		async prepare(i) {
			return await prepareSend.call(this, source, i);
		},
		async send([item]) {
			const { path, coin, wallet, account, body } = item.input;
			const from = account ? `account ${account} of wallet ${wallet}` : `wallet ${wallet}`;
			const result = await addressSoResult.call(this, 'POST', `${path}/send`, 'money', {
				body,
				itemIndex: item.itemIndex,
				action: `Send of ${String(body.amount)} ${coin} from ${from}`,
				checkHint: SEND_CHECK_HINT,
			});
			const sent: IDataObject = {
				coin,
				wallet_id: wallet,
				...(account ? { account_id: account } : {}),
				amount: body.amount,
				recipient: body.recipient,
				...(body.tag !== undefined ? { tag: body.tag } : {}),
			};
			const txs = Array.isArray(result) ? (result as IDataObject[]) : [result as IDataObject];
			return [
				txs.map((tx) => ({ ...sent, ...(tx && typeof tx === 'object' ? tx : { result: tx }) })),
			];
		},
	};
}
