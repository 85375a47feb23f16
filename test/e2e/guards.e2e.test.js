'use strict';
// Our credentials and signed requests cannot be turned against the user (issue 16), in a REAL n8n:
//   1. n8n refuses to save, and to run, a workflow whose HTTP Request node uses any of our
//      credential types (restrictToSupportedNodes); the target server receives nothing;
//   2. the same credential works in our node used as an AI agent's tool (WestWallet);
//   3. a Base URL answering 302 to a second server: that server receives nothing; a read fails
//      naming the redirect, a payout's error output reports UNKNOWN; the trigger's "confirm via
//      API" read starts no execution (WestWallet).
// E2E_PROVIDERS narrows the providers (WestWallet is needed for 2 and 3).
const fs = require('node:fs');
const path = require('node:path');
const { N8n } = require('../../e2e/lib/n8n');
const { ROOT } = require('../../e2e/lib/runtime');
const { freePort, waitFor, sleep } = require('../../e2e/lib/processes');
const { request } = require('../../e2e/lib/http');
const { startSandboxes, sandboxCall } = require('../../e2e/lib/sandboxes');
const { presentProviders } = require('../../e2e/providers');
const { startRedirector, httpRequestWorkflow, httpWorkflowId } = require('../../e2e/lib/guards');
const ww = require('../../e2e/providers/westwallet/guards');
const { IPN_TOKEN } = require('../../e2e/providers/westwallet/constants');

const only = (process.env.E2E_PROVIDERS || '').split(',').filter(Boolean);
const providers = presentProviders().filter((p) => !only.length || only.includes(p.id));
const westWallet = providers.find((p) => p.id === 'westwallet');
const WORK = path.join(
	ROOT,
	'.e2e-work',
	`guards-${new Date().toISOString().replace(/[:.]/g, '-')}`,
);
const ctx = {};

beforeAll(async () => {
	fs.mkdirSync(WORK, { recursive: true });
	ctx.n8n = new N8n({
		userFolder: path.join(WORK, 'n8n'),
		port: await freePort(),
		logFile: path.join(WORK, 'n8n.log'),
	});
	ctx.sandboxes = westWallet
		? await startSandboxes({ names: ['westwallet'], randomPorts: true })
		: undefined;
	// a payout reads the currency list first (its amount checks): that read passes through
	ctx.servers = await startRedirector({
		proxy: westWallet && {
			to: ctx.sandboxes.providers.westwallet.url,
			paths: ['/wallet/currencies_data'],
		},
	});
	await ctx.n8n.installPackage({ build: false });
	// each provider's credential (for the HTTP Request node, pointing at the server that must stay empty)
	const fake = { url: ctx.servers.elsewhere.url, credentials: {} };
	const credentials = providers.flatMap((p) =>
		p.credentials({ sandbox: p === westWallet ? ctx.sandboxes.providers.westwallet : fake }),
	);
	const workflows = providers.map((p) => httpRequestWorkflow(p, ctx.servers.elsewhere.url));
	if (westWallet) {
		const sandbox = ctx.sandboxes.providers.westwallet;
		credentials.push(
			...ww.guardCredentials({ sandbox, redirectorUrl: ctx.servers.redirector.url }),
		);
		workflows.push(...ww.guardWorkflows());
	}
	await ctx.n8n.importCredentials(credentials);
	await ctx.n8n.importWorkflow(workflows); // the CLI import does not validate: run-time is tested too
}, 300000);

afterAll(async () => {
	if (ctx.handle) await ctx.handle.stop();
	if (ctx.sandboxes) await ctx.sandboxes.stop();
	if (ctx.servers) await ctx.servers.close();
});

const nodeRun = (run, name) => run.result?.data?.resultData?.runData?.[name]?.[0];
const items = (run, name, output = 0) =>
	(nodeRun(run, name)?.data?.main?.[output] || []).map((i) => i.json);

describe.each(providers.map((p) => [p.title, p]))('%s credential', (_title, spec) => {
	test('an HTTP Request node using it is refused at run time; nothing is sent', async () => {
		ctx.servers.elsewhere.received.length = 0;
		const run = await ctx.n8n.execute(httpWorkflowId(spec));
		const error = nodeRun(run, 'HTTP Request')?.error ?? run.result?.data?.resultData?.error;
		expect(String(error?.message)).toMatch(
			new RegExp(`Credential type "${spec.credentialType}" is restricted to specific nodes`),
		);
		expect(ctx.servers.elsewhere.received).toEqual([]);
	});
});

if (westWallet) {
	describe('WestWallet: a Base URL answering 302 to another host', () => {
		test('the other host receives nothing; the read fails naming the redirect; the payout is UNKNOWN', async () => {
			ctx.servers.elsewhere.received.length = 0;
			ctx.servers.redirector.received.length = 0;
			const run = await ctx.n8n.execute(ww.guardIds.redirectWorkflow);
			expect(ctx.servers.elsewhere.received).toEqual([]);
			const paths = ctx.servers.redirector.received
				.map((r) => r.url)
				.filter((u) => u !== '/wallet/currencies_data')
				.sort();
			expect(paths).toEqual(['/wallet/balances', '/wallet/create_withdrawal']); // once each
			const [read] = items(run, 'Read balances');
			expect(read.error).toMatch(/HTTP 302, a redirect to 127\.0\.0\.1:\d+, which is not followed/);
			expect(items(run, 'Send payout', 0)).toEqual([]);
			const [failed] = items(run, 'Send payout', 1);
			expect(failed.error).toMatch(
				/UNKNOWN: the API answered HTTP 302, a redirect to 127\.0\.0\.1/,
			);
			expect(failed.details.outcome).toBe('unknown');
			expect(nodeRun(run, 'Paid')).toBeUndefined();
		});
	});
}

describe('in a running n8n', () => {
	beforeAll(async () => {
		ctx.handle = await ctx.n8n.start();
		await ctx.n8n.setupOwner({
			email: 'e2e@example.com',
			password: 'E2e-Password-1',
			firstName: 'E2E',
			lastName: 'Owner',
		});
		await ctx.n8n.createApiKey('e2e guards');
	}, 180000);

	test.each(providers.map((p) => [p.title, p]))(
		'%s: n8n refuses to save a workflow whose HTTP Request node uses its credential',
		async (_title, spec) => {
			const wf = httpRequestWorkflow(spec, ctx.servers.elsewhere.url);
			const res = await ctx.n8n.rest('POST', '/workflows', {
				name: `${wf.name} (save attempt)`,
				nodes: wf.nodes,
				connections: wf.connections,
				settings: wf.settings,
				active: false,
			});
			expect(res.status).toBeGreaterThanOrEqual(400);
			expect(res.text).toMatch(/Cannot save workflow: .*restricted to/);
		},
	);

	if (!westWallet) return;

	test('WestWallet: the same credential works in our node used as an AI tool', async () => {
		const sandbox = ctx.sandboxes.providers.westwallet;
		await sandboxCall(sandbox.url, 'DELETE', '/_sandbox/requests');
		const data = await ctx.n8n._restOk('POST', `/workflows/${ww.guardIds.toolWorkflow}/run`, {
			destinationNode: { nodeName: 'WestWallet Tool', mode: 'inclusive' },
			agentRequest: { query: {} },
		});
		const execution = await ctx.n8n.getExecution(data.executionId);
		const error = execution.data?.resultData?.error;
		expect({ status: execution.status, error: error?.message }).toEqual({
			status: 'success',
			error: undefined,
		});
		expect(JSON.stringify(execution.data.resultData.runData['WestWallet Tool'])).not.toMatch(
			/restricted/,
		);
		const requests = (await sandboxCall(sandbox.url, 'GET', '/_sandbox/requests')).json;
		expect(requests.map((r) => r.path)).toContain('/wallet/balances');
	});

	test('WestWallet: the credential Test button does not follow the redirect either', async () => {
		ctx.servers.elsewhere.received.length = 0;
		const result = await ctx.n8n.testCredential(ww.guardIds.redirectCredential);
		expect(result.status).toBe('Error');
		expect(ctx.servers.elsewhere.received).toEqual([]);
		const regular = await ctx.n8n.testCredential(westWallet.ids.credential);
		expect(regular).toEqual(expect.objectContaining({ status: 'OK' }));
	});

	test("WestWallet trigger: the 'confirm via API' read does not follow a redirect; no execution", async () => {
		await ctx.n8n.activateWorkflow(ww.guardIds.redirectTrigger);
		const url = ctx.n8n.webhookUrl(ww.REDIRECT_WEBHOOK_ID, ww.REDIRECT_WEBHOOK_PATH);
		ctx.servers.elsewhere.received.length = 0;
		ctx.servers.redirector.received.length = 0;
		const deliver = () =>
			request(`${url}?token=${IPN_TOKEN}`, {
				method: 'POST',
				headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
				body: 'id=424242&amount=0.5&address=x&currency=BTC&status=completed&type=receive',
			});
		const res = await waitFor(
			async () => {
				const r = await deliver();
				return r.status === 404 ? undefined : r;
			},
			{ what: `webhook ${url}` },
		);
		expect(res.status).toBe(503); // the API could not be asked: "try again later"
		expect(ctx.servers.redirector.received.map((r) => r.url)).toContain('/wallet/transaction');
		expect(ctx.servers.elsewhere.received).toEqual([]);
		await sleep(1500);
		const executions = await ctx.n8n.listExecutions(ww.guardIds.redirectTrigger, {
			includeData: false,
		});
		expect(executions).toEqual([]);
	});
});
