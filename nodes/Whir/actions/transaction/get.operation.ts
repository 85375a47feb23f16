import type { IDataObject } from 'n8n-workflow';
import type { ItemOperation } from '../../../shared/registry';
import { checkId } from '../../../shared/params';
import { readTransaction } from '../../helpers/transactions';
import { verificationFor } from '../../helpers/verify';
import {
	requireSignatureOption,
	TRANSACTION_ID,
	verifySignatureOption,
} from '../common.descriptions';

export const operation: ItemOperation = {
	name: 'Get',
	description: 'Get a transaction by its ID, with its signature verified',
	action: 'Get a transaction',
	kind: 'read',
	properties: [
		{
			displayName: 'Transaction ID',
			name: 'transactionId',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'JEVG1TKFP4L95EDX',
		},
		{
			displayName: 'Options',
			name: 'options',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			options: [requireSignatureOption, verifySignatureOption],
		},
	],
	async execute(i) {
		const id = checkId(
			this,
			this.getNodeParameter('transactionId', i),
			'Transaction ID',
			i,
			TRANSACTION_ID,
		);
		const verification = await verificationFor(
			this,
			this.getNodeParameter('options', i, {}) as IDataObject,
			i,
		);
		return await readTransaction(this, id, verification, i);
	},
};
