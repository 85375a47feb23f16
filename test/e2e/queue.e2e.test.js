'use strict';
// The package in n8n QUEUE MODE, deployed on this machine as users scale it (e2e/lib/queue/):
// PostgreSQL + Redis, a main process (editor, API, trigger activation; no production webhooks), a
// webhook process, and two workers — worker-1 reads the package from a shared nodes folder (a volume
// mounted at ~/.n8n/nodes in every process), worker-2 has its own copy (the package baked into its
// image). For every provider present (specs in e2e/providers/, queue hooks in e2e/providers/queue/):
//   1. action workflows run on a worker, never on the main;
//   2. trigger deliveries come in through the webhook process; forged ones start nothing;
//   3. per-process state under load: one account's rate limit shared by two workers paging at once;
//      two bulk payout workflows on two workers at once, each payout exactly once;
//      1,000 valid webhook deliveries -> exactly 1,000 executions, spread over both workers;
//   4. the failing set-up: a worker (and a webhook process) without the package.
// Which process ran an execution: n8n 2.41 keeps no host in the execution record; each worker logs
// "Worker started execution <id>", the process that queued it logs "Enqueued execution <id>".
const fs = require('node:fs');
const path = require('node:path');
const { QueueCluster } = require('../../e2e/lib/queue/cluster');
const {
	executionIds,
	executionsSince,
	waitForNewExecutions,
	itemsOf,
	errorOf,
} = require('../../e2e/lib/queue/executions');
const { packPackage } = require('../../e2e/lib/install');
const { ROOT, n8nVersion } = require('../../e2e/lib/runtime');
const { request } = require('../../e2e/lib/http');
const { sleep, waitFor } = require('../../e2e/lib/processes');
const { nodeOutput } = require('../../e2e/lib/cli');
const { startSandboxes, sandboxCall } = require('../../e2e/lib/sandboxes');
const { presentProviders } = require('../../e2e/providers');
const { countOnce } = require('../../e2e/lib/queue/util');

const only = (process.env.E2E_PROVIDERS || '').split(',').filter(Boolean);
const providers = presentProviders().filter((p) => !only.length || only.includes(p.id));
const LOAD_TOTAL = Number(process.env.E2E_QUEUE_LOAD || 1000);
// n8n 2.41 evaluates expressions in an isolated-vm isolate ('vm', its default) for every execution
// and every delivery to a community trigger: ~150-200 ms of CPU each here, which makes 1,000 deliveries
// take many minutes on 2 cores. The suite runs on 'legacy' (in-process); E2E_QUEUE_EXPRESSION_ENGINE=vm
// runs it on n8n's default (docs/queue-mode.md has the figures of both).
const EXPRESSION_ENGINE = process.env.E2E_QUEUE_EXPRESSION_ENGINE || 'legacy';
const PAYOUTS = Number(process.env.E2E_QUEUE_PAYOUTS || 1000);
const WORK = path.join(
	ROOT,
	'.e2e-work',
	`queue-${new Date().toISOString().replace(/[:.]/g, '-')}`,
);
const LOAD_ERROR =
	/Failed to load|Skipping package|Unknown credential name|UnrecognizedNodeType|Unrecognized node type|Cannot find module/i;
const ctx = { cluster: undefined, sandboxes: undefined, timings: {}, figures: {} };

const sandboxOf = (spec) => ctx.sandboxes.providers[spec.id];
const hooked = (name) => providers.filter((p) => p.queue && p.queue[name]);
const triggerNode = (spec) =>
	spec
		.workflows({ sandbox: sandboxOf(spec), n8nUrl: ctx.cluster.webhookUrl })[1]
		.nodes.find((n) => n.type === spec.nodeTypes.trigger).name;
const queueWorkflowId = (spec, kind, tag) => `ccpQ${spec.id.slice(0, 6)}${kind}${tag}`;

/** Probe with an empty POST from a foreign IP: rejected by the trigger, but not 404 once registered. */
const probe = (url) =>
	request(url, {
		method: 'POST',
		headers: { 'Content-Type': 'text/plain' },
		body: '',
		localAddress: '127.0.0.2',
	});
const hookPath = (spec) => `/webhook/${spec.triggerWebhook.webhookId}/${spec.triggerWebhook.path}`;

async function timed(label, fn) {
	const t = Date.now();
	try {
		return await fn();
	} finally {
		ctx.timings[label] = (Date.now() - t) / 1000;
	}
}

/** The workflows the queue hooks add: two payout runs (A, B) and two paging runs per provider. */
function queueWorkflows() {
	const out = [];
	for (const spec of hooked('bulkPayout'))
		for (const tag of ['A', 'B'])
			out.push(
				spec.queue.bulkPayout.workflow({
					spec,
					id: queueWorkflowId(spec, 'Pay', tag),
					tag,
					count: PAYOUTS,
				}),
			);
	for (const spec of hooked('sharedRateLimit'))
		for (const tag of ['A', 'B'])
			out.push(
				spec.queue.sharedRateLimit.workflow({ spec, id: queueWorkflowId(spec, 'List', tag), tag }),
			);
	return out;
}

beforeAll(async () => {
	fs.mkdirSync(WORK, { recursive: true });
	ctx.sandboxes = await startSandboxes({ names: providers.map((p) => p.id), randomPorts: true });
	const tgz = await timed('npm pack', () => packPackage(path.join(WORK, 'pack')));
	ctx.cluster = new QueueCluster({ workDir: WORK, expressionEngine: EXPRESSION_ENGINE });
	await timed('PostgreSQL + Redis + package', () => ctx.cluster.prepare({ tgz }));
	const { cluster } = ctx;
	const n8nUrl = cluster.webhookUrl; // webhooks (IPN URLs, the WolvPay account's URL) point at the webhook process
	for (const p of providers)
		if (p.configureSandbox) await p.configureSandbox({ sandbox: sandboxOf(p), n8nUrl });
	await timed('import credentials (runs the database migrations)', () =>
		cluster.main.importCredentials(
			providers.flatMap((p) => p.credentials({ sandbox: sandboxOf(p) })),
		),
	);
	const workflows = [
		...providers.flatMap((p) => p.workflows({ sandbox: sandboxOf(p), n8nUrl })),
		...queueWorkflows(),
	];
	await timed('import workflows', () => cluster.main.importWorkflow(workflows));
	await timed('start main, webhook process, 2 workers', () => cluster.start());
	await cluster.main.setupOwner({
		email: 'e2e@example.com',
		password: 'E2e-Password-1',
		firstName: 'E2E',
		lastName: 'Owner',
	});
	await cluster.main.createApiKey('e2e');
	for (const p of providers) await cluster.main.activateWorkflow(p.ids.triggerWorkflow);
	// the webhook process serves a production webhook (anything but 404) once the activation reached it
	for (const p of providers)
		await waitFor(async () => (await probe(`${cluster.webhookUrl}${hookPath(p)}`)).status !== 404, {
			what: `webhook of ${p.title}`,
		});
}, 300000);

afterAll(async () => {
	if (ctx.cluster) await ctx.cluster.stop();
	if (ctx.sandboxes) await ctx.sandboxes.stop();
	const timings = { ...(ctx.cluster ? ctx.cluster.timings : {}), ...ctx.timings };
	const lines = [
		...Object.entries(timings).map(([k, v]) => `  ${k}: ${v.toFixed(1)} s`),
		...Object.entries(ctx.figures).map(([k, v]) => `  ${k}: ${v}`),
	];
	process.stdout.write(
		`\n[e2e queue] timings and figures (work folder ${path.relative(ROOT, WORK)}, logs in logs/):\n${lines.join('\n')}\n`,
	);
}, 60000);

test('the deployment: n8n main + webhook process + 2 workers in queue mode on PostgreSQL and Redis, no package load errors', async () => {
	const { cluster } = ctx;
	ctx.figures['tested with'] =
		`n8n ${n8nVersion()} (N8N_EXPRESSION_ENGINE=${EXPRESSION_ENGINE}), ${cluster.postgres.version} (run as ${cluster.postgres.runAs}), Redis ${cluster.redis.version}`;
	expect(cluster.workers.map((w) => `${w.name}:${w.nodes}`)).toEqual([
		'worker-1:shared',
		'worker-2:baked',
	]);
	expect(fs.lstatSync(path.join(cluster.main.userFolder, '.n8n', 'nodes')).isSymbolicLink()).toBe(
		true,
	);
	for (const h of [
		cluster.mainHandle,
		cluster.webhook.handle,
		...cluster.workers.map((w) => w.handle),
	]) {
		expect({
			process: h.name,
			loadErrors: h
				.log()
				.split('\n')
				.filter((l) => LOAD_ERROR.test(l)),
		}).toEqual({ process: h.name, loadErrors: [] });
	}
	for (const w of cluster.workers) expect((await request(`${w.n8n.url}/healthz`)).status).toBe(200);
});

test('production webhooks are served by the webhook process; the main answers 404 for them', async () => {
	for (const spec of providers) {
		const viaWebhook = await probe(`${ctx.cluster.webhookUrl}${hookPath(spec)}`);
		expect({ trigger: spec.title, status: viaWebhook.status }).not.toEqual({
			trigger: spec.title,
			status: 404,
		});
		expect((await probe(`${ctx.cluster.main.url}${hookPath(spec)}`)).status).toBe(404);
	}
});

describe.each(providers.map((p) => [p.title, p]))('%s', (title, spec) => {
	test('the action workflow (Execute workflow in the editor) runs on a worker, never on the main; its simulated payment comes back through the webhook process', async () => {
		const { cluster } = ctx;
		const sandbox = sandboxOf(spec);
		const triggersBefore = await executionIds(cluster.main, spec.ids.triggerWorkflow);
		await sandboxCall(sandbox.url, 'DELETE', '/_sandbox/requests');
		const id = await cluster.main.runManually(spec.ids.actionWorkflow, 'Run');
		const execution = await timed(`${spec.id}: action workflow on a worker`, () =>
			cluster.main.getExecution(id),
		);
		expect({ status: execution.status, error: errorOf(execution) }).toEqual({
			status: 'success',
			error: undefined,
		});
		expect({
			enqueuedByMain: cluster.enqueuedBy(cluster.mainHandle, id),
			workers: cluster.workersThatRan(id).length,
		}).toEqual({ enqueuedByMain: true, workers: 1 });
		const requests = (await sandboxCall(sandbox.url, 'GET', '/_sandbox/requests')).json;
		spec.e2e.checkActions({
			out: (name) => nodeOutput(execution, name),
			requests,
			sandbox,
			n8nUrl: cluster.webhookUrl,
		});
		const [trigger] = await waitForNewExecutions(
			cluster.main,
			spec.ids.triggerWorkflow,
			triggersBefore,
			1,
			{ timeoutMs: 20000 },
		);
		expect({
			status: trigger.status,
			viaWebhookProcess: cluster.enqueuedBy(cluster.webhook.handle, trigger.id),
			workers: cluster.workersThatRan(trigger.id).length,
		}).toEqual({
			status: 'success',
			viaWebhookProcess: true,
			workers: 1,
		});
	});

	describe('trigger deliveries through the webhook process', () => {
		const state = {};
		test.each(spec.e2e.triggerCases().map((c) => [c.name, c]))('%s', async (name, c) => {
			const { cluster } = ctx;
			const before = await executionIds(cluster.main, spec.ids.triggerWorkflow);
			const wctx = {
				sandbox: sandboxOf(spec),
				webhookUrl: `${cluster.webhookUrl}${hookPath(spec)}`,
				state,
				n8n: cluster.main,
			};
			const status = await c.deliver(wctx);
			expect({ delivery: name, status }).toEqual({
				delivery: name,
				status: c.status.includes(status) ? status : `one of ${c.status.join(', ')}`,
			});
			if (!c.execution) {
				await sleep(1200);
				expect(await executionsSince(cluster.main, spec.ids.triggerWorkflow, before)).toEqual([]);
				return;
			}
			const [execution] = await waitForNewExecutions(
				cluster.main,
				spec.ids.triggerWorkflow,
				before,
				1,
				{ includeData: true, timeoutMs: 20000 },
			);
			expect({
				status: execution.status,
				viaWebhookProcess: cluster.enqueuedBy(cluster.webhook.handle, execution.id),
				workers: cluster.workersThatRan(execution.id).length,
			}).toEqual({
				status: 'success',
				viaWebhookProcess: true,
				workers: 1,
			});
			if (c.check) c.check(itemsOf(execution, triggerNode(spec)), wctx);
		});
	});
});

/** Runs two manual executions at once; resolves them when finished, with the worker each ran on. */
async function runPairConcurrently(ids, { timeoutMs }) {
	const { cluster } = ctx;
	const executionIdsStarted = await Promise.all(
		ids.map((id) => cluster.main.runManually(id, 'Run')),
	);
	const executions = await Promise.all(
		executionIdsStarted.map((id) => cluster.main.getExecution(id, { timeoutMs })),
	);
	return executions.map((e) => ({ execution: e, workers: cluster.workersThatRan(e.id) }));
}

describe.each(hooked('sharedRateLimit').map((p) => [p.title, p]))(
	'%s: one account rate limit, two workers paging at once',
	(title, spec) => {
		test('Return All on both workers under a small rate limit: no failed execution, every item once', async () => {
			const hook = spec.queue.sharedRateLimit;
			const sandbox = sandboxOf(spec);
			const prep = await hook.prepare({ sandbox });
			try {
				const ids = ['A', 'B'].map((tag) => queueWorkflowId(spec, 'List', tag));
				const runs = await timed(
					`${spec.id}: 2 x Return All under ${prep.limit} req / ${prep.windowSeconds} s`,
					() => runPairConcurrently(ids, { timeoutMs: 120000 }),
				);
				for (const { execution } of runs) {
					expect({ status: execution.status, error: errorOf(execution) }).toEqual({
						status: 'success',
						error: undefined,
					});
					expect(itemsOf(execution, hook.outputNode).map(hook.key).sort()).toEqual(prep.expected);
				}
				expect(runs.map((r) => r.workers.length)).toEqual([1, 1]);
				expect(runs[0].workers[0]).not.toBe(runs[1].workers[0]);
				// more requests than pages: the two workers ran into the limit and waited/retried (pacing is per process)
				const requests = await hook.countRequests({ sandbox });
				ctx.figures[`${spec.id} paging`] =
					`${prep.expected.length} items, ${prep.pages} pages per run, ${requests} list requests for ${2 * prep.pages} pages`;
				expect(requests).toBeGreaterThan(2 * prep.pages);
			} finally {
				await hook.restore({ sandbox });
			}
		});
	},
);

describe.each(hooked('bulkPayout').map((p) => [p.title, p]))(
	'%s: two bulk payout workflows on two workers at once',
	(title, spec) => {
		test(`2 x ${PAYOUTS} payouts (one per input item): the sandbox shows each payout exactly once`, async () => {
			const hook = spec.queue.bulkPayout;
			const sandbox = sandboxOf(spec);
			await hook.prepare({ sandbox, count: PAYOUTS, runs: 2 });
			const ids = ['A', 'B'].map((tag) => queueWorkflowId(spec, 'Pay', tag));
			const t = Date.now();
			const runs = await timed(`${spec.id}: 2 x ${PAYOUTS} payouts`, () =>
				runPairConcurrently(ids, { timeoutMs: 240000 }),
			);
			ctx.figures[`${spec.id} payouts`] =
				`${2 * PAYOUTS} in ${((Date.now() - t) / 1000).toFixed(1)} s on ${runs.map((r) => r.workers.join('+')).join(' and ')}`;
			for (const [i, { execution }] of runs.entries()) {
				expect({ status: execution.status, error: errorOf(execution) }).toEqual({
					status: 'success',
					error: undefined,
				});
				const tag = ['A', 'B'][i];
				const result = await hook.check({
					sandbox,
					tag,
					count: PAYOUTS,
					items: itemsOf(execution, hook.outputNode),
				});
				expect({ tag, ...result }).toEqual({
					tag,
					requests: 'each exactly once',
					transactions: 'each exactly once',
					outputIds: 'each exactly once',
				});
			}
			expect(runs.map((r) => r.workers.length)).toEqual([1, 1]);
			expect(runs[0].workers[0]).not.toBe(runs[1].workers[0]);
		});
	},
);

test(`load: ${LOAD_TOTAL} valid webhook deliveries -> exactly ${LOAD_TOTAL} executions, none lost or duplicated, on both workers`, async () => {
	const { cluster } = ctx;
	const targets = hooked('deliverValid');
	expect(targets.length).toBeGreaterThan(0);
	const before = {};
	for (const spec of targets)
		before[spec.id] = await executionIds(cluster.main, spec.ids.triggerWorkflow);
	const share = (i) =>
		Math.floor(LOAD_TOTAL / targets.length) + (i < LOAD_TOTAL % targets.length ? 1 : 0);
	const t0 = Date.now();
	const delivered = await Promise.all(
		targets.map((spec, i) =>
			spec.queue.deliverValid({
				spec,
				sandbox: sandboxOf(spec),
				webhookUrl: `${cluster.webhookUrl}${hookPath(spec)}`,
				count: share(i),
			}),
		),
	);
	const deliverSeconds = (Date.now() - t0) / 1000;
	const results = [];
	for (const [i, spec] of targets.entries()) {
		const executions = await waitForNewExecutions(
			cluster.main,
			spec.ids.triggerWorkflow,
			before[spec.id],
			share(i),
			{ includeData: true, timeoutMs: 300000, settleMs: 3000 },
		);
		results.push({ spec, executions, keys: delivered[i], count: share(i) });
	}
	const seconds = (Date.now() - t0) / 1000;
	// read the logs once all have run: who queued each execution, which worker ran it
	const byWorker = cluster.executionsByWorker();
	const enqueued = cluster.enqueuedIds(cluster.webhook.handle);
	const ranOn = (id) => Object.keys(byWorker).filter((w) => byWorker[w].has(String(id)));
	const perWorker = Object.fromEntries(Object.keys(byWorker).map((w) => [w, 0]));
	for (const { spec, executions, keys, count } of results) {
		expect({
			trigger: spec.title,
			executions: executions.length,
			failed: executions.filter((e) => e.status !== 'success').length,
		}).toEqual({ trigger: spec.title, executions: count, failed: 0 });
		const seen = executions.map((e) => spec.queue.deliveryKey(itemsOf(e, triggerNode(spec))[0]));
		expect({ trigger: spec.title, keys: countOnce(seen, keys) }).toEqual({
			trigger: spec.title,
			keys: 'each exactly once',
		});
		for (const e of executions) {
			const ran = ranOn(e.id);
			expect({
				execution: e.id,
				workers: ran.length,
				viaWebhookProcess: enqueued.has(String(e.id)),
			}).toEqual({ execution: e.id, workers: 1, viaWebhookProcess: true });
			perWorker[ran[0]] += 1;
		}
	}
	ctx.timings[`load: ${LOAD_TOTAL} deliveries -> executions finished`] = seconds;
	ctx.figures['load'] =
		`${LOAD_TOTAL} deliveries answered in ${deliverSeconds.toFixed(1)} s (${(LOAD_TOTAL / deliverSeconds).toFixed(0)}/s), all executed within ${seconds.toFixed(1)} s; per worker ${JSON.stringify(perWorker)}`;
	for (const n of Object.values(perWorker))
		expect(n).toBeGreaterThanOrEqual(Math.floor(LOAD_TOTAL * 0.1));
}, 600000);

describe('the failing set-up: processes without the package', () => {
	beforeAll(async () => {
		const { cluster } = ctx;
		await timed('replace workers and webhook process by ones without the package', async () => {
			for (const w of cluster.workers.slice()) await cluster.stopWorker(w.name);
			await Promise.all([
				cluster.startWorker({ name: 'worker-bare', nodes: 'none' }),
				cluster.replaceWebhook({ name: 'webhook-bare', nodes: 'none' }),
			]);
		});
	}, 120000);

	const doc = () => fs.readFileSync(path.join(ROOT, 'docs', 'queue-mode.md'), 'utf8');

	test.each(providers.map((p) => [p.title, p]))(
		'%s: an execution on a worker without the package fails with "Unrecognized node type", which docs/queue-mode.md names',
		async (title, spec) => {
			const { cluster } = ctx;
			const id = await cluster.main.runManually(spec.ids.actionWorkflow, 'Run');
			const execution = await cluster.main.getExecution(id);
			expect({
				status: execution.status,
				error: errorOf(execution),
				workers: cluster.workersThatRan(id),
			}).toEqual({
				status: 'error',
				error: `Unrecognized node type: ${spec.nodeTypes.action}`,
				workers: ['worker-bare'],
			});
			expect(doc()).toContain('## Troubleshooting: Unrecognized node type in queue mode');
			expect(doc()).toContain(`Unrecognized node type: ${spec.nodeTypes.action}`);
		},
	);

	test.each(providers.map((p) => [p.title, p]))(
		'%s: a webhook process without the package answers deliveries with HTTP 400 "Unrecognized node type" and starts nothing',
		async (title, spec) => {
			const { cluster } = ctx;
			const before = await executionIds(cluster.main, spec.ids.triggerWorkflow);
			const res = await request(`${cluster.webhookUrl}${hookPath(spec)}`, {
				method: 'POST',
				body: {},
			});
			expect({ status: res.status, message: res.json && res.json.message }).toEqual({
				status: 400,
				message: `Unrecognized node type: ${spec.nodeTypes.trigger}`,
			});
			await sleep(1000);
			expect(await executionsSince(cluster.main, spec.ids.triggerWorkflow, before)).toEqual([]);
			expect(doc()).toContain(`Unrecognized node type: ${spec.nodeTypes.trigger}`);
		},
	);
});
