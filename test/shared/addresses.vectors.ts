/** Shared address vectors for the address-check tests (addresses.test.ts, addresses.invalid.test.ts). */
import { BASE58_ALPHABET } from '../../nodes/shared/crypto/base58';
import { BECH32_CHARSET } from '../../nodes/shared/crypto/bech32';

/*
 * Vectors: BIP-173 / BIP-350 (segwit), the CashAddr spec and the CashTokens CHIP (BCH), EIP-55,
 * the ENS address-encoder vectors (BTC, LTC, DOGE, DASH, BCH), the genesis address, and testnet
 * addresses from public wallet test suites (libwally, breadwallet, blockchain_utils).
 */
export type Vector = [coin: string, address: string, kind: string, network: 'mainnet' | 'testnet'];

export const VALID: Vector[] = [
	['BTC', '1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa', 'p2pkh', 'mainnet'],
	['BTC', '3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy', 'p2sh', 'mainnet'],
	['BTC', '3Ai1JZ8pdJb2ksieUV8FsxSNVJCpoPi8W6', 'p2sh', 'mainnet'],
	['BTC', 'BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4', 'p2wpkh', 'mainnet'],
	['BTC', 'bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4', 'p2wpkh', 'mainnet'],
	['BTC', 'bc1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3qccfmv3', 'p2wsh', 'mainnet'],
	['BTC', 'bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0', 'p2tr', 'mainnet'],
	[
		'BTC',
		'bc1pw508d6qejxtdg4y5r3zarvary0c5xw7kw508d6qejxtdg4y5r3zarvary0c5xw7kt5nd6y',
		'witness-v1',
		'mainnet',
	],
	['BTC', 'BC1SW50QGDZ25J', 'witness-v16', 'mainnet'],
	['BTC', 'bc1zw508d6qejxtdg4y5r3zarvaryvaxxpcs', 'witness-v2', 'mainnet'],
	['BTC', 'tb1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3q0sl5k7', 'p2wsh', 'testnet'],
	['BTC', 'tb1qqqqqp399et2xygdj5xreqhjjvcmzhxw4aywxecjdzew6hylgvsesrxh6hy', 'p2wsh', 'testnet'],
	['BTC', 'tb1pqqqqp399et2xygdj5xreqhjjvcmzhxw4aywxecjdzew6hylgvsesf3hn0c', 'p2tr', 'testnet'],
	['BTC', 'tb1qw508d6qejxtdg4y5r3zarvary0c5xw7kxpjzsx', 'p2wpkh', 'testnet'],
	['BTC', 'bcrt1qw508d6qejxtdg4y5r3zarvary0c5xw7kygt080', 'p2wpkh', 'testnet'],
	['BTC', 'mx6uP6SkwNgbVqwEaTqd7oRNuAJgit3ER6', 'p2pkh', 'testnet'],
	['BTC', 'mrLC19Je2BuWQDkWSTriGYPyQJXKkkBmCx', 'p2pkh', 'testnet'],
	['BTC', '2NCefBbdbkb9sxfEHW3UbU3VQPVwWBa25YB', 'p2sh', 'testnet'],
	['LTC', 'LaMT348PWRnrqeeWArpwQPbuanpXDZGEUz', 'p2pkh', 'mainnet'],
	['LTC', 'MQMcJhpWHYVeQArcZR3sBgyPZxxRtnH441', 'p2sh', 'mainnet'],
	['LTC', 'MN9Lj8PUwww1VXCa1H5kDzwHgS3cCe37BX', 'p2sh', 'mainnet'],
	['LTC', '3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy', 'p2sh', 'mainnet'],
	['LTC', 'ltc1qdp7p2rpx4a2f80h7a4crvppczgg4egmv5c78w8', 'p2wpkh', 'mainnet'],
	['LTC', 'QNQPGRSHMXGoQ5kQGRoJB89mpfpabBbjzV', 'p2sh', 'testnet'],
	['LTC', 'tltc1qf3ks47mv0m5lk5ppesuw4nvy970zlhp0p35u053ery9y34t29syqtwq889', 'p2wsh', 'testnet'],
	['LTC', 'mx6uP6SkwNgbVqwEaTqd7oRNuAJgit3ER6', 'p2pkh', 'testnet'],
	['DOGE', 'DBXu2kgc3xtvCUWFcxFE3r9hEYgmuaaCyD', 'p2pkh', 'mainnet'],
	['DOGE', 'DRq8DVXBXNHTPyBctM1Wdx39wUxU47Fwyt', 'p2pkh', 'mainnet'],
	['DOGE', 'AF8ekvSf6eiSBRspJjnfzK6d1EM6pnPq3G', 'p2sh', 'mainnet'],
	['DOGE', 'nWQvRZTkyPzDmB5MnnwvRxDYdbpxXaHRgk', 'p2pkh', 'testnet'],
	['DOGE', '2NCefBbdbkb9sxfEHW3UbU3VQPVwWBa25YB', 'p2sh', 'testnet'],
	['DASH', 'XtAG1982HcYJVibHxRZrBmdzL5YTzj4cA1', 'p2pkh', 'mainnet'],
	['DASH', 'XnXBaoFQb6VwHUypKtSf66f1AX1L9pbPPS', 'p2pkh', 'mainnet'],
	['DASH', '7gks9gWVmGeir7m4MhsSxMzXC2eXXAuuRD', 'p2sh', 'mainnet'],
	['DASH', 'yRqbG81v9EHrKKmzf9bDXB3DeiGjkxCrF8', 'p2pkh', 'testnet'],
	['DASH', '91s6PeYcBLnuVsXAUo7wUqwm3TYr4ocmra', 'p2sh', 'testnet'],
	['DASH', '8n2XBXc84Q9njiM5YMCbpiSd15xYWaxpjE', 'p2sh', 'testnet'],
	['BCH', '1BpEi6DfDAUFd7GtittLSdBeYJvcoaVggu', 'p2pkh', 'mainnet'],
	['BCH', '3CWFddi6m4ndiGyKqzYvsFYagqDLPVMTzC', 'p2sh', 'mainnet'],
	['BCH', 'bitcoincash:qpm2qsznhks23z7629mms6s4cwef74vcwvy22gdx6a', 'cashaddr', 'mainnet'],
	['BCH', 'bitcoincash:qr95sy3j9xwd2ap32xkykttr4cvcu7as4y0qverfuy', 'cashaddr', 'mainnet'],
	['BCH', 'bitcoincash:qqq3728yw0y47sqn6l2na30mcw6zm78dzqre909m2r', 'cashaddr', 'mainnet'],
	['BCH', 'bitcoincash:ppm2qsznhks23z7629mms6s4cwef74vcwvn0h829pq', 'cashaddr', 'mainnet'],
	['BCH', 'bitcoincash:pr95sy3j9xwd2ap32xkykttr4cvcu7as4yc93ky28e', 'cashaddr', 'mainnet'],
	['BCH', 'bitcoincash:pqq3728yw0y47sqn6l2na30mcw6zm78dzq5ucqzc37', 'cashaddr', 'mainnet'],
	['BCH', 'qpm2qsznhks23z7629mms6s4cwef74vcwvy22gdx6a', 'cashaddr', 'mainnet'],
	['BCH', 'BITCOINCASH:QR6M7J9NJLDWWZLG9V7V53UNLR4JKMX6EYLEP8EKG2', 'cashaddr', 'mainnet'],
	['BCH', 'bitcoincash:zr6m7j9njldwwzlg9v7v53unlr4jkmx6eycnjehshe', 'cashaddr', 'mainnet'],
	['BCH', 'bitcoincash:rpawqn2h74a4t50phuza84kdp3794pq3cct3k50p0y', 'cashaddr', 'mainnet'],
	[
		'BCH',
		'bitcoincash:pvqqqqqqqqqqqqqqqqqqqqqqzg69v7ysqqqqqqqqqqqqqqqqqqqqqpkp7fqn0',
		'cashaddr',
		'mainnet',
	],
	['BCH', 'bchtest:qpm2qsznhks23z7629mms6s4cwef74vcwvqcw003ap', 'cashaddr', 'testnet'],
	['BCH', 'bchtest:pr6m7j9njldwwzlg9v7v53unlr4jkmx6eyvwc0uz5t', 'cashaddr', 'testnet'],
	['BCH', 'pr6m7j9njldwwzlg9v7v53unlr4jkmx6eyvwc0uz5t', 'cashaddr', 'testnet'],
	[
		'BCH',
		'bchtest:pvch8mmxy0rtfrlarg7ucrxxfzds5pamg73h7370aa87d80gyhqxq7fqng6m6',
		'cashaddr',
		'testnet',
	],
	['BCH', 'bchreg:pr6m7j9njldwwzlg9v7v53unlr4jkmx6eykjwwl3hd', 'cashaddr', 'testnet'],
	['BCH', 'mrLC19Je2BuWQDkWSTriGYPyQJXKkkBmCx', 'p2pkh', 'testnet'],
];

export const ETH_CHECKSUMMED = [
	'0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed',
	'0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359',
	'0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB',
	'0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb',
	'0x314159265dD8dbb310642f98f50C066173C1259b',
];
export const ETH_ONE_CASE = [
	'0x52908400098527886E0F7030069857D2E4169EE7',
	'0xde709f2102306220921060314715629080e2fb77',
	'0x27b1fdb04752bbc536007a920d24acb045561c26',
];

/** Plausible one-character typos: a neighbour from the same alphabet, at several positions. */
export function typos(address: string): string[] {
	const colon = address.indexOf(':');
	const bech32 = colon >= 0 || address.length > 36 || /^(bc|tb|bcrt|ltc|tltc)1/i.test(address);
	const start =
		colon >= 0
			? colon + 1
			: bech32 && address.length <= 90 && !/^[qp]/.test(address)
				? address.lastIndexOf('1') + 1
				: 0;
	const n = address.length;
	const positions = [
		...new Set([0, start, start + 1, start + 5, Math.floor((start + n) / 2), n - 6, n - 2, n - 1]),
	].filter((i) => i < n);
	return positions.map((i) => {
		const ch = address[i];
		let next: string;
		if (bech32) {
			const value = BECH32_CHARSET.indexOf(ch.toLowerCase());
			next = BECH32_CHARSET[(value + 1) % 32];
			if (ch !== ch.toLowerCase()) next = next.toUpperCase();
		} else {
			next = BASE58_ALPHABET[(BASE58_ALPHABET.indexOf(ch) + 1) % 58];
		}
		return address.slice(0, i) + next + address.slice(i + 1);
	});
}

export const GENESIS = '1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa';
