import type { IDataObject } from 'n8n-workflow';
import type { ItemOperation } from '../../../shared/registry';
import { readSettings } from '../../helpers/params';
import { wyreRequest } from '../../transport';
import { paymentMethodLocator, wyreOptions } from '../common.descriptions';
import { paymentMethodPath, readPaymentMethodId } from './fields';

export const operation: ItemOperation = {
	name: 'Get',
	description: 'Get a payment method (GET /v2/paymentMethod/{ID})',
	action: 'Get a payment method',
	kind: 'read',
	properties: [paymentMethodLocator(), wyreOptions],
	async execute(i) {
		const settings = readSettings(this, i);
		const id = readPaymentMethodId(this, i);
		return (await wyreRequest.call(this, 'GET', paymentMethodPath(id), 'read', {
			settings,
			itemIndex: i,
			action: `Reading the payment method ${id}`,
		})) as IDataObject;
	},
};
