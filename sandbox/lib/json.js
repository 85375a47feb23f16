'use strict';
// JSON that keeps the exact text of numbers, shared by the sandboxes. The providers take amounts as
// JSON numbers or strings; for a number the sandbox must see the digits the client sent
// (0.10000000000000001 or 1e-4 must not silently become something else) and must answer the
// digits it means (a signature covers the text). JSON.parse alone cannot do either (Node 20 has
// no source-text access), hence a small lossless parser, run only on text JSON.parse accepted (so
// the grammar is exactly JSON's), and a serializer that writes RawNumber texts verbatim.

/** A JSON number kept as its exact text. */
class RawNumber {
	constructor(text) {
		this.text = String(text);
	}
	toJSON() {
		return Number(this.text);
	}
}

const DUPLICATES = new WeakMap(); // parsed object -> keys that occurred more than once
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERAL = /true|false|null/y;

/** Reads JSON text already accepted by JSON.parse, so it only has to find the pieces. */
class LosslessReader {
	constructor(text) {
		this.text = text;
		this.i = 0;
	}

	ws() {
		while (this.i < this.text.length && ' \t\r\n'.includes(this.text[this.i])) this.i++;
	}

	sticky(re) {
		re.lastIndex = this.i;
		const m = re.exec(this.text)[0];
		this.i = re.lastIndex;
		return m;
	}

	string() {
		const start = this.i++;
		while (this.text[this.i] !== '"') this.i += this.text[this.i] === '\\' ? 2 : 1;
		this.i++;
		return JSON.parse(this.text.slice(start, this.i));
	}

	value() {
		this.ws();
		const ch = this.text[this.i];
		if (ch === '{') return this.object();
		if (ch === '[') return this.array();
		if (ch === '"') return this.string();
		if (ch === '-' || (ch >= '0' && ch <= '9')) return new RawNumber(this.sticky(NUMBER));
		return { true: true, false: false, null: null }[this.sticky(LITERAL)];
	}

	object() {
		const obj = {};
		const dups = [];
		this.i++;
		this.ws();
		if (this.text[this.i] === '}') return (this.i++, obj);
		for (;;) {
			this.ws();
			const key = this.string();
			this.ws();
			this.i++; // ':'
			if (Object.prototype.hasOwnProperty.call(obj, key)) dups.push(key);
			// JSON.parse keeps the last duplicate, so do we; __proto__ stays a plain key.
			Object.defineProperty(obj, key, {
				value: this.value(),
				enumerable: true,
				writable: true,
				configurable: true,
			});
			this.ws();
			if (this.text[this.i++] === '}') break;
		}
		if (dups.length) DUPLICATES.set(obj, dups);
		return obj;
	}

	array() {
		const arr = [];
		this.i++;
		this.ws();
		if (this.text[this.i] === ']') return (this.i++, arr);
		for (;;) {
			arr.push(this.value());
			this.ws();
			if (this.text[this.i++] === ']') return arr;
		}
	}
}

/** Parses JSON text; numbers become RawNumber. Returns undefined when the text is not JSON. */
function parseLossless(text) {
	try {
		JSON.parse(text);
	} catch {
		return undefined;
	}
	return new LosslessReader(text).value();
}

/** Keys that stood more than once in a parsed object (JSON.parse silently keeps the last one). */
function duplicateKeys(obj) {
	return (obj && DUPLICATES.get(obj)) || [];
}

/**
 * JSON.parse's value plus the source text of each number: { value, numberText(container, key) }.
 * For code that works on plain values but must check the digits of a few numbers. Throws like
 * JSON.parse on invalid text.
 */
function parseWithNumberTexts(text) {
	const value = JSON.parse(text);
	const texts = new WeakMap();
	const walk = (plainV, rawV) => {
		if (plainV === null || typeof plainV !== 'object') return;
		for (const key of Object.keys(rawV)) {
			const k = Array.isArray(plainV) ? Number(key) : key;
			if (rawV[key] instanceof RawNumber) {
				if (!texts.has(plainV)) texts.set(plainV, new Map());
				texts.get(plainV).set(k, rawV[key].text);
			} else {
				walk(plainV[k], rawV[key]);
			}
		}
	};
	walk(value, parseLossless(text));
	return {
		value,
		numberText(container, key) {
			const map = container && typeof container === 'object' ? texts.get(container) : undefined;
			return map ? map.get(key) : undefined;
		},
	};
}

/** JSON.stringify that writes RawNumber texts as they are. Compact, like the providers. */
function stringify(v) {
	if (v instanceof RawNumber) return v.text;
	if (v === undefined || typeof v === 'function') return 'null';
	if (v && typeof v.toJSON === 'function') return stringify(v.toJSON());
	if (Array.isArray(v)) return '[' + v.map(stringify).join(',') + ']';
	if (v && typeof v === 'object') {
		const keys = Object.keys(v).filter((k) => v[k] !== undefined && typeof v[k] !== 'function');
		return '{' + keys.map((k) => JSON.stringify(k) + ':' + stringify(v[k])).join(',') + '}';
	}
	return JSON.stringify(v);
}

/** RawNumbers back to plain numbers (for views that do not need the exact text). */
function plain(v) {
	if (v instanceof RawNumber) return Number(v.text);
	if (Array.isArray(v)) return v.map(plain);
	if (v && typeof v === 'object')
		return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plain(x)]));
	return v;
}

module.exports = {
	RawNumber,
	parseLossless,
	parseWithNumberTexts,
	duplicateKeys,
	stringify,
	plain,
};
