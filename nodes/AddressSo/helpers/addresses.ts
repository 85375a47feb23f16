import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import type { AddressNetwork } from '../../shared/addresses';
import { checkAddress } from '../../shared/addresses';
import { checkToken, invalidInput } from '../../shared/params';

export type NetworkChoice = AddressNetwork | 'any';

export const networkOption: INodeProperties = {
	displayName: 'Address Network',
	name: 'network',
	type: 'options',
	options: [
		{ name: 'Mainnet', value: 'mainnet', description: 'Real coins' },
		{
			name: 'Testnet',
			value: 'testnet',
			description: 'Test coins (e.g. BTC addresses m…, n…, tb1…)',
		},
		{ name: 'Any', value: 'any', description: 'Either network (the checksum is still checked)' },
	],
	default: 'mainnet',
	description:
		'The network a BTC, LTC or DASH address must belong to (ETH and XRP addresses carry none)',
};

/**
 * A destination for `coin`, checked locally before anything is sent: the whole text must be one
 * address of the coin's format with a valid checksum (Base58Check or bech32 for BTC, LTC and
 * DASH; hex with EIP-55 when mixed case for ETH; Ripple Base58Check for XRP). A coin without
 * known rules is refused: nothing is sent to an address that could not be checked.
 */
export function checkRecipient(
	ctx: IExecuteFunctions,
	coin: string,
	value: unknown,
	field: string,
	i: number,
	network: NetworkChoice,
): string {
	const address = checkToken(ctx, value, field, i, { required: true, maxLength: 128 }) as string;
	const check = checkAddress(coin, address, { network });
	if (!check)
		invalidInput(
			ctx,
			field,
			`cannot be checked: there are no address rules for the coin "${coin}" here, so nothing is sent`,
			i,
		);
	if (!check.valid)
		invalidInput(
			ctx,
			field,
			`"${address}" is not a valid ${coin.toUpperCase()} address: ${check.reason ?? 'it fails its checksum'}`,
			i,
		);
	// Segwit versions no wallet spends yet are valid encodings, but money sent there may be lost.
	if (check.kind?.startsWith('witness-v'))
		invalidInput(
			ctx,
			field,
			`"${address}" is a ${check.kind} segwit address, which no wallet spends yet`,
			i,
		);
	return address;
}

export function networkOf(value: unknown): NetworkChoice {
	return value === 'testnet' || value === 'any' ? value : 'mainnet';
}
