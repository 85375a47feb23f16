import { createHmac, timingSafeEqual } from 'crypto';

/**
 * Whir signs its ANSWERS (https://whir.to/api, "Signature"): base64 of the raw HMAC-SHA256, keyed
 * with the account's secret key, of the answer's values joined by "|" — in the order they were
 * received, `signature` left out. Each value is rendered as the doc's PHP renders it:
 * - an object or list: its keys joined by ",", then ",", then its values joined by "," (a list's
 *   keys are 0, 1, …; an empty one gives ","; a nested object or list inside gives "Array");
 * - null and false: ""; true: "1";
 * - a number: its JSON text exactly as received (PHP and JavaScript print small numbers
 *   differently, so a parsed number is never printed again);
 * - a string: the string.
 * So the answer is read from its raw text, in order, with numbers kept as text.
 */
export type RawValue =
	| { kind: 'string'; value: string }
	| { kind: 'number'; text: string }
	| { kind: 'literal'; value: boolean | null }
	| { kind: 'object'; entries: Array<[string, RawValue]> }
	| { kind: 'array'; items: RawValue[] };

/** Parses JSON text keeping what the signature needs: member order, duplicates, number text. */
export function parseRaw(text: string): RawValue {
	JSON.parse(text); // validates, with JSON.parse's own error; the walk below can then be simple
	let i = 0;
	const ws = () => {
		while (/[ \t\n\r]/.test(text[i] ?? '')) i++;
	};
	const str = (): string => {
		const start = i++;
		while (text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
		return JSON.parse(text.slice(start, ++i)) as string;
	};
	const value = (): RawValue => {
		ws();
		const ch = text[i];
		if (ch === '{' || ch === '[') {
			i++;
			const entries: Array<[string, RawValue]> = [];
			const items: RawValue[] = [];
			ws();
			if (text[i] === (ch === '{' ? '}' : ']')) i++;
			else {
				for (;;) {
					ws();
					if (ch === '{') {
						const key = str();
						ws();
						i++; // ':'
						entries.push([key, value()]);
					} else items.push(value());
					ws();
					if (text[i++] !== ',') break;
				}
			}
			return ch === '{' ? { kind: 'object', entries } : { kind: 'array', items };
		}
		if (ch === '"') return { kind: 'string', value: str() };
		for (const [word, v] of [
			['true', true],
			['false', false],
			['null', null],
		] as const) {
			if (text.startsWith(word, i)) {
				i += word.length;
				return { kind: 'literal', value: v };
			}
		}
		const m = /-?\d+(\.\d+)?([eE][+-]?\d+)?/y;
		m.lastIndex = i;
		const literal = (m.exec(text) as RegExpExecArray)[0];
		i += literal.length;
		return { kind: 'number', text: literal };
	};
	return value();
}

function scalarText(v: RawValue): string {
	if (v.kind === 'string') return v.value;
	if (v.kind === 'number') return v.text;
	if (v.kind === 'literal') return v.value === true ? '1' : '';
	return 'Array'; // PHP's implode of a nested array
}

function valueText(v: RawValue): string {
	if (v.kind === 'object')
		return `${v.entries.map(([k]) => k).join(',')},${v.entries.map(([, x]) => scalarText(x)).join(',')}`;
	if (v.kind === 'array')
		return `${v.items.map((_, k) => String(k)).join(',')},${v.items.map(scalarText).join(',')}`;
	return scalarText(v);
}

/** The text that is signed: the object's values in order, without `signature`, joined by "|". */
export function canonicalString(answer: RawValue): string {
	if (answer.kind !== 'object') throw new Error('a Whir answer is a JSON object');
	return answer.entries
		.filter(([k]) => k !== 'signature')
		.map(([, v]) => valueText(v))
		.join('|');
}

/** base64 HMAC-SHA256 of the canonical string, as Whir computes it. */
export function computeSignature(answer: RawValue, secretKey: string): string {
	return createHmac('sha256', secretKey).update(canonicalString(answer), 'utf8').digest('base64');
}

export type SignatureCheck =
	{ status: 'valid' } | { status: 'unsigned' } | { status: 'invalid'; reason: string };

/** A member name repeated in the object or in one of its values (JSON.parse keeps only the last). */
function repeatedName(answer: { entries: Array<[string, RawValue]> }): string | undefined {
	const lists = [
		answer.entries,
		...answer.entries.map(([, v]) => (v.kind === 'object' ? v.entries : [])),
	];
	for (const entries of lists) {
		const seen = new Set<string>();
		for (const [k] of entries) {
			if (seen.has(k)) return k;
			seen.add(k);
		}
	}
	return undefined;
}

/** Checks the `signature` of one answer object (a whole answer, or one transaction of a list). */
export function checkSignature(answer: RawValue, secretKey: string): SignatureCheck {
	if (answer.kind !== 'object')
		return { status: 'invalid', reason: 'the answer is not a JSON object' };
	const repeated = repeatedName(answer);
	// What was verified must be what is output: a repeated name could show one value and sign another.
	if (repeated !== undefined)
		return { status: 'invalid', reason: `the answer repeats the field "${repeated}"` };
	const signature = answer.entries.find(([k]) => k === 'signature')?.[1];
	if (signature === undefined) return { status: 'unsigned' };
	if (signature.kind !== 'string')
		return { status: 'invalid', reason: 'its signature is not a text' };
	const expected = Buffer.from(computeSignature(answer, secretKey), 'utf8');
	const given = Buffer.from(signature.value, 'utf8');
	if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
		return { status: 'invalid', reason: 'its signature does not match its contents' };
	}
	return { status: 'valid' };
}

/** The raw value of a member of an object (undefined when absent or not an object). */
export function member(value: RawValue, name: string): RawValue | undefined {
	return value.kind === 'object' ? value.entries.find(([k]) => k === name)?.[1] : undefined;
}
