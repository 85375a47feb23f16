import type { IDataObject } from 'n8n-workflow';
import type { MoneyOperation } from '../../../shared/registry';
import { sameAmount } from '../../../shared/decimal';
import { checkAmount, invalidInput } from '../../../shared/params';
import type { WyreSettings } from '../../transport';
import { wyreRequest } from '../../transport';
import { checkWyreAmount, checkWyreId, readSettings } from '../../helpers/params';
import { wyreOptions } from '../common.descriptions';
import { CONFIRM_CHECK_HINT, checkTransferAnswer } from './transfer.helpers';

export interface ConfirmInput {
	id: string;
	settings: WyreSettings;
}

export const transferIdField = {
	displayName: 'Transfer ID',
	name: 'transferId',
	type: 'string' as const,
	required: true,
	default: '',
	placeholder: 'TF_HTQEQ327NYE',
};

const expectedAmountField = {
	displayName: 'Expected Source Amount',
	name: 'expectedAmount',
	type: 'string' as const,
	default: '',
	placeholder: '0.0015',
	description:
		'Optional guard: confirm only if the transfer debits exactly this amount of its source currency (as a decimal string); otherwise nothing is sent',
};

export const operation: MoneyOperation<ConfirmInput> = {
	name: 'Confirm',
	description: 'Confirm an UNCONFIRMED transfer at its quoted rate: the money moves',
	action: 'Confirm a transfer',
	kind: 'money',
	properties: [transferIdField, expectedAmountField, wyreOptions],

	// The transfer is read first, so the safety limits see its amount and destination.
	async prepare(i) {
		const settings = readSettings(this, i);
		const id = checkWyreId(
			this,
			this.getNodeParameter('transferId', i),
			'Transfer ID',
			i,
			'transfer',
		);
		const rawExpected = this.getNodeParameter('expectedAmount', i, '') as unknown;
		const expected =
			rawExpected === '' ? undefined : checkAmount(this, rawExpected, 'Expected Source Amount', i);
		const tx = (await wyreRequest.call(
			this,
			'GET',
			`/v3/transfers/${encodeURIComponent(id)}`,
			'read',
			{
				settings,
				itemIndex: i,
				action: `Reading the transfer ${id} before confirming it`,
			},
		)) as IDataObject;
		if (tx.status !== 'UNCONFIRMED')
			invalidInput(
				this,
				'Transfer ID',
				`names a transfer whose status is ${String(tx.status)}: only an UNCONFIRMED transfer can be confirmed`,
				i,
			);
		if (expected !== undefined) {
			const currency = String(tx.sourceCurrency ?? '');
			checkWyreAmount(this, expected, 'Expected Source Amount', i, currency);
			if (!sameAmount(expected, tx.sourceAmount))
				invalidInput(
					this,
					'Expected Source Amount',
					`is ${expected} ${currency}, but the transfer debits ${String(tx.sourceAmount)} ${currency}`,
					i,
				);
		}
		return {
			payouts: [
				{
					currency: String(tx.sourceCurrency ?? ''),
					amount: String(tx.sourceAmount ?? ''),
					destination: String(tx.dest ?? ''),
					reference: typeof tx.customId === 'string' ? tx.customId : undefined,
				},
			],
			input: { id, settings },
		};
	},

	// Body-less POST: nothing is sent as a body and the empty string is signed.
	async send([item]) {
		const { id, settings } = item.input;
		const answer = await wyreRequest.call(
			this,
			'POST',
			`/v3/transfers/${encodeURIComponent(id)}/confirm`,
			'money',
			{
				settings,
				itemIndex: item.itemIndex,
				action: `Confirming the transfer ${id}`,
				checkHint: CONFIRM_CHECK_HINT,
			},
		);
		return [[checkTransferAnswer(this, answer, item.itemIndex, CONFIRM_CHECK_HINT, { id })]];
	},
};
