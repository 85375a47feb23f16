import type { IDataObject } from 'n8n-workflow';
import { RawJsonNumber, serializeJson } from '../../../shared/json';
import type { ItemOperation } from '../../../shared/registry';
import { checkId, checkText } from '../../../shared/params';
import { westWalletRequest } from '../../transport';

export const operation: ItemOperation = {
	name: 'Get',
	description: 'Get a transaction by ID or address label',
	action: 'Get a transaction',
	kind: 'read',
	properties: [
		{
			displayName: 'Find By',
			name: 'by',
			type: 'options',
			options: [
				{ name: 'Transaction ID', value: 'id' },
				{
					name: 'Address Label',
					value: 'label',
					description: 'Label of the address of a receive transaction',
				},
			],
			default: 'id',
		},
		{
			displayName: 'Transaction ID',
			name: 'transactionId',
			type: 'string',
			required: true,
			default: '',
			displayOptions: { show: { by: ['id'] } },
		},
		{
			displayName: 'Label',
			name: 'label',
			type: 'string',
			required: true,
			default: '',
			displayOptions: { show: { by: ['label'] } },
		},
	],
	async execute(i) {
		let body: string;
		if (this.getNodeParameter('by', i) === 'label') {
			const label = checkText(this, this.getNodeParameter('label', i), 'Label', i, {
				required: true,
				maxLength: 30,
			}) as string;
			body = serializeJson({ label });
		} else {
			const id = checkId(this, this.getNodeParameter('transactionId', i), 'Transaction ID', i, {
				pattern: /^\d{1,30}$/,
				expected: 'a transaction ID (digits)',
			});
			// Sent as a JSON number with exactly these digits (never through a float, so no id beyond 2^53 is rounded).
			body = serializeJson({ id: new RawJsonNumber(id) });
		}
		return (await westWalletRequest.call(this, 'POST', '/wallet/transaction', 'read', {
			body,
			itemIndex: i,
			action: 'Reading a transaction',
		})) as IDataObject;
	},
};
