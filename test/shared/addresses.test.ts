import { checkAddress, isChecksummedCoin } from '../../nodes/shared/addresses';
import { BASE58_ALPHABET } from '../../nodes/shared/crypto/base58';
import { BECH32_CHARSET } from '../../nodes/shared/crypto/bech32';

/*
 * Vectors: BIP-173 / BIP-350 (segwit), the CashAddr spec and the CashTokens CHIP (BCH), EIP-55,
 * the ENS address-encoder vectors (BTC, LTC, DOGE, DASH, BCH), the genesis address, and testnet
 * addresses from public wallet test suites (libwally, breadwallet, blockchain_utils).
 */
type Vector = [coin: string, address: string, kind: string, network: 'mainnet' | 'testnet'];

const VALID: Vector[] = [
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

const ETH_CHECKSUMMED = [
	'0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed',
	'0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359',
	'0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB',
	'0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb',
	'0x314159265dD8dbb310642f98f50C066173C1259b',
];
const ETH_ONE_CASE = [
	'0x52908400098527886E0F7030069857D2E4169EE7',
	'0xde709f2102306220921060314715629080e2fb77',
	'0x27b1fdb04752bbc536007a920d24acb045561c26',
];

/** Plausible one-character typos: a neighbour from the same alphabet, at several positions. */
function typos(address: string): string[] {
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

describe('valid addresses', () => {
	test.each(VALID)('%s %s is a valid %s %s address', (coin, address, kind, network) => {
		expect(checkAddress(coin, address, { network })).toEqual({ valid: true, kind, network });
		expect(checkAddress(coin.toLowerCase(), address, { network: 'any' })).toEqual({
			valid: true,
			kind,
			network,
		});
	});

	test.each(VALID)('%s %s: every one-character typo is rejected', (coin, address) => {
		for (const typo of typos(address)) {
			expect(typo).not.toBe(address);
			expect([typo, checkAddress(coin, typo, { network: 'any' })?.valid]).toEqual([typo, false]);
		}
	});

	test.each(ETH_CHECKSUMMED)(
		'ETH %s passes EIP-55; flipping the case of any letter or changing a digit fails',
		(address) => {
			expect(checkAddress('ETH', address)).toEqual({ valid: true, kind: 'eip55' });
			for (let i = 2; i < address.length; i++) {
				const ch = address[i];
				const typo = /[0-9]/.test(ch)
					? String((Number(ch) + 1) % 10)
					: ch === ch.toLowerCase()
						? ch.toUpperCase()
						: ch.toLowerCase();
				const result = checkAddress('ETH', address.slice(0, i) + typo + address.slice(i + 1));
				expect([i, result?.valid, result?.reason]).toEqual([
					i,
					false,
					expect.stringMatching(/EIP-55 checksum/),
				]);
			}
		},
	);

	test.each(ETH_ONE_CASE)(
		'ETH %s is all one case: accepted as kind "hex" (no checksum to verify)',
		(address) => {
			expect(checkAddress('ETH', address)).toEqual({ valid: true, kind: 'hex' });
			expect(checkAddress('ETH', address.toLowerCase())).toEqual({ valid: true, kind: 'hex' });
			expect(
				checkAddress('ETH', '0x' + address.slice(2).toUpperCase(), { network: 'testnet' }),
			).toEqual({ valid: true, kind: 'hex' });
		},
	);
});

describe('networks', () => {
	test.each(VALID.filter((v) => v[3] === 'testnet'))(
		'%s %s is refused by default and when mainnet is asked',
		(coin, address, kind) => {
			expect(checkAddress(coin, address)).toEqual({
				valid: false,
				reason: expect.stringMatching(/testnet address/),
				kind,
				network: 'testnet',
			});
			expect(checkAddress(coin, address, { network: 'mainnet' })?.valid).toBe(false);
		},
	);

	test.each(VALID.filter((v) => v[3] === 'mainnet'))(
		'%s %s is refused when testnet is asked',
		(coin, address, kind) => {
			expect(checkAddress(coin, address, { network: 'testnet' })).toEqual({
				valid: false,
				reason: expect.stringMatching(/mainnet address/),
				kind,
				network: 'mainnet',
			});
		},
	);

	test('an unknown network option is a programming error', () => {
		expect(() =>
			checkAddress('BTC', '1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa', { network: 'main' as 'mainnet' }),
		).toThrow(/network/);
	});
});

const GENESIS = '1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa';

describe('invalid addresses, with the reason', () => {
	test.each([
		['BTC', '1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb', /checksum does not match/],
		['BTC', '1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfN', /checksum does not match/], // still 25 bytes
		['BTC', '1A1zP1eP5QGefi2DMPTfTL5SLmv7Divf', /wrong length/],
		['BTC', GENESIS + '1', /wrong length/],
		['BTC', '1A1zP1eP5QGefi2DMPTfTL5SLmv7Div0Na', /contains "0".*0, O, I and l/],
		['BTC', ' ' + GENESIS, /whitespace/],
		['BTC', GENESIS + '\n', /whitespace/],
		['BTC', GENESIS + '\u200b', /U\+200B/],
		['BTC', GENESIS + '.', /contains "\."/],
		['BTC', 'bitcoin:' + GENESIS, /prefix "bitcoin:"/],
		['BTC', '', /empty/],
		['BTC', 'x'.repeat(201), /too long/],
		['BTC', 'LaMT348PWRnrqeeWArpwQPbuanpXDZGEUz', /unknown address prefix.*LTC/],
		['BTC', 'DBXu2kgc3xtvCUWFcxFE3r9hEYgmuaaCyD', /unknown address prefix.*DOGE/],
		['BTC', 'ltc1qdp7p2rpx4a2f80h7a4crvppczgg4egmv5c78w8', /unknown address prefix "ltc1".*LTC/],
		[
			'BTC',
			'bitcoincash:qpm2qsznhks23z7629mms6s4cwef74vcwvy22gdx6a',
			/unknown address prefix "bitcoincash:".*BCH/,
		],
		['BTC', '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed', /ETH/],
		['BTC', 'bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3T4', /mixes upper-case and lower-case/],
		['BTC', 'bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3b4', /contains "b"/],
		[
			'BTC',
			'bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqh2y7hd',
			/must use the Bech32m checksum/,
		],
		['BTC', 'bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kemeawh', /must use the Bech32 checksum/],
		['BTC', 'BC1QR508D6QEJXTDG4Y5R3ZARVARYV98GJ9P', /16-byte version 0/],
		['BTC', 'bc1pw5dgrnzv', /1-byte witness program/],
		['BTC', 'BC130XLXVLHEMJA6C4DQV22UAPCTQUPFHLXM9H8Z3K2E72Q4K9HCZ7VQ7ZWS8R', /witness version 17/],
		['BTC', 'bc1gmk9yu', /no witness program/],
		['BTC', 'bc1zw508d6qejxtdg4y5r3zarvaryvqyzf3du', /padding/],
		['BTC', 'tc1qw508d6qejxtdg4y5r3zarvary0c5xw7kg3g4ty', /unknown address prefix "tc1"/],
		['LTC', 'bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4', /unknown address prefix "bc1".*BTC/],
		['DOGE', '3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy', /unknown address prefix.*BTC or LTC or BCH/],
		['DASH', 'XtAG1982HcYJVibHxRZrBmdzL5YTzj4cA2', /checksum does not match/],
		['BCH', 'bitcoincash:qpm2qsznhks23z7629mms6s4cwef74vcwvy22gdx6b', /contains "b"/],
		['BCH', 'bitcoincash:qpm2qsznhks23z7629mms6s4cwef74vcwvy22gdx6q', /checksum does not match/],
		['BCH', 'ecash:qpm2qsznhks23z7629mms6s4cwef74vcwvy22gdx6a', /unknown address prefix "ecash:"/],
		[
			'BCH',
			'bitcoincash:qvch8mmxy0rtfrlarg7ucrxxfzds5pamg73h7370aa87d80gyhqxq5nlegake',
			/32-byte hash is not payable/,
		],
		['BCH', 'bitcoincash:qpm2qsznhks23z7629mms6s4cwef74vcwvy22gdx6a?amount=1', /contains "\?"/],
		['ETH', '5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed', /starts with "0x"/],
		['ETH', '0X5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed', /lower-case "0x"/],
		['ETH', '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAe', /39 hex digits/],
		['ETH', '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAedd', /41 hex digits/],
		['ETH', '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeg', /"g", which is not a hex digit/],
		['ETH', '0x5AAeb6053F3E94C9b9A09f33669435E7Ef1BeAed', /EIP-55 checksum/],
		['ETH', '0x' + '0'.repeat(40), /zero address/],
		['ETH', ' 0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed', /whitespace/],
	])('%s %j', (coin, address, reason) => {
		const result = checkAddress(coin, address, { network: 'any' });
		expect(result).toEqual(
			expect.objectContaining({ valid: false, reason: expect.stringMatching(reason) }),
		);
	});

	test('the BIP-173 and BIP-350 invalid segwit addresses are all refused', () => {
		const bip173 = [
			'tc1qw508d6qejxtdg4y5r3zarvary0c5xw7kg3g4ty',
			'bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5',
			'BC13W508D6QEJXTDG4Y5R3ZARVARY0C5XW7KN40WF2',
			'bc1rw5uspcuh',
			'bc10w508d6qejxtdg4y5r3zarvary0c5xw7kw508d6qejxtdg4y5r3zarvary0c5xw7kw5rljs90',
			'BC1QR508D6QEJXTDG4Y5R3ZARVARYV98GJ9P',
			'tb1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3q0sL5k7',
			'bc1zw508d6qejxtdg4y5r3zarvaryvqyzf3du',
			'tb1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3pjxtptv',
			'bc1gmk9yu',
			// v1+ addresses valid under BIP-173 but written with the old checksum, invalid since BIP-350
			'bc1pw508d6qejxtdg4y5r3zarvary0c5xw7kw508d6qejxtdg4y5r3zarvary0c5xw7k7grplx',
			'BC1SW50QA3JX3S',
			'bc1zw508d6qejxtdg4y5r3zarvaryvg6kdaj',
		];
		const bip350 = [
			'tc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vq5zuyut',
			'bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqh2y7hd',
			'tb1z0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqglt7rf',
			'BC1S0XLXVLHEMJA6C4DQV22UAPCTQUPFHLXM9H8Z3K2E72Q4K9HCZ7VQ54WELL',
			'bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kemeawh',
			'tb1q0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vq24jc47',
			'bc1p38j9r5y49hruaue7wxjce0updqjuyyx0kh56v8s25huc6995vvpql3jow4',
			'BC130XLXVLHEMJA6C4DQV22UAPCTQUPFHLXM9H8Z3K2E72Q4K9HCZ7VQ7ZWS8R',
			'bc1pw5dgrnzv',
			'bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7v8n0nx0muaewav253zgeav',
			'BC1QR508D6QEJXTDG4Y5R3ZARVARYV98GJ9P',
			'tb1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vq47Zagq',
			'bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7v07qwwzcrf',
			'tb1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vpggkg4j',
			'bc1gmk9yu',
		];
		for (const address of [...bip173, ...bip350]) {
			const result = checkAddress('BTC', address, { network: 'any' });
			expect([address, result?.valid, typeof result?.reason]).toEqual([address, false, 'string']);
		}
	});
});

describe('format routing', () => {
	// Constructed for this case (version 0x30 payload, checksum from SHA-256 twice): an LTC Base58
	// address may begin like the segwit prefix "ltc1"; it must not be judged as Bech32.
	const LTC_LOOKALIKE = 'LTc1XaXaXaXaXaXaXaXaXaXaXaXaYvggBU';
	test('an LTC Base58 address that starts like "ltc1" is still read as Base58', () => {
		expect(checkAddress('LTC', LTC_LOOKALIKE)).toEqual({
			valid: true,
			kind: 'p2pkh',
			network: 'mainnet',
		});
		for (const typo of typos(LTC_LOOKALIKE)) expect(checkAddress('LTC', typo)?.valid).toBe(false);
	});

	test('a BCH legacy address is read as Base58, a longer text as CashAddr', () => {
		expect(checkAddress('BCH', GENESIS)).toEqual({
			valid: true,
			kind: 'p2pkh',
			network: 'mainnet',
		});
		expect(checkAddress('BCH', 'qpm2qsznhks23z7629mms6s4cwef74vcwvy22gdx6a')?.kind).toBe(
			'cashaddr',
		);
	});
});

describe('coins', () => {
	test('coins without rules get undefined, so the caller decides', () => {
		expect(
			checkAddress(
				'XMR',
				'44AFFq5kSiGBoZ4NMDwYtN18obc8AemS33DBLWs3H7otXft3XjrpDtQGv7SqSsaBYBb98uNbr2VBBEt7f2wfn3RVGQBEP3A',
			),
		).toBeUndefined();
		expect(checkAddress('', GENESIS)).toBeUndefined();
		expect(isChecksummedCoin('xmr')).toBe(false);
		expect(isChecksummedCoin('toString')).toBe(false);
		for (const coin of ['BTC', 'ltc', 'Doge', 'BCH', 'dash', 'eth'])
			expect(isChecksummedCoin(coin)).toBe(true);
	});

	test('a non-text address is refused rather than thrown on', () => {
		expect(checkAddress('BTC', 42 as unknown as string)).toEqual({
			valid: false,
			reason: 'the address must be text',
		});
	});
});
