import type { ItemOperation } from '../../../shared/registry';
import { emailField, emailParam, statusOutput } from '../../helpers/user';
import { addressSoResult } from '../../transport';

export const operation: ItemOperation = {
	name: 'Forgot Password',
	description: 'E-mail the user a new password (once per day; always answers success)',
	action: 'Reset a password',
	kind: 'write',
	properties: [{ ...emailField, description: 'The e-mail of the user' }],
	async execute(i) {
		const email = emailParam(this, i);
		const result = await addressSoResult.call(this, 'POST', '/forgot-password', 'write', {
			public: true,
			body: { email },
			itemIndex: i,
			action: 'Requesting a new password',
		});
		return statusOutput(result);
	},
};
