/** The shared address checks: invalid addresses, each refused with its reason. Vectors: addresses.vectors.ts. */
import { checkAddress } from '../../nodes/shared/addresses';
import { GENESIS } from './addresses.vectors';

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
