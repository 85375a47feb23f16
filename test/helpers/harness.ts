/**
 * Runs our nodes through n8n's own execution code (n8n-core's ExecuteContext, WebhookContext,
 * LoadOptionsContext and HookContext) with our real credential classes: every HTTP request goes
 * through n8n-core's httpRequestWithAuthentication, which calls the credential's authenticate()
 * exactly as n8n's CredentialsHelper does, and then over real HTTP to the local sandbox. The
 * context pieces are in n8n-context.ts, activation and webhook deliveries in webhook-harness.ts.
 */
import { ExecuteContext, LoadOptionsContext, PollContext } from 'n8n-core';
import type {
	IBinaryKeyData,
	IDataObject,
	INodeExecutionData,
	INodePropertyOptions,
} from 'n8n-workflow';
import type { NodeSetup } from './n8n-context';
import { emptyRunData, makeAdditionalData, makeNode, makeWorkflow } from './n8n-context';

export type { NodeSetup } from './n8n-context';
export { authenticatedRequests } from './n8n-context';
export type { FakeRequest, WebhookResult } from './webhook-harness';
export { runHook, runWebhook } from './webhook-harness';

/** Runs the node's execute() for the given input items; returns its output or throws its error. */
export async function runNode(
	setup: NodeSetup,
	input: IDataObject[] = [{}],
	binaries?: Array<IBinaryKeyData | undefined>,
): Promise<INodeExecutionData[][]> {
	const node = makeNode(setup);
	const workflow = makeWorkflow(setup, node);
	const items: INodeExecutionData[] = input.map((json, i) =>
		binaries?.[i] ? { json, binary: binaries[i] } : { json },
	);
	const ctx = new ExecuteContext(
		workflow,
		node,
		makeAdditionalData(setup),
		'manual',
		emptyRunData(),
		0,
		items,
		{ main: [items] },
		{ node, data: { main: [items] }, source: { main: [{ previousNode: 'Start' }] } },
		[],
		setup.abortSignal,
	);
	const output = (await setup.nodeType.execute!.call(ctx)) as INodeExecutionData[][];
	// As n8n's WorkflowExecute.normalizeNodeErrors: an item carrying `error` keeps only its message.
	for (const items of output ?? [])
		for (const item of items)
			if (item.error !== undefined) item.json = { error: item.error.message };
	return output;
}

/** Runs a loadOptions method of the node. */
export async function loadOptions(
	setup: NodeSetup,
	method: string,
): Promise<INodePropertyOptions[]> {
	const node = makeNode(setup);
	const workflow = makeWorkflow(setup, node);
	const ctx = new LoadOptionsContext(workflow, node, makeAdditionalData(setup), 'parameters');
	const fn = setup.nodeType.methods!.loadOptions![method];
	return await fn.call(ctx);
}

export interface PollResult {
	/** What poll() returned: null (nothing new) or the emitted items' JSON. */
	items: IDataObject[] | null;
}

/**
 * Runs a polling trigger's poll() once in n8n-core's PollContext, as n8n's poll executor does.
 * `staticData` is the node's static data: pass the SAME object again for the next poll (or a JSON
 * copy of it, as after a restart, when n8n reloads it from the database).
 */
export async function runPoll(
	setup: NodeSetup,
	staticData: IDataObject,
	mode: 'trigger' | 'manual' = 'trigger',
): Promise<PollResult> {
	const node = makeNode(setup);
	const workflow = makeWorkflow(setup, node);
	const ctx = new PollContext(
		workflow,
		node,
		makeAdditionalData(setup),
		mode,
		'activate',
		undefined,
		undefined,
		undefined,
		undefined,
		() => staticData,
	);
	const out = await setup.nodeType.poll!.call(ctx);
	return { items: out ? out[0].map((i) => i.json) : null };
}
