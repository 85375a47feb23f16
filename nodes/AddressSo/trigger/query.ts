/**
 * An Address.so callback's query string, read from the raw bytes as received: every pair keeps its
 * raw text (for the signature) next to its decoded name and value. Anything ambiguous is refused
 * here, before any signature is computed: an empty pair, a pair without "=", bad percent-encoding,
 * a name given twice, a `sign` that is missing, given twice or not the last pair.
 */

/** The longest query string a callback may have (a real one is well under 1 KB). */
export const MAX_QUERY_BYTES = 8192;

/** The name of the signature parameter. */
export const SIGN = 'sign';

export interface QueryPair {
	/** The pair's name and value exactly as received (still percent-encoded). */
	rawName: string;
	rawValue: string;
	/** The decoded name ("account[id]") and value ("+" is a space, as PHP decodes; UTF-8). */
	name: string;
	value: string;
}

export interface CallbackQuery {
	/** The data pairs in the order received (without `sign`). */
	pairs: QueryPair[];
	/** The signature as received (hex). */
	sign: string;
	/** The raw query string without its final `&sign=…` pair: canonical form A. */
	signedPart: string;
}

export type QueryRefusal = 401 | 413;

const HEX = /^[0-9a-fA-F]{64}$|^[0-9a-fA-F]{128}$/;
/** A flat name ("coin") or one level of PHP brackets ("account[id]"). */
const NAME = /^[A-Za-z0-9_]{1,64}(\[[A-Za-z0-9_]{1,64}\])?$/;

/** Percent-decodes as PHP's urldecode does ("+" is a space); undefined for a malformed escape. */
export function urlDecode(raw: string): Buffer | undefined {
	const bytes: number[] = [];
	for (let i = 0; i < raw.length; i++) {
		const ch = raw[i];
		if (ch === '+') bytes.push(0x20);
		else if (ch === '%') {
			const hex = raw.slice(i + 1, i + 3);
			if (!/^[0-9a-fA-F]{2}$/.test(hex)) return undefined;
			bytes.push(parseInt(hex, 16));
			i += 2;
		} else {
			const code = ch.charCodeAt(0);
			// A request line is ASCII; anything else was not sent by an HTTP client as such.
			if (code < 0x21 || code > 0x7e) return undefined;
			bytes.push(code);
		}
	}
	return Buffer.from(bytes);
}

/** Bytes as UTF-8 text; undefined when they are not valid UTF-8 (or not there). */
function utf8(bytes: Buffer | undefined): string | undefined {
	if (!bytes) return undefined;
	const text = bytes.toString('utf8');
	return Buffer.from(text, 'utf8').equals(bytes) ? text : undefined;
}

/** Reads the raw query string of a callback, or the status to refuse it with. */
export function readCallbackQuery(raw: string): CallbackQuery | QueryRefusal {
	if (Buffer.byteLength(raw, 'utf8') > MAX_QUERY_BYTES) return 413;
	if (!raw) return 401;
	const parts = raw.split('&');
	const pairs: QueryPair[] = [];
	const seen = new Set<string>();
	let sign: string | undefined;
	for (let i = 0; i < parts.length; i++) {
		const part = parts[i];
		const eq = part.indexOf('=');
		if (eq <= 0) return 401; // empty pair, or a name without "="
		const rawName = part.slice(0, eq);
		const rawValue = part.slice(eq + 1);
		const name = utf8(urlDecode(rawName));
		const value = utf8(urlDecode(rawValue));
		if (name === undefined || value === undefined) return 401;
		if (!NAME.test(name) || seen.has(name)) return 401;
		seen.add(name);
		if (name === SIGN) {
			// the signature must be the last pair, and its value plain hex
			if (i !== parts.length - 1 || !HEX.test(rawValue)) return 401;
			sign = rawValue;
			continue;
		}
		pairs.push({ rawName, rawValue, name, value });
	}
	if (sign === undefined || pairs.length === 0) return 401;
	const signedPart = raw.slice(0, raw.length - parts[parts.length - 1].length - 1);
	return { pairs, sign, signedPart };
}
