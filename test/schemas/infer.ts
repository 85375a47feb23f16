/**
 * Output schemas as n8n's own nodes ship them (nodes/<Node>/__schema__/v1.0.0/<resource>/<operation>.json):
 * JSON Schema inferred from what an operation returned — root {"type":"object","properties":{…}},
 * `items` for arrays, a list of types where items differ (["string","null"]), no `required`.
 */
export interface Schema {
	type: string | string[];
	properties?: Record<string, Schema>;
	items?: Schema;
}

const ORDER = ['object', 'array', 'string', 'number', 'integer', 'boolean', 'null'];

function typeOf(value: unknown): string {
	if (value === null || value === undefined) return 'null';
	if (Array.isArray(value)) return 'array';
	if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
	return typeof value; // string, boolean, object
}

function types(schema: Schema): string[] {
	return Array.isArray(schema.type) ? schema.type : [schema.type];
}

/** The schema of one value. */
export function schemaOf(value: unknown): Schema {
	const type = typeOf(value);
	if (type === 'object') {
		const properties: Record<string, Schema> = {};
		for (const key of Object.keys(value as object).sort())
			properties[key] = schemaOf((value as Record<string, unknown>)[key]);
		return { type, properties };
	}
	if (type === 'array') {
		const items = (value as unknown[]).map(schemaOf);
		return items.length ? { type, items: items.reduce(merge) } : { type };
	}
	return { type };
}

/** One schema that fits what either fits (types joined, object properties and array items merged). */
export function merge(a: Schema, b: Schema): Schema {
	let joined = [...new Set([...types(a), ...types(b)])];
	if (joined.includes('number')) joined = joined.filter((t) => t !== 'integer');
	joined.sort((x, y) => ORDER.indexOf(x) - ORDER.indexOf(y));
	const out: Schema = { type: joined.length === 1 ? joined[0] : joined };
	if (a.properties || b.properties) {
		const properties: Record<string, Schema> = {};
		const keys = [
			...new Set([...Object.keys(a.properties ?? {}), ...Object.keys(b.properties ?? {})]),
		].sort();
		for (const key of keys) {
			const [x, y] = [a.properties?.[key], b.properties?.[key]];
			properties[key] = x && y ? merge(x, y) : ((x ?? y) as Schema);
		}
		out.properties = properties;
	}
	if (a.items || b.items)
		out.items = a.items && b.items ? merge(a.items, b.items) : ((a.items ?? b.items) as Schema);
	return out;
}

/** The schema of an operation's output items (their `json`), merged over all items. */
export function schemaOfItems(items: unknown[]): Schema {
	if (!items.length) return { type: 'object', properties: {} };
	return items.map(schemaOf).reduce(merge);
}

/** Property paths (a.b, list[].c) whose name says money but whose type is not text. */
export function moneyNotText(schema: Schema, at = ''): string[] {
	const out: string[] = [];
	for (const [key, sub] of Object.entries(schema.properties ?? {})) {
		const where = at ? `${at}.${key}` : key;
		const numeric = types(sub).some((t) => t === 'number' || t === 'integer');
		if (numeric && MONEY_NAME.test(key) && !FLAG_NAME.test(key)) out.push(where);
		out.push(...moneyNotText(sub, where));
		if (sub.items) out.push(...moneyNotText(sub.items, `${where}[]`));
	}
	return out;
}

/** Names that hold an amount of money (not counts, ids or timestamps). */
const MONEY_NAME = /(amount|price|fee|balance|total|sum|rate)s?$|^(value|usd|eur)$/i;
/** Switches named after money ("apply_fee": 0 or 1). */
const FLAG_NAME = /^(apply|is|has|include|with)_/i;
