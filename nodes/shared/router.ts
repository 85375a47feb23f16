import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { errorItem, toNodeError } from './items';
import { runPayouts } from './payouts/runner';
import type { OperationDefinition, Registry } from './registry';

/**
 * The operation each execution context is running, so the transport can hold every request to the
 * kind its operation declares (a 'read' operation can never send a money request).
 */
const running = new WeakMap<object, OperationDefinition>();

export function runningOperation(ctx: object): OperationDefinition | undefined {
	return running.get(ctx);
}

/**
 * The execute() of every action node: finds the operation in the provider's registry and runs it
 * over the input items with Continue On Fail and pairedItem on every item. Money operations go
 * through the payout runner (checks and safety limits first, stop at the first unknown outcome).
 */
export async function routeOperations(
	this: IExecuteFunctions,
	registry: Registry,
): Promise<INodeExecutionData[][]> {
	const resource = this.getNodeParameter('resource', 0) as string;
	const operationName = this.getNodeParameter('operation', 0) as string;
	const operation = registry[resource]?.operations[operationName];
	if (!operation) {
		throw new NodeOperationError(
			this.getNode(),
			`The operation "${operationName}" of resource "${resource}" is not known`,
		);
	}
	running.set(this, operation);
	if (operation.kind === 'money') return [await runPayouts.call(this, operation)];

	const items = this.getInputData();
	const out: INodeExecutionData[] = [];
	for (let i = 0; i < items.length; i++) {
		try {
			const result = await operation.execute.call(this, i);
			for (const json of Array.isArray(result) ? result : [result])
				out.push({ json, pairedItem: { item: i } });
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
