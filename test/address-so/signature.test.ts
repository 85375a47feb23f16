/**
 * Address.so's three send-signing schemes, by the inventory's vectors (§1) and by the encoding
 * edge cases: sorting, "+" for a space, percent-encoding, non-ASCII text.
 */
import { createHash, createHmac } from 'crypto';
import {
	addressSoMac,
	formBody,
	formEncode,
	sameMac,
	sdkKey,
	sendPairs,
	signSend,
} from '../../nodes/AddressSo/helpers/signature';

const DOC_MESSAGE = 'amount=2450000&recepient=137fnrhMurXrnU7a7jLgcVoaNraUYz54Sk';
const BTC = '1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2';

describe('the inventory vectors (key "secret_key")', () => {
	test('documentation scheme: hex HMAC-SHA256 keyed with the secret itself', () => {
		expect(addressSoMac('doc', 'secret_key', DOC_MESSAGE)).toBe(
			'f8b015aacc09251afb7c55216f8e7d54191c49d0bcdbc5b51078831b6d966868',
		);
	});

	test("the doc's own example signature reproduces under no scheme (an undisclosed key)", () => {
		const claimed = '20d801b1e24fe216f2f9f3687fec98cfc3ff8c1fc8a34605d9adace4ea8d2b92';
		for (const scheme of ['doc', 'sdk2019', 'sdk2020'] as const)
			expect(addressSoMac(scheme, 'secret_key', DOC_MESSAGE)).not.toBe(claimed);
	});

	test('SDK key: the hex text of SHA-512(secret)', () => {
		expect(sdkKey('secret_key')).toMatch(/^bddaead8e469da2b80f0af862815b6f9[0-9a-f]{96}$/);
	});

	test('SDK MAC over the doc parameters, both spellings', () => {
		expect(addressSoMac('sdk2019', 'secret_key', DOC_MESSAGE)).toBe(
			'9ebb8d36b11438b62a8b0e5d636bfbafba6076db3329664a3d7b3a53bb14c7b7e6d8b6e4555995a0eab67e43ed1d01198bf54e9014eeb07b8a5a09db3d78425c',
		);
		expect(
			addressSoMac('sdk2020', 'secret_key', DOC_MESSAGE.replace('recepient', 'recipient')),
		).toBe(
			'babc59b83983d71b88d5288caa281e8141c186dae869754461e67bf813b09dc4354df7e1e1e433d04184d9b1426598a2e5854217a0e7b33a729a8ce4cb1776ae',
		);
	});

	const params: Array<[string, string]> = [
		['amount', '0.1'],
		['recipient', BTC],
		['payment_password', 'pw'],
	];

	test('SDK 2019: insertion order (the Python SDK and the first PHP SDK)', () => {
		const signed = signSend('sdk2019', 'secret_key', params);
		expect(signed.message).toBe(`amount=0.1&recipient=${BTC}&payment_password=pw`);
		expect(signed.sign).toBe(
			'02d5c75008973947f3a96fd2f053a35fafef00d635cad9ac1ff1f6e25775efbb33cbaeeb960d156e61a5acb4d2022188183d4fe166752d97ccd5cc07666b299b',
		);
		expect(signed.body).toBe(`${signed.message}&sign=${signed.sign}`);
	});

	test('SDK 2020: parameters sorted by name (PHP ksort)', () => {
		const signed = signSend('sdk2020', 'secret_key', params);
		expect(signed.message).toBe(`amount=0.1&payment_password=pw&recipient=${BTC}`);
		expect(signed.sign).toBe(
			'bc1c2015ebd7b947fac437c4e7b827bb635660c2cd46984d0c555087db6d5529203dc6cff895af76970d36b10d6fc10ef0dd431114b49a1fde2be013f5937521',
		);
	});

	test('documentation: "recepient", order kept, HMAC-SHA256', () => {
		const signed = signSend('doc', 'secret_key', [
			['amount', '2450000'],
			['recipient', '137fnrhMurXrnU7a7jLgcVoaNraUYz54Sk'],
		]);
		expect(signed.message).toBe(DOC_MESSAGE);
		expect(signed.sign).toBe('f8b015aacc09251afb7c55216f8e7d54191c49d0bcdbc5b51078831b6d966868');
	});
});

describe('encoding and ordering', () => {
	test('sorting puts every optional parameter in byte order', () => {
		const pairs = sendPairs('sdk2020', [
			['amount', '1'],
			['recipient', 'r'],
			['payment_password', 'p'],
			['odd_address', 'o'],
			['token_label', 'erc20'],
			['fee_priority', '2'],
			['tag', '7'],
		]);
		expect(pairs.map(([k]) => k)).toEqual([
			'amount',
			'fee_priority',
			'odd_address',
			'payment_password',
			'recipient',
			'tag',
			'token_label',
		]);
		// SDK 2019 and the documentation keep the order given
		expect(sendPairs('sdk2019', pairs.slice().reverse()).map(([k]) => k)[0]).toBe('token_label');
		expect(sendPairs('doc', [['recipient', 'r']])).toEqual([['recepient', 'r']]);
	});

	test('a space is "+", reserved and non-ASCII bytes are %XX (upper-case), as PHP encodes them', () => {
		expect(formEncode('a b')).toBe('a+b');
		expect(formEncode('a+b&c=d')).toBe('a%2Bb%26c%3Dd');
		expect(formEncode("~*!'()")).toBe('%7E%2A%21%27%28%29');
		expect(formEncode('-_.AZaz09')).toBe('-_.AZaz09');
		expect(formEncode('é€')).toBe('%C3%A9%E2%82%AC');
		expect(formEncode('пароль 1')).toBe('%D0%BF%D0%B0%D1%80%D0%BE%D0%BB%D1%8C+1');
		expect(formBody([['permissions[0]', 'view']])).toBe('permissions%5B0%5D=view');
	});

	test('non-ASCII and "+" in a signed value: the MAC covers the encoded text, byte for byte', () => {
		const signed = signSend('sdk2020', 'sëcret', [
			['amount', '1.5'],
			['recipient', BTC],
			['payment_password', 'pâss word+1'],
		]);
		expect(signed.message).toBe(`amount=1.5&payment_password=p%C3%A2ss+word%2B1&recipient=${BTC}`);
		const key = createHash('sha512').update('sëcret', 'utf8').digest('hex');
		expect(signed.sign).toBe(createHmac('sha512', key).update(signed.message).digest('hex'));
		const doc = signSend('doc', 'sëcret', [['payment_password', 'ü']]);
		expect(doc.sign).toBe(
			createHmac('sha256', 'sëcret').update('payment_password=%C3%BC').digest('hex'),
		);
	});

	test('one changed byte changes the MAC; comparison is exact and length-safe', () => {
		const a = addressSoMac('sdk2020', 'k', 'amount=0.1');
		expect(addressSoMac('sdk2020', 'k', 'amount=0.2')).not.toBe(a);
		expect(sameMac(a, a.toUpperCase())).toBe(true);
		expect(sameMac(a, a.slice(0, -1))).toBe(false);
		expect(sameMac(a, `${a.slice(0, -1)}${a.endsWith('0') ? '1' : '0'}`)).toBe(false);
	});
});
