import type { IDataObject, IExecuteFunctions, INode, INodeExecutionData, JsonObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

/** The n8n error to throw for a failed item: n8n's own errors keep their details, others are wrapped. */
export function toNodeError(node: INode, error: unknown, itemIndex: number): NodeApiError | NodeOperationError {
	if (error instanceof NodeApiError || error instanceof NodeOperationError) {
		error.context ??= {};
		error.context.itemIndex ??= itemIndex;
		return error instanceof NodeApiError ? new NodeApiError(node, error as unknown as JsonObject) : new NodeOperationError(node, error);
	}
	return new NodeOperationError(node, error as Error, { itemIndex });
}

/** An operation run once per input item; returns the item's output JSON (one or many). */
export interface ItemOperation {
	execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject | IDataObject[]>;
}

/**
 * An operation that sees all input items at once (e.g. one bulk request for many items). It must
 * return output items with pairedItem set, and handle continueOnFail for each item itself.
 */
export interface BatchOperation {
	executeBatch(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]>;
	/** When given, decides per execution whether the batch path applies; otherwise execute per item. */
	useBatch?(this: IExecuteFunctions): boolean;
	execute?(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject | IDataObject[]>;
}

export type Operation = ItemOperation | BatchOperation;
export type OperationMap = Record<string, Record<string, Operation>>;

/** Output of one failed item when the node is set to continue on fail. */
export function errorItem(error: Error & { description?: string | null }, itemIndex: number): INodeExecutionData {
	const json: IDataObject = { error: error.message };
	if (error.description) json.errorDescription = error.description;
	const ctx = (error as unknown as { context?: IDataObject }).context;
	if (ctx?.data && typeof ctx.data === 'object') json.errorDetails = ctx.data as IDataObject;
	return { json, pairedItem: { item: itemIndex } };
}

/**
 * The execute() of every action node: reads resource/operation, dispatches, and applies
 * continueOnFail and pairedItem to every item.
 */
export async function routeOperations(this: IExecuteFunctions, operations: OperationMap): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const resource = this.getNodeParameter('resource', 0) as string;
	const operationName = this.getNodeParameter('operation', 0) as string;
	const operation = operations[resource]?.[operationName];
	if (!operation) {
		throw new NodeOperationError(this.getNode(), `The operation "${operationName}" of resource "${resource}" is not known`);
	}
	if ('executeBatch' in operation && (!operation.useBatch || operation.useBatch.call(this))) {
		return [await operation.executeBatch.call(this, items)];
	}
	const run = (operation as ItemOperation).execute;
	const out: INodeExecutionData[] = [];
	for (let i = 0; i < items.length; i++) {
		try {
			const result = await run.call(this, i);
			const results = Array.isArray(result) ? result : [result];
			out.push(...this.helpers.constructExecutionMetaData(this.helpers.returnJsonArray(results), { itemData: { item: i } }));
		} catch (error) {
			if (this.continueOnFail()) {
				out.push(errorItem(error, i));
				continue;
			}
			throw toNodeError(this.getNode(), error, i);
		}
	}
	return [out];
}
