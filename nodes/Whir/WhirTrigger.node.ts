import type {
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
	IPollFunctions,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';
import { requireSignatureOption, verifySignatureOption } from './actions/common.descriptions';
import { pollWhir } from './polling';

export class WhirTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Whir Trigger',
		name: 'whirTrigger',
		icon: { light: 'file:whir.svg', dark: 'file:whir.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{$parameter["events"].join(", ")}}',
		// n8n's nodes panel shows the trigger's description as the whole app's: it says what all nodes do
		description:
			'Create Bitcoin payout transactions, read them with their signatures verified, and start workflows when they are created or change status (polling) with Whir',
		defaults: { name: 'Whir Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'whirApi', required: true }],
		documentationUrl:
			'https://github.com/n8n-nodes-crypto-payments/n8n-nodes-crypto-payments/blob/main/docs/providers/whir.md',
		properties: [
			{
				displayName:
					'Whir has no webhooks: this trigger asks Whir for new and changed transactions at each poll time. The first poll after activation only takes note of the existing ones.',
				name: 'pollNotice',
				type: 'notice',
				default: '',
			},
			{
				displayName: 'Events',
				name: 'events',
				type: 'multiOptions',
				options: [
					{
						name: 'Transaction Created',
						value: 'transactionCreated',
						action: 'On transaction created',
						description: 'A new transaction (once, whatever its status)',
					},
					{
						name: 'Status Changed',
						value: 'statusChanged',
						action: 'On transaction status changed',
						description: 'A transaction whose status differs from the one last seen',
					},
				],
				default: ['transactionCreated', 'statusChanged'],
				required: true,
			},
			{
				displayName: 'Statuses',
				name: 'statuses',
				type: 'multiOptions',
				options: [
					{ name: 'Complete', value: 'complete', description: 'The payouts were sent' },
					{
						name: 'Confirming',
						value: 'confirming',
						description: 'The deposit arrived and waits for one confirmation',
					},
					{ name: 'Expired', value: 'expired', description: 'No deposit arrived in time' },
					{ name: 'Pending', value: 'pending', description: 'Waiting for the deposit' },
					{ name: 'Processing', value: 'processing', description: 'The payouts are being sent' },
				],
				default: [],
				description: 'Status Changed only for these new statuses. Empty: any status.',
				displayOptions: { show: { events: ['statusChanged'] } },
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
	};

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		return await pollWhir.call(this);
	}
}
