import type { ItemOperation } from '../../../shared/registry';
import { statusOutput } from '../../helpers/user';
import { addressSoResult } from '../../transport';

export const operation: ItemOperation = {
	name: 'Request Secret Token',
	description:
		"E-mail the user a link to its secret token (once per minute); then use Get Secret Token with the link's token",
	action: 'Request the secret token',
	kind: 'write',
	properties: [],
	async execute(i) {
		const result = await addressSoResult.call(this, 'POST', '/request-secret-token', 'write', {
			itemIndex: i,
			action: 'Requesting the secret token link',
		});
		return statusOutput(result);
	},
};
