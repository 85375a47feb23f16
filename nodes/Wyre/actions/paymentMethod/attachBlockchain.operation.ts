import type { IDataObject } from 'n8n-workflow';
import type { ItemOperation } from '../../../shared/registry';
import { checkToken } from '../../../shared/params';
import { readSettings } from '../../helpers/params';
import { wyreRequest } from '../../transport';
import { paymentMethodLocator, wyreOptions } from '../common.descriptions';
import { paymentMethodPath, readPaymentMethodId } from './fields';

export const operation: ItemOperation = {
	name: 'Attach Blockchain',
	description:
		'Give a payment method deposit addresses: crypto sent there is paid out to the bank (POST /v2/paymentMethod/{ID}/attach)',
	action: 'Attach a blockchain to a payment method',
	kind: 'write',
	properties: [
		paymentMethodLocator(),
		{
			displayName: 'Blockchain',
			name: 'blockchain',
			type: 'options',
			options: [
				{ name: 'All', value: 'ALL' },
				{ name: 'Bitcoin', value: 'BTC' },
				{ name: 'Ethereum', value: 'ETH' },
			],
			default: 'ALL',
		},
		wyreOptions,
	],
	async execute(i) {
		const settings = readSettings(this, i);
		const id = readPaymentMethodId(this, i);
		const blockchain = checkToken(this, this.getNodeParameter('blockchain', i), 'Blockchain', i, {
			required: true,
			pattern: /^(ALL|BTC|ETH)$/,
			expected: 'ALL, BTC or ETH',
		});
		return (await wyreRequest.call(this, 'POST', paymentMethodPath(id, '/attach'), 'write', {
			body: { blockchain },
			settings,
			itemIndex: i,
			action: `Attaching ${String(blockchain)} to the payment method ${id}`,
		})) as IDataObject;
	},
};
