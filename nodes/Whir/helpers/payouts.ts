import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import type { AddressNetwork } from '../../shared/addresses';
import { checkAddress } from '../../shared/addresses';
import { sameAmount } from '../../shared/decimal';
import { checkAmount, checkToken, invalidInput } from '../../shared/params';

/** One payout of a transaction: a Bitcoin address and an amount in BTC (decimal text, as sent). */
export interface PayoutRow extends IDataObject {
	address: string;
	amount: string;
	/** How the row is named in errors ("Payout 2" or "Item 3"). */
	label: string;
}

/** Bitcoin has 8 decimals (satoshis). */
export const BTC_DECIMALS = 8;

export function checkNetwork(ctx: IExecuteFunctions, value: unknown, i: number): AddressNetwork {
	const network = checkToken(ctx, value ?? 'mainnet', 'Options → Bitcoin Network', i) ?? 'mainnet';
	if (network !== 'mainnet' && network !== 'testnet')
		invalidInput(
			ctx,
			'Options → Bitcoin Network',
			`must be mainnet or testnet (got "${network}")`,
			i,
		);
	return network;
}

/**
 * A payout address: a real Bitcoin address of the network, by its checksum (Base58Check for legacy
 * and P2SH addresses, bech32/bech32m for segwit). Segwit versions no wallet spends yet are refused:
 * money sent there may be lost.
 */
export function checkPayoutAddress(
	ctx: IExecuteFunctions,
	value: unknown,
	field: string,
	i: number,
	network: AddressNetwork,
): string {
	const address = checkToken(ctx, value, field, i, { required: true, maxLength: 100 }) as string;
	const check = checkAddress('BTC', address, { network });
	if (!check?.valid)
		invalidInput(
			ctx,
			field,
			`"${address}" is not a valid Bitcoin ${network} address: ${check?.reason ?? 'it fails its checksum'}`,
			i,
		);
	if (check.kind?.startsWith('witness-v'))
		invalidInput(
			ctx,
			field,
			`"${address}" is a ${check.kind} segwit address, which no wallet spends yet`,
			i,
		);
	return address;
}

/** A positive BTC amount as a plain decimal with at most 8 decimals, sent exactly as written. */
export function checkPayoutAmount(
	ctx: IExecuteFunctions,
	value: unknown,
	field: string,
	i: number,
): string {
	return checkAmount(ctx, value, field, i, { maxDecimals: BTC_DECIMALS, unit: 'BTC' });
}

/** The same address compares equal in any letter case when it is bech32 (bc1…, tb1…). */
export function addressKey(address: string): string {
	return /^(bc|tb|bcrt)1/i.test(address) ? address.toLowerCase() : address;
}

/** Refuses the second row paying an address already paid by an earlier row. */
export function checkNoDuplicates(
	ctx: IExecuteFunctions,
	rows: PayoutRow[],
	itemIndexOf: (k: number) => number,
): void {
	const first = new Map<string, string>();
	rows.forEach((row, k) => {
		const key = addressKey(row.address);
		const earlier = first.get(key);
		if (earlier !== undefined) {
			invalidInput(
				ctx,
				`${row.label} → Address`,
				`"${row.address}" is already paid by ${earlier}; one transaction pays each address once`,
				itemIndexOf(k),
			);
		}
		first.set(key, row.label);
	});
}

/** The payouts as Whir's request wants them: the doc's {address: amount}, or [{address, amount}]. */
export function payoutsBody(
	rows: PayoutRow[],
	format: 'object' | 'array',
): IDataObject | IDataObject[] {
	if (format === 'array') return rows.map((r) => ({ address: r.address, amount: r.amount }));
	const out: IDataObject = {};
	for (const r of rows) out[r.address] = r.amount;
	return out;
}

/**
 * The payouts an answer shows, as [address, amount?]: the object form carries amounts, the newer
 * doc's list form only addresses (or {address, amount} entries).
 */
export function answeredPayouts(
	value: unknown,
): Array<{ address: string; amount?: unknown }> | undefined {
	if (Array.isArray(value)) {
		return value.map((p) =>
			typeof p === 'string'
				? { address: p }
				: {
						address: String((p as IDataObject)?.address ?? ''),
						amount: (p as IDataObject)?.amount,
					},
		);
	}
	if (value && typeof value === 'object')
		return Object.entries(value as IDataObject).map(([address, amount]) => ({ address, amount }));
	return undefined;
}

/** Whether the payouts of an answer are exactly the rows sent (addresses, and amounts where shown). */
export function samePayouts(
	rows: Array<{ address: string; amount: string }>,
	value: unknown,
): boolean {
	const answered = answeredPayouts(value);
	if (!answered || answered.length !== rows.length) return false;
	const byAddress = new Map(answered.map((p) => [addressKey(p.address), p]));
	return rows.every((r) => {
		const p = byAddress.get(addressKey(r.address));
		return p !== undefined && (p.amount === undefined || sameAmount(p.amount, r.amount));
	});
}
