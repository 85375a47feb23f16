'use strict';
// The package in a REAL n8n 2.41 (installed by scripts/n8n-runtime.sh into .n8n-runtime/), for every
// provider present in package.json "n8n" (specs in e2e/providers/):
//   1. n8n loads it: `n8n export:nodes` lists every node type, no load errors;
//   2. every action operation runs once through `n8n execute` against the provider sandbox: node
//      output and what the sandbox received (method, path, body, signature);
//   3. in a running n8n: the credential Test button (REST) accepts the sandbox keys and rejects wrong
//      ones; the trigger, activated through the public API, starts exactly one execution for a valid
//      webhook and none for forged, tampered, wrong-IP and unauthenticated ones. A POLLING trigger
//      (a spec with `triggerPoll`, see e2e/lib/polling.js) polls fast for the run; each of its cases
//      waits for the next poll: one successful execution per change, none, or a failed one
//      (execution: 'error', the trigger's report).
// One n8n user folder for the whole file: .e2e-work/run-<time>/ (kept for inspection; older runs
// are removed).
const fs = require('node:fs');
const path = require('node:path');
const { N8n } = require('../../e2e/lib/n8n');
const { ROOT, PACKAGE_NAME } = require('../../e2e/lib/runtime');
const { freePort, waitFor, sleep } = require('../../e2e/lib/processes');
const { nodeOutput } = require('../../e2e/lib/cli');
const { request } = require('../../e2e/lib/http');
const { startSandboxes, sandboxCall } = require('../../e2e/lib/sandboxes');
const { presentProviders, uncoveredPackageFiles } = require('../../e2e/providers');
const { operationsOf } = require('../../e2e/lib/workflow');
const { withPollTimes, triggerExecutions } = require('../../e2e/lib/polling');

// E2E_PROVIDERS=westwallet,wolvpay narrows the run (while developing one provider).
const only = (process.env.E2E_PROVIDERS || '').split(',').filter(Boolean);
const providers = presentProviders().filter((p) => !only.length || only.includes(p.id));

const WORK_ROOT = path.join(ROOT, '.e2e-work');
const WORK = path.join(WORK_ROOT, `run-${new Date().toISOString().replace(/[:.]/g, '-')}`);
/** Log lines that mean n8n could not load (part of) a community package. */
const LOAD_ERROR =
	/Failed to load|Skipping package|Unknown credential name|is not contained within the package|UnrecognizedNodeType|Cannot find module|SyntaxError/i;

const ctx = {
	n8n: undefined,
	sandboxes: undefined,
	handle: undefined,
	nodeTypes: undefined,
	timings: {},
};

function sandboxOf(spec) {
	const s = ctx.sandboxes.providers[spec.id];
	if (!s)
		throw new Error(`sandbox "${spec.id}" did not start (is sandbox/${spec.id}/index.js there?)`);
	return s;
}

async function timed(label, fn) {
	const t = Date.now();
	try {
		return await fn();
	} finally {
		ctx.timings[label] = (Date.now() - t) / 1000;
	}
}

beforeAll(async () => {
	// keep only the newest runs' folders (each holds an n8n database and logs)
	if (fs.existsSync(WORK_ROOT)) {
		const runs = fs
			.readdirSync(WORK_ROOT)
			.filter((d) => d.startsWith('run-'))
			.sort();
		for (const d of runs.slice(0, Math.max(0, runs.length - 2)))
			fs.rmSync(path.join(WORK_ROOT, d), { recursive: true, force: true });
	}
	fs.mkdirSync(WORK, { recursive: true });
	const port = await freePort();
	ctx.n8n = new N8n({
		userFolder: path.join(WORK, 'n8n'),
		port,
		logFile: path.join(WORK, 'n8n.log'),
	});
	ctx.sandboxes = await startSandboxes({ names: providers.map((p) => p.id), randomPorts: true });
	for (const p of providers)
		if (p.configureSandbox)
			await p.configureSandbox({ sandbox: sandboxOf(p), n8nUrl: ctx.n8n.url });
	await timed('install package', () => ctx.n8n.installPackage({ build: false }));
	const credentials = providers.flatMap((p) => p.credentials({ sandbox: sandboxOf(p) }));
	const workflows = providers.flatMap((p) => [
		...withPollTimes(p, p.workflows({ sandbox: sandboxOf(p), n8nUrl: ctx.n8n.url })),
		...(p.e2e.scenarios?.() ?? []).map((s) => s.workflow),
	]);
	if (credentials.length)
		await timed('import credentials', () => ctx.n8n.importCredentials(credentials));
	if (workflows.length) await timed('import workflows', () => ctx.n8n.importWorkflow(workflows));
}, 300000);

afterAll(async () => {
	if (ctx.handle) await ctx.handle.stop();
	if (ctx.sandboxes) await ctx.sandboxes.stop();
	if (Object.keys(ctx.timings).length) {
		const lines = Object.entries(ctx.timings).map(([k, v]) => `  ${k}: ${v.toFixed(1)} s`);
		process.stdout.write(
			`\n[e2e] timings (work folder ${path.relative(ROOT, WORK)}):\n${lines.join('\n')}\n`,
		);
	}
});

test('every provider in package.json "n8n" has an e2e spec (e2e/providers/<provider>.js)', () => {
	expect(uncoveredPackageFiles()).toEqual([]);
	expect(providers.length).toBeGreaterThan(0);
});

describe('n8n loads the package', () => {
	test('n8n export:nodes lists every node type of the package, with no load errors', async () => {
		const nodes = await timed('export:nodes', () => ctx.n8n.exportNodes());
		const ours = nodes.filter((n) => n.name.startsWith(`${PACKAGE_NAME}.`));
		ctx.nodeTypes = Object.fromEntries(ours.map((n) => [n.name, n]));
		const expected = providers.flatMap((p) => [p.nodeTypes.action, p.nodeTypes.trigger]);
		expect(Object.keys(ctx.nodeTypes)).toEqual(expect.arrayContaining(expected));
		// every node file of package.json "n8n" gave a node type
		const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
		expect(ours.filter((n) => !n.name.endsWith('Tool')).length).toBeGreaterThanOrEqual(
			pkg.n8n.nodes.length,
		);
		const loadErrors = `${nodes.stdout}\n${nodes.stderr}`
			.split('\n')
			.filter((l) => LOAD_ERROR.test(l));
		expect(loadErrors).toEqual([]);
		// the icons n8n will serve exist in the installed package
		const installed = path.join(ctx.n8n.userFolder, '.n8n', 'nodes', 'node_modules', PACKAGE_NAME);
		for (const n of ours) {
			for (const url of Object.values(n.iconUrl || {})) {
				const rel = String(url).replace(`icons/${PACKAGE_NAME}/`, '');
				expect({
					node: n.name,
					icon: rel,
					exists: fs.existsSync(path.join(installed, rel)),
				}).toEqual({ node: n.name, icon: rel, exists: true });
			}
		}
	});
});

describe.each(providers.map((p) => [p.title, p]))(
	'%s actions through `n8n execute`',
	(title, spec) => {
		test(`every ${title} action operation runs once against the sandbox (output and signed requests)`, async () => {
			const sandbox = sandboxOf(spec);
			await sandboxCall(sandbox.url, 'DELETE', '/_sandbox/requests');
			const run = await timed(`execute ${spec.id} actions`, () =>
				ctx.n8n.execute(spec.ids.actionWorkflow),
			);
			const error = run.result?.data?.resultData?.error;
			if (run.exitCode !== 0 || error) {
				throw new Error(
					`n8n execute failed (exit ${run.exitCode}): ${error ? `${error.node?.name ?? ''}: ${error.message} ${error.description ?? ''}` : ''}\n${run.stdout.slice(-3000)}\n${run.stderr.slice(-2000)}`,
				);
			}
			const runData = run.result.data.resultData.runData;
			const wf = spec.workflows({ sandbox, n8nUrl: ctx.n8n.url })[0];

			// every node ran, once, successfully
			for (const n of wf.nodes) {
				expect({
					node: n.name,
					ran: (runData[n.name] || []).map((r) => r.executionStatus),
				}).toEqual({ node: n.name, ran: ['success'] });
			}

			// every resource:operation of the action node is in the workflow (and so ran)
			const description = ctx.nodeTypes?.[spec.nodeTypes.action];
			expect(description).toBeDefined();
			const offered = operationsOf(description);
			const covered = [
				...new Set(
					wf.nodes
						.filter((n) => n.type === spec.nodeTypes.action)
						.map((n) => `${n.parameters.resource}:${n.parameters.operation}`),
				),
			].sort();
			expect(covered).toEqual(offered);

			const requests = (await sandboxCall(sandbox.url, 'GET', '/_sandbox/requests')).json;
			spec.e2e.checkActions({
				out: (name) => nodeOutput(run.result, name),
				requests,
				sandbox,
				n8nUrl: ctx.n8n.url,
			});
		});
	},
);

const scenarios = providers.flatMap((p) =>
	(p.e2e.scenarios?.() ?? []).map((s) => [`${p.title}: ${s.name}`, p, s]),
);
if (scenarios.length) {
	describe('scenarios through `n8n execute`', () => {
		test.each(scenarios)('%s', async (_name, spec, scenario) => {
			const sandbox = sandboxOf(spec);
			await sandboxCall(sandbox.url, 'DELETE', '/_sandbox/requests');
			if (scenario.before) await scenario.before({ sandbox });
			const run = await ctx.n8n.execute(scenario.workflow.id);
			const requests = (await sandboxCall(sandbox.url, 'GET', '/_sandbox/requests')).json;
			// a scenario that `fails` checks the failed run itself (exit code, what n8n printed)
			if (scenario.fails) return scenario.check({ run, requests, sandbox });
			expect(run.result?.data?.resultData?.runData).toBeDefined();
			scenario.check({ runData: run.result.data.resultData.runData, requests, sandbox });
		});
	});
}

describe('in a running n8n', () => {
	beforeAll(async () => {
		ctx.handle = await timed('n8n start', () => ctx.n8n.start());
		await ctx.n8n.setupOwner({
			email: 'e2e@example.com',
			password: 'E2e-Password-1',
			firstName: 'E2E',
			lastName: 'Owner',
		});
		await ctx.n8n.createApiKey('e2e');
		// (a polling trigger's first poll runs during activation: it takes note of what exists)
		for (const p of providers) await ctx.n8n.activateWorkflow(p.ids.triggerWorkflow);
		// the production webhooks answer (anything but 404) once registered
		for (const p of providers.filter((x) => x.triggerWebhook)) {
			const url = ctx.n8n.webhookUrl(p.triggerWebhook.webhookId, p.triggerWebhook.path);
			await waitFor(async () => (await probeWebhook(url, p.triggerWebhook.method)).status !== 404, {
				what: `webhook ${url}`,
			});
		}
	}, 180000);

	// An empty POST (a GET for a trigger called back with GET) from a foreign IP: rejected by the
	// trigger (no execution), but not 404 once registered.
	function probeWebhook(url, method = 'POST') {
		if (method === 'GET') return request(url, { method, localAddress: '127.0.0.2' });
		return request(url, {
			method: 'POST',
			headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
			body: '',
			localAddress: '127.0.0.2',
		});
	}

	describe.each(providers.map((p) => [p.title, p]))('%s', (title, spec) => {
		test('credential Test (editor REST endpoint): the sandbox keys pass', async () => {
			const sandbox = sandboxOf(spec);
			await sandboxCall(sandbox.url, 'DELETE', '/_sandbox/requests');
			const result = await ctx.n8n.testCredential(spec.ids.credential);
			expect(result).toEqual(expect.objectContaining({ status: 'OK' }));
			const requests = (await sandboxCall(sandbox.url, 'GET', '/_sandbox/requests')).json;
			spec.e2e.checkCredentialRequests({ requests, sandbox });
		});

		test.each(spec.e2e.wrongCredentials)('credential Test: %s fails', async (label, changes) => {
			const result = await ctx.n8n.testCredential(spec.ids.credential, changes);
			expect(result.status).toBe('Error');
			expect(String(result.message || '')).not.toBe('');
		});

		const kind = spec.triggerPoll ? 'polling' : 'production webhook';
		describe(`trigger (active workflow, ${kind})`, () => {
			const state = {};
			const cases = spec.e2e.triggerCases();
			const executions = () => triggerExecutions(ctx.n8n, spec);
			const count = () => executions().count();
			const webhookCtx = () => ({
				sandbox: sandboxOf(spec),
				webhookUrl:
					spec.triggerWebhook &&
					ctx.n8n.webhookUrl(spec.triggerWebhook.webhookId, spec.triggerWebhook.path),
				state,
				n8n: ctx.n8n,
			});

			test('no execution before any delivery', async () => {
				expect(await count()).toBe(0);
			});

			test.each(cases.map((c) => [c.name, c]))('%s', async (name, c) => {
				const before = await count();
				const { errors, waitMs, quietMs, latestFilter } = executions();
				const errorsBefore = (await errors()).length;
				// the newest listed execution before the delivery: the case checks a newer one (a new
				// execution is counted while running, before n8n lists it with its data)
				const newestBefore = (
					await ctx.n8n.listExecutions(spec.ids.triggerWorkflow, {
						includeData: false,
						...latestFilter,
					})
				)[0]?.id;
				const wctx = webhookCtx();
				const status = await c.deliver(wctx);
				expect({ delivery: name, status }).toEqual({
					delivery: name,
					status: c.status.includes(status) ? status : `one of ${c.status.join(', ')}`,
				});
				if (c.execution === 'error') {
					const failed = await waitFor(
						async () => ((await errors()).length > errorsBefore ? (await errors())[0] : undefined),
						{ what: 'the failed execution (the trigger reports a problem)', timeoutMs: waitMs },
					);
					const full = await ctx.n8n.getExecution(failed.id);
					if (c.checkError) c.checkError(full.data?.resultData?.error ?? {}, wctx);
					expect(await count()).toBe(before);
				} else if (c.execution) {
					await waitFor(async () => (await count()) === before + 1, {
						what: 'the execution',
						timeoutMs: waitMs,
					});
					const [latest] = await waitFor(
						async () => {
							const list = await ctx.n8n.listExecutions(spec.ids.triggerWorkflow, {
								includeData: true,
								...latestFilter,
							});
							return list.length &&
								list[0].id !== newestBefore &&
								list[0].finished !== undefined &&
								list[0].data
								? list
								: undefined;
						},
						{ what: 'the execution data' },
					);
					expect(latest.status).toBe('success');
					const triggerName = webhookTriggerName(spec);
					const items = (
						(latest.data.resultData.runData[triggerName] || [])[0]?.data?.main?.[0] || []
					).map((i) => i.json);
					if (c.check) c.check(items, wctx);
					state.executions = (state.executions || 0) + 1;
				} else {
					await sleep(quietMs);
					expect(await count()).toBe(before);
				}
			});

			test('exactly the expected executions in the end (none from rejected deliveries)', async () => {
				await sleep(1500);
				const expected = cases.filter((c) => c.execution === true).length;
				expect(await count()).toBe(expected);
			});
		});
	});

	describe.each(providers.map((p) => [p.title, p]))(
		'%s example workflows (as the demo shows them)',
		(title, spec) => {
			test('the action workflow runs from the editor (Execute workflow) and its simulated payment starts the trigger workflow', async () => {
				const { count: countTrigger, poll, waitMs } = triggerExecutions(ctx.n8n, spec);
				const before = await countTrigger();
				const [action] = spec.workflows({ sandbox: sandboxOf(spec), n8nUrl: ctx.n8n.url });
				const start = action.nodes.find((n) => n.type === 'n8n-nodes-base.manualTrigger');
				const id = await ctx.n8n.runManually(spec.ids.actionWorkflow, start.name);
				const execution = await ctx.n8n.getExecution(id);
				const error = execution.data?.resultData?.error;
				expect({
					status: execution.status,
					error: error && `${error.node?.name ?? ''}: ${error.message}`,
				}).toEqual({ status: 'success', error: undefined });
				expect(Object.keys(execution.data.resultData.runData).sort()).toEqual(
					action.nodes.map((n) => n.name).sort(),
				);
				// a polling trigger may see the workflow's changes in one poll or several
				const started = (n) => (poll ? n > before : n === before + 1);
				await waitFor(async () => started(await countTrigger()), {
					what: 'the trigger execution',
					timeoutMs: waitMs,
				});
			});
		},
	);

	test('the running n8n logged no package load errors', () => {
		const errors = ctx.handle
			.log()
			.split('\n')
			.filter((l) => LOAD_ERROR.test(l));
		expect(errors).toEqual([]);
	});
});

function webhookTriggerName(spec) {
	const wf = spec.workflows({ sandbox: sandboxOf(spec), n8nUrl: ctx.n8n.url })[1];
	return wf.nodes.find((n) => n.type === spec.nodeTypes.trigger).name;
}
