'use strict';
// Bitcoin address validation of the Whir sandbox (sandbox/whir/address.js) against the published
// test vectors of BIP173 / BIP350 (SegWit) and well-known Base58Check addresses, and the doc's own
// example addresses.
const {
	decodeAddress,
	isValidAddress,
	encodeSegwit,
	encodeBase58Check,
	canonicalAddress,
} = require('../../sandbox/whir/address');

// BIP350 "valid segwit addresses" (some are bech32, v0; the others bech32m).
const VALID_SEGWIT = [
	['BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4', 'mainnet', 'p2wpkh'],
	['tb1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3q0sl5k7', 'testnet', 'p2wsh'],
	[
		'bc1pw508d6qejxtdg4y5r3zarvary0c5xw7kw508d6qejxtdg4y5r3zarvary0c5xw7kt5nd6y',
		'mainnet',
		'witness_v1',
	],
	['BC1SW50QGDZ25J', 'mainnet', 'witness_v16'],
	['bc1zw508d6qejxtdg4y5r3zarvaryvaxxpcs', 'mainnet', 'witness_v2'],
	['tb1qqqqqp399et2xygdj5xreqhjjvcmzhxw4aywxecjdzew6hylgvsesrxh6hy', 'testnet', 'p2wsh'],
	['tb1pqqqqp399et2xygdj5xreqhjjvcmzhxw4aywxecjdzew6hylgvsesf3hn0c', 'testnet', 'p2tr'],
	['bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0', 'mainnet', 'p2tr'],
];

// BIP350 "invalid segwit addresses", each for its own reason.
const INVALID_SEGWIT = [
	'tc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vq5zuyut', // invalid human-readable part
	'bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqh2y7hd', // bech32 instead of bech32m
	'tb1z0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqglt7rf', // bech32 instead of bech32m
	'BC1S0XLXVLHEMJA6C4DQV22UAPCTQUPFHLXM9H8Z3K2E72Q4K9HCZ7VQ54WELL', // bech32 instead of bech32m
	'bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kemeawh', // bech32m instead of bech32
	'tb1q0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vq24jc47', // bech32m instead of bech32
	'bc1p38j9r5y49hruaue7wxjce0updqjuyyx0kh56v8s25huc6995vvpql3jow4', // invalid character in checksum
	'BC130XLXVLHEMJA6C4DQV22UAPCTQUPFHLXM9H8Z3K2E72Q4K9HCZ7VQ7ZWS8R', // invalid witness version
	'bc1pw5dgrnzv', // program of 1 byte
	'bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7v8n0nx0muaewav253zgeav', // program of 41 bytes
	'BC1QR508D6QEJXTDG4Y5R3ZARVARYV98GJ9P', // v0 program of 16 bytes
	'tb1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vq47Zagq', // mixed case
	'bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7v07qwwzcrf', // zero padding of more than 4 bits
	'tb1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vpggkg4j', // non-zero padding in 8-to-5
	'bc1gmk9yu', // empty data section
];

const HASH160 = Buffer.from('751e76e8199196d454941c45d1b3a323f1433bd6', 'hex'); // BIP173's example key hash

describe('SegWit (bech32 / bech32m)', () => {
	test.each(VALID_SEGWIT)('%s is valid (%s %s)', (a, network, type) => {
		expect(decodeAddress(a)).toEqual({ network, type });
	});
	test.each(INVALID_SEGWIT)('%s is invalid', (a) => {
		expect(decodeAddress(a)).toBeNull();
	});
	test('encoding gives the BIP173 addresses back', () => {
		expect(encodeSegwit('bc', 0, HASH160)).toBe('bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4');
		expect(encodeSegwit('tb', 0, HASH160)).toBe('tb1qw508d6qejxtdg4y5r3zarvary0c5xw7kxpjzsx');
		const key = Buffer.from(
			'79be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798',
			'hex',
		);
		expect(encodeSegwit('bc', 1, key)).toBe(
			'bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0',
		);
	});
});

describe('Base58Check', () => {
	test('the four version bytes, and the same hash under each', () => {
		expect(encodeBase58Check(0x00, HASH160)).toBe('1BgGZ9tcN4rm9KBzDn7KprQz87SZ26SAMH');
		expect(encodeBase58Check(0x6f, HASH160)).toBe('mrCDrCybB6J1vRfbwM5hemdJz73FwDBC8r');
		expect(decodeAddress('1BgGZ9tcN4rm9KBzDn7KprQz87SZ26SAMH')).toEqual({
			network: 'mainnet',
			type: 'p2pkh',
		});
		expect(decodeAddress('mrCDrCybB6J1vRfbwM5hemdJz73FwDBC8r')).toEqual({
			network: 'testnet',
			type: 'p2pkh',
		});
		expect(decodeAddress('3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy')).toEqual({
			network: 'mainnet',
			type: 'p2sh',
		});
		expect(decodeAddress(encodeBase58Check(0xc4, HASH160))).toEqual({
			network: 'testnet',
			type: 'p2sh',
		});
		expect(decodeAddress('1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa')).toEqual({
			network: 'mainnet',
			type: 'p2pkh',
		});
	});
	test.each([
		['1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb', 'checksum'],
		['LVg2kJoFNg45Nbpy53h7Fe1wKyeXVRhMH9', 'Litecoin version byte'],
		[encodeBase58Check(0x30, HASH160), 'other version byte'],
		['1BgGZ9tcN4rm9KBzDn7KprQz87SZ26SAM0', 'character outside the alphabet'],
		['1BgGZ9tcN4rm9KBzDn7KprQz87SZ26SA', 'too short'],
		['0x57689002367b407f031f1BB5Ef2923F103015A32', 'an Ethereum address'],
		['', 'empty'],
	])('%s is invalid (%s)', (a) => {
		expect(decodeAddress(a)).toBeNull();
	});
});

describe("the doc's examples and the testnet option", () => {
	const DOC = [
		'n3PdePLBgEeTYk4nAhcbehsnjvr1i3LyYS',
		'mr9if7VDsVfEZ1qUo2u3trv6rU9eH7Yx4u',
		'mia3h2FdYvR2LbDR1to9u6TC62hiTbDKM9',
		'mfuAKvSsAMrC7gjbEEb521uc1myeF9BSsc',
		'mx1HgMB1EG38bRtfH4tQwMGSvZXodbxdQ8',
		'tb1qmc2vcq6a427v6t83z8rnyg9ldf5k5p5uj2x4xv',
		'tb1q0pkwdj3pqdp587yrc8sus876kccn5tq577ce5x',
		'tb1qfhlu3acnqztwu2ep8mn446f8mfhkyt6u4xq2dd',
		'tb1qu80wgqucwvwxt3wdk8lyd4weuxn3vvy23et3p3',
	];
	test('all are valid testnet addresses: accepted by default, refused without testnet', () => {
		for (const a of DOC) {
			expect(decodeAddress(a)?.network).toBe('testnet');
			expect(isValidAddress(a)).toBe(true);
			expect(isValidAddress(a, { acceptTestnet: false })).toBe(false);
		}
		expect(isValidAddress('1BgGZ9tcN4rm9KBzDn7KprQz87SZ26SAMH', { acceptTestnet: false })).toBe(
			true,
		);
		expect(isValidAddress(42)).toBe(false);
	});
	test('bech32 compares case-insensitively, Base58 does not', () => {
		expect(canonicalAddress('TB1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KXPJZSX')).toBe(
			'tb1qw508d6qejxtdg4y5r3zarvary0c5xw7kxpjzsx',
		);
		expect(canonicalAddress('mrCDrCybB6J1vRfbwM5hemdJz73FwDBC8r')).toBe(
			'mrCDrCybB6J1vRfbwM5hemdJz73FwDBC8r',
		);
	});
});
