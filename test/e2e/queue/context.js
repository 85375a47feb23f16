'use strict';
// The queue-mode suite's deployment and shared state (test/e2e/queue.e2e.test.js): settings from the
// environment, the sandboxes and the QueueCluster, set up once for the whole file, and the timings and
// figures printed at the end.
const fs = require('node:fs');
const path = require('node:path');
const { QueueCluster } = require('../../../e2e/lib/queue/cluster');
const { packPackage } = require('../../../e2e/lib/install');
const { ROOT } = require('../../../e2e/lib/runtime');
const { request } = require('../../../e2e/lib/http');
const { waitFor, sleep } = require('../../../e2e/lib/processes');
const { startSandboxes } = require('../../../e2e/lib/sandboxes');
const { presentProviders } = require('../../../e2e/providers');
const { withPollTimes } = require('../../../e2e/lib/polling');

const only = (process.env.E2E_PROVIDERS || '').split(',').filter(Boolean);
const settings = {
	providers: presentProviders().filter((p) => !only.length || only.includes(p.id)),
	loadTotal: Number(process.env.E2E_QUEUE_LOAD || 1000),
	payouts: Number(process.env.E2E_QUEUE_PAYOUTS || 1000),
	// deliveries in flight per provider: the sandboxes give up on a delivery after 10 s, as providers do
	deliveryConcurrency: Number(process.env.E2E_QUEUE_DELIVERY_CONCURRENCY || 8),
	// n8n 2.41's default engine ('vm') evaluates expressions in an isolated-vm isolate for every
	// execution and every delivery to a community trigger: ~150-200 ms of CPU each here, so 1,000
	// deliveries take many minutes on 2 cores. The suite runs on 'legacy' (in-process);
	// E2E_QUEUE_EXPRESSION_ENGINE=vm runs it on n8n's default (README, Running at scale: both figures).
	expressionEngine: process.env.E2E_QUEUE_EXPRESSION_ENGINE || 'legacy',
};
const WORK = path.join(
	ROOT,
	'.e2e-work',
	`queue-${new Date().toISOString().replace(/[:.]/g, '-')}`,
);
const ctx = { cluster: undefined, sandboxes: undefined, timings: {}, figures: {} };

const sandboxOf = (spec) => ctx.sandboxes.providers[spec.id];
/** Providers whose trigger receives webhooks (the others poll: spec.triggerPoll). */
const webhookProviders = () => settings.providers.filter((p) => p.triggerWebhook);
/** The providers with a given queue hook (e2e/providers/index.js). */
const hooked = (name) => settings.providers.filter((p) => p.queue && p.queue[name]);
const hookPath = (spec) => `/webhook/${spec.triggerWebhook.webhookId}/${spec.triggerWebhook.path}`;
const triggerNode = (spec) =>
	spec
		.workflows({ sandbox: sandboxOf(spec), n8nUrl: ctx.cluster.webhookUrl })[1]
		.nodes.find((n) => n.type === spec.nodeTypes.trigger).name;
const queueWorkflowId = (spec, kind, tag) => `ccpQ${spec.id.slice(0, 6)}${kind}${tag}`;

/** An empty POST from a foreign IP: rejected by the trigger, but not 404 once the webhook is served. */
// (a GET for a trigger called back with GET: spec.triggerWebhook.method)
// A GET asks for JSON: n8n's main serves its editor page (200) to a GET that accepts HTML on any
// path it does not route, production webhook paths included when it leaves them to webhook processes.
const probe = (url, method = 'POST') =>
	method === 'GET'
		? request(url, { method, headers: { Accept: 'application/json' }, localAddress: '127.0.0.2' })
		: request(url, {
				method: 'POST',
				headers: { 'Content-Type': 'text/plain' },
				body: '',
				localAddress: '127.0.0.2',
			});

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
	for (const spec of hooked('bulkPayout')) {
		for (const tag of ['A', 'B']) {
			const id = queueWorkflowId(spec, 'Pay', tag);
			out.push(spec.queue.bulkPayout.workflow({ spec, id, tag, count: settings.payouts }));
		}
	}
	for (const spec of hooked('sharedRateLimit')) {
		for (const tag of ['A', 'B']) {
			const id = queueWorkflowId(spec, 'List', tag);
			out.push(spec.queue.sharedRateLimit.workflow({ spec, id, tag }));
		}
	}
	return out;
}

/** Sandboxes, the deployment, credentials and workflows, the owner and API key, active triggers. */
async function setUp() {
	const { providers } = settings;
	fs.mkdirSync(WORK, { recursive: true });
	ctx.sandboxes = await startSandboxes({ names: providers.map((p) => p.id), randomPorts: true });
	const tgz = await timed('npm pack', () => packPackage(path.join(WORK, 'pack')));
	const cluster = new QueueCluster({ workDir: WORK, expressionEngine: settings.expressionEngine });
	ctx.cluster = cluster;
	await timed('PostgreSQL + Redis + package', () => cluster.prepare({ tgz }));
	// webhooks (IPN URLs, the WolvPay account's URL) point at the webhook process
	const n8nUrl = cluster.webhookUrl;
	for (const p of providers) {
		if (p.configureSandbox) await p.configureSandbox({ sandbox: sandboxOf(p), n8nUrl });
	}
	const credentials = providers.flatMap((p) => p.credentials({ sandbox: sandboxOf(p) }));
	await timed('import credentials (runs the database migrations)', () =>
		cluster.main.importCredentials(credentials),
	);
	const workflows = providers.flatMap((p) =>
		withPollTimes(p, p.workflows({ sandbox: sandboxOf(p), n8nUrl })),
	);
	await timed('import workflows', () =>
		cluster.main.importWorkflow([...workflows, ...queueWorkflows()]),
	);
	await timed('start main, webhook process, 2 workers', () => cluster.start());
	await cluster.main.setupOwner({ email: 'e2e@example.com', password: 'E2e-Password-1' });
	await cluster.main.createApiKey('e2e');
	const pollers = providers.filter((p) => p.triggerPoll && p.queue && p.queue.polling);
	for (const p of pollers) await p.queue.polling.clearRequests({ sandbox: sandboxOf(p) });
	for (const p of providers) await cluster.main.activateWorkflow(p.ids.triggerWorkflow);
	// A polling trigger's first poll takes note of what exists. In queue mode n8n 2.41 does not poll at
	// activation (regular mode does): the first scheduled poll does, and a change made before it is
	// never emitted (README, Running at scale). So the suite waits for that first poll.
	for (const p of pollers) {
		const polled = async () => (await p.queue.polling.countPolls({ sandbox: sandboxOf(p) })) > 0;
		await waitFor(polled, {
			timeoutMs: p.triggerPoll.maxWaitMs,
			what: `the first poll of ${p.title}`,
		});
		await sleep(1000); // its state is saved just after the request
	}
	for (const p of webhookProviders()) {
		const url = `${cluster.webhookUrl}${hookPath(p)}`;
		await waitFor(async () => (await probe(url, p.triggerWebhook.method)).status !== 404, {
			what: `webhook ${url}`,
		});
	}
}

async function tearDown() {
	if (ctx.cluster) await ctx.cluster.stop();
	if (ctx.sandboxes) await ctx.sandboxes.stop();
	const timings = { ...(ctx.cluster ? ctx.cluster.timings : {}), ...ctx.timings };
	const lines = [
		...Object.entries(timings).map(([k, v]) => `  ${k}: ${v.toFixed(1)} s`),
		...Object.entries(ctx.figures).map(([k, v]) => `  ${k}: ${v}`),
	];
	const where = `work folder ${path.relative(ROOT, WORK)}, logs in logs/`;
	process.stdout.write(`\n[e2e queue] timings and figures (${where}):\n${lines.join('\n')}\n`);
}

module.exports = {
	only,
	settings,
	ctx,
	setUp,
	tearDown,
	timed,
	sandboxOf,
	hooked,
	webhookProviders,
	hookPath,
	triggerNode,
	queueWorkflowId,
	probe,
};
