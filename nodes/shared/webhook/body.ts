import type { IDataObject, IWebhookFunctions } from 'n8n-workflow';

/** The largest webhook body a trigger reads (payment notifications are a few hundred bytes). */
export const MAX_WEBHOOK_BODY_BYTES = 1024 * 1024;

export type RawBody =
	{ ok: true; raw: Buffer; contentType: string } | { ok: false; status: 401 | 413 | 415 };

interface WebhookRequest {
	rawBody?: unknown;
	readRawBody?: () => Promise<void>;
	headers?: Record<string, string | string[] | undefined>;
	body?: unknown;
	originalUrl?: string;
	url?: string;
}

function request(ctx: IWebhookFunctions): WebhookRequest {
	return ctx.getRequestObject() as unknown as WebhookRequest;
}

/** The request's media type, lower case, without parameters ("application/json"). */
export function contentType(ctx: IWebhookFunctions): string {
	const value = request(ctx).headers?.['content-type'];
	return String(Array.isArray(value) ? value[0] : (value ?? ''))
		.split(';')[0]
		.trim()
		.toLowerCase();
}

/**
 * The request body exactly as received, never a re-serialized parsed body. n8n fills req.rawBody
 * for JSON, text, form and XML bodies, and offers req.readRawBody() for others. Refusals instead
 * of exceptions: a multipart body (n8n has already consumed its stream) is 415, an oversized one
 * 413, an unreadable stream 401.
 */
export async function readRawBody(ctx: IWebhookFunctions): Promise<RawBody> {
	const type = contentType(ctx);
	if (type.startsWith('multipart/')) return { ok: false, status: 415 };
	const req = request(ctx);
	try {
		if (!Buffer.isBuffer(req.rawBody) && typeof req.readRawBody === 'function')
			await req.readRawBody();
	} catch {
		return { ok: false, status: 401 };
	}
	const raw = Buffer.isBuffer(req.rawBody) ? req.rawBody : Buffer.alloc(0);
	if (raw.length > MAX_WEBHOOK_BODY_BYTES) return { ok: false, status: 413 };
	return { ok: true, raw, contentType: type };
}

/** A plain object with no prototype: keys like "__proto__" or "toString" are only data. */
function bare(): IDataObject {
	return Object.create(null) as IDataObject;
}

/** A JSON object body, or undefined (not JSON, not an object). Keys land in a prototype-free object. */
export function parseJsonObject(
	raw: Buffer,
	parse: (text: string) => unknown = JSON.parse,
): IDataObject | undefined {
	const text = raw.toString('utf8').replace(/^\uFEFF/, '');
	if (!text.trim().startsWith('{')) return undefined;
	try {
		const parsed = parse(text);
		if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return undefined;
		return Object.assign(bare(), parsed as IDataObject);
	} catch {
		return undefined;
	}
}

/**
 * A form-urlencoded body as text fields, or undefined when it is ambiguous: a key given twice
 * (which value would count?) or no field at all.
 */
export function parseFormFields(text: string): IDataObject | undefined {
	const out = bare();
	let count = 0;
	for (const [key, value] of new URLSearchParams(text)) {
		if (Object.prototype.hasOwnProperty.call(out, key)) return undefined;
		out[key] = value;
		count++;
	}
	return count ? out : undefined;
}

/** The text of a field that must be a string or an exact integer; undefined for anything else. */
export function textField(data: IDataObject, key: string): string | undefined {
	if (!Object.prototype.hasOwnProperty.call(data, key)) return undefined;
	const v = data[key];
	if (typeof v === 'string') return v;
	if (typeof v === 'number' && Number.isSafeInteger(v)) return String(v);
	return undefined;
}

/** The query string exactly as received (after "?"), for signatures over GET callbacks. */
export function rawQueryString(ctx: IWebhookFunctions): string {
	const req = request(ctx);
	const url = String(req.originalUrl ?? req.url ?? '');
	const q = url.indexOf('?');
	return q === -1 ? '' : url.slice(q + 1).split('#')[0];
}

/** A raw query string without one parameter (e.g. the signature itself), other bytes untouched. */
export function withoutQueryParam(rawQuery: string, name: string): string {
	return rawQuery
		.split('&')
		.filter((pair) => {
			const key = pair.split('=')[0];
			let decoded = key;
			try {
				decoded = decodeURIComponent(key.replace(/\+/g, ' '));
			} catch {
				// keep the raw key
			}
			return decoded !== name;
		})
		.join('&');
}

/** A request header by name, whatever its case; the first value if repeated. */
export function header(ctx: IWebhookFunctions, name: string): string | undefined {
	const headers = ctx.getHeaderData() as Record<string, string | string[] | undefined>;
	const key = Object.keys(headers).find((k) => k.toLowerCase() === name.toLowerCase());
	if (!key) return undefined;
	const v = headers[key];
	return Array.isArray(v) ? v[0] : v;
}
