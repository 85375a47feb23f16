/** Shared setup of the Wyre tests: the sandbox, the node's setup for the harness, helpers. */
import type {
	IBinaryKeyData,
	ICredentialDataDecryptedObject,
	IDataObject,
	INodeExecutionData,
} from 'n8n-workflow';
import { WyreApi } from '../../credentials/WyreApi.credentials';
import { Wyre } from '../../nodes/Wyre/Wyre.node';
import type { NodeSetup } from '../helpers/harness';
import { runNode } from '../helpers/harness';
import type { ProviderSandbox, SandboxRequest } from '../helpers/sandbox';
import { nodeSetupFor, startProviderSandbox } from '../helpers/sandbox';

export type { SandboxRequest };

export interface WyreSandbox extends ProviderSandbox {
	credentials: ICredentialDataDecryptedObject;
	now(): number;
	sign(fullUrl: string, body?: string | Buffer, secret?: string): string;
	snapshot(): IDataObject;
	deposit(o: IDataObject): Promise<IDataObject>;
	setTransferStatus(id: string, status: string, o?: IDataObject): Promise<IDataObject>;
	setBalance(o: IDataObject): Promise<IDataObject>;
	advanceClock(o: IDataObject): Promise<IDataObject>;
	configure(o: IDataObject): Promise<IDataObject>;
}

export const NODE_TYPE = 'n8n-nodes-crypto-payments.wyre';
export const SECRET = 'wyre_sandbox_secret_key';
export const API_KEY = 'wyre_sandbox_api_key';
export const WALLET = 'WA_SANDBOX0001';
export const WALLET2 = 'WA_SANDBOX0002';
export const ACCOUNT = 'AC_SANDBOX0001';
export const SUB_ACCOUNT = 'AC_SANDBOX0002';
export const PAYMENT_METHOD = 'PA_SANDBOX0001';
export const BTC_ADDRESS = 'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq';

/** The sandbox, with credentials as a user enters them (Custom Base URL, Signed). */
export async function startSandbox(opts: IDataObject = {}): Promise<WyreSandbox> {
	const sb = await startProviderSandbox<WyreSandbox>('wyre', opts);
	sb.credentials = { ...sb.credentials, environment: 'custom', authMode: 'signed' };
	return sb;
}

export const nodeSetup = nodeSetupFor<WyreSandbox>(Wyre, NODE_TYPE, WyreApi);

/** Runs the node on input items (json, optionally with binary) and returns its first output. */
export async function run(
	sb: WyreSandbox,
	parameters: IDataObject,
	input: IDataObject[] = [{}],
	extra: Partial<NodeSetup> = {},
	binaries?: Array<IBinaryKeyData | undefined>,
): Promise<INodeExecutionData[]> {
	return (await runNode(nodeSetup(sb, parameters, extra), input, binaries))[0];
}

/** The error a run throws (fails the test when it does not throw). */
export async function runError(
	sb: WyreSandbox,
	parameters: IDataObject,
	input: IDataObject[] = [{}],
	extra: Partial<NodeSetup> = {},
): Promise<Error & { description?: string; context?: IDataObject; httpCode?: string }> {
	try {
		await run(sb, parameters, input, extra);
	} catch (error) {
		return error as Error & { description?: string; context?: IDataObject };
	}
	throw new Error('expected the node to fail');
}

/** API requests (control endpoints left out) the sandbox received since the last reset. */
export function apiRequests(sb: WyreSandbox): SandboxRequest[] {
	return sb.requests.filter((r) => !r.path.startsWith('/_sandbox'));
}

/** A resource locator value. */
export const rl = (value: string, mode = 'id') => ({ __rl: true, mode, value });

/** Runs one operation, expecting success; returns the output json. */
export async function op(
	sb: WyreSandbox,
	resource: string,
	operation: string,
	parameters: IDataObject = {},
	input: IDataObject[] = [{}],
): Promise<IDataObject[]> {
	const out = await run(sb, { resource, operation, ...parameters }, input);
	return out.map((o) => o.json);
}

/** The customer pays a reservation on the sandbox (as on the hosted checkout page). */
export async function payReservation(sb: WyreSandbox, reservation: string): Promise<IDataObject> {
	const res = await fetch(`${sb.url}/_sandbox/orders`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ reservation, email: 'buyer@example.com' }),
	});
	const body = (await res.json()) as IDataObject;
	return (body.order ?? body) as IDataObject;
}
