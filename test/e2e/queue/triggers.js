'use strict';
// The queue-mode suite's per-provider tests (test/e2e/queue.e2e.test.js): the action workflow on a
// worker, the trigger cases, and — for a polling trigger — one poller. A webhook trigger's executions
// are queued by the webhook process; a polling trigger's by the main, which runs the pollers.
const {
	executionIds,
	executionsSince,
	waitForNewExecutions,
	itemsOf,
} = require('../../../e2e/lib/queue/executions');
const { nodeOutput } = require('../../../e2e/lib/cli');
const { sleep, waitFor } = require('../../../e2e/lib/processes');
const { sandboxCall } = require('../../../e2e/lib/sandboxes');
const { ctx, timed, sandboxOf, hookPath, triggerNode } = require('./context');
const { expectSuccess } = require('./checks');

/** The process that queues the trigger's executions, and how long to wait for / watch them. */
function triggerShape(spec) {
	const { cluster } = ctx;
	if (spec.triggerPoll) {
		const { maxWaitMs, quietMs } = spec.triggerPoll;
		return { queuer: cluster.main, waitMs: maxWaitMs, quietMs, webhookUrl: undefined };
	}
	const webhookUrl = `${cluster.webhookUrl}${hookPath(spec)}`;
	return { queuer: cluster.webhook, waitMs: 20000, quietMs: 1200, webhookUrl };
}

/** An execution that succeeded, was queued by `queuer` (an N8n) and ran on exactly one worker. */
function expectQueuedAndRunOnAWorker(execution, queuer) {
	const { cluster } = ctx;
	expect({
		status: execution.status,
		queued: cluster.enqueuedBy(queuer.handle, execution.id) ? queuer.processName : 'not by it',
		workers: cluster.workersThatRan(execution.id).length,
	}).toEqual({ status: 'success', queued: queuer.processName, workers: 1 });
}

/** Waits until no new execution of the trigger appeared for `quietMs`; returns all new ones. */
async function settled(spec, before, quietMs) {
	let last = -1;
	let list = [];
	await waitFor(
		async () => {
			list = await executionsSince(ctx.cluster, spec.ids.triggerWorkflow, before);
			const quiet = list.length === last;
			last = list.length;
			return quiet;
		},
		{ intervalMs: quietMs, timeoutMs: 10 * quietMs + 30000, what: 'the trigger to settle' },
	);
	return list;
}

/**
 * The action workflow, run as the editor's Execute workflow: on a worker, queued by the main, the
 * spec's checks pass, and its simulated payment comes back as trigger execution(s) on a worker.
 */
async function actionWorkflow(spec) {
	const { cluster } = ctx;
	const sandbox = sandboxOf(spec);
	const shape = triggerShape(spec);
	const triggersBefore = await executionIds(cluster, spec.ids.triggerWorkflow);
	await sandboxCall(sandbox.url, 'DELETE', '/_sandbox/requests');
	const id = await cluster.main.runManually(spec.ids.actionWorkflow, 'Run');
	const execution = await timed(`${spec.id}: action workflow on a worker`, () =>
		cluster.main.getExecution(id),
	);
	expectSuccess(execution);
	expectQueuedAndRunOnAWorker(execution, cluster.main);
	const requests = (await sandboxCall(sandbox.url, 'GET', '/_sandbox/requests')).json;
	const out = (name) => nodeOutput(execution, name);
	spec.e2e.checkActions({ out, requests, sandbox, n8nUrl: cluster.webhookUrl });
	const wait = { timeoutMs: shape.waitMs, settleMs: 0 };
	await waitForNewExecutions(cluster, spec.ids.triggerWorkflow, triggersBefore, 1, wait);
	// a poller may see the workflow's changes in one poll or several: wait until it is done
	const triggered = spec.triggerPoll
		? await settled(spec, triggersBefore, shape.quietMs)
		: await executionsSince(cluster, spec.ids.triggerWorkflow, triggersBefore);
	for (const e of triggered) expectQueuedAndRunOnAWorker(e, shape.queuer);
}

/**
 * One trigger case of the spec (a delivery, or a change a poll will see): the expected HTTP status,
 * then one successful execution (queued by the right process, run on a worker), a failed one (the
 * trigger's report, execution: 'error'), or none.
 */
async function triggerCase(spec, c, state) {
	const { cluster } = ctx;
	const shape = triggerShape(spec);
	const before = await executionIds(cluster, spec.ids.triggerWorkflow);
	const wctx = { sandbox: sandboxOf(spec), webhookUrl: shape.webhookUrl, state, n8n: cluster.main };
	const status = await c.deliver(wctx);
	const expected = c.status.includes(status) ? status : `one of ${c.status.join(', ')}`;
	expect({ delivery: c.name, status }).toEqual({ delivery: c.name, status: expected });
	if (!c.execution) {
		await sleep(shape.quietMs);
		expect(await executionsSince(cluster, spec.ids.triggerWorkflow, before)).toEqual([]);
		return;
	}
	const wait = { includeData: true, timeoutMs: shape.waitMs, settleMs: 0 };
	const [execution] = await waitForNewExecutions(
		cluster,
		spec.ids.triggerWorkflow,
		before,
		1,
		wait,
	);
	if (c.execution === 'error') {
		expect(execution.status).toBe('error');
		if (c.checkError) c.checkError((execution.data && execution.data.resultData.error) || {}, wctx);
		return;
	}
	expectQueuedAndRunOnAWorker(execution, shape.queuer);
	if (c.check) c.check(itemsOf(execution, triggerNode(spec)), wctx);
}

/** After the cases: exactly one execution per case that expects one (each change emitted once). */
async function expectCaseExecutions(spec, cases, before) {
	await sleep(triggerShape(spec).quietMs);
	const list = await executionsSince(ctx.cluster, spec.ids.triggerWorkflow, before);
	const count = (status) => list.filter((e) => e.status === status).length;
	const expected = (kind) => cases.filter((c) => c.execution === kind).length;
	expect({ success: count('success'), error: count('error') }).toEqual({
		success: expected(true),
		error: expected('error'),
	});
}

/**
 * A polling trigger polls from one process: over 2.5 poll intervals with nothing else listing, the
 * sandbox sees 2 or 3 polls (every process polling would be 4 x that), and nothing is emitted.
 */
async function onePoller(spec) {
	const { polling } = spec.queue;
	const sandbox = sandboxOf(spec);
	const before = await executionIds(ctx.cluster, spec.ids.triggerWorkflow);
	await polling.clearRequests({ sandbox });
	const windowMs = 2.5 * polling.intervalMs;
	await sleep(windowMs);
	const polls = await polling.countPolls({ sandbox });
	ctx.figures[`${spec.id} polls`] =
		`${polls} polls in ${windowMs / 1000} s (poll every ${polling.intervalMs / 1000} s)`;
	expect({ polls: polls >= 1 && polls <= Math.ceil(windowMs / polling.intervalMs) }).toEqual({
		polls: true,
	});
	expect(await executionsSince(ctx.cluster, spec.ids.triggerWorkflow, before)).toEqual([]);
}

/**
 * A self-registering trigger (spec.queue.registration): while active, exactly one registration at
 * the sandbox points at its URL (the main registers it; the webhook process and the workers do not);
 * deactivated, none; activated again, one.
 */
async function registration(spec) {
	const { cluster } = ctx;
	const sandbox = sandboxOf(spec);
	const url = `${cluster.webhookUrl}${hookPath(spec)}`;
	const ours = async () =>
		(await spec.queue.registration.registrations({ sandbox })).filter((r) => r.url === url);
	const count = async (n) => (await ours()).length === n;
	expect(await ours()).toHaveLength(1);
	await cluster.main.deactivateWorkflow(spec.ids.triggerWorkflow);
	await waitFor(() => count(0), { what: 'the registration to be removed at the sandbox' });
	await cluster.main.activateWorkflow(spec.ids.triggerWorkflow);
	await waitFor(() => count(1), { what: 'the registration at the sandbox' });
	await sleep(2000); // no other process registers it a second time
	expect(await ours()).toHaveLength(1);
}

module.exports = {
	actionWorkflow,
	triggerCase,
	expectCaseExecutions,
	onePoller,
	triggerShape,
	registration,
};
