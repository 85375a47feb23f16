/**
 * Serializes a request body once, compactly, with selected values written as raw JSON number
 * literals taken verbatim from decimal strings (so an amount "0.10" is sent as 0.10 — exactly the
 * text the user gave, never passed through a float). Everything else is JSON.stringify'd.
 */
export class RawJsonNumber {
	constructor(readonly text: string) {}
}

export function serializeJson(value: unknown): string {
	if (value instanceof RawJsonNumber) return value.text;
	if (Array.isArray(value))
		return '[' + value.map((v) => (v === undefined ? 'null' : serializeJson(v))).join(',') + ']';
	if (value !== null && typeof value === 'object') {
		const parts: string[] = [];
		for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
			if (v === undefined) continue;
			parts.push(JSON.stringify(k) + ':' + serializeJson(v));
		}
		return '{' + parts.join(',') + '}';
	}
	return JSON.stringify(value);
}

export type JsonPath = ReadonlyArray<string | number>;

/** A JSON number literal as a plain decimal text: exponent notation is expanded digit by digit. */
export function plainNumberText(literal: string): string {
	const m = /^(-?)(\d+)(?:\.(\d+))?[eE]([+-]?\d+)$/.exec(literal);
	if (!m) return literal;
	const [, sign, int, frac = '', expText] = m;
	const digits = int + frac;
	const point = int.length + Number(expText);
	let out: string;
	if (point <= 0) out = '0.' + '0'.repeat(-point) + digits;
	else if (point >= digits.length) out = digits + '0'.repeat(point - digits.length);
	else out = digits.slice(0, point) + '.' + digits.slice(point);
	out = out.includes('.') ? out : out.replace(/^0+(?=\d)/, '');
	if (out.includes('.')) {
		const [i, f] = out.split('.');
		out = (i.replace(/^0+(?=\d)/, '') || '0') + '.' + f;
	}
	return sign + out;
}

/**
 * Parses JSON text exactly like JSON.parse (and throws the same SyntaxError on invalid text), except
 * that a number whose path `keepAsText` accepts becomes a string holding the literal as it was sent:
 * `"amount": 100.00` gives "100.00" and `0.10000000000000000001` is kept digit for digit — a money
 * amount never passes through a float. Integers beyond 2^53 keep their digits as a string (an id is
 * never rounded). Other numbers become JavaScript numbers as usual.
 */
export function parseJsonKeepingText(
	text: string,
	keepAsText: (path: JsonPath) => boolean,
): unknown {
	JSON.parse(text); // validates (and throws JSON.parse's own error); the walk below can then be simple
	let i = 0;
	const skipWs = () => {
		while (
			i < text.length &&
			(text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')
		)
			i++;
	};
	const readString = (): string => {
		const start = i;
		i++; // opening quote
		while (text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
		i++; // closing quote
		return JSON.parse(text.slice(start, i)) as string;
	};
	const readValue = (path: Array<string | number>): unknown => {
		skipWs();
		const ch = text[i];
		if (ch === '{') {
			i++;
			const obj: Record<string, unknown> = {};
			skipWs();
			if (text[i] === '}') {
				i++;
				return obj;
			}
			for (;;) {
				skipWs();
				const key = readString();
				skipWs();
				i++; // ':'
				const value = readValue([...path, key]);
				// Like JSON.parse: the last duplicate wins and "__proto__" is an ordinary key.
				Object.defineProperty(obj, key, {
					value,
					enumerable: true,
					writable: true,
					configurable: true,
				});
				skipWs();
				if (text[i++] === '}') return obj;
			}
		}
		if (ch === '[') {
			i++;
			const arr: unknown[] = [];
			skipWs();
			if (text[i] === ']') {
				i++;
				return arr;
			}
			for (;;) {
				arr.push(readValue([...path, arr.length]));
				skipWs();
				if (text[i++] === ']') return arr;
			}
		}
		if (ch === '"') return readString();
		if (text.startsWith('true', i)) {
			i += 4;
			return true;
		}
		if (text.startsWith('false', i)) {
			i += 5;
			return false;
		}
		if (text.startsWith('null', i)) {
			i += 4;
			return null;
		}
		const m = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;
		m.lastIndex = i;
		const literal = (m.exec(text) as RegExpExecArray)[0];
		i += literal.length;
		if (keepAsText(path)) return plainNumberText(literal);
		const n = Number(literal);
		// An integer beyond 2^53 (an id) would be rounded: keep its digits.
		return Number.isInteger(n) && !Number.isSafeInteger(n) && /^-?\d+$/.test(literal) ? literal : n;
	};
	return readValue([]);
}
