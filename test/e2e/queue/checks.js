'use strict';
// The bodies of the queue-mode suite's concurrency tests (test/e2e/queue.e2e.test.js): two workflows at
// once on two workers (shared rate limit, bulk payouts) and the webhook load test.
const {
	waitForNewExecutions,
	executionIds,
	itemsOf,
	errorOf,
} = require('../../../e2e/lib/queue/executions');
const { countOnce } = require('../../../e2e/lib/queue/util');
const {
	settings,
	ctx,
	timed,
	sandboxOf,
	hooked,
	hookPath,
	triggerNode,
	queueWorkflowId,
} = require('./context');

/** An execution finished successfully; else its status and error. */
function expectSuccess(execution) {
	const got = { id: execution.id, status: execution.status, error: errorOf(execution) };
	expect(got).toEqual({ id: execution.id, status: 'success', error: undefined });
}

/** Runs two manual executions at once; resolves them when finished, with the worker(s) each ran on. */
async function runPairConcurrently(ids, { timeoutMs }) {
	const { cluster } = ctx;
	const started = await Promise.all(ids.map((id) => cluster.main.runManually(id, 'Run')));
	const executions = await Promise.all(
		started.map((id) => cluster.main.getExecution(id, { timeoutMs })),
	);
	return executions.map((e) => ({ execution: e, workers: cluster.workersThatRan(e.id) }));
}

/** Each run on exactly one worker, and the two on different workers. */
function expectTwoWorkers(runs) {
	expect(runs.map((r) => r.workers.length)).toEqual([1, 1]);
	expect(runs[0].workers[0]).not.toBe(runs[1].workers[0]);
}

/** Return All on both workers under a small rate limit of one account (spec.queue.sharedRateLimit). */
async function sharedRateLimit(spec) {
	const hook = spec.queue.sharedRateLimit;
	const sandbox = sandboxOf(spec);
	const prep = await hook.prepare({ sandbox });
	try {
		const ids = ['A', 'B'].map((tag) => queueWorkflowId(spec, 'List', tag));
		const label = `${spec.id}: 2 x Return All under ${prep.limit} req / ${prep.windowSeconds} s`;
		const runs = await timed(label, () => runPairConcurrently(ids, { timeoutMs: 120000 }));
		for (const { execution } of runs) {
			expectSuccess(execution);
			expect(itemsOf(execution, hook.outputNode).map(hook.key).sort()).toEqual(prep.expected);
		}
		expectTwoWorkers(runs);
		// more requests than pages: the workers ran into the limit and waited / retried (pacing is per process)
		const requests = await hook.countRequests({ sandbox });
		ctx.figures[`${spec.id} paging`] =
			`${prep.expected.length} items, ${prep.pages} pages per run, ${requests} list requests for ${2 * prep.pages} pages`;
		expect(requests).toBeGreaterThan(2 * prep.pages);
	} finally {
		await hook.restore({ sandbox });
	}
}

/** Two payout workflows of `settings.payouts` items at once (spec.queue.bulkPayout). */
async function bulkPayouts(spec) {
	const hook = spec.queue.bulkPayout;
	const sandbox = sandboxOf(spec);
	const count = settings.payouts;
	await hook.prepare({ sandbox, count, runs: 2 });
	const ids = ['A', 'B'].map((tag) => queueWorkflowId(spec, 'Pay', tag));
	const t = Date.now();
	const runs = await timed(`${spec.id}: 2 x ${count} payouts`, () =>
		runPairConcurrently(ids, { timeoutMs: 240000 }),
	);
	const on = runs.map((r) => r.workers.join('+')).join(' and ');
	ctx.figures[`${spec.id} payouts`] =
		`${2 * count} in ${((Date.now() - t) / 1000).toFixed(1)} s on ${on}`;
	for (const [i, { execution }] of runs.entries()) {
		expectSuccess(execution);
		const tag = ['A', 'B'][i];
		const items = itemsOf(execution, hook.outputNode);
		const once = 'each exactly once';
		const result = await hook.check({ sandbox, tag, count, items });
		expect({ tag, ...result }).toEqual({
			tag,
			requests: once,
			transactions: once,
			outputIds: once,
		});
	}
	expectTwoWorkers(runs);
}

/** Sends settings.loadTotal valid deliveries, spread over the providers with queue.deliverValid. */
async function deliverLoad(targets) {
	const total = settings.loadTotal;
	const share = (i) => Math.floor(total / targets.length) + (i < total % targets.length ? 1 : 0);
	const before = {};
	for (const spec of targets)
		before[spec.id] = await executionIds(ctx.cluster, spec.ids.triggerWorkflow);
	const t0 = Date.now();
	const delivered = await Promise.all(
		targets.map((spec, i) =>
			spec.queue.deliverValid({
				spec,
				sandbox: sandboxOf(spec),
				webhookUrl: `${ctx.cluster.webhookUrl}${hookPath(spec)}`,
				count: share(i),
				concurrency: settings.deliveryConcurrency,
			}),
		),
	);
	return { before, delivered, share, t0, deliverSeconds: (Date.now() - t0) / 1000 };
}

/** The load test: exactly one execution per delivery, on a worker, queued by the webhook process. */
async function load() {
	const { cluster } = ctx;
	const targets = hooked('deliverValid');
	expect(targets.length).toBeGreaterThan(0);
	const { before, delivered, share, t0, deliverSeconds } = await deliverLoad(targets);
	const results = [];
	for (const [i, spec] of targets.entries()) {
		const wait = { includeData: true, timeoutMs: 300000, settleMs: 3000 };
		const executions = await waitForNewExecutions(
			cluster,
			spec.ids.triggerWorkflow,
			before[spec.id],
			share(i),
			wait,
		);
		results.push({ spec, executions, keys: delivered[i], count: share(i) });
	}
	const seconds = (Date.now() - t0) / 1000;
	// the logs, once all have run: which worker ran each execution, who queued it
	const byWorker = cluster.executionsByWorker();
	const enqueued = cluster.enqueuedIds(cluster.webhook.handle);
	const perWorker = Object.fromEntries(Object.keys(byWorker).map((w) => [w, 0]));
	for (const { spec, executions, keys, count } of results) {
		const failed = executions.filter((e) => e.status !== 'success').length;
		expect({ trigger: spec.title, executions: executions.length, failed }).toEqual({
			trigger: spec.title,
			executions: count,
			failed: 0,
		});
		const seen = executions.map((e) => spec.queue.deliveryKey(itemsOf(e, triggerNode(spec))[0]));
		expect({ trigger: spec.title, keys: countOnce(seen, keys) }).toEqual({
			trigger: spec.title,
			keys: 'each exactly once',
		});
		for (const e of executions) {
			const ran = Object.keys(byWorker).filter((w) => byWorker[w].has(String(e.id)));
			const got = {
				execution: e.id,
				workers: ran.length,
				viaWebhookProcess: enqueued.has(String(e.id)),
			};
			expect(got).toEqual({ execution: e.id, workers: 1, viaWebhookProcess: true });
			perWorker[ran[0]] += 1;
		}
	}
	const total = settings.loadTotal;
	ctx.timings[`load: ${total} deliveries -> executions finished`] = seconds;
	ctx.figures['load'] =
		`${total} deliveries (${settings.deliveryConcurrency} in flight per provider) answered in ${deliverSeconds.toFixed(1)} s (${(total / deliverSeconds).toFixed(0)}/s), all executed within ${seconds.toFixed(1)} s; per worker ${JSON.stringify(perWorker)}`;
	for (const n of Object.values(perWorker))
		expect(n).toBeGreaterThanOrEqual(Math.floor(total * 0.1));
}

module.exports = { expectSuccess, sharedRateLimit, bulkPayouts, load };
