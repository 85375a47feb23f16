/**
 * Shared by the Wyre Trigger tests: the sandbox, a trigger under test (its static data kept across
 * activation, deliveries and deactivation, as n8n keeps it) and the sandbox's recorded deliveries.
 */
import type { ICredentialDataDecryptedObject, IDataObject } from 'n8n-workflow';
import { WyreApi } from '../../credentials/WyreApi.credentials';
import { WyreTrigger } from '../../nodes/Wyre/WyreTrigger.node';
import type { FakeRequest, NodeSetup, WebhookResult } from '../helpers/harness';
import { runHook, runWebhook } from '../helpers/harness';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const wyre = require('../../sandbox/wyre');

export interface Delivery {
	url: string;
	body: string;
	headers: Record<string, string>;
	status: number | null;
	error: string | null;
}

export interface WyreSandbox {
	url: string;
	credentials: { apiKey: string; secretKey: string; baseUrl: string };
	requests: Array<{ method: string; path: string; url: string; body: string }>;
	webhooks: Delivery[];
	faults: IDataObject[];
	store: {
		wallets: Map<string, IDataObject>;
		subscriptions: Map<string, IDataObject>;
		transfers: Map<string, IDataObject>;
		orderWebhooks: IDataObject[];
	};
	close(): Promise<void>;
	reset(): void;
	deposit(o: IDataObject): Promise<{
		transfer: IDataObject;
		walletTransactions: IDataObject[];
		deliveries: Delivery[];
	}>;
	setTransferStatus(id: string, status: string, o?: IDataObject): Promise<IDataObject>;
	sendCallback(o: IDataObject): Promise<{ deliveries: Delivery[] }>;
	fireSubscription(id: string, o?: IDataObject): Promise<{ deliveries: Delivery[] }>;
	configure(o: IDataObject): Promise<IDataObject>;
}

export const TRIGGER_TYPE = 'n8n-nodes-crypto-payments.wyreTrigger';
export const WALLET = 'WA_SANDBOX0001';
export const OTHER_WALLET = 'WA_SANDBOX0002';
export const ACCOUNT = 'AC_SANDBOX0001';
export const SUB_ACCOUNT = 'AC_SANDBOX0002';

export async function startSandbox(): Promise<WyreSandbox> {
	return (await wyre.start({})) as WyreSandbox;
}

export function credentialsOf(sb: WyreSandbox, extra: IDataObject = {}): IDataObject {
	return {
		apiKey: sb.credentials.apiKey,
		secretKey: sb.credentials.secretKey,
		environment: 'custom',
		baseUrl: sb.url,
		authMode: 'signed',
		webhookSecret: '',
		...extra,
	};
}

export const walletLocator = (id: string) => ({ __rl: true, mode: 'id', value: id });

/**
 * One Wyre Trigger node: activation hooks and deliveries share its static data (as in n8n, where
 * it is saved with the workflow). `parameters` can be changed between calls.
 */
export class Trigger {
	staticData: IDataObject = {};

	/** The node's typeVersion in the workflow (the harness's default: 1). */
	typeVersion?: number;

	constructor(
		sb: WyreSandbox,
		public parameters: IDataObject,
		public credentials: IDataObject = credentialsOf(sb),
	) {}

	setup(): NodeSetup {
		return {
			nodeType: new WyreTrigger(),
			type: TRIGGER_TYPE,
			typeVersion: this.typeVersion,
			parameters: {
				events: 'walletTransaction',
				registration: 'automatic',
				walletId: walletLocator(WALLET),
				...this.parameters,
			},
			credentialType: new WyreApi(),
			credentials: { ...this.credentials } as ICredentialDataDecryptedObject,
			staticData: this.staticData,
		};
	}

	hook(method: 'checkExists' | 'create' | 'delete'): Promise<boolean> {
		return runHook(this.setup(), method);
	}

	/** n8n's activation: create when checkExists says the registration is not there. */
	async activate(): Promise<void> {
		if (!(await this.hook('checkExists'))) await this.hook('create');
	}

	deliver(request: FakeRequest): Promise<WebhookResult> {
		return runWebhook(this.setup(), request);
	}

	/** Replays what the sandbox sent (its exact bytes and headers). */
	replay(delivery: Delivery, change: Partial<FakeRequest> = {}): Promise<WebhookResult> {
		return this.deliver({ rawBody: delivery.body, headers: { ...delivery.headers }, ...change });
	}

	/** The node's static data (n8n keeps it under "node:<name>"). */
	get data(): IDataObject {
		return (this.staticData['node:Node Under Test'] ?? {}) as IDataObject;
	}
}

/** The trigger's URL as the harness's n8n gives it. */
export function webhookUrlOf(trigger: Trigger): string {
	return String(trigger.data.webhookUrl);
}

/** Deliveries the sandbox made to one URL, in order. */
export function sentTo(deliveries: Delivery[], url: string): Delivery[] {
	return deliveries.filter((d) => d.url === url);
}

export function json(delivery: Delivery): IDataObject {
	return JSON.parse(delivery.body) as IDataObject;
}

/** An accepted delivery: n8n answers 200 "OK" and starts one execution with these items. */
export function expectAccepted(result: WebhookResult): IDataObject {
	expect({ status: result.status, execution: result.startsExecution }).toEqual({
		status: 200,
		execution: true,
	});
	expect(result.items).toHaveLength(1);
	return result.items[0];
}

/** Refused or acknowledged without an execution. */
export function expectNoExecution(result: WebhookResult, status: number): void {
	expect({ status: result.status, execution: result.startsExecution }).toEqual({
		status,
		execution: false,
	});
}

/** A call to the sandbox's Wyre API signed as Wyre's clients sign (timestamp in ms). */
export async function signedCall(
	sb: WyreSandbox & { sign(url: string, body?: string): string; now(): number },
	method: string,
	path: string,
	body?: IDataObject,
): Promise<IDataObject> {
	const url = `${sb.url}${path}${path.includes('?') ? '&' : '?'}timestamp=${sb.now()}`;
	const text = body === undefined ? '' : JSON.stringify(body);
	const res = await fetch(url, {
		method,
		headers: {
			'X-Api-Key': sb.credentials.apiKey,
			'X-Api-Signature': sb.sign(url, text),
			...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
		},
		body: body === undefined ? undefined : text,
	});
	const answer = (await res.json()) as IDataObject;
	if (!res.ok) throw new Error(`${method} ${path} -> ${res.status} ${JSON.stringify(answer)}`);
	return answer;
}

/** A sandbox control call (/_sandbox/...). */
export async function control(sb: WyreSandbox, path: string, body: IDataObject = {}) {
	const res = await fetch(`${sb.url}/_sandbox${path}`, {
		method: 'POST',
		headers: { 'Content-Type': 'application/json' },
		body: JSON.stringify(body),
	});
	const answer = (await res.json()) as IDataObject;
	if (!res.ok) throw new Error(`${path} -> ${res.status} ${JSON.stringify(answer)}`);
	return answer as IDataObject & { deliveries: Delivery[] };
}

/** A paid wallet order (RUNNING_CHECKS) of the account, optionally as a sub-account. */
export async function placeOrder(sb: WyreSandbox, masqueradeAs?: string): Promise<IDataObject> {
	const path = `/v3/orders/reserve${masqueradeAs ? `?masqueradeAs=${masqueradeAs}` : ''}`;
	const { reservation } = await signedCall(sb as never, 'POST', path, {
		sourceCurrency: 'USD',
		destCurrency: 'BTC',
		dest: 'bitcoin:1BoatSLRHtKNngkdXEeobR76b53LETtpyT',
	});
	const { order } = await control(sb, '/orders', { reservation, amount: '50' });
	return order as IDataObject;
}
