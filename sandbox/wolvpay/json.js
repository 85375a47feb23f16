'use strict';
// JSON and decimal helpers of the WolvPay sandbox. The sandbox keeps numbers as text end to end:
// a request's `"amount": 100.00` comes back as `"amount":100.00`, never through a float. Node 20
// has no JSON.parse source-text access, hence the small lossless parser (run only on text that
// JSON.parse already accepted) and a serializer that writes RawNumber texts verbatim.
const { toUnits, fromUnits } = require('../lib/http.js');

/** A JSON number kept as its exact text. */
class RawNumber {
	constructor(text) {
		this.text = String(text);
	}
	toJSON() {
		return Number(this.text);
	}
}

/** Parses JSON text; numbers become RawNumber. Returns undefined when the text is not JSON. */
function parseLossless(text) {
	try {
		JSON.parse(text);
	} catch {
		return undefined;
	}
	let i = 0;
	const ws = () => {
		while (i < text.length && ' \t\r\n'.includes(text[i])) i++;
	};
	const value = () => {
		ws();
		const ch = text[i];
		if (ch === '{') {
			i++;
			const obj = {};
			ws();
			if (text[i] === '}') return i++, obj;
			for (;;) {
				ws();
				const key = string();
				ws();
				i++; // ':'
				const v = value();
				// JSON.parse keeps the last duplicate, so do we; __proto__ stays a plain key.
				Object.defineProperty(obj, key, { value: v, enumerable: true, writable: true, configurable: true });
				ws();
				if (text[i++] === '}') return obj;
			}
		}
		if (ch === '[') {
			i++;
			const arr = [];
			ws();
			if (text[i] === ']') return i++, arr;
			for (;;) {
				arr.push(value());
				ws();
				if (text[i++] === ']') return arr;
			}
		}
		if (ch === '"') return string();
		const m = /^-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|^true|^false|^null/.exec(text.slice(i, i + 400));
		i += m[0].length;
		if (m[0] === 'true') return true;
		if (m[0] === 'false') return false;
		if (m[0] === 'null') return null;
		return new RawNumber(m[0]);
	};
	const string = () => {
		const start = i;
		i++;
		while (text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
		i++;
		return JSON.parse(text.slice(start, i));
	};
	return value();
}

/** JSON.stringify that writes RawNumber texts as they are. Compact, like the provider. */
function stringify(v) {
	if (v instanceof RawNumber) return v.text;
	if (v === undefined) return 'null';
	if (Array.isArray(v)) return '[' + v.map(stringify).join(',') + ']';
	if (v && typeof v === 'object') {
		return (
			'{' +
			Object.keys(v)
				.filter((k) => v[k] !== undefined)
				.map((k) => JSON.stringify(k) + ':' + stringify(v[k]))
				.join(',') +
			'}'
		);
	}
	return JSON.stringify(v);
}

/** Converts RawNumbers back to plain values (for the sandbox's own JSON-ish views). */
function plain(v) {
	if (v instanceof RawNumber) return Number(v.text);
	if (Array.isArray(v)) return v.map(plain);
	if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plain(x)]));
	return v;
}

/**
 * Normalizes a non-negative decimal text ("100.00", "1e2", ".5", "007") to plain decimal notation
 * that is also a valid JSON number ("100.00", "100", "0.5", "7"). Returns null when it is not one.
 */
function normalizeDecimal(text) {
	const s = String(text).trim();
	const m = /^(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(s);
	if (!m || !/\d/.test((m[1] || '') + (m[2] || ''))) return null;
	let int = m[1] || '';
	let frac = m[2] || '';
	if (m[3] !== undefined) {
		const exp = Number(m[3]);
		if (Math.abs(exp) > 60) return null;
		const digits = int + frac;
		let point = int.length + exp;
		let d = digits;
		if (point < 0) {
			d = '0'.repeat(-point) + d;
			point = 0;
		}
		if (point > d.length) d = d + '0'.repeat(point - d.length);
		int = d.slice(0, point);
		frac = d.slice(point);
		frac = frac.replace(/0+$/, '');
	}
	int = int.replace(/^0+(?=\d)/, '') || '0';
	return frac ? `${int}.${frac}` : int;
}

/** "1.23000000" -> "1.23", "5.00000000" -> "5". */
function trimDecimal(s) {
	return s.includes('.') ? s.replace(/0+$/, '').replace(/\.$/, '') : s;
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

module.exports = { RawNumber, parseLossless, stringify, plain, normalizeDecimal, trimDecimal, divUnits, mulUnits, toUnits, fromUnits };
