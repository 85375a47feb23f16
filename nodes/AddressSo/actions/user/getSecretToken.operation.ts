import type { ItemOperation } from '../../../shared/registry';
import { checkText, checkToken } from '../../../shared/params';
import { output } from '../../helpers/output';
import { addressSoResult } from '../../transport';

/** The link token from the e-mailed link (the whole link or the token alone). */
export function linkToken(value: string): string {
	const match = /[?&]request-secret-token=([^&#]*)/.exec(value);
	return match ? decodeURIComponent(match[1]) : value;
}

export const operation: ItemOperation = {
	name: 'Get Secret Token',
	description:
		'Exchange the token of the e-mailed link for the secret token (the link works once, for 30 minutes)',
	action: 'Get the secret token',
	kind: 'write',
	properties: [
		{
			displayName: 'Link or Link Token',
			name: 'requestToken',
			type: 'string',
			typeOptions: { password: true },
			required: true,
			default: '',
			description:
				'The link from the e-mail (…/user/secret-token?request-secret-token=…) or its request-secret-token value alone',
		},
	],
	async execute(i) {
		const raw = checkText(this, this.getNodeParameter('requestToken', i), 'Link or Link Token', i, {
			required: true,
			maxLength: 2048,
		}) as string;
		const token = checkToken(this, linkToken(raw.trim()), 'Link or Link Token', i, {
			pattern: /^[A-Za-z0-9]+$/,
			expected: 'a link token (letters and digits)',
		}) as string;
		const result = await addressSoResult.call(this, 'GET', '/user/secret-token', 'write', {
			public: true,
			qs: { 'request-secret-token': token },
			itemIndex: i,
			action: 'Exchanging the link token for the secret token',
		});
		const [item] = await output(this, result, i, { convert: false });
		return {
			...item,
			note:
				item.secret_token === '***'
					? 'This is already the Secret Token of the credential'
					: 'Put this secret token into the Address.so credential (Secret Token); it signs sends',
		};
	},
};
