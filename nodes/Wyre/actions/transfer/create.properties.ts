import type { INodeProperties } from 'n8n-workflow';
import { TRANSFER_SRN_TYPES } from '../../helpers/srn';
import { srnFields, wyreOptions } from '../common.descriptions';

export const createProperties: INodeProperties[] = [
	...srnFields(
		'source',
		'Source',
		'Where the money comes from, e.g. your wallet ID (WA_…).',
		TRANSFER_SRN_TYPES,
	),
	{
		displayName: 'Source Currency',
		name: 'sourceCurrency',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'BTC',
		description: 'The currency taken from the source',
	},
	{
		displayName: 'Source Amount',
		name: 'sourceAmount',
		type: 'string',
		default: '',
		placeholder: '0.01',
		description:
			'The amount taken from the source, as a decimal number (e.g. 0.01). Give exactly one of Source Amount and Destination Amount.',
	},
	...srnFields(
		'dest',
		'Destination',
		'Where the money goes: a wallet ID, a Bitcoin or Ethereum address, an email….',
		TRANSFER_SRN_TYPES,
	),
	{
		displayName: 'Destination Currency',
		name: 'destCurrency',
		type: 'string',
		default: '',
		placeholder: 'BTC',
		description:
			'The currency delivered (an exchange happens when it differs from the source currency). Required with a Destination Amount.',
	},
	{
		displayName: 'Destination Amount',
		name: 'destAmount',
		type: 'string',
		default: '',
		placeholder: '0.01',
		description:
			'The amount delivered, as a decimal number. Give exactly one of Source Amount and Destination Amount.',
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{
				displayName: 'Amount Includes Fees',
				name: 'amountIncludesFees',
				type: 'boolean',
				default: false,
				description: 'Whether the fees are taken out of the amount rather than added to it',
			},
			{
				displayName: 'Auto Confirm',
				name: 'autoConfirm',
				type: 'boolean',
				default: false,
				description:
					'Whether the transfer is confirmed at once. Off: it waits UNCONFIRMED (its quote valid until expiresAt) for Transfer → Confirm.',
			},
			{
				displayName: 'Custom ID',
				name: 'customId',
				type: 'string',
				default: '',
				description:
					'Your unique ID for this transfer (e.g. an order number: Wyre then refuses a second transfer for it, even from a re-run of the workflow). Empty: one derived from the execution, node and item, so the same item sent again in this execution is refused instead of paying twice. Check Outcome finds the transfer by it.',
			},
			{
				displayName: 'Message',
				name: 'message',
				type: 'string',
				default: '',
				description: 'A note for the recipient (e.g. in the email of an email: destination)',
			},
			{
				displayName: 'Notify URL',
				name: 'notifyUrl',
				type: 'string',
				default: '',
				description: 'Wyre posts {subscriptionId, trigger} here when the transfer changes',
			},
		],
	},
	wyreOptions,
];
