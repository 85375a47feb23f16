import type { IDataObject } from 'n8n-workflow';
import type { ItemOperation } from '../../../shared/registry';
import { readSettings } from '../../helpers/params';
import { wyreRequest } from '../../transport';
import { paymentMethodLocator, wyreOptions } from '../common.descriptions';
import { paymentMethodPath, readPaymentMethodId } from './fields';

export const operation: ItemOperation = {
	name: 'Delete',
	description: 'Remove a payment method (DELETE /v2/paymentMethod/{ID})',
	action: 'Delete a payment method',
	kind: 'write',
	properties: [paymentMethodLocator(), wyreOptions],
	async execute(i) {
		const settings = readSettings(this, i);
		const id = readPaymentMethodId(this, i);
		const answer = await wyreRequest.call(this, 'DELETE', paymentMethodPath(id), 'write', {
			settings,
			itemIndex: i,
			action: `Deleting the payment method ${id}`,
			emptySuccess: true,
		});
		const body = answer && typeof answer === 'object' ? (answer as IDataObject) : {};
		return { deleted: true, id, ...body };
	},
};
