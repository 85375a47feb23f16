/**
 * What every provider's sandbox gives the tests, and the two things each provider's setup.ts would
 * otherwise write again: starting `sandbox/<name>`, and the harness setup of the action node with
 * the sandbox's credentials. A provider's setup.ts adds its own sandbox controls and constants.
 */
import type { ICredentialType, IDataObject, INodeType } from 'n8n-workflow';
import type { NodeSetup } from './harness';

/** One request as the sandbox recorded it (the exact bytes of the body). */
export interface SandboxRequest {
	method: string;
	path: string;
	url: string;
	query: Record<string, string>;
	headers: Record<string, string>;
	body: string;
}

export interface ProviderSandbox {
	url: string;
	requests: SandboxRequest[];
	faults: IDataObject[];
	reset(): void;
	close(): Promise<void>;
}

/** Starts the sandbox of `sandbox/<name>` (a free port; `opts` as its start() takes them). */
export async function startProviderSandbox<S extends ProviderSandbox>(
	name: string,
	opts: IDataObject = {},
): Promise<S> {
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	const sandboxModule = require(`../../sandbox/${name}`) as { start(o: IDataObject): Promise<S> };
	return await sandboxModule.start(opts);
}

/**
 * The harness setup of a provider's action node against its sandbox: a new node and credential
 * type each time, the sandbox's credentials (copied), the parameters, then `extra` over them.
 */
export function nodeSetupFor<S extends { credentials: object }>(
	nodeType: new () => INodeType,
	type: string,
	credentialType: new () => ICredentialType,
) {
	return (sb: S, parameters: IDataObject, extra: Partial<NodeSetup> = {}): NodeSetup => ({
		nodeType: new nodeType(),
		type,
		parameters,
		credentialType: new credentialType(),
		credentials: { ...sb.credentials } as NodeSetup['credentials'],
		...extra,
	});
}

/**
 * The hooks of a test file around one sandbox: started before the file's tests (`use` receives it;
 * the file keeps it in its own variable), closed after them, and `reset` before each test.
 */
export function useSandbox<S extends ProviderSandbox>(
	start: () => Promise<S>,
	use: (sb: S) => void,
	reset: (sb: S) => void = (sb) => sb.reset(),
): void {
	let current: S | undefined;
	beforeAll(async () => {
		current = await start();
		use(current);
	});
	afterAll(async () => {
		await current?.close();
	});
	beforeEach(() => {
		if (current) reset(current);
	});
}
