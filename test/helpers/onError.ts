/**
 * What n8n does with a node's output for each "On Error" setting, for tests that must see the
 * branches a workflow sees. Mirrors n8n-core's WorkflowExecute: with "Continue (using error
 * output)" (handleNodeErrorOutput) an item whose json has only `error`, `message` and `details`,
 * or that carries `error`, goes to the error output, merged over its input item's fields; with
 * "Continue" everything stays on the regular output. A node that THROWS with Continue On Fail gets
 * its input passed through to the success output (n8n's behaviour): `passedThrough` reports it.
 */
import type { IDataObject, INode, INodeExecutionData } from 'n8n-workflow';

export type OnError = NonNullable<INode['onError']>;
export const ON_ERROR_SETTINGS: OnError[] = [
	'stopWorkflow',
	'continueRegularOutput',
	'continueErrorOutput',
];

export interface Branches {
	/** What the node's success (regular) output carries. */
	success: INodeExecutionData[];
	/** What its error output carries ("Continue (using error output)" only). */
	error: INodeExecutionData[];
}

export function isErrorItem(item: INodeExecutionData): boolean {
	if (item.error) return true;
	const keys = Object.keys(item.json);
	return (
		item.json.error !== undefined && keys.every((k) => ['error', 'message', 'details'].includes(k))
	);
}

/** Splits a node's output as n8n routes it for `onError` (the node returned, it did not throw). */
export function route(
	output: INodeExecutionData[][],
	onError: OnError,
	input: IDataObject[],
): Branches {
	const items = output[0] ?? [];
	if (onError !== 'continueErrorOutput') return { success: items, error: [] };
	const branches: Branches = { success: [], error: [] };
	for (const item of items) {
		if (!isErrorItem(item)) {
			branches.success.push(item);
			continue;
		}
		const paired = item.pairedItem as { item: number } | undefined;
		const from = paired ? (input[paired.item] ?? {}) : {};
		branches.error.push({ ...item, json: { ...from, ...item.json } });
	}
	return branches;
}
