/** Shared setup of the WolvPay tests: the sandbox, node setups for the harness, a webhook receiver. */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ICredentialDataDecryptedObject, IDataObject } from 'n8n-workflow';
import { WolvPayApi } from '../../credentials/WolvPayApi.credentials';
import { WolvPay } from '../../nodes/WolvPay/WolvPay.node';
import { WolvPayTrigger } from '../../nodes/WolvPay/WolvPayTrigger.node';
import type { NodeSetup } from '../helpers/harness';
import type { ProviderSandbox, SandboxRequest } from '../helpers/sandbox';
import { nodeSetupFor, startProviderSandbox } from '../helpers/sandbox';
export type { SandboxRequest };

export interface Sandbox extends ProviderSandbox {
	credentials: { apiKey: string; webhookSecret: string; baseUrl: string };
	webhooks: IDataObject[];
	setWebhookUrl(url: string | null): string | null;
	setRateLimit(rl: { limit?: number; windowSeconds?: number }): IDataObject;
	createInvoice(fields: IDataObject): IDataObject & { invoice_id: string };
	bulk(count: number, o?: IDataObject): { count: number; invoice_ids: string[] };
	snapshot(): { invoices: Array<IDataObject & { invoice_id: string }> };
	selectCoin(id: string, coin: string): Promise<IDataObject>;
	confirming(id: string): Promise<IDataObject>;
	pay(id: string, o?: IDataObject): Promise<IDataObject>;
	underpay(id: string, o?: IDataObject): Promise<IDataObject>;
	expire(id: string): Promise<IDataObject>;
	sendWebhook(id: string | null, o?: IDataObject): Promise<{ delivery: IDataObject }>;
	idle(): Promise<void>;
}

export async function startSandbox(opts: IDataObject = {}): Promise<Sandbox> {
	return await startProviderSandbox<Sandbox>('wolvpay', opts);
}

export const NODE_TYPE = 'n8n-nodes-crypto-payments.wolvPay';
export const TRIGGER_TYPE = 'n8n-nodes-crypto-payments.wolvPayTrigger';

export const nodeSetup = nodeSetupFor<Sandbox>(WolvPay, NODE_TYPE, WolvPayApi);

export function triggerSetup(
	credentials: ICredentialDataDecryptedObject,
	parameters: IDataObject = {},
	extra: Partial<NodeSetup> = {},
): NodeSetup {
	return {
		nodeType: new WolvPayTrigger(),
		type: TRIGGER_TYPE,
		parameters,
		credentialType: new WolvPayApi(),
		credentials: { ...credentials },
		...extra,
	};
}

/** API requests the sandbox received (its own log), without the control endpoints. */
export function apiRequests(sb: Sandbox): SandboxRequest[] {
	return sb.requests.filter((r) => r.path.startsWith('/api/'));
}

/** Makes the sandbox answer the next matching request(s) with this status and body. */
export function injectFault(sb: Sandbox, fault: IDataObject): void {
	sb.faults.push({ times: 1, ...fault });
}

export interface Delivery {
	headers: Record<string, string>;
	/** Header names exactly as they arrived on the wire (rawHeaders). */
	rawHeaderNames: string[];
	raw: Buffer;
}

/** A local HTTP endpoint that records webhook deliveries (raw bytes) and answers 200. */
export async function startReceiver(): Promise<{
	url: string;
	deliveries: Delivery[];
	close(): Promise<void>;
}> {
	const deliveries: Delivery[] = [];
	const server = http.createServer((req, res) => {
		const chunks: Buffer[] = [];
		req.on('data', (c: Buffer) => chunks.push(c));
		req.on('end', () => {
			const names = req.rawHeaders.filter((_, k) => k % 2 === 0);
			deliveries.push({
				headers: req.headers as Record<string, string>,
				rawHeaderNames: names,
				raw: Buffer.concat(chunks),
			});
			res.writeHead(200);
			res.end('ok');
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}/hook`,
		deliveries,
		close: () =>
			new Promise<void>((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			}),
	};
}

/** Every string in an error worth checking for leaked secrets. */
export function errorText(error: unknown): string {
	const e = error as IDataObject & {
		message?: string;
		description?: string;
		context?: unknown;
		errorResponse?: unknown;
		messages?: unknown;
	};
	let json = '';
	try {
		json = JSON.stringify(error);
	} catch {
		json = '';
	}
	return [
		e?.message,
		e?.description,
		JSON.stringify(e?.context ?? null),
		JSON.stringify(e?.errorResponse ?? null),
		JSON.stringify(e?.messages ?? null),
		json,
		String(error),
	].join('\n');
}
