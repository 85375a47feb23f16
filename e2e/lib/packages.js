'use strict';
// The published packages in a real n8n (test/e2e/package.e2e.test.js): a fresh n8n with a set of
// packed tarballs installed (one provider package alone, or several side by side), what it then
// serves (node-creator data, output schemas), and the example workflows of a package created,
// run and triggered through n8n's APIs as a user would (import, Execute workflow, activate).
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { N8n } = require('./n8n');
const { installTarball } = require('./install');
const { freePort, waitFor, sleep } = require('./processes');
const { request } = require('./http');
const { sandboxExamples } = require('./examples');
const { ROOT } = require('./runtime');

const OWNER = {
	email: 'pkg@example.com',
	password: 'Pkg-Password-1',
	firstName: 'P',
	lastName: 'K',
};

/** A fresh n8n with the tarballs [{tgz, name}] installed, started, owner set up, API key made. */
async function n8nWith(tarballs, label) {
	const userFolder = fs.mkdtempSync(path.join(os.tmpdir(), `n8n-${label}-`));
	const work = path.join(ROOT, '.e2e-work');
	fs.mkdirSync(work, { recursive: true });
	const n8n = new N8n({
		userFolder,
		port: await freePort(),
		logFile: path.join(work, `packages-${label}.log`),
	});
	for (const t of tarballs)
		await installTarball(path.join(userFolder, '.n8n', 'nodes'), t.tgz, t.name);
	n8n.handle = await n8n.start();
	await n8n.setupOwner(OWNER);
	await n8n.createApiKey('packages');
	n8n.dispose = async () => {
		await n8n.handle.stop();
		fs.rmSync(userFolder, { recursive: true, force: true });
	};
	return n8n;
}

/** GET with the owner's session: {status, json, text}. */
function get(n8n, route) {
	return request(`${n8n.url}${route}`, { headers: { Cookie: n8n.cookie } });
}

/** The node types n8n's editor loads for its nodes panel (/types/nodes.json) and credentials. */
async function editorTypes(n8n) {
	const nodes = await get(n8n, '/types/nodes.json');
	const credentials = await get(n8n, '/types/credentials.json');
	if (nodes.status !== 200 || credentials.status !== 200)
		throw new Error(`/types: ${nodes.status}, ${credentials.status}`);
	return { nodes: nodes.json, credentials: credentials.json };
}

/**
 * Every output schema a package ships (dist/nodes/<Node>/__schema__/v<version>/<resource>/<op>.json)
 * as the URL n8n's editor requests, /schemas/<package>.<node>/<version>/<resource>/<op>.json.
 * `installed`: the package's folder; `nodeNames`: {<Folder>: node name of its action node}.
 */
function schemaUrls(installed, packageName, nodeNames) {
	const out = [];
	for (const [folder, node] of Object.entries(nodeNames)) {
		const base = path.join(installed, 'dist', 'nodes', folder, '__schema__');
		if (!fs.existsSync(base)) continue;
		for (const v of fs.readdirSync(base))
			for (const resource of fs.readdirSync(path.join(base, v)))
				for (const f of fs.readdirSync(path.join(base, v, resource)))
					out.push({
						url: `/schemas/${packageName}.${node}/${v.slice(1)}/${resource}/${f}`,
						file: path.join(base, v, resource, f),
					});
	}
	return out;
}

/** {<Folder>: action node name} from a package's "n8n" node list (dist/nodes/<Folder>/<Name>.node.js). */
function actionNodes(pkg) {
	const out = {};
	for (const f of pkg.n8n.nodes.filter((x) => !/Trigger\.node\.js$/.test(x))) {
		const base = path.basename(f, '.node.js');
		out[f.split('/')[2]] = base.charAt(0).toLowerCase() + base.slice(1);
	}
	return out;
}

/** Creates the spec's sandbox credential and its examples (node types of `packageName`) via the public API. */
async function createExamples(n8n, spec, { sandbox, packageName }) {
	const [cred] = spec.credentials({ sandbox }).filter((c) => c.type === spec.credentialType);
	const made = await n8n.api('POST', '/credentials', {
		name: cred.name,
		type: cred.type,
		data: cred.data,
	});
	if (made.status !== 200) throw new Error(`POST /credentials -> ${made.status} ${made.text}`);
	const credential = { id: made.json.id, name: cred.name };
	const examples = sandboxExamples(spec, {
		sandbox,
		n8nUrl: n8n.url,
		pollTimes: true,
		packageName,
	});
	for (const e of examples) {
		for (const n of e.workflow.nodes)
			if (n.credentials?.[spec.credentialType]) n.credentials[spec.credentialType] = credential;
		const { name, nodes, connections, settings } = e.workflow;
		const res = await n8n.api('POST', '/workflows', { name, nodes, connections, settings });
		if (res.status !== 200)
			throw new Error(`POST /workflows (${name}) -> ${res.status} ${res.text}`);
		e.id = res.json.id;
	}
	return examples;
}

/** Runs an action example as "Execute workflow" does; resolves the finished execution. */
async function runExample(n8n, example) {
	const start = example.workflow.nodes.find((n) => n.type === 'n8n-nodes-base.manualTrigger');
	const id = await n8n.runManually(example.id, start.name);
	return n8n.getExecution(id, { timeoutMs: 90000 });
}

/**
 * Activates a trigger example, delivers the spec's first valid event (its first trigger case that
 * starts an execution) and resolves the trigger's output items of the execution it started.
 */
async function triggerExample(n8n, spec, example, { sandbox }) {
	const polling = spec.triggerPoll && spec.queue?.polling;
	if (polling) await polling.clearRequests({ sandbox });
	await n8n.activateWorkflow(example.id);
	const webhookUrl =
		spec.triggerWebhook && n8n.webhookUrl(spec.triggerWebhook.webhookId, spec.triggerWebhook.path);
	// a webhook answers (anything but 404: an empty POST from a foreign IP is refused) once registered
	if (webhookUrl)
		await waitFor(
			async () => {
				// GET callbacks (Address.so) are probed with GET: a POST there is 404 whatever happens
				const res =
					spec.triggerWebhook.method === 'GET'
						? await request(webhookUrl, { method: 'GET', localAddress: '127.0.0.2' })
						: await request(webhookUrl, {
								method: 'POST',
								headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
								body: '',
								localAddress: '127.0.0.2',
							});
				return res.status !== 404;
			},
			{ what: `webhook ${webhookUrl}` },
		);
	// a self-registering trigger: deliver once its registration has reached the provider (n8n may
	// answer on the webhook URL before the activation's registration request has been made)
	const registration = spec.queue?.registration;
	if (registration)
		await waitFor(async () => (await registration.registrations({ sandbox })).length > 0, {
			what: `the registration of "${example.workflow.name}" at the sandbox`,
		});
	// a polling trigger's first poll only takes note of what exists: deliver after it
	if (polling)
		await waitFor(async () => (await polling.countPolls({ sandbox })) > 0, {
			what: 'the first poll',
			timeoutMs: spec.triggerPoll.maxWaitMs,
		});
	else if (spec.triggerPoll) await sleep(spec.triggerPoll.quietMs);
	const valid = spec.e2e.triggerCases().find((c) => c.execution === true);
	const ctx = { sandbox, webhookUrl, state: {}, n8n };
	const status = await valid.deliver(ctx);
	if (!valid.status.includes(status)) throw new Error(`${valid.name}: answered ${status}`);
	const [execution] = await waitFor(
		async () => {
			const list = await n8n.listExecutions(example.id, { includeData: true, status: 'success' });
			return list.length ? list : undefined;
		},
		{
			what: `an execution of "${example.workflow.name}"`,
			timeoutMs: spec.triggerPoll?.maxWaitMs ?? 20000,
		},
	);
	const trigger = example.workflow.nodes.find((n) =>
		n.type.endsWith(spec.nodeTypes.trigger.slice(spec.nodeTypes.trigger.indexOf('.'))),
	);
	const items = (execution.data.resultData.runData[trigger.name]?.[0]?.data?.main?.[0] || []).map(
		(i) => i.json,
	);
	return { items, check: () => valid.check && valid.check(items, ctx) };
}

module.exports = {
	n8nWith,
	get,
	editorTypes,
	schemaUrls,
	actionNodes,
	createExamples,
	runExample,
	triggerExample,
};
