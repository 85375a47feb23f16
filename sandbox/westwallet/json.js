'use strict';
// JSON parsing that keeps the source text of numbers. The API takes `amount` either as a JSON string
// ("0.1") or as a JSON number (0.1); for a number the sandbox validates the exact digits the client
// sent (1e-4, 0.123456789 or 0.10000000000000001 must not silently become something else), which
// JSON.parse alone cannot tell. Node 20 has no JSON.parse source-text access, hence this scanner.
//
// parseJson(text) -> { value, numberText(container, key) }. JSON.parse does the parsing and the
// validation (so the accepted grammar is exactly JSON's); a second pass walks the (valid) text in
// step with the parsed value and records the raw text of every number found in an object or array.

function parseJson(text) {
	const value = JSON.parse(text);
	const texts = new WeakMap();
	let i = 0;

	const isWs = (c) => c === ' ' || c === '\t' || c === '\n' || c === '\r';
	const ws = () => {
		while (i < text.length && isWs(text[i])) i++;
	};
	const readString = () => {
		const start = i;
		i++; // opening quote
		while (text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
		i++;
		return JSON.parse(text.slice(start, i));
	};
	const NUM = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
	const readNumber = () => {
		NUM.lastIndex = i;
		const m = NUM.exec(text);
		i = NUM.lastIndex;
		return m[0];
	};
	const record = (container, key, raw) => {
		if (!container) return;
		let map = texts.get(container);
		if (!map) texts.set(container, (map = new Map()));
		map.set(key, raw);
	};
	// Walks one value starting at i; `v` is the parsed value at this place (undefined when the text
	// and the parsed value stopped matching, e.g. a duplicated key whose last occurrence won).
	const walk = (container, key, v) => {
		ws();
		const c = text[i];
		if (c === '{') {
			const obj = v !== null && typeof v === 'object' && !Array.isArray(v) ? v : undefined;
			i++;
			ws();
			if (text[i] === '}') {
				i++;
				return;
			}
			for (;;) {
				ws();
				const k = readString();
				ws();
				i++; // ':'
				walk(obj, k, obj && Object.prototype.hasOwnProperty.call(obj, k) ? obj[k] : undefined);
				ws();
				if (text[i++] === '}') return;
			}
		}
		if (c === '[') {
			const arr = Array.isArray(v) ? v : undefined;
			i++;
			ws();
			if (text[i] === ']') {
				i++;
				return;
			}
			for (let n = 0; ; n++) {
				walk(arr, n, arr ? arr[n] : undefined);
				ws();
				if (text[i++] === ']') return;
			}
		}
		if (c === '"') {
			readString();
			return;
		}
		if (c === '-' || (c >= '0' && c <= '9')) {
			const raw = readNumber();
			if (typeof v === 'number') record(container, key, raw);
			return;
		}
		// true / false / null
		i += c === 'f' ? 5 : 4;
	};
	walk(undefined, undefined, value);

	return {
		value,
		numberText(container, key) {
			const map = container && typeof container === 'object' ? texts.get(container) : undefined;
			return map ? map.get(key) : undefined;
		},
	};
}

module.exports = { parseJson };
