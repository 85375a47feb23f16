import type { IDataObject, INode, INodeExecutionData, JsonObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

/** The n8n error to throw for a failed item: n8n's own errors keep their details, others are wrapped. */
export function toNodeError(node: INode, error: unknown, itemIndex: number): NodeApiError | NodeOperationError {
	if (error instanceof NodeApiError || error instanceof NodeOperationError) {
		error.context ??= {};
		error.context.itemIndex ??= itemIndex;
		return error;
	}
	return new NodeOperationError(node, error as Error, { itemIndex });
}

/** Output of one failed item when the node is set to continue on fail. */
export function errorItem(error: Error & { description?: string | null }, itemIndex: number): INodeExecutionData {
	const json: IDataObject = { error: error.message };
	if (error.description) json.errorDescription = error.description;
	const ctx = (error as unknown as { context?: IDataObject }).context;
	if (ctx?.data && typeof ctx.data === 'object') json.errorDetails = ctx.data as IDataObject;
	if (ctx?.providerCode !== undefined) json.errorCode = ctx.providerCode;
	return { json, pairedItem: { item: itemIndex } };
}

export type { JsonObject };
