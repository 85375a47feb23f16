import { compareDecimal, decimalProblem, numberText, sameAmount } from '../../nodes/shared/decimal';

describe('decimal strings, never floats', () => {
	test.each([['0.1'], ['5.00000000'], ['100'], ['123456789012345.123456789']])(
		'%s is a valid amount',
		(v) => {
			expect(decimalProblem(v)).toBeUndefined();
		},
	);
	test.each([
		['1e-5'],
		[''],
		['-1'],
		['0,1'],
		['NaN'],
		[' 1'],
		['.5'],
		['01'],
		['0'],
		['1234567890123456'],
		['1' + '0'.repeat(30)],
	])('%s is rejected', (v) => {
		expect(decimalProblem(v)).toBeDefined();
	});
	test("a coin's supply cap bounds its amounts; coins without a cap keep the digit bound", () => {
		expect(decimalProblem('21000000', { unit: 'BTC' })).toBeUndefined();
		expect(decimalProblem('21000000.00000001', { unit: 'BTC' })).toMatch(
			/more than all the BTC that can ever exist \(21000000\)/,
		);
		expect(decimalProblem('84000001', { currency: 'ltc' })).toMatch(/all the LTC/);
		expect(decimalProblem('21000000.00000001', { unit: 'ETH' })).toBeUndefined();
		expect(decimalProblem('21000000.00000001')).toBeUndefined();
	});
	test('a JS number is rejected (precision may already be lost)', () => {
		expect(decimalProblem(0.1)).toMatch(/as text/);
	});

	test('numbers a provider sent in exponent notation are read digit for digit', () => {
		expect(numberText(1e-7)).toBe('0.0000001');
		expect(numberText(1.5e21)).toBe('1500000000000000000000');
		expect(numberText(0.25)).toBe('0.25');
	});

	test('amounts compare by value, whatever their notation', () => {
		expect(sameAmount(1e-7, '0.00000010')).toBe(true);
		expect(sameAmount('0.1', 0.1)).toBe(true);
		expect(sameAmount('0.25', '0.250000001')).toBe(false);
		expect(sameAmount('abc', 'abc')).toBe(false);
		expect(compareDecimal(1.5e21, '1500000000000000000000')).toBe(0);
		expect(compareDecimal('0.1', '0.10000001')).toBe(-1);
		expect(compareDecimal('2', '1.99999999')).toBe(1);
	});
});
