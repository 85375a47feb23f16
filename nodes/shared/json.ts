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
	if (Array.isArray(value)) return '[' + value.map((v) => (v === undefined ? 'null' : serializeJson(v))).join(',') + ']';
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
