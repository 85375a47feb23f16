import type { INodeProperties } from 'n8n-workflow';

const listMode = { show: { payoutSource: ['list'] } };
const itemsMode = { show: { payoutSource: ['items'] } };

/** The fields of Transaction → Create; `options` are the shared options it offers. */
export function createProperties(options: INodeProperties[]): INodeProperties[] {
	return [
		{
			displayName:
				'Whir pays these addresses once you deposit the amount it answers (depositAmount) to the deposit address it answers (depositAddress). Check the answer before you deposit.',
			name: 'createNotice',
			type: 'notice',
			default: '',
		},
		{
			displayName: 'Payouts From',
			name: 'payoutSource',
			type: 'options',
			options: [
				{
					name: 'List in This Node',
					value: 'list',
					description: 'Each input item creates one transaction paying the payouts listed below',
				},
				{
					name: 'Input Items (Each Item One Payout)',
					value: 'items',
					description:
						'All input items together create ONE transaction; each item gives one address and amount',
				},
			],
			default: 'list',
		},
		{
			displayName: 'Payouts',
			name: 'payouts',
			type: 'fixedCollection',
			typeOptions: { multipleValues: true },
			placeholder: 'Add Payout',
			default: {},
			displayOptions: listMode,
			options: [
				{
					displayName: 'Payout',
					name: 'payout',
					values: [
						{
							displayName: 'Address',
							name: 'address',
							type: 'string',
							default: '',
							placeholder: 'bc1q...',
							description: 'Bitcoin address to pay',
						},
						{
							displayName: 'Amount (BTC)',
							name: 'amount',
							type: 'string',
							default: '',
							placeholder: '0.001',
							description:
								'Amount in BTC as a decimal number with a dot, at most 8 decimals. Sent exactly as written.',
						},
					],
				},
			],
		},
		{
			displayName: 'Address',
			name: 'address',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'bc1q...',
			description: 'Bitcoin address this item pays',
			displayOptions: itemsMode,
		},
		{
			displayName: 'Amount (BTC)',
			name: 'amount',
			type: 'string',
			required: true,
			default: '',
			placeholder: '0.001',
			description:
				'Amount in BTC this item pays, as a decimal number with a dot (at most 8 decimals)',
			displayOptions: itemsMode,
		},
		{
			displayName: 'Delay (Hours)',
			name: 'delay',
			type: 'number',
			typeOptions: { minValue: 0, numberPrecision: 0 },
			default: 0,
			description:
				'How many hours after its creation the transaction may start paying out. With input items: taken from the first item.',
		},
		{
			displayName: 'Ref Code',
			name: 'refCode',
			type: 'string',
			default: '',
			description:
				"Whir's affiliate program code (optional). With input items: taken from the first item.",
		},
		{
			displayName: 'Payouts Format',
			name: 'payoutsFormat',
			type: 'options',
			options: [
				{ name: 'Object {Address: Amount} (Whir Doc)', value: 'object' },
				{ name: 'List [{Address, Amount}] (Newer Doc)', value: 'array' },
			],
			default: 'object',
			description: 'How the payouts are written in the request',
		},
		{
			displayName: 'Options',
			name: 'options',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			options: [
				{
					displayName: 'Also Ask Whir',
					name: 'validateWithWhir',
					type: 'boolean',
					default: false,
					description:
						"Whether to also ask Whir's address check (GET /validateAddress) about every address before sending; the local checksum check always runs",
				},
				...options,
			],
		},
	];
}
