import type { IHookFunctions, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { rejectWebhook } from './answers';

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
		return (a4 & mask) >>> 0 === (b4 & mask) >>> 0;
	});
}

/** The caller's IP as n8n computes it (Express req.ip, which honours n8n's proxy-hops setting). */
export function requestIp(this: IWebhookFunctions): string | undefined {
	const req = this.getRequestObject() as unknown as {
		ip?: string;
		socket?: { remoteAddress?: string };
	};
	return req.ip ?? req.socket?.remoteAddress;
}

/**
 * The source-IP gate of a trigger, from its "allowedIps" parameter: undefined when the caller may
 * go on, else the 403 answer (an allowlist that does not parse fails closed).
 */
export function checkSourceIp(
	this: IWebhookFunctions,
	parameter = 'allowedIps',
): IWebhookResponseData | undefined {
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
