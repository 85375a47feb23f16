/** The exact-text JSON parser WolvPay answers and webhooks go through (nodes/shared/json.ts). */
import { parseJsonKeepingText, plainNumberText } from '../../nodes/shared/json';
import { isDecimalPath, parseWolvPayJson } from '../../nodes/WolvPay/transport';

describe('parseJsonKeepingText', () => {
	test('without kept paths it equals JSON.parse', () => {
		const texts = [
			'{"a":1,"b":[1,2.5,-3e2,{"c":null,"d":true,"e":false}],"f":"x\\"y\\u00e9\\n","g":{}, "h":[] }',
			' [ 0 , -0.5 , 1E+3 , "\\\\" ] ',
			'"just a string"',
			'12.5',
			'{"a":1,"a":2}',
			'{"__proto__":{"polluted":1}}',
		];
		for (const t of texts) expect(parseJsonKeepingText(t, () => false)).toEqual(JSON.parse(t));
		const proto = parseJsonKeepingText('{"__proto__":{"polluted":1}}', () => false) as Record<
			string,
			unknown
		>;
		expect(Object.keys(proto)).toEqual(['__proto__']);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});

	test('invalid JSON throws like JSON.parse', () => {
		for (const t of ['', '{', '{"a":}', 'nope', '{"a":1,}'])
			expect(() => parseJsonKeepingText(t, () => true)).toThrow(SyntaxError);
	});

	test('kept numbers are their exact text; the others are numbers', () => {
		const out = parseJsonKeepingText(
			'{"amount":100.00,"code":201,"x":[{"amount":0.10000000000000000001}]}',
			(p) => p[p.length - 1] === 'amount',
		);
		expect(out).toEqual({ amount: '100.00', code: 201, x: [{ amount: '0.10000000000000000001' }] });
	});

	test('exponent notation becomes plain decimal text, digit by digit', () => {
		expect(plainNumberText('1e-7')).toBe('0.0000001');
		expect(plainNumberText('1.5E3')).toBe('1500');
		expect(plainNumberText('12345678901234567890e2')).toBe('1234567890123456789000');
		expect(plainNumberText('0.05e1')).toBe('0.5');
		expect(plainNumberText('-2.5e-1')).toBe('-0.25');
		expect(plainNumberText('100.00')).toBe('100.00');
	});
});

describe('WolvPay amounts', () => {
	test('amount fields and prices are kept as text; codes, flags and pages stay numbers', () => {
		const text =
			'{"success":true,"code":200,"data":{"invoices":[{"amount":100.00,"coin_amount":1.1345586566825505123,"coin_received":0,' +
			'"fee_amount_coin":"0.02269117","fee_amount_usd":2.00,"apply_fee":0,"white_label":1}],' +
			'"pagination":{"current_page":1,"per_page":3,"total_items":59}},"coins":[{"minimum_transaction_coin":0.00008,"prices":{"USD":105649.8096322775}}]}';
		expect(parseWolvPayJson(text)).toEqual({
			success: true,
			code: 200,
			data: {
				invoices: [
					{
						amount: '100.00',
						coin_amount: '1.1345586566825505123',
						coin_received: '0',
						fee_amount_coin: '0.02269117',
						fee_amount_usd: '2.00',
						apply_fee: 0,
						white_label: 1,
					},
				],
				pagination: { current_page: 1, per_page: 3, total_items: 59 },
			},
			coins: [{ minimum_transaction_coin: '0.00008', prices: { USD: '105649.8096322775' } }],
		});
		expect(isDecimalPath(['data', 'code'])).toBe(false);
		expect(isDecimalPath(['prices', 'EUR'])).toBe(true);
		expect(isDecimalPath(['list', 0])).toBe(false);
	});
});
