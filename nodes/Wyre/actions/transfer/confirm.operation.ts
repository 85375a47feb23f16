import type { IDataObject } from 'n8n-workflow';
import type { MoneyOperation } from '../../../shared/registry';
import { invalidInput } from '../../../shared/params';
import type { WyreSettings } from '../../transport';
import { wyreRequest } from '../../transport';
import { checkWyreId, readSettings } from '../../helpers/params';
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

export const operation: MoneyOperation<ConfirmInput> = {
	name: 'Confirm',
	description: 'Confirm an UNCONFIRMED transfer at its quoted rate: the money moves',
	action: 'Confirm a transfer',
	kind: 'money',
	properties: [transferIdField, wyreOptions],

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
