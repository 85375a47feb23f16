import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { DEFAULT_MAX_DECIMALS } from '../../shared/decimal';
import { checkAmount, checkInteger } from '../../shared/params';

export const limitAmountField: INodeProperties = {
	displayName: 'Amount',
	name: 'amount',
	type: 'string',
	required: true,
	default: '',
	placeholder: '0.5',
	description: 'The most that may be sent, in coin units (e.g. 0.5)',
};

export const periodField: INodeProperties = {
	displayName: 'Period',
	name: 'period',
	type: 'number',
	typeOptions: { minValue: 0 },
	default: 0,
	description:
		'The period the limit applies to, as a whole number as Address.so counts it; 0 sends no period',
};

/** The limit's amount; with its coin, one above the coin's supply cap is refused too. */
export function limitAmount(
	ctx: IExecuteFunctions,
	i: number,
	precision?: number,
	coin?: string,
): string {
	return checkAmount(ctx, ctx.getNodeParameter('amount', i), 'Amount', i, {
		maxDecimals: precision !== undefined && precision >= 0 ? precision : DEFAULT_MAX_DECIMALS,
		...(coin ? { unit: coin } : {}),
	});
}

export function limitPeriod(ctx: IExecuteFunctions, i: number): number | undefined {
	const period = checkInteger(ctx, ctx.getNodeParameter('period', i, 0), 'Period', i, { min: 0 });
	return period === 0 ? undefined : period;
}
