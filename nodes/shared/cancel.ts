import type { INode } from 'n8n-workflow';
import { NodeOperationError, sleep } from 'n8n-workflow';

/**
 * The execution's cancel signal (when the user stops an execution), where the context has one
 * (execute contexts; trigger, webhook and load-options contexts have none).
 */
export function cancelSignal(ctx: object): AbortSignal | undefined {
	const get = (ctx as { getExecutionCancelSignal?: () => AbortSignal | undefined })
		.getExecutionCancelSignal;
	return typeof get === 'function' ? get.call(ctx) : undefined;
}

/** The error of a wait or walk ended by a cancelled execution (nothing more was sent). */
export function cancelledError(node: INode, what: string): NodeOperationError {
	const error = new NodeOperationError(node, `The execution was cancelled ${what}`, {
		description: 'Nothing more was sent after the execution was stopped.',
	});
	error.context.outcome = 'not_sent';
	error.context.cancelled = true;
	return error;
}

/** Throws when the execution was cancelled (between pages of a walk, between payout batches). */
export function throwIfCancelled(ctx: object & { getNode(): INode }, what: string): void {
	if (cancelSignal(ctx)?.aborted) throw cancelledError(ctx.getNode(), what);
}

/**
 * Waits `ms`, or less: the wait ends at once when `signal` aborts (rejecting with `onCancel()`).
 * Built on n8n-workflow's sleep (nodes use no timers of their own); the sleep's own timer just
 * runs out unobserved.
 */
export async function cancellableSleep(
	ms: number,
	signal: AbortSignal | undefined,
	onCancel: () => Error,
): Promise<void> {
	if (!signal) return await sleep(ms);
	if (signal.aborted) throw onCancel();
	let onAbort: (() => void) | undefined;
	const aborted = new Promise<never>((_, reject) => {
		onAbort = () => reject(onCancel());
		signal.addEventListener('abort', onAbort, { once: true });
	});
	try {
		await Promise.race([sleep(ms), aborted]);
	} finally {
		if (onAbort) signal.removeEventListener('abort', onAbort);
	}
}

/**
 * The context to send a write or money request with: n8n's request helper ties every request of an
 * execution to its cancel signal (it reads getExecutionCancelSignal from the context it is called
 * on), which would abandon a payout in flight when the user stops the execution, leaving its
 * outcome unread. This view of the context hides that one method; everything else is the context.
 */
export function withoutCancelSignal<T extends object>(ctx: T): T {
	const hidden = 'getExecutionCancelSignal';
	return new Proxy(ctx, {
		has: (target, key) => key !== hidden && Reflect.has(target, key),
		get: (target, key) => {
			if (key === hidden) return undefined;
			const value: unknown = Reflect.get(target, key, target);
			return typeof value === 'function'
				? (value as (...a: unknown[]) => unknown).bind(target)
				: value;
		},
	});
}
