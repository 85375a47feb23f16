import { createHash } from 'crypto';
import { base58CheckDecode, base58Decode } from '../../nodes/shared/crypto/base58';
import { bech32Decode, decodeSegwit } from '../../nodes/shared/crypto/bech32';
import { cashAddrChecksumOk, decodeCashAddr } from '../../nodes/shared/crypto/cashaddr';
import { toEip55 } from '../../nodes/shared/crypto/eip55';
import { keccak256, keccakSponge256 } from '../../nodes/shared/crypto/keccak';
import { BECH32_CHARSET } from '../../nodes/shared/crypto/bech32';

// The building blocks, against published vectors. addresses.test.ts covers the per-coin rules.
const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');
const ascii = (text: string) => Uint8Array.from(Buffer.from(text, 'latin1'));

describe('Keccak-256', () => {
	test.each([
		['', 'c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470'],
		['abc', '4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45'],
	])('keccak256(%j) is the published digest', (input, digest) => {
		expect(hex(keccak256(ascii(input)))).toBe(digest);
	});

	test('differs from SHA3-256, which pads differently', () => {
		expect(hex(keccak256(new Uint8Array()))).not.toBe(createHash('sha3-256').digest('hex'));
	});

	test('the same sponge with SHA3 padding matches Node for every length across three blocks', () => {
		// 0..300 bytes crosses the 136-byte rate twice and hits the lengths where padding fills a block.
		for (let length = 0; length <= 300; length++) {
			const data = Uint8Array.from({ length }, (_, i) => (i * 131 + length) & 0xff);
			expect(hex(keccakSponge256(data, 0x06))).toBe(
				createHash('sha3-256').update(data).digest('hex'),
			);
		}
	});
});

describe('EIP-55', () => {
	// https://eips.ethereum.org/EIPS/eip-55 : all caps, all lower, normal
	test.each([
		'0x52908400098527886E0F7030069857D2E4169EE7',
		'0x8617E340B3D01FA5F11F306F4090FD50E238070D',
		'0xde709f2102306220921060314715629080e2fb77',
		'0x27b1fdb04752bbc536007a920d24acb045561c26',
		'0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed',
		'0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359',
		'0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB',
		'0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb',
	])('%s is its own checksummed form', (address) => {
		expect(toEip55(address.slice(2).toLowerCase())).toBe(address);
	});
});

describe('Bech32 / Bech32m strings (BIP-173, BIP-350)', () => {
	const validBech32 = [
		'A12UEL5L',
		'a12uel5l',
		'an83characterlonghumanreadablepartthatcontainsthenumber1andtheexcludedcharactersbio1tt5tgs',
		'abcdef1qpzry9x8gf2tvdw0s3jn54khce6mua7lmqqqxw',
		'11qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqc8247j',
		'split1checkupstagehandshakeupstreamerranterredcaperred2y9e3w',
		'?1ezyfcl',
	];
	const validBech32m = [
		'A1LQFN3A',
		'a1lqfn3a',
		'an83characterlonghumanreadablepartthatcontainsthetheexcludedcharactersbioandnumber11sg7hg6',
		'abcdef1l7aum6echk45nj3s0wdvt2fg8x9yrzpqzd3ryx',
		'11llllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllludsr8',
		'split1checkupstagehandshakeupstreamerranterredcaperredlc445v',
		'?1v759aa',
	];
	test.each(validBech32.map((s) => [s, 'bech32']).concat(validBech32m.map((s) => [s, 'bech32m'])))(
		'%s is valid %s, and one flipped bit after the separator breaks it',
		(text, variant) => {
			const decoded = bech32Decode(text);
			expect(typeof decoded === 'string' ? decoded : decoded.variant).toBe(variant);
			const pos = text.lastIndexOf('1') + 1;
			const broken =
				text.slice(0, pos) + String.fromCharCode(text.charCodeAt(pos) ^ 1) + text.slice(pos + 1);
			expect(typeof bech32Decode(broken)).toBe('string');
		},
	);

	test.each([
		['\x201nwldj5'],
		['\x7f1axkwrx'],
		['\x801eym55h'],
		['an84characterslonghumanreadablepartthatcontainsthenumber1andtheexcludedcharactersbio1569pvx'],
		['pzry9x0s0muk'],
		['1pzry9x0s0muk'],
		['x1b4n0q5v'],
		['li1dgmt3'],
		['de1lg7wt\xff'],
		['A1G7SGD8'],
		['10a06t8'],
		['1qzzfhee'],
		['\x201xj0phk'],
		['\x7f1g6xzxy'],
		['\x801vctc34'],
		['an84characterslonghumanreadablepartthatcontainsthetheexcludedcharactersbioandnumber11d6pts4'],
		['qyrz8wqd2c9m'],
		['1qyrz8wqd2c9m'],
		['y1b0jsk6g'],
		['lt1igcx5c0'],
		['in1muywd'],
		['mm1crxm3i'],
		['au1s5cgom'],
		['M1VUXWEZ'],
		['16plkw9'],
		['1p2gdwpf'],
	])('%j is rejected', (text) => {
		expect(typeof bech32Decode(text)).toBe('string');
	});
});

describe('segwit addresses decode to the published scriptPubKey', () => {
	test.each([
		['BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4', '0014751e76e8199196d454941c45d1b3a323f1433bd6'],
		[
			'tb1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3q0sl5k7',
			'00201863143c14c5166804bd19203356da136c985678cd4d27a1b8c6329604903262',
		],
		[
			'bc1pw508d6qejxtdg4y5r3zarvary0c5xw7kw508d6qejxtdg4y5r3zarvary0c5xw7kt5nd6y',
			'5128751e76e8199196d454941c45d1b3a323f1433bd6751e76e8199196d454941c45d1b3a323f1433bd6',
		],
		['BC1SW50QGDZ25J', '6002751e'],
		['bc1zw508d6qejxtdg4y5r3zarvaryvaxxpcs', '5210751e76e8199196d454941c45d1b3a323'],
		[
			'tb1qqqqqp399et2xygdj5xreqhjjvcmzhxw4aywxecjdzew6hylgvsesrxh6hy',
			'0020000000c4a5cad46221b2a187905e5266362b99d5e91c6ce24d165dab93e86433',
		],
		[
			'tb1pqqqqp399et2xygdj5xreqhjjvcmzhxw4aywxecjdzew6hylgvsesf3hn0c',
			'5120000000c4a5cad46221b2a187905e5266362b99d5e91c6ce24d165dab93e86433',
		],
		[
			'bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0',
			'512079be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798',
		],
		['ltc1qdp7p2rpx4a2f80h7a4crvppczgg4egmv5c78w8', '0014687c150c26af5493befeed7036043812115ca36c'], // ENS address-encoder
	])('%s', (address, script) => {
		const decoded = decodeSegwit(address);
		if (typeof decoded === 'string') throw new Error(decoded);
		const op = decoded.version === 0 ? '00' : (0x50 + decoded.version).toString(16);
		expect(op + decoded.program.length.toString(16).padStart(2, '0') + hex(decoded.program)).toBe(
			script,
		);
	});
});

describe('Base58Check payloads', () => {
	// ENS address-encoder vectors: the hash inside the published scriptPubKey
	test.each([
		['1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa', '0062e907b15cbf27d5425399ebf6f0fb50ebb88f18'],
		['3Ai1JZ8pdJb2ksieUV8FsxSNVJCpoPi8W6', '0562e907b15cbf27d5425399ebf6f0fb50ebb88f18'],
		['LaMT348PWRnrqeeWArpwQPbuanpXDZGEUz', '30a5f4d12ce3685781b227c1f39548ddef429e9783'],
		['MQMcJhpWHYVeQArcZR3sBgyPZxxRtnH441', '32b48297bff5dadecc5f36145cec6a5f20d57c8f9b'],
		['DBXu2kgc3xtvCUWFcxFE3r9hEYgmuaaCyD', '1e4620b70031f0e9437e374a2100934fba49110460'],
		['AF8ekvSf6eiSBRspJjnfzK6d1EM6pnPq3G', '16f8f5d99a9fc21aa676e74d15e7b8134557615bda'],
		['XtAG1982HcYJVibHxRZrBmdzL5YTzj4cA1', '4cbfa98bb8a919330c432e4ff16563c5ab449604ad'],
		['7gks9gWVmGeir7m4MhsSxMzXC2eXXAuuRD', '109d646d71f0815c0cfd8cd08aa9d391cd127f3786'],
	])('%s', (address, payload) => {
		const decoded = base58CheckDecode(address, 21);
		expect(typeof decoded === 'string' ? decoded : hex(decoded)).toBe(payload);
	});

	test('leading "1"s are leading zero bytes', () => {
		expect(base58Decode('111')).toEqual(new Uint8Array(3));
		expect(base58Decode('1z')).toEqual(Uint8Array.from([0, 57]));
		expect(base58Decode('21')).toEqual(Uint8Array.from([58]));
	});
});

describe('CashAddr', () => {
	test.each([
		'prefix:x64nx6hz',
		'p:gpf8m4h7',
		'bitcoincash:qpzry9x8gf2tvdw0s3jn54khce6mua7lcw20ayyn',
		'bchtest:testnetaddress4d6njnut',
		'bchreg:555555555555555555555555555555555555555555555udxmlmrz',
	])('checksum vector %s verifies (and not with a changed prefix)', (text) => {
		const [prefix, payload] = text.split(':');
		const values = Array.from(payload, (ch) => BECH32_CHARSET.indexOf(ch));
		expect(cashAddrChecksumOk(prefix, values)).toBe(true);
		expect(cashAddrChecksumOk(prefix + 'x', values)).toBe(false);
	});

	test('an invalid checksum vector does not verify', () => {
		expect(
			cashAddrChecksumOk(
				'prefix',
				Array.from('x32nx6hz', (ch) => BECH32_CHARSET.indexOf(ch)),
			),
		).toBe(false);
	});

	// Larger test vectors of the spec: every hash size, with its type
	test.each([
		[
			'bitcoincash:qr6m7j9njldwwzlg9v7v53unlr4jkmx6eylep8ekg2',
			0,
			'F5BF48B397DAE70BE82B3CCA4793F8EB2B6CDAC9',
		],
		[
			'bchtest:pr6m7j9njldwwzlg9v7v53unlr4jkmx6eyvwc0uz5t',
			1,
			'F5BF48B397DAE70BE82B3CCA4793F8EB2B6CDAC9',
		],
		[
			'bchreg:pr6m7j9njldwwzlg9v7v53unlr4jkmx6eykjwwl3hd',
			1,
			'F5BF48B397DAE70BE82B3CCA4793F8EB2B6CDAC9',
		],
		[
			'bitcoincash:q9adhakpwzztepkpwp5z0dq62m6u5v5xtyj7j3h2ws4mr9g0',
			0,
			'7ADBF6C17084BC86C1706827B41A56F5CA32865925E946EA',
		],
		[
			'bchtest:pgagf7w02x4wnz3mkwnchut2vxphjzccwxgjvvjmlsxqwkcvs7md7wt',
			1,
			'3A84F9CF51AAE98A3BB3A78BF16A6183790B18719126325BFC0C075B',
		],
		[
			'bitcoincash:qvch8mmxy0rtfrlarg7ucrxxfzds5pamg73h7370aa87d80gyhqxq5nlegake',
			0,
			'3173EF6623C6B48FFD1A3DCC0CC6489B0A07BB47A37F47CFEF4FE69DE825C060',
		],
		[
			'bchtest:pnq8zwpj8cq05n7pytfmskuk9r4gzzel8qtsvwz79zdskftrzxtar994cgutavfklvmgm6ynej',
			1,
			'C07138323E00FA4FC122D3B85B9628EA810B3F381706385E289B0B25631197D194B5C238BEB136FB',
		],
		[
			'bitcoincash:qh3krj5607v3qlqh5c3wq3lrw3wnuxw0sp8dv0zugrrt5a3kj6ucysfz8kxwv2k53krr7n933jfsunqex2w82sl',
			0,
			'E361CA9A7F99107C17A622E047E3745D3E19CF804ED63C5C40C6BA763696B98241223D8CE62AD48D863F4CB18C930E4C',
		],
		[
			'bchreg:pmvl5lzvdm6km38lgga64ek5jhdl7e3aqd9895wu04fvhlnare5937w4ywkq57juxsrhvw8ym5d8qx7sz7zz0zvcypqspqjrwe2g',
			1,
			'D9FA7C4C6EF56DC4FF423BAAE6D495DBFF663D034A72D1DC7D52CBFE7D1E6858F9D523AC0A7A5C34077638E4DD1A701BD017842789982041',
		],
		[
			'bitcoincash:qlg0x333p4238k0qrc5ej7rzfw5g8e4a4r6vvzyrcy8j3s5k0en7calvclhw46hudk5flttj6ydvjc0pv3nchp52amk97tqa5zygg96mtky5sv5w',
			0,
			'D0F346310D5513D9E01E299978624BA883E6BDA8F4C60883C10F28C2967E67EC77ECC7EEEAEAFC6DA89FAD72D11AC961E164678B868AEEEC5F2C1DA08884175B',
		],
	])('%s decodes to type %d and its hash', (address, type, hash) => {
		const decoded = decodeCashAddr(address, ['bitcoincash', 'bchtest', 'bchreg']);
		if (typeof decoded === 'string') throw new Error(decoded);
		expect([decoded.prefix, decoded.type, hex(decoded.hash)]).toEqual([
			address.split(':')[0],
			type,
			hash.toLowerCase(),
		]);
		const bare = decodeCashAddr(address.split(':')[1].toUpperCase(), [
			'bitcoincash',
			'bchtest',
			'bchreg',
		]);
		expect(typeof bare === 'string' ? bare : bare.prefix).toBe(address.split(':')[0]);
	});

	test.each([
		['bitcoincash:qr6m7j9njldwwzlg9v7v53unlr4jkmx6eylep8ekg3', 'checksum'],
		['bitcoincash:qqqqqqqq', 'too short'],
		// the spec's "unspecified payload" vectors: valid checksums, but no hash of the announced size
		['prefix:qqk2qfg002', 'hash size its version byte announces'],
		['prefix:pq20wewq3e', 'hash size its version byte announces'],
		['prefix:qu89s0hcw808qd87g8d59huh5z46er2ctv4ak05jjh', 'hash size its version byte announces'],
		['prefix:zq8quqy369', 'hash size its version byte announces'],
		[
			'prefix:l7xpr5ulv2kwwhm5lefgxa4un9tsg3jd72e2l083gdnalp9ztq0gugh4enzmrm5xkqve87w7es9ff3wrtatx5czzpche7dwj2m7d45unl8myh0dkugc9cjq4e06ks6jutsxcatmjhy',
			'reserved bit',
		],
		['bitcoincash:qr6m7j9njldwwzlg9v7v53unlr4jkmx6eylep8ekG2', 'mixes'],
		['bitcoincash:bitcoincash:qr6m7j9njldwwzlg9v7v53unlr4jkmx6eylep8ekg2', 'more than one'],
		['ecash:qr6m7j9njldwwzlg9v7v53unlr4jkmx6eylep8ekg2', 'unknown address prefix'],
		['bitcoincash:qr6m7j9njldwwzlg9v7v53unlr4jkmx6eylep8ekb2', '"b"'],
	])('%s is rejected (%s)', (text, reason) => {
		const decoded = decodeCashAddr(text, ['bitcoincash', 'bchtest', 'prefix']);
		expect(decoded).toEqual(expect.stringContaining(reason));
	});
});
