import type { ItemOperation } from '../../../shared/registry';
import { emailField, emailParam, userOutput } from '../../helpers/user';
import { addressSoResult } from '../../transport';

export const operation: ItemOperation = {
	name: 'Sign Up',
	description: 'Register a new Address.so user; its password is e-mailed to it',
	action: 'Sign up a user',
	kind: 'write',
	properties: [{ ...emailField, description: 'The e-mail of the new user' }],
	async execute(i) {
		const email = emailParam(this, i);
		const result = await addressSoResult.call(this, 'POST', '/signup', 'write', {
			public: true,
			body: { email },
			itemIndex: i,
			action: 'Signing up a user',
		});
		return await userOutput(this, result, i);
	},
};
