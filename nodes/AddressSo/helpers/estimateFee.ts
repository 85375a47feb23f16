import type { ItemOperation } from '../../shared/registry';
import { DEFAULT_MAX_DECIMALS } from '../../shared/decimal';
import { checkAmount, checkInteger } from '../../shared/params';
import { addressSoResult } from '../transport';
import {
	accountLocator,
	coinField,
	feePriorityField,
	outputOptions,
	walletLocator,
} from '../actions/common.descriptions';
import { findCoin } from './coins';
import { output } from './output';
import { accountOf, walletOf } from './params';
import type { SendSource } from './send';

/** Estimate Fee (wallet or account): POST …/estimate_fee; changes nothing, so it is a read. */
export function estimateFeeOperation(source: SendSource): ItemOperation {
	return {
		name: 'Estimate Fee',
		description: `Estimate the fee of a send from ${source === 'wallet' ? 'a wallet' : 'an account'}`,
		action: `Estimate the fee of a send from ${source === 'wallet' ? 'a wallet' : 'an account'}`,
		kind: 'read',
		properties: [
			coinField,
			walletLocator,
			...(source === 'account' ? [accountLocator] : []),
			{
				displayName: 'Amount',
				name: 'amount',
				type: 'string',
				required: true,
				default: '',
				placeholder: '0.1',
				description: 'The amount to send, in coin units (e.g. 0.1)',
			},
			{ ...feePriorityField },
			outputOptions(),
		],
		async execute(i) {
			const target = source === 'account' ? accountOf(this, i) : walletOf(this, i);
			const coin = await findCoin(this, target.coin, i);
			const amount = checkAmount(this, this.getNodeParameter('amount', i), 'Amount', i, {
				maxDecimals: coin.precision >= 0 ? coin.precision : DEFAULT_MAX_DECIMALS,
				unit: target.coin,
			});
			const feePriority = checkInteger(
				this,
				this.getNodeParameter('feePriority', i, 1),
				'Fee Priority',
				i,
				{
					min: 1,
					max: 3,
				},
			);
			const result = await addressSoResult.call(
				this,
				'POST',
				`${target.path}/estimate_fee`,
				'read',
				{
					body: { amount, fee_priority: feePriority },
					itemIndex: i,
					action: `Estimating the fee of ${amount} ${target.coin}`,
				},
			);
			const [item] = await output(this, result, i, { coin: target.coin });
			return { coin: target.coin, amount, fee_priority: feePriority, ...item };
		},
	};
}
