import type { ItemOperation } from '../../../shared/registry';
import { emailField, emailParam, statusOutput } from '../../helpers/user';
import { checkNumericId } from '../../helpers/params';
import { addressSoResult } from '../../transport';

export const operation: ItemOperation = {
	name: 'Request Tariff',
	description: 'Ask Address.so to change the tariff (plan)',
	action: 'Request a tariff change',
	kind: 'write',
	properties: [
		{
			displayName: 'Tariff ID',
			name: 'tariffId',
			type: 'string',
			required: true,
			default: '',
			description: 'The ID of the tariff (User → Get Tariffs)',
		},
		{ ...emailField, description: 'The e-mail Address.so should contact you at' },
	],
	async execute(i) {
		const tariffId = checkNumericId(this, this.getNodeParameter('tariffId', i), i, 'Tariff ID');
		const email = emailParam(this, i);
		const result = await addressSoResult.call(this, 'POST', '/user/tariff-request', 'write', {
			body: { tariff_id: tariffId, email },
			itemIndex: i,
			action: `Requesting tariff ${tariffId}`,
		});
		return statusOutput(result, { tariff_id: tariffId });
	},
};
