/** Shared setup of the Address.so tests: the sandbox, node setups for the harness, addresses. */
import type { IDataObject, INodeExecutionData } from 'n8n-workflow';
import { AddressSoApi } from '../../credentials/AddressSoApi.credentials';
import { AddressSo } from '../../nodes/AddressSo/AddressSo.node';
import type { NodeSetup } from '../helpers/harness';
import { runNode } from '../helpers/harness';
import type { ProviderSandbox, SandboxRequest as BaseRequest } from '../helpers/sandbox';
import { startProviderSandbox } from '../helpers/sandbox';

export interface SandboxRequest extends BaseRequest {
	signature?: { scheme: string | null; form?: string };
}

export interface AddressSoSandbox extends ProviderSandbox {
	requests: SandboxRequest[];
	credentials: IDataObject;
	settings: IDataObject;
	snapshot(): IDataObject & { sessions: IDataObject[]; sends: IDataObject[] };
	advanceClock(o: IDataObject): IDataObject;
	setSchemes(schemes: string[]): IDataObject;
	setSettings(o: IDataObject): IDataObject;
	setTariff(o: IDataObject): IDataObject;
	secretTokenLink(email?: string): { token: string; link: string };
	deposit(o: IDataObject): Promise<IDataObject>;
	setBalance(o: IDataObject): IDataObject;
	makeAddress(coin: string, seed: string): string;
}

export async function startSandbox(opts: IDataObject = {}): Promise<AddressSoSandbox> {
	return await startProviderSandbox<AddressSoSandbox>('address-so', opts);
}

export const NODE_TYPE = 'n8n-nodes-crypto-payments.addressSo';

/** Valid mainnet addresses that are not the sandbox's own. */
export const BTC = '1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2';
export const ETH = '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed';
export const XRP = 'rHb9CJAWyB4rj91VRWn96DkukG4bwdtyTh';

/** A resource locator value by ID. */
export const byId = (value: string | number) => ({ __rl: true, mode: 'id', value });

/** Parameters naming seeded wallet 5 (btc) and its account 11. */
export const WALLET_5 = { coin: 'btc', wallet: byId('5') };
export const ACCOUNT_11 = { ...WALLET_5, account: byId('11') };

export function nodeSetup(
	sb: AddressSoSandbox,
	parameters: IDataObject,
	extra: Partial<NodeSetup> = {},
	credentials: IDataObject = {},
): NodeSetup {
	return {
		nodeType: new AddressSo(),
		type: NODE_TYPE,
		parameters,
		credentialType: new AddressSoApi(),
		credentials: { signingScheme: 'sdk2020', ...sb.credentials, ...credentials } as never,
		...extra,
	};
}

/** Runs one operation; its first output's items' JSON. */
export async function run(
	sb: AddressSoSandbox,
	parameters: IDataObject,
	input: IDataObject[] = [{}],
	extra: Partial<NodeSetup> = {},
	credentials: IDataObject = {},
): Promise<IDataObject[]> {
	const out = await runNode(nodeSetup(sb, parameters, extra, credentials), input);
	return out[0].map((o: INodeExecutionData) => o.json);
}

/** The error a run throws (undefined when it succeeds). */
export async function runError(
	sb: AddressSoSandbox,
	parameters: IDataObject,
	credentials: IDataObject = {},
): Promise<Error & { description?: string; context: IDataObject }> {
	return (await run(sb, parameters, [{}], {}, credentials).then(
		() => undefined,
		(e) => e,
	)) as Error & { description?: string; context: IDataObject };
}

/** Requests the sandbox received on one path (and method). */
export function hits(sb: AddressSoSandbox, path: string | RegExp, method?: string) {
	return sb.requests.filter(
		(r) =>
			(typeof path === 'string' ? r.path === path : path.test(r.path)) &&
			(!method || r.method === method),
	);
}

/** Every text an error or output shows, for secret checks. */
export function allText(value: unknown): string {
	const e = value as { message?: string; description?: string; context?: unknown };
	return [
		e?.message,
		e?.description,
		JSON.stringify(e?.context ?? null),
		JSON.stringify(value),
	].join('\n');
}
