import type {
	IDataObject,
	IExecuteFunctions,
	INodeProperties,
	INodePropertyOptions,
} from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import type { Payout, PreparedItem } from './payouts/types';

/**
 * How an operation may touch the provider, declared once per operation:
 * - 'read': idempotent; its requests are retried on 429/5xx/network failures;
 * - 'write': changes state but moves no money (an invoice, an address); never retried;
 * - 'money': moves money (payout, withdrawal, transfer); never retried, an answer that does not
 *   prove a refusal is an UNKNOWN outcome, and a run stops at the first unknown outcome.
 * The transport refuses a request whose kind is riskier than its operation's.
 */
export type RequestKind = 'read' | 'write' | 'money';

const KIND_RANK: Record<RequestKind, number> = { read: 0, write: 1, money: 2 };

export function kindAllows(declared: RequestKind, request: RequestKind): boolean {
	return KIND_RANK[request] <= KIND_RANK[declared];
}

interface OperationBase {
	/** Menu name, e.g. "Create Many". */
	name: string;
	/** One line under the menu name. */
	description: string;
	/** Sentence-case action text, e.g. "Create a withdrawal" (also the AI tool's description). */
	action: string;
	/** The operation's fields; the registry stamps their resource/operation visibility. */
	properties: INodeProperties[];
}

/** An operation run once per input item. */
export interface ItemOperation extends OperationBase {
	kind: 'read' | 'write';
	execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject | IDataObject[]>;
}

/**
 * An operation that moves money. The shared payout runner drives it in three steps, so that bad
 * input and the safety limits are checked for EVERY item before ANY request is sent:
 * prepare(item) for all items → safety limits → group → send(batch) for each batch, stopping at
 * the first unknown outcome.
 */
export interface MoneyOperation<T = unknown> extends OperationBase {
	kind: 'money';
	/** Reads and checks one item (reads such as a currency list are allowed; nothing is sent). */
	prepare(this: IExecuteFunctions, itemIndex: number): Promise<{ payouts: Payout[]; input: T }>;
	/** Which prepared items travel in one request. Default: one request per item. */
	group?(this: IExecuteFunctions, items: Array<PreparedItem<T>>): Array<Array<PreparedItem<T>>>;
	/** Sends one request for a batch; returns each item's output JSON, in the batch's order. */
	send(this: IExecuteFunctions, batch: Array<PreparedItem<T>>): Promise<IDataObject[][]>;
}

export type OperationDefinition = ItemOperation | MoneyOperation<unknown>;

export interface ResourceDefinition {
	/** Menu name, e.g. "Withdrawal". */
	name: string;
	operations: Record<string, OperationDefinition>;
}

export type Registry = Record<string, ResourceDefinition>;

/** Declares a provider's registry (keeps the literal keys for typed operation names). */
export function defineRegistry<R extends Registry>(registry: R): R {
	return registry;
}

/** "resource.operation" of every operation of a registry: a misspelled one is a compile error. */
export type OperationKey<R extends Registry> = {
	[K in keyof R & string]: `${K}.${keyof R[K]['operations'] & string}`;
}[keyof R & string];

export function operationKeys<R extends Registry>(registry: R): Array<OperationKey<R>> {
	return Object.entries(registry).flatMap(([resource, def]) =>
		Object.keys(def.operations).map((op) => `${resource}.${op}` as OperationKey<R>),
	);
}

export function getOperation(registry: Registry, key: string): OperationDefinition | undefined {
	const [resource, operation] = key.split('.');
	return registry[resource]?.operations[operation];
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);

/**
 * The node's properties, derived from the registry: the resource menu, one operation menu per
 * resource, then every operation's fields with their visibility stamped once (like n8n's
 * updateDisplayOptions). `extra(resource, operation)` adds shared fields (e.g. safety limits).
 */
export function buildProperties(
	registry: Registry,
	options: {
		defaultResource: string;
		extra?: (op: OperationDefinition) => INodeProperties[];
	},
): INodeProperties[] {
	const resources: INodePropertyOptions[] = Object.entries(registry)
		.map(([value, def]) => ({ name: def.name, value }))
		.sort(byName);
	const defaultResource = options.defaultResource;
	const out: INodeProperties[] = [
		{
			displayName: 'Resource',
			name: 'resource',
			type: 'options',
			noDataExpression: true,
			options: resources,
			default: defaultResource,
		},
	];
	for (const [resource, def] of Object.entries(registry)) {
		const entries = Object.entries(def.operations);
		const firstOperation = entries[0][0];
		const menu = entries
			// A money operation's action says that limits apply: it is also the description an AI
			// agent sees of the operation when the node is its tool.
			.map(([value, op]) => ({
				name: op.name,
				value,
				description: op.description,
				action: op.kind === 'money' ? `${op.action} (safety limits apply)` : op.action,
			}))
			.sort(byName);
		out.push({
			displayName: 'Operation',
			name: 'operation',
			type: 'options',
			noDataExpression: true,
			displayOptions: { show: { resource: [resource] } },
			options: menu,
			default: firstOperation,
		});
		for (const [operation, op] of entries) {
			const fields = [...op.properties, ...(options.extra?.(op) ?? [])];
			out.push(
				...updateDisplayOptions({ show: { resource: [resource], operation: [operation] } }, fields),
			);
		}
	}
	return out;
}
