'use strict';
// Fixed-point decimals on BigInt, shared by the sandboxes: balances, amounts and fees never go
// through a float. A value is a BigInt of "units" at a scale (8: satoshis for BTC).

const SCALE = 8;
const PLAIN_DECIMAL = /^\d+(\.\d+)?$/;

/** "0.1" -> 10000000n at scale 8; null when not a plain non-negative decimal with <= scale decimals. */
function toUnits(value, scale = SCALE) {
	const s = String(value).trim();
	if (!PLAIN_DECIMAL.test(s)) return null;
	const [int, frac = ''] = s.split('.');
	if (frac.length > scale && /[1-9]/.test(frac.slice(scale))) return null;
	return (
		BigInt(int) * 10n ** BigInt(scale) + BigInt((frac + '0'.repeat(scale)).slice(0, scale) || '0')
	);
}

/** 10000000n -> "0.10000000" (always `scale` decimals). */
function fromUnits(units, scale = SCALE) {
	const neg = units < 0n;
	const u = neg ? -units : units;
	const base = 10n ** BigInt(scale);
	const frac = (u % base).toString().padStart(scale, '0');
	return `${neg ? '-' : ''}${u / base}${scale > 0 ? `.${frac}` : ''}`;
}

/** "1.23000000" -> "1.23", "5.00000000" -> "5". */
function trimDecimal(s) {
	return s.includes('.') ? s.replace(/0+$/, '').replace(/\.$/, '') : s;
}

/** Units as the shortest decimal text: 10000000n -> "0.1". */
function unitsText(units, scale = SCALE) {
	return trimDecimal(fromUnits(units, scale));
}

/**
 * Normalizes a non-negative decimal text ("100.00", "1e2", ".5", "007") to plain decimal notation
 * that is also a valid JSON number ("100.00", "100", "0.5", "7"). Returns null when it is not one.
 */
function normalizeDecimal(text) {
	const m = /^(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(String(text).trim());
	if (!m || !/\d/.test((m[1] || '') + (m[2] || ''))) return null;
	let int = m[1] || '';
	let frac = m[2] || '';
	if (m[3] !== undefined) {
		const exp = Number(m[3]);
		if (Math.abs(exp) > 60) return null;
		let digits = int + frac;
		let point = int.length + exp;
		if (point < 0) {
			digits = '0'.repeat(-point) + digits;
			point = 0;
		}
		if (point > digits.length) digits += '0'.repeat(point - digits.length);
		int = digits.slice(0, point);
		frac = digits.slice(point).replace(/0+$/, '');
	}
	int = int.replace(/^0+(?=\d)/, '') || '0';
	return frac ? `${int}.${frac}` : int;
}

/** Fixed-point division a / b at `scale` decimals of the result, rounding up or down. */
function divUnits(aUnits, aScale, bUnits, bScale, scale, roundUp) {
	const num = aUnits * 10n ** BigInt(scale + bScale);
	const den = bUnits * 10n ** BigInt(aScale);
	const q = num / den;
	return roundUp && num % den !== 0n ? q + 1n : q;
}

/** Fixed-point product at `scale` decimals, rounded half up. */
function mulUnits(aUnits, aScale, bUnits, bScale, scale) {
	const p = aUnits * bUnits;
	const shift = aScale + bScale - scale;
	if (shift <= 0) return p * 10n ** BigInt(-shift);
	const base = 10n ** BigInt(shift);
	return (p + base / 2n) / base;
}

module.exports = {
	SCALE,
	PLAIN_DECIMAL,
	toUnits,
	fromUnits,
	trimDecimal,
	unitsText,
	normalizeDecimal,
	divUnits,
	mulUnits,
};
