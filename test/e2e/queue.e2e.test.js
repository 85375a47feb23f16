'use strict';
// The package in n8n QUEUE MODE, deployed on this machine as users scale it (e2e/lib/queue/):
// PostgreSQL + Redis, a main process (editor, API, trigger activation; no production webhooks), a
// webhook process, and two workers — worker-1 reads the package from a shared nodes folder (a volume
// mounted at ~/.n8n/nodes in every process), worker-2 has its own copy (the package baked into its
// image). For every provider present (specs in e2e/providers/, queue hooks next to them):
//   1. action workflows run on a worker, never on the main;
//   2. trigger deliveries come in through the webhook process; forged ones start nothing; a polling
//      trigger polls from the main only (one poller, not one per process) and emits each change once;
//   3. per-process state under load: one account's rate limit shared by two workers paging at once;
//      two bulk payout workflows on two workers at once, each payout exactly once;
//      1,000 valid webhook deliveries -> exactly 1,000 executions, spread over both workers;
//   4. the failing set-ups: a worker and a webhook process without the package.
// Which process ran an execution: n8n 2.41 keeps no host in the execution record; each worker logs
// "Worker started execution <id>", the process that queued it logs "Enqueued execution <id>".
// Set-up and settings: test/e2e/queue/context.js; per-provider action and trigger tests:
// test/e2e/queue/triggers.js; the concurrency tests: test/e2e/queue/checks.js.
const fs = require('node:fs');
const path = require('node:path');
const { executionIds, executionsSince } = require('../../e2e/lib/queue/executions');
const { ROOT, PACKAGE_NAME, n8nVersion } = require('../../e2e/lib/runtime');
const { request } = require('../../e2e/lib/http');
const { sleep } = require('../../e2e/lib/processes');
const q = require('./queue/context');
const checks = require('./queue/checks');
const triggers = require('./queue/triggers');

const { settings, ctx, hookPath } = q;
const { providers } = settings;
const LOAD_ERROR =
	/Failed to load|Skipping package|Unknown credential name|UnrecognizedNodeType|Unrecognized node type|Cannot find module/i;
const byTitle = (list) => list.map((p) => [p.title, p]);
const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

beforeAll(q.setUp, 300000);
afterAll(q.tearDown, 60000);

test('the deployment: n8n main + webhook process + 2 workers in queue mode on PostgreSQL and Redis, no package load errors', async () => {
	const { cluster } = ctx;
	const pg = `${cluster.postgres.version} (run as ${cluster.postgres.runAs})`;
	ctx.figures['tested with'] =
		`n8n ${n8nVersion()} (N8N_EXPRESSION_ENGINE=${settings.expressionEngine}), ${pg}, Redis ${cluster.redis.version}`;
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
		const loadErrors = h
			.log()
			.split('\n')
			.filter((l) => LOAD_ERROR.test(l));
		expect({ process: h.name, loadErrors }).toEqual({ process: h.name, loadErrors: [] });
	}
	for (const w of cluster.workers) expect((await request(`${w.n8n.url}/healthz`)).status).toBe(200);
});

test('production webhooks are served by the webhook process; the main answers 404 for them', async () => {
	for (const spec of q.webhookProviders()) {
		const { method } = spec.triggerWebhook;
		const status = (await q.probe(`${ctx.cluster.webhookUrl}${hookPath(spec)}`, method)).status;
		expect({ trigger: spec.title, served: status !== 404 }).toEqual({
			trigger: spec.title,
			served: true,
		});
		expect((await q.probe(`${ctx.cluster.main.url}${hookPath(spec)}`, method)).status).toBe(404);
	}
});

describe.each(byTitle(providers))('%s', (title, spec) => {
	const via = spec.triggerPoll ? 'the main (its poller)' : 'the webhook process';
	test(`the action workflow (Execute workflow in the editor) runs on a worker, never on the main; its simulated payment comes back through ${via}`, () =>
		triggers.actionWorkflow(spec));

	describe(`trigger ${spec.triggerPoll ? 'changes seen by the poller on the main' : 'deliveries through the webhook process'}`, () => {
		const state = {};
		const cases = spec.e2e.triggerCases();
		let before;
		beforeAll(async () => {
			before = await executionIds(ctx.cluster, spec.ids.triggerWorkflow);
		});
		test.each(cases.map((c) => [c.name, c]))('%s', (name, c) =>
			triggers.triggerCase(spec, c, state),
		);
		test('exactly the expected executions in the end (each change once, none from rejected ones)', () =>
			triggers.expectCaseExecutions(spec, cases, before));
	});

	if (spec.triggerPoll && spec.queue && spec.queue.polling) {
		test('one process polls (the main), not one per process', () => triggers.onePoller(spec));
	}
});

// (describe.each refuses an empty table: with E2E_PROVIDERS narrowing, a hook may have no provider)
const describeFor = (list, name, fn) => list.length && describe.each(byTitle(list))(name, fn);

describeFor(q.hooked('registration'), '%s: a self-registering trigger', (title, spec) => {
	test('registered once, by the main (not once per process); deactivated: removed; activated: registered again', () =>
		triggers.registration(spec));
});

test("the providers' queue hooks cover the load, payout, rate-limit and polling tests", () => {
	if (q.only.length) return; // narrowed on purpose (E2E_PROVIDERS)
	const polling = providers.filter((p) => p.triggerPoll);
	expect({
		deliverValid: q.hooked('deliverValid').length > 0,
		bulkPayout: q.hooked('bulkPayout').length > 0,
		sharedRateLimit: q.hooked('sharedRateLimit').length > 0,
		polling: polling.every((p) => p.queue && p.queue.polling),
	}).toEqual({ deliverValid: true, bulkPayout: true, sharedRateLimit: true, polling: true });
});

describeFor(
	q.hooked('sharedRateLimit'),
	'%s: one account rate limit, two workers paging at once',
	(title, spec) => {
		test('Return All on both workers under a small rate limit: no failed execution, every item once', () =>
			checks.sharedRateLimit(spec));
	},
);

describeFor(
	q.hooked('bulkPayout'),
	'%s: two bulk payout workflows on two workers at once',
	(title, spec) => {
		test(`2 x ${settings.payouts} payouts (one per input item): the sandbox shows each payout exactly once`, () =>
			checks.bulkPayouts(spec));
	},
);

if (q.hooked('deliverValid').length) {
	test(
		`load: ${settings.loadTotal} valid webhook deliveries -> exactly ${settings.loadTotal} executions, none lost or duplicated, on both workers`,
		() => checks.load(),
		600000,
	);
}

describe('the failing set-up: processes without the package', () => {
	beforeAll(async () => {
		const { cluster } = ctx;
		await q.timed('replace workers and webhook process by ones without the package', async () => {
			for (const w of cluster.workers.slice()) await cluster.stopWorker(w.name);
			await Promise.all([
				cluster.startWorker({ name: 'worker-bare', nodes: 'none' }),
				cluster.replaceWebhook({ name: 'webhook-bare', nodes: 'none' }),
			]);
		});
	}, 120000);

	/** The troubleshooting entry names the error users see and the fix. */
	function expectDocNames() {
		const doc = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
		expect(doc).toContain('## Troubleshooting: Unrecognized node type in queue mode');
		expect(doc).toContain(`Unrecognized node type: ${PACKAGE_NAME}.`);
		expect(doc).toContain('~/.n8n/nodes');
	}

	test.each(byTitle(providers))(
		'%s: an execution on a worker without the package fails with "Unrecognized node type", which the README troubleshooting entry names',
		async (title, spec) => {
			const { cluster } = ctx;
			const id = await cluster.main.runManually(spec.ids.actionWorkflow, 'Run');
			const message = `Unrecognized node type: ${spec.nodeTypes.action}`;
			// the worker says so, and the main hears of the failed job
			const bare = cluster.workers.find((w) => w.name === 'worker-bare').handle;
			await bare.waitForLog(new RegExp(`${escape(message)} \\(execution ${id}\\)`), 60000);
			await cluster.mainHandle.waitForLog(
				new RegExp(`Execution ${id} \\(job \\d+\\) failed`),
				30000,
			);
			expect(cluster.workersThatRan(id)).toEqual(['worker-bare']);
			// The execution record: n8n 2.41 marks it failed with that message — but not always: in about
			// one run in four here, it left the second such execution 'running' (README, Troubleshooting).
			const execution = await cluster.main
				.getExecution(id, { timeoutMs: 20000 })
				.catch(() => undefined);
			if (execution) {
				const error = execution.data && execution.data.resultData.error;
				expect({ status: execution.status, error: error && error.message }).toEqual({
					status: 'error',
					error: message,
				});
			} else {
				ctx.figures[`${spec.id} on worker-bare`] =
					`execution ${id} failed on the worker; n8n left its record unfinished`;
			}
			expectDocNames();
		},
	);

	const webhookOnes = q.webhookProviders();
	(webhookOnes.length ? test.each(byTitle(webhookOnes)) : () => {})(
		'%s: a webhook process without the package answers deliveries with HTTP 400 "Unrecognized node type" and starts nothing',
		async (title, spec) => {
			const { cluster } = ctx;
			const before = await executionIds(cluster, spec.ids.triggerWorkflow);
			const get = spec.triggerWebhook.method === 'GET';
			const res = await request(
				`${cluster.webhookUrl}${hookPath(spec)}`,
				get ? { method: 'GET' } : { method: 'POST', body: {} },
			);
			expect({ status: res.status, message: res.json && res.json.message }).toEqual({
				status: 400,
				message: `Unrecognized node type: ${spec.nodeTypes.trigger}`,
			});
			await sleep(1000);
			expect(await executionsSince(cluster, spec.ids.triggerWorkflow, before)).toEqual([]);
			expectDocNames();
		},
	);
});
