/** Shared setup of the Whir tests: the sandbox, node and trigger setups for the harness, addresses. */
import type { IDataObject } from 'n8n-workflow';
import { WhirApi } from '../../credentials/WhirApi.credentials';
import { Whir } from '../../nodes/Whir/Whir.node';
import { WhirTrigger } from '../../nodes/Whir/WhirTrigger.node';
import type { NodeSetup } from '../helpers/harness';
import { runNode, runPoll } from '../helpers/harness';
import type { ProviderSandbox, SandboxRequest } from '../helpers/sandbox';
import { nodeSetupFor, startProviderSandbox } from '../helpers/sandbox';

export type { SandboxRequest };

export interface WhirSandbox extends ProviderSandbox {
	credentials: { apiKey: string; secretKey: string; baseUrl: string };
	snapshot(): { transactions: IDataObject[] };
	deposit(id: string, o?: IDataObject): Promise<IDataObject>;
	confirm(id: string): Promise<IDataObject>;
	complete(id: string, o?: IDataObject): Promise<IDataObject>;
	expire(id: string): Promise<IDataObject>;
	advanceClock(o: IDataObject): IDataObject;
	setBlocked(v: boolean): IDataObject;
	setMaintenance(v: boolean): IDataObject;
	setSignatureMode(mode: 'normal' | 'forged' | 'tamper' | 'omit', o?: IDataObject): IDataObject;
	setPayoutsFormat(format: 'received' | 'object' | 'array'): IDataObject;
	setAcceptTestnet(v: boolean): IDataObject;
	sign(fields: IDataObject, secret?: string): string;
}

export async function startSandbox(opts: IDataObject = {}): Promise<WhirSandbox> {
	return await startProviderSandbox<WhirSandbox>('whir', opts);
}

export const NODE_TYPE = 'n8n-nodes-crypto-payments.whir';
export const TRIGGER_TYPE = 'n8n-nodes-crypto-payments.whirTrigger';

/** Valid mainnet addresses of every kind (P2PKH, P2SH, P2WPKH) and testnet ones from Whir's doc. */
export const BTC = {
	p2pkh: '1BgGZ9tcN4rm9KBzDn7KprQz87SZ26SAMH',
	p2sh: '3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy',
	p2wpkh: 'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq',
	testnet: 'mr9if7VDsVfEZ1qUo2u3trv6rU9eH7Yx4u',
	testnet2: 'mia3h2FdYvR2LbDR1to9u6TC62hiTbDKM9',
};

export const nodeSetup = nodeSetupFor<WhirSandbox>(Whir, NODE_TYPE, WhirApi);

export async function run(
	sb: WhirSandbox,
	parameters: IDataObject,
	input: IDataObject[] = [{}],
	extra: Partial<NodeSetup> = {},
) {
	return (await runNode(nodeSetup(sb, parameters, extra), input))[0];
}

export async function runExpectingError(
	sb: WhirSandbox,
	parameters: IDataObject,
	input: IDataObject[] = [{}],
	extra: Partial<NodeSetup> = {},
) {
	try {
		await run(sb, parameters, input, extra);
	} catch (error) {
		return error as Error & { description?: string; httpCode?: string; context: IDataObject };
	}
	throw new Error('expected the node to fail');
}

/** Parameters of Transaction → Create with the given payout rows. */
export function createParameters(
	rows: Array<[string, string]>,
	extra: IDataObject = {},
): IDataObject {
	return {
		resource: 'transaction',
		operation: 'create',
		payoutSource: 'list',
		payouts: { payout: rows.map(([address, amount]) => ({ address, amount })) },
		delay: 0,
		refCode: '',
		payoutsFormat: 'object',
		options: {},
		...extra,
	};
}

/** Creates a transaction through the node; returns its output JSON. */
export async function createTransaction(
	sb: WhirSandbox,
	rows: Array<[string, string]> = [[BTC.p2wpkh, '0.001']],
	extra: IDataObject = {},
) {
	const [out] = await run(sb, createParameters(rows, extra));
	return out.json;
}

export function triggerSetup(
	sb: WhirSandbox,
	parameters: IDataObject = {},
	credentials?: IDataObject,
): NodeSetup {
	return {
		nodeType: new WhirTrigger(),
		type: TRIGGER_TYPE,
		parameters: {
			events: ['transactionCreated', 'statusChanged'],
			statuses: [],
			options: {},
			...parameters,
		},
		credentialType: new WhirApi(),
		credentials: { ...sb.credentials, ...credentials },
	};
}

/** One poll of the trigger with this static data (the same object between polls of one "process"). */
export function poll(
	sb: WhirSandbox,
	staticData: IDataObject,
	parameters: IDataObject = {},
	mode: 'trigger' | 'manual' = 'trigger',
	credentials?: IDataObject,
) {
	return runPoll(triggerSetup(sb, parameters, credentials), staticData, mode);
}

/** API requests the sandbox received on a path (e.g. '/api/createTransaction'). */
export function hits(sb: WhirSandbox, path: string): SandboxRequest[] {
	return sb.requests.filter((r) => r.path === path);
}

/** Asserts that nothing in an error or an output contains a secret. */
export function expectNoSecrets(sb: WhirSandbox, value: unknown) {
	const text =
		value instanceof Error
			? [
					value.message,
					(value as { description?: string }).description,
					JSON.stringify(value),
					String(value.stack),
				].join('\n')
			: JSON.stringify(value);
	expect(text).not.toContain(sb.credentials.apiKey);
	expect(text).not.toContain(sb.credentials.secretKey);
}

/** Creates a transaction straight at the sandbox API (not through the node); returns its id. */
export async function apiCreate(
	sb: WhirSandbox,
	payouts: IDataObject = { [BTC.p2wpkh]: '0.001' },
	delay = 0,
): Promise<string> {
	const res = await fetch(`${sb.credentials.baseUrl}/createTransaction`, {
		method: 'POST',
		headers: {
			Authorization: `Bearer ${sb.credentials.apiKey}`,
			'Content-Type': 'application/json',
		},
		body: JSON.stringify({ delay, payouts }),
	});
	const body = (await res.json()) as IDataObject;
	if (res.status !== 200)
		throw new Error(`createTransaction -> ${res.status} ${JSON.stringify(body)}`);
	return String(body.id);
}
