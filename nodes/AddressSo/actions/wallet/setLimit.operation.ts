import type { IDataObject } from 'n8n-workflow';
import type { ItemOperation } from '../../../shared/registry';
import { findCoin } from '../../helpers/coins';
import { limitAmount, limitAmountField, limitPeriod, periodField } from '../../helpers/limits';
import { output } from '../../helpers/output';
import { coinParam, idParam } from '../../helpers/params';
import { addressSoResult } from '../../transport';
import { coinField, walletLocator } from '../common.descriptions';

export const operation: ItemOperation = {
	name: 'Set Limit',
	description: 'Add a spending limit to a wallet',
	action: 'Set a wallet limit',
	kind: 'write',
	properties: [
		{ ...coinField, description: 'The coin of the wallet (its precision bounds the amount)' },
		walletLocator,
		limitAmountField,
		periodField,
	],
	async execute(i) {
		const ticker = coinParam(this, i);
		const coin = await findCoin(this, ticker, i);
		const wallet = idParam(this, i, 'wallet', 'Wallet');
		const body: IDataObject = { amount: limitAmount(this, i, coin.precision, ticker) };
		const period = limitPeriod(this, i);
		if (period !== undefined) body.period = period;
		const result = await addressSoResult.call(
			this,
			'POST',
			`/api/wallets/${encodeURIComponent(wallet)}/limits`,
			'write',
			{ body, itemIndex: i, action: `Setting a limit on wallet ${wallet}` },
		);
		return await output(this, result, i, { convert: false });
	},
};
