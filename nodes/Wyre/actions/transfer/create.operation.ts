import type { IDataObject } from 'n8n-workflow';
import type { MoneyOperation } from '../../../shared/registry';
import { checkBoolean, checkText, checkUrl, invalidInput } from '../../../shared/params';
import type { WyreSettings } from '../../transport';
import { wyreRequest } from '../../transport';
import { checkCurrency, checkWyreAmount, readSettings } from '../../helpers/params';
import { readSrn } from '../../helpers/srn';
import { createProperties } from './create.properties';
import {
	checkCustomId,
	checkTransferAnswer,
	derivedCustomId,
	transferCheckHint,
} from './transfer.helpers';

export interface CreateInput {
	body: IDataObject;
	settings: WyreSettings;
	customId: string;
}

function isBlank(value: unknown): boolean {
	return value === undefined || value === null || value === '';
}

export const operation: MoneyOperation<CreateInput> = {
	name: 'Create',
	description: 'Send or exchange money between wallets, accounts, bank accounts and addresses',
	action: 'Create a transfer',
	kind: 'money',
	properties: createProperties,

	async prepare(i) {
		const settings = readSettings(this, i);
		const at = (key: string) => this.getNodeParameter(key, i, '');
		const source = readSrn(this, 'source', 'Source', i);
		const dest = readSrn(this, 'dest', 'Destination', i);
		const sourceCurrency = checkCurrency(
			this,
			at('sourceCurrency'),
			'Source Currency',
			i,
		) as string;
		const destCurrency = checkCurrency(this, at('destCurrency'), 'Destination Currency', i, {
			required: false,
		});
		const rawSource = at('sourceAmount');
		const rawDest = at('destAmount');
		if (isBlank(rawSource) === isBlank(rawDest)) {
			invalidInput(
				this,
				'Source Amount / Destination Amount',
				isBlank(rawSource)
					? 'are both empty: give exactly one of them'
					: 'are both set: give exactly one of them (Wyre takes one and computes the other)',
				i,
			);
		}
		const bySource = !isBlank(rawSource);
		if (!bySource && !destCurrency)
			invalidInput(this, 'Destination Currency', 'is required with a Destination Amount', i);
		const currency = bySource ? sourceCurrency : (destCurrency as string);
		const amount = bySource
			? checkWyreAmount(this, rawSource, 'Source Amount', i, currency)
			: checkWyreAmount(this, rawDest, 'Destination Amount', i, currency);

		const fields = this.getNodeParameter('additionalFields', i, {}) as IDataObject;
		const message = checkText(this, fields.message, 'Message', i, { maxLength: 1000 });
		const notifyUrl = checkUrl(this, fields.notifyUrl, 'Notify URL', i);
		const customId =
			checkCustomId(this, fields.customId, 'Custom ID', i) ?? derivedCustomId(this, i);
		const body: IDataObject = { source, sourceCurrency };
		body[bySource ? 'sourceAmount' : 'destAmount'] = amount;
		body.dest = dest;
		if (destCurrency) body.destCurrency = destCurrency;
		if (message !== undefined) body.message = message;
		if (notifyUrl) body.notifyUrl = notifyUrl;
		if (fields.autoConfirm !== undefined)
			body.autoConfirm = checkBoolean(this, fields.autoConfirm, 'Auto Confirm', i);
		body.customId = customId;
		if (fields.amountIncludesFees !== undefined)
			body.amountIncludesFees = checkBoolean(
				this,
				fields.amountIncludesFees,
				'Amount Includes Fees',
				i,
			);
		return {
			payouts: [{ currency, amount, destination: dest, reference: customId }],
			input: { body, settings, customId },
		};
	},

	async send([item]) {
		const { body, settings, customId } = item.input;
		const hint = transferCheckHint(customId);
		const amount = String(body.sourceAmount ?? body.destAmount);
		const currency = String(body.sourceAmount ? body.sourceCurrency : body.destCurrency);
		const answer = await wyreRequest.call(this, 'POST', '/v3/transfers', 'money', {
			body,
			settings,
			itemIndex: item.itemIndex,
			action: `Transfer of ${amount} ${currency} to ${String(body.dest)}`,
			checkHint: hint,
		});
		return [[checkTransferAnswer(this, answer, item.itemIndex, hint, { customId })]];
	},
};
