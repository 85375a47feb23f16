import type { IDataObject } from 'n8n-workflow';
import { collectByOffset } from '../../../shared/pagination';
import type { ItemOperation } from '../../../shared/registry';
import { checkBoolean, checkInteger } from '../../../shared/params';
import { listTransactions } from '../../helpers/transactions';
import { verificationFor } from '../../helpers/verify';
import { verifySignatureOption } from '../common.descriptions';

/** Whir's default page size (it documents no maximum). */
export const PAGE_SIZE = 30;

export const operation: ItemOperation = {
	name: 'Get Many',
	description: 'List transactions, newest first',
	action: 'Get many transactions',
	kind: 'read',
	properties: [
		{
			displayName: 'Return All',
			name: 'returnAll',
			type: 'boolean',
			default: false,
			description: 'Whether to return all results or only up to a given limit',
		},
		{
			displayName: 'Limit',
			name: 'limit',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 50,
			description: 'Max number of results to return',
			displayOptions: { show: { returnAll: [false] } },
		},
		{
			displayName: 'Options',
			name: 'options',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			options: [
				{
					...verifySignatureOption,
					description:
						'Whether to check the signature of each listed transaction that carries one, with the credential\'s Secret Key. Whir\'s list usually carries none (signatureVerified: "not signed"): Transaction → Get returns a signed transaction.',
				},
			],
		},
	],
	async execute(i) {
		const returnAll = checkBoolean(this, this.getNodeParameter('returnAll', i), 'Return All', i);
		const limit = returnAll
			? 0
			: checkInteger(this, this.getNodeParameter('limit', i), 'Limit', i, { min: 1 });
		const verification = await verificationFor(
			this,
			this.getNodeParameter('options', i, {}) as IDataObject,
			i,
		);
		return await collectByOffset(
			(offset, size) => listTransactions(this, offset, size, verification, i),
			{
				returnAll,
				limit,
				pageSize: PAGE_SIZE,
			},
		);
	},
};
