import type { ItemOperation } from '../../../shared/registry';
import { cachedCredentials } from '../../../shared/transport';
import { output } from '../../helpers/output';
import { addressSoResult, CREDENTIAL_TYPE } from '../../transport';

export const operation: ItemOperation = {
	name: 'Log Out',
	description: "End the credential's log-in session at once (the next user request logs in again)",
	action: 'Log out',
	kind: 'write',
	properties: [],
	async execute(i) {
		const result = await addressSoResult.call(this, 'POST', '/logout', 'write', {
			itemIndex: i,
			action: 'Logging out',
		});
		// The answer names the removed token: scrubbed before it is cleared here.
		const [item] = await output(this, result, i, { convert: false });
		(await cachedCredentials(this, CREDENTIAL_TYPE)).authToken = '';
		return item;
	},
};
