/**
 * Whir's response signature (https://whir.to/api, "Signature"), pure: the canonical strings and
 * signatures of the inventory's vectors, PHP's rendering of each kind of value, number text as
 * received, field order, and what checkSignature says of valid, forged, altered and unsigned answers.
 */
import { createHmac } from 'crypto';
import {
	canonicalString,
	checkSignature,
	computeSignature,
	parseRaw,
} from '../../nodes/Whir/helpers/signature';

// The doc's two examples, with its typos fixed (straight quotes), as in the inventory.
const CREATE =
	'{"id":"JEVG1TKFP4L95EDX","status":"pending","depositAddress":"tb1qmc2vcq6a427v6t83z8rnyg9ldf5k5p5uj2x4xv","depositAmount":0.00316,' +
	'"payouts":{"mr9if7VDsVfEZ1qUo2u3trv6rU9eH7Yx4u":"0.001","mia3h2FdYvR2LbDR1to9u6TC62hiTbDKM9":"0.002"},"fee":0.00016,"delay":"1",' +
	'"refCode":"qljncygz","updated":"2022-05-05T08:56:05+00:00","created":"2022-05-05T08:56:05+00:00","signature":"zDQlfJHSJWtzw8yFwevs7KmiDZs15FVl01RbPwPt3bc="}';
const DETAIL = `{
     "id": "Q96G3MSNW8MPQRTX",
     "status": "complete",
     "depositAddress": "tb1q0pkwdj3pqdp587yrc8sus876kccn5tq577ce5x",
     "depositAmount": "0.0062244",
     "depositTxid": "80bb6cda5036ce277598d949d2e4b3771c56b31ba77b757bf9753a370f16c99",
     "payouts": {
          "mfuAKvSsAMrC7gjbEEb521uc1myeF9BSsc": "0.006"
     },
     "txid": "0ea6f3a702a368ed09830d959f1c82b7d8f65f53a783965514380e123fc8ca4e",
     "fee": 0.0002244,
     "delay": "0",
     "updated": "2022-04-28T09:46:11+00:00",
     "created": "2022-04-28T09:42:41+00:00"
}`;
const CREATE_CANONICAL =
	'JEVG1TKFP4L95EDX|pending|tb1qmc2vcq6a427v6t83z8rnyg9ldf5k5p5uj2x4xv|0.00316|mr9if7VDsVfEZ1qUo2u3trv6rU9eH7Yx4u,mia3h2FdYvR2LbDR1to9u6TC62hiTbDKM9,0.001,0.002|0.00016|1|qljncygz|2022-05-05T08:56:05+00:00|2022-05-05T08:56:05+00:00';
const DETAIL_CANONICAL =
	'Q96G3MSNW8MPQRTX|complete|tb1q0pkwdj3pqdp587yrc8sus876kccn5tq577ce5x|0.0062244|80bb6cda5036ce277598d949d2e4b3771c56b31ba77b757bf9753a370f16c99|mfuAKvSsAMrC7gjbEEb521uc1myeF9BSsc,0.006|0ea6f3a702a368ed09830d959f1c82b7d8f65f53a783965514380e123fc8ca4e|0.0002244|0|2022-04-28T09:46:11+00:00|2022-04-28T09:42:41+00:00';
const KEY = 'secret_key';

const canonical = (text: string) => canonicalString(parseRaw(text));
/** Signs a raw answer text independently of the code under test (HMAC over the expected canonical). */
const hmac64 = (key: string, text: string) =>
	createHmac('sha256', key).update(text).digest('base64');
/** The answer with a signature member appended (made with `key`). */
function signed(text: string, key = KEY): string {
	const sig = computeSignature(parseRaw(text), key);
	return text.replace(/\s*}\s*$/, `,"signature":"${sig}"}`);
}

describe('the inventory vectors', () => {
	test('canonical strings of the doc examples', () => {
		expect(canonical(CREATE)).toBe(CREATE_CANONICAL);
		expect(canonical(DETAIL)).toBe(DETAIL_CANONICAL);
	});

	test('signatures with the key "secret_key"', () => {
		expect(computeSignature(parseRaw(CREATE), KEY)).toBe(
			'+XZthZH7acY5d0RS7kyAT+32TdnaFp2HaHjO+1xQZtA=',
		);
		expect(computeSignature(parseRaw(DETAIL), KEY)).toBe(
			'K3LdRx3CA3XYhU7HVcMwceapxJdWNII0C/pgR/VFZZc=',
		);
		expect(hmac64(KEY, CREATE_CANONICAL)).toBe('+XZthZH7acY5d0RS7kyAT+32TdnaFp2HaHjO+1xQZtA=');
	});

	test("the doc's own signature does not verify with a guessed key (its secret is not published)", () => {
		expect(checkSignature(parseRaw(CREATE), KEY)).toEqual({
			status: 'invalid',
			reason: 'its signature does not match its contents',
		});
	});
});

describe("values rendered as the doc's PHP renders them", () => {
	test('numbers keep their JSON text exactly: exponents, trailing zeros, big integers', () => {
		expect(
			canonical(
				'{"a":1.0E-5,"b":1e-7,"c":0.00010,"d":12345678901234567890,"e":-0.5,"f":2E+3,"g":0}',
			),
		).toBe('1.0E-5|1e-7|0.00010|12345678901234567890|-0.5|2E+3|0');
	});

	test('null and false are empty, true is "1"; strings as decoded (escapes, unicode)', () => {
		expect(canonical('{"a":null,"b":false,"c":true,"d":"x\\"y\\u00e9|","e":""}')).toBe(
			'||1|x"yé||',
		);
	});

	test('an object: keys, then values; a list: 0, 1, … then values; empty ones give ","', () => {
		expect(canonical('{"p":{"addr1":"0.1","addr2":0.20}}')).toBe('addr1,addr2,0.1,0.20');
		expect(canonical('{"p":["addr1","addr2"]}')).toBe('0,1,addr1,addr2');
		expect(canonical('{"p":[],"q":{}}')).toBe(',|,');
		expect(canonical('{"p":{"a":null,"b":true,"c":1.0E-5}}')).toBe('a,b,c,,1,1.0E-5');
	});

	test('a nested object or list inside a value gives "Array" (PHP implode)', () => {
		expect(canonical('{"p":[{"address":"a","amount":"1"}],"q":{"x":[1]}}')).toBe('0,Array|x,Array');
	});

	test('member order is the order received, integer-like keys included (a JS object would reorder them)', () => {
		expect(canonical('{"z":"1","a":"2","10":"3","2":"4"}')).toBe('1|2|3|4');
		expect(canonical('{"p":{"b":"1","10":"2","a":"3"}}')).toBe('b,10,a,1,2,3');
	});

	test('the signature member is left out wherever it is', () => {
		expect(canonical('{"a":"1","signature":"x","b":"2"}')).toBe('1|2');
	});

	test('whitespace of the JSON text does not matter', () => {
		const spaced = CREATE.replace(/",/g, '" ,\n\t').replace(/":/g, '" : ').replace(/{/g, '{\n ');
		expect(spaced).not.toBe(CREATE);
		expect(canonical(spaced)).toBe(CREATE_CANONICAL);
	});
});

describe('checkSignature', () => {
	const good = signed(DETAIL);

	test('a valid answer', () => {
		expect(checkSignature(parseRaw(good), KEY)).toEqual({ status: 'valid' });
		expect(
			checkSignature(parseRaw(signed(CREATE.replace(/,"signature":"[^"]*"/, ''), KEY)), KEY),
		).toEqual({ status: 'valid' });
	});

	test('signed with another key: invalid', () => {
		expect(checkSignature(parseRaw(signed(DETAIL, 'another_key')), KEY).status).toBe('invalid');
	});

	test.each([
		[
			'the deposit address',
			/tb1q0pkwdj3pqdp587yrc8sus876kccn5tq577ce5x/,
			'tb1qw508d6qejxtdg4y5r3zarvary0c5xw7kxpjzsx',
		],
		['a payout amount', /"0.006"/, '"0.06"'],
		['a number written differently (same value)', /0\.0002244/, '2.244E-4'],
		['the status', /"complete"/, '"processing"'],
		[
			'a payout address',
			/mfuAKvSsAMrC7gjbEEb521uc1myeF9BSsc/,
			'mia3h2FdYvR2LbDR1to9u6TC62hiTbDKM9',
		],
	])('one field altered (%s): invalid', (_label, from, to) => {
		const altered = good.replace(from, to);
		expect(altered).not.toBe(good);
		expect(checkSignature(parseRaw(altered), KEY).status).toBe('invalid');
	});

	test('two fields swapped (same values, other order): invalid', () => {
		const swapped = good.replace(
			'"delay": "0",\n     "updated": "2022-04-28T09:46:11+00:00"',
			'"updated": "2022-04-28T09:46:11+00:00",\n     "delay": "0"',
		);
		expect(swapped).not.toBe(good);
		expect(checkSignature(parseRaw(swapped), KEY).status).toBe('invalid');
	});

	test('a null turned into false keeps the signature (PHP renders both as "")', () => {
		const withNull = signed('{"id":"X","txid":null}');
		expect(checkSignature(parseRaw(withNull.replace('null', 'false')), KEY)).toEqual({
			status: 'valid',
		});
		expect(checkSignature(parseRaw(withNull.replace('null', 'true')), KEY).status).toBe('invalid');
	});

	test('unsigned, a non-text signature, a repeated field, not an object', () => {
		expect(checkSignature(parseRaw(DETAIL), KEY)).toEqual({ status: 'unsigned' });
		expect(checkSignature(parseRaw('{"a":"1","signature":12}'), KEY)).toEqual({
			status: 'invalid',
			reason: 'its signature is not a text',
		});
		const sig = computeSignature(parseRaw('{"a":"1","a":"2"}'), KEY);
		expect(checkSignature(parseRaw(`{"a":"1","a":"2","signature":"${sig}"}`), KEY)).toEqual({
			status: 'invalid',
			reason: 'the answer repeats the field "a"',
		});
		expect(
			checkSignature(parseRaw(`{"p":{"x":"1","x":"2"},"signature":"${sig}"}`), KEY).status,
		).toBe('invalid');
		expect(checkSignature(parseRaw('["a"]'), KEY).status).toBe('invalid');
	});

	test('a truncated signature, or one with padding changed: invalid', () => {
		const sig = computeSignature(parseRaw(DETAIL), KEY);
		for (const bad of [sig.slice(0, -1), sig.replace(/=$/, ''), sig.toLowerCase(), '']) {
			expect(
				checkSignature(parseRaw(DETAIL.replace(/\s*}\s*$/, `,"signature":"${bad}"}`)), KEY).status,
			).toBe('invalid');
		}
	});

	test('invalid JSON text is refused by the parser', () => {
		expect(() => parseRaw('{"a":1,}')).toThrow(SyntaxError);
		expect(() => parseRaw(CREATE.replace('"id"', '“id"'))).toThrow(SyntaxError);
	});
});
