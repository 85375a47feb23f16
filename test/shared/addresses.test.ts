/** The shared address checks: valid addresses, networks, format routing and coins. Vectors: addresses.vectors.ts. */
import { checkAddress, isChecksummedCoin } from '../../nodes/shared/addresses';
import { GENESIS, VALID, ETH_CHECKSUMMED, ETH_ONE_CASE, typos } from './addresses.vectors';

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
