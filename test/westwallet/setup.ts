import type { IDataObject } from 'n8n-workflow';
import { WestWalletApi } from '../../credentials/WestWalletApi.credentials';
import { WestWallet } from '../../nodes/WestWallet/WestWallet.node';
import { WestWalletTrigger } from '../../nodes/WestWallet/WestWalletTrigger.node';
import type { FakeRequest, NodeSetup } from '../helpers/harness';
import { loadOptions, runHook, runNode, runWebhook } from '../helpers/harness';
import type { ProviderSandbox, SandboxRequest } from '../helpers/sandbox';
import { nodeSetupFor, startProviderSandbox, useSandbox } from '../helpers/sandbox';

export type { SandboxRequest };

export interface WestWalletSandbox extends ProviderSandbox {
	credentials: { publicKey: string; privateKey: string; baseUrl: string };
	webhooks: Array<{
		url: string;
		body: string;
		headers: Record<string, string>;
		status: number | null;
	}>;
	snapshot(): {
		balances: Record<string, string>;
		transactions: IDataObject[];
		addresses: IDataObject[];
		invoices: IDataObject[];
	};
	balance(currency: string): string;
	deposit(input: IDataObject): Promise<{ transaction: IDataObject; delivery: IDataObject | null }>;
	setTransactionStatus(
		id: number,
		status: string,
	): Promise<{ transaction: IDataObject; delivery: IDataObject | null }>;
	sendIpn(id: number, options: IDataObject): Promise<{ delivery: IDataObject }>;
	setBalance(currency: string, amount: string): void;
}

export async function startSandbox(): Promise<WestWalletSandbox> {
	return await startProviderSandbox<WestWalletSandbox>('westwallet');
}

/** The hooks of a test file around the sandbox: everything it recorded is cleared before each test. */
export function useWestWalletSandbox(use: (sb: WestWalletSandbox) => void): void {
	useSandbox(startSandbox, use, (sb) => {
		sb.reset();
		sb.requests.length = 0;
		sb.faults.length = 0;
	});
}

export const NODE_TYPE = 'n8n-nodes-crypto-payments.westWallet';
export const BTC_ADDRESS = '35NjwZg8T4F12ESdEo3rQeYQ8ZiTyDYoTJ';
export const BTC_ADDRESS_2 = '3KJFvx88XUtqUgannLDZFm7XzHXACGLuJL';
export const BTC_ADDRESS_3 = '39iUBiSKuqUtMSSEgimuEkXyrmPP2YnuB5';

export const nodeSetup = nodeSetupFor<WestWalletSandbox>(WestWallet, NODE_TYPE, WestWalletApi);

export async function run(
	sb: WestWalletSandbox,
	parameters: IDataObject,
	input: IDataObject[] = [{}],
	extra: Partial<NodeSetup> = {},
) {
	const out = await runNode(nodeSetup(sb, parameters, extra), input);
	return out[0];
}

export async function runExpectingError(
	sb: WestWalletSandbox,
	parameters: IDataObject,
	extra: Partial<NodeSetup> = {},
) {
	try {
		await run(sb, parameters, [{}], extra);
	} catch (error) {
		return error as Error & { description?: string; httpCode?: string; context?: IDataObject };
	}
	throw new Error('expected the node to fail');
}

export function options(sb: WestWalletSandbox, method: string) {
	return loadOptions(nodeSetup(sb, {}), method);
}

export function triggerSetup(
	sb: WestWalletSandbox | undefined,
	parameters: IDataObject,
): NodeSetup {
	return {
		nodeType: new WestWalletTrigger(),
		type: 'n8n-nodes-crypto-payments.westWalletTrigger',
		parameters: {
			verifyToken: true,
			secretToken: 'test-secret-token-0123456789',
			allowedIps: '5.188.51.47',
			confirmViaApi: true,
			statuses: ['completed'],
			types: ['receive', 'send'],
			...parameters,
		},
		credentialType: new WestWalletApi(),
		credentials: sb ? { ...sb.credentials } : undefined,
	};
}

export function deliverIpn(
	sb: WestWalletSandbox | undefined,
	parameters: IDataObject,
	request: FakeRequest,
) {
	return runWebhook(triggerSetup(sb, parameters), request);
}

export function hook(parameters: IDataObject, method: 'checkExists' | 'create' | 'delete') {
	return runHook(triggerSetup(undefined, parameters), method);
}

/** API requests the sandbox received, without the currency list reads done for validation. */
export function apiCalls(sb: WestWalletSandbox): SandboxRequest[] {
	return sb.requests.filter((r) => r.path !== '/wallet/currencies_data');
}

/** Asserts that nothing in an error or an output contains a secret. */
export function expectNoSecrets(sb: WestWalletSandbox, value: unknown) {
	const text =
		value instanceof Error
			? [
					value.message,
					(value as { description?: string }).description,
					JSON.stringify(value),
					String(value.stack),
				].join('\n')
			: JSON.stringify(value);
	expect(text).not.toContain(sb.credentials.privateKey);
	expect(text).not.toContain(sb.credentials.publicKey);
}
