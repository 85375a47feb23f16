import type { IDataObject } from 'n8n-workflow';
import type { ItemOperation } from '../../../shared/registry';
import { checkBoolean, checkText, checkUrl, invalidInput } from '../../../shared/params';
import { checkCurrency, checkWyreAmount, checkWyreId, readSettings } from '../../helpers/params';
import { checkRawSrn } from '../../helpers/srn';
import { wyreRequest } from '../../transport';
import { CUSTOMER_FIELDS, LOCKABLE, reserveProperties } from './reserve.properties';

export const operation: ItemOperation = {
	name: 'Reserve',
	description:
		"Reserve a wallet order and get the URL of Wyre's hosted checkout for the customer (POST /v3/orders/reserve)",
	action: 'Reserve a wallet order',
	kind: 'write',
	properties: reserveProperties,
	async execute(i) {
		const settings = readSettings(this, i);
		const at = (key: string) => this.getNodeParameter(key, i, '');
		const sourceCurrency = checkCurrency(this, at('sourceCurrency'), 'Source Currency', i, {
			required: false,
		});
		const destCurrency = checkCurrency(this, at('destCurrency'), 'Destination Currency', i, {
			required: false,
		});
		const body: IDataObject = {};
		const rawAmount = at('amount');
		if (rawAmount !== '' && rawAmount !== undefined && rawAmount !== null) {
			if (!sourceCurrency) invalidInput(this, 'Source Currency', 'is required with an Amount', i);
			body.amount = checkWyreAmount(this, rawAmount, 'Amount', i, sourceCurrency);
		}
		if (sourceCurrency) body.sourceCurrency = sourceCurrency;
		if (destCurrency) body.destCurrency = destCurrency;
		const dest = at('dest');
		if (dest !== '' && dest !== undefined && dest !== null)
			body.dest = checkRawSrn(this, dest, 'Destination (SRN)', i);
		const extra = this.getNodeParameter('additionalFields', i, {}) as IDataObject;
		if (extra.amountIncludeFees !== undefined)
			body.amountIncludeFees = checkBoolean(
				this,
				extra.amountIncludeFees,
				'Amount Includes Fees',
				i,
			);
		if (extra.referrerAccountId)
			body.referrerAccountId = checkWyreId(
				this,
				extra.referrerAccountId,
				'Referrer Account ID',
				i,
				'account',
			);
		if (extra.paymentMethod !== undefined) {
			if (extra.paymentMethod !== 'debit-card' && extra.paymentMethod !== 'apple-pay')
				invalidInput(this, 'Payment Method', 'must be debit-card or apple-pay', i);
			body.paymentMethod = extra.paymentMethod;
		}
		for (const key of ['redirectUrl', 'failureRedirectUrl']) {
			const url = checkUrl(
				this,
				extra[key],
				key === 'redirectUrl' ? 'Redirect URL' : 'Failure Redirect URL',
				i,
			);
			if (url) body[key] = url;
		}
		for (const key of CUSTOMER_FIELDS) {
			const value = checkText(this, extra[key], `Additional Fields → ${key}`, i, {
				maxLength: 200,
			});
			if (value !== undefined) body[key] = value;
		}
		if (typeof body.country === 'string' && !/^[A-Z]{2}$/.test(body.country))
			invalidInput(
				this,
				'Additional Fields → country',
				'must be a two-letter upper-case code (e.g. US)',
				i,
			);
		if (typeof body.phone === 'string' && !/^\+[1-9]\d{6,14}$/.test(body.phone))
			invalidInput(
				this,
				'Additional Fields → phone',
				'must be in E.164 form (e.g. +14155550123)',
				i,
			);
		if (extra.lockFields !== undefined) {
			const lock = extra.lockFields;
			if (!Array.isArray(lock) || lock.some((f) => !LOCKABLE.includes(String(f))))
				invalidInput(this, 'Lock Fields', `must list fields among ${LOCKABLE.join(', ')}`, i);
			if (lock.length) body.lockFields = lock;
		}
		return (await wyreRequest.call(this, 'POST', '/v3/orders/reserve', 'write', {
			body,
			settings,
			itemIndex: i,
			action: 'Reserving a wallet order',
		})) as IDataObject;
	},
};
