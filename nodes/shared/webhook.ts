import { createHmac, timingSafeEqual } from 'crypto';
import type { IHookFunctions, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

/**
 * The request body exactly as received. n8n fills req.rawBody for JSON, text, form and XML bodies;
 * for other content types it offers req.readRawBody(). Never re-serialize a parsed body to verify it.
 */
export async function getRawBody(this: IWebhookFunctions): Promise<Buffer> {
	const req = this.getRequestObject() as unknown as {
		rawBody?: Buffer;
		readRawBody?: () => Promise<void>;
	};
	if (!Buffer.isBuffer(req.rawBody) && typeof req.readRawBody === 'function') {
		await req.readRawBody();
	}
	return Buffer.isBuffer(req.rawBody) ? req.rawBody : Buffer.alloc(0);
}

/** Constant-time string comparison (different lengths are unequal; only the length can leak). */
export function safeEqual(a: string, b: string): boolean {
	const ba = Buffer.from(a, 'utf8');
	const bb = Buffer.from(b, 'utf8');
	if (ba.length !== bb.length) return false;
	return timingSafeEqual(ba, bb);
}

export function hmacHex(algorithm: 'sha256' | 'sha512', key: string | Buffer, data: string | Buffer): string {
	return createHmac(algorithm, key).update(data).digest('hex');
}

/** Verifies a hex HMAC signature over raw bytes in constant time (case-insensitive hex). */
export function verifyHmacHex(
	algorithm: 'sha256' | 'sha512',
	key: string,
	raw: Buffer | string,
	signature: string | undefined,
): boolean {
	if (!key || !signature || typeof signature !== 'string') return false;
	const expected = hmacHex(algorithm, key, raw);
	return safeEqual(expected, signature.trim().toLowerCase());
}

/** A request header by name, whatever its case; the first value if repeated. */
export function getHeader(this: IWebhookFunctions, name: string): string | undefined {
	const headers = this.getHeaderData() as Record<string, string | string[] | undefined>;
	const key = Object.keys(headers).find((k) => k.toLowerCase() === name.toLowerCase());
	if (!key) return undefined;
	const v = headers[key];
	return Array.isArray(v) ? v[0] : v;
}

function normalizeIp(ip: string): string {
	const t = ip.trim();
	return t.startsWith('::ffff:') && t.includes('.') ? t.slice(7) : t;
}

function ipv4ToInt(ip: string): number | undefined {
	const parts = ip.split('.');
	if (parts.length !== 4) return undefined;
	let n = 0;
	for (const p of parts) {
		if (!/^\d{1,3}$/.test(p) || Number(p) > 255) return undefined;
		n = n * 256 + Number(p);
	}
	return n;
}

/** Parses an allowlist ("1.2.3.4, 10.0.0.0/8, ::1"). Throws on an invalid entry. Empty = allow all. */
export function parseIpAllowlist(text: string): string[] {
	const entries = String(text ?? '')
		.split(/[\s,;]+/)
		.map((s) => s.trim())
		.filter(Boolean);
	for (const e of entries) {
		const [addr, bits] = e.split('/');
		const v4 = ipv4ToInt(addr) !== undefined;
		const v6 = !v4 && /^[0-9a-fA-F:]+$/.test(addr) && addr.includes(':');
		if (!v4 && !v6) throw new Error(`"${e}" is not an IP address or IPv4 range`);
		if (bits !== undefined && (!v4 || !/^\d{1,2}$/.test(bits) || Number(bits) > 32)) {
			throw new Error(`"${e}" is not a valid IPv4 range (use a.b.c.d/0-32)`);
		}
	}
	return entries;
}

export function ipAllowed(ip: string | undefined, allowlist: string[]): boolean {
	if (allowlist.length === 0) return true;
	if (!ip) return false;
	const addr = normalizeIp(ip);
	const a4 = ipv4ToInt(addr);
	return allowlist.some((entry) => {
		const [base, bits] = entry.split('/');
		if (bits === undefined) return normalizeIp(base).toLowerCase() === addr.toLowerCase();
		const b4 = ipv4ToInt(base);
		if (a4 === undefined || b4 === undefined) return false;
		const n = Number(bits);
		const mask = n === 0 ? 0 : (0xffffffff << (32 - n)) >>> 0;
		return ((a4 & mask) >>> 0) === ((b4 & mask) >>> 0);
	});
}

/** The caller's IP as n8n computes it (Express req.ip, which honours n8n's proxy-hops setting). */
export function requestIp(this: IWebhookFunctions): string | undefined {
	const req = this.getRequestObject() as unknown as { ip?: string; socket?: { remoteAddress?: string } };
	return req.ip ?? req.socket?.remoteAddress;
}

/**
 * Answers a rejected webhook call and starts no execution. The answer says nothing about which
 * check failed.
 */
export function rejectWebhook(this: IWebhookFunctions, status: 401 | 403 = 401): IWebhookResponseData {
	const res = this.getResponseObject();
	res.status(status).send(status === 403 ? 'Forbidden' : 'Unauthorized');
	return { noWebhookResponse: true };
}

/** Answers an accepted webhook call at once and hands the data to the workflow. */
export function acceptWebhook(this: IWebhookFunctions, data: object | object[], body = 'OK'): IWebhookResponseData {
	const res = this.getResponseObject();
	res.status(200).send(body);
	const items = (Array.isArray(data) ? data : [data]).map((json) => ({ json: json as never }));
	return { noWebhookResponse: true, workflowData: [items] };
}

/**
 * The source-IP gate of a trigger, from its "allowedIps" parameter: undefined when the caller may
 * go on, else the 403 answer (an allowlist that does not parse fails closed).
 */
export function checkSourceIp(this: IWebhookFunctions, parameter = 'allowedIps'): IWebhookResponseData | undefined {
	let allowlist: string[];
	try {
		allowlist = parseIpAllowlist(this.getNodeParameter(parameter, '') as string);
	} catch {
		return rejectWebhook.call(this, 403);
	}
	return ipAllowed(requestIp.call(this), allowlist) ? undefined : rejectWebhook.call(this, 403);
}

/** At activation: refuse an allowlist that does not parse, naming the bad entry. */
export function assertAllowlistValid(this: IHookFunctions, parameter = 'allowedIps'): void {
	try {
		parseIpAllowlist(this.getNodeParameter(parameter, '') as string);
	} catch (error) {
		throw new NodeOperationError(this.getNode(), `Allowed IPs: ${(error as Error).message}`);
	}
}

/** An authentic delivery the user's filters leave out: acknowledged with 200, no execution. */
export function ignoreWebhook(this: IWebhookFunctions): IWebhookResponseData {
	this.getResponseObject().status(200).send('OK');
	return { noWebhookResponse: true };
}
