import type { ItemOperation } from '../../../shared/registry';
import { checkToken } from '../../../shared/params';
import { NodeOperationError } from 'n8n-workflow';
import type { IDataObject } from 'n8n-workflow';
import { whirRequest } from '../../transport';

/** Whir's validateAddress answers the text "true"/"false" in its doc, a boolean in its field table: both count. */
export function readValidity(result: unknown): boolean | undefined {
	if (result === true || result === 'true') return true;
	if (result === false || result === 'false') return false;
	return undefined;
}

export const operation: ItemOperation = {
	name: 'Validate',
	description: 'Ask Whir whether a Bitcoin address is valid (public, no API key)',
	action: 'Validate an address',
	kind: 'read',
	properties: [
		{
			displayName: 'Address',
			name: 'address',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'bc1q...',
			description: 'The Bitcoin address to check',
		},
	],
	async execute(i) {
		const address = checkToken(this, this.getNodeParameter('address', i), 'Address', i, {
			required: true,
			maxLength: 100,
		}) as string;
		const body = (await whirRequest.call(
			this,
			'GET',
			`/validateAddress/${encodeURIComponent(address)}`,
			'read',
			{
				itemIndex: i,
				action: 'Validating an address with Whir',
				public: true,
			},
		)) as IDataObject;
		const valid = readValidity(body?.result);
		if (valid === undefined) {
			throw new NodeOperationError(
				this.getNode(),
				`Whir answered the address check with an unexpected result: ${JSON.stringify(body?.result)}`,
				{ itemIndex: i },
			);
		}
		return { address, valid, result: body.result };
	},
};
