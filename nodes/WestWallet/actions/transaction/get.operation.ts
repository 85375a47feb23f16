import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { invalidInput } from '../../../shared/validation';
import { westWalletRequest } from '../../transport';
import { show } from '../common.descriptions';

const display = show('transaction', ['get']);

export const description: INodeProperties[] = [
	{
		displayName: 'Find By',
		name: 'by',
		type: 'options',
		displayOptions: display,
		options: [
			{ name: 'Transaction ID', value: 'id' },
			{ name: 'Address Label', value: 'label', description: 'Label of the address of a receive transaction' },
		],
		default: 'id',
	},
	{
		displayName: 'Transaction ID',
		name: 'transactionId',
		type: 'string',
		required: true,
		default: '',
		displayOptions: { show: { resource: ['transaction'], operation: ['get'], by: ['id'] } },
	},
	{
		displayName: 'Label',
		name: 'label',
		type: 'string',
		required: true,
		default: '',
		displayOptions: { show: { resource: ['transaction'], operation: ['get'], by: ['label'] } },
	},
];

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const by = this.getNodeParameter('by', i) as string;
	let body: IDataObject;
	if (by === 'label') {
		const label = String(this.getNodeParameter('label', i)).trim();
		if (!label) invalidInput(this, 'Label', 'is required', i);
		body = { label };
	} else {
		const id = String(this.getNodeParameter('transactionId', i)).trim();
		if (!/^\d+$/.test(id)) invalidInput(this, 'Transaction ID', `must be a number (got "${id}")`, i);
		body = { id: Number(id) };
	}
	return (await westWalletRequest.call(this, 'POST', '/wallet/transaction', 'read', {
		body,
		itemIndex: i,
		action: 'Reading a transaction',
	})) as IDataObject;
}
