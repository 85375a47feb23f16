import type { IDataObject, INode, INodeExecutionData, JsonObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

/** The n8n error to throw for a failed item: n8n's own errors keep their details, others are wrapped. */
export function toNodeError(
	node: INode,
	error: unknown,
	itemIndex: number,
): NodeApiError | NodeOperationError {
	if (error instanceof NodeApiError || error instanceof NodeOperationError) {
		error.context ??= {};
		error.context.itemIndex ??= itemIndex;
		return error;
	}
	return new NodeOperationError(node, error as Error, { itemIndex });
}

/**
 * Output of one failed item when the node continues on fail, in the shape n8n routes to a node's
 * error output ("On Error: Continue (using error output)"): only `error`, `message` and `details`,
 * which n8n then merges with the input item's fields. `details` carries the provider's code and
 * error fields (or our own code, e.g. invalid_input, and the field named), and, for payouts, the
 * outcome and what was sent (what Check Outcome reads).
 */
export function errorItem(
	error: Error & { description?: string | null },
	itemIndex: number,
	extra: IDataObject = {},
): INodeExecutionData {
	const json: IDataObject = { error: error.message };
	if (error.description) json.message = error.description;
	const ctx = (error as unknown as { context?: IDataObject }).context;
	const details: IDataObject = {};
	if (ctx?.providerCode !== undefined) details.code = ctx.providerCode;
	else if (typeof ctx?.code === 'string') details.code = ctx.code;
	if (typeof ctx?.field === 'string') details.field = ctx.field;
	if (ctx?.data && typeof ctx.data === 'object') details.provider = ctx.data as IDataObject;
	Object.assign(details, extra);
	if (Object.keys(details).length) json.details = details;
	return { json, pairedItem: { item: itemIndex } };
}

export type { JsonObject };
