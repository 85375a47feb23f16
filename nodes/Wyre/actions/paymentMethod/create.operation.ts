import type { IDataObject } from 'n8n-workflow';
import type { ItemOperation } from '../../../shared/registry';
import { checkBoolean, checkText, checkToken, invalidInput } from '../../../shared/params';
import { checkCurrency, readSettings } from '../../helpers/params';
import { wyreRequest } from '../../transport';
import { COUNTRY } from '../account/create.operation';
import { createProperties, WIRE_OPTIONAL, WIRE_REQUIRED } from './create.properties';

const LABELS: Record<string, string> = {
	country: 'Country',
	currency: 'Currency',
	beneficiaryType: 'Beneficiary Type',
	firstNameOnAccount: 'First Name on Account',
	lastNameOnAccount: 'Last Name on Account',
	accountNumber: 'Account Number',
	routingNumber: 'Routing Number',
	accountType: 'Account Type',
};

export const operation: ItemOperation = {
	name: 'Create',
	description: 'Add a bank account for wires or ACH (POST /v2/paymentMethods)',
	action: 'Create a payment method',
	kind: 'write',
	properties: createProperties,
	async execute(i) {
		const settings = readSettings(this, i);
		const type = this.getNodeParameter('paymentMethodType', i);
		let body: IDataObject;
		if (type === 'LOCAL_TRANSFER') {
			const publicToken = checkToken(
				this,
				this.getNodeParameter('publicToken', i),
				'Plaid Public Token',
				i,
				{
					required: true,
					maxLength: 200,
				},
			);
			body = { publicToken, paymentMethodType: 'LOCAL_TRANSFER', country: 'US' };
		} else if (type === 'INTERNATIONAL_TRANSFER') {
			body = { paymentMethodType: 'INTERNATIONAL_TRANSFER' };
			for (const key of WIRE_REQUIRED) {
				const value = this.getNodeParameter(key, i, '');
				body[key] =
					key === 'country'
						? checkToken(this, value, LABELS[key], i, { required: true, ...COUNTRY })
						: key === 'currency'
							? checkCurrency(this, value, LABELS[key], i)
							: checkText(this, value, LABELS[key], i, { required: true, maxLength: 100 });
			}
			const extra = this.getNodeParameter('additionalFields', i, {}) as IDataObject;
			for (const key of WIRE_OPTIONAL) {
				const value = checkText(this, extra[key], `Additional Fields → ${key}`, i, {
					maxLength: 200,
				});
				if (value !== undefined) body[key] = value;
			}
			body.paymentType = 'LOCAL_BANK_WIRE';
			// Wyre's examples send this flag as the text "true"/"false".
			const chargeable =
				extra.chargeablePM === undefined
					? true
					: checkBoolean(this, extra.chargeablePM, 'Additional Fields → Chargeable', i);
			body.chargeablePM = String(chargeable);
		} else {
			invalidInput(this, 'Type', 'must be ACH or Wire Transfer', i);
		}
		return (await wyreRequest.call(this, 'POST', '/v2/paymentMethods', 'write', {
			body,
			settings,
			itemIndex: i,
			action: 'Creating a payment method',
		})) as IDataObject;
	},
};
