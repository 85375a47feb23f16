'use strict';
// The benchmark's n8n: a fresh user folder in .bench/, this package installed as a community
// package, the credentials and workflows imported, the triggers' workflows active.
const fs = require('node:fs');
const path = require('node:path');
const { N8n } = require('../e2e/lib/n8n');
const { freePort, waitFor } = require('../e2e/lib/processes');
const { request } = require('../e2e/lib/http');

const ROOT = path.resolve(__dirname, '..');
const WORK = path.join(ROOT, '.bench');

async function startN8n({ credentials, workflows, activate, build = true, say, env = {} }) {
	fs.rmSync(path.join(WORK, 'n8n'), { recursive: true, force: true });
	fs.mkdirSync(WORK, { recursive: true });
	const n8n = new N8n({
		userFolder: path.join(WORK, 'n8n'),
		port: await freePort(),
		logFile: path.join(WORK, 'n8n.log'),
		// what a production instance runs with: executions saved (n8n's default), no manual pushes
		env: { N8N_PAYLOAD_SIZE_MAX: '64', ...env },
	});
	fs.rmSync(n8n.logFile, { force: true });
	say(`installing the package${build ? ' (npm run build first)' : ''} ...`);
	await n8n.installPackage({ build });
	await n8n.importCredentials(credentials);
	await n8n.importWorkflow(workflows);
	say('starting n8n ...');
	const handle = await n8n.start();
	await n8n.setupOwner({ email: 'bench@example.com', password: 'Bench-Password-1' });
	await n8n.createApiKey('bench');
	for (const id of activate) await n8n.activateWorkflow(id);
	return { n8n, handle };
}

/**
 * Waits until a production webhook answers anything but 404 (registered); returns the status. A
 * GET webhook is probed with GET (n8n answers 404 to another method).
 */
async function webhookReady(url, method = 'POST') {
	let status;
	await waitFor(
		async () => {
			const body = method === 'GET' ? undefined : '';
			status = (await request(url, { method, body })).status;
			return status !== 404;
		},
		{ what: url, timeoutMs: 60000 },
	);
	return status;
}

/** The newest execution of a workflow with its data. */
async function newestExecution(n8n, workflowId) {
	const res = await n8n.api('GET', `/executions?workflowId=${workflowId}&includeData=true&limit=1`);
	if (res.status !== 200)
		throw new Error(`GET /executions -> ${res.status} ${res.text.slice(0, 300)}`);
	return res.json.data[0];
}

/** Number of executions of a workflow (by status), all pages. */
async function countExecutions(n8n, workflowId) {
	const byStatus = {};
	let cursor;
	do {
		const qs = new URLSearchParams({ workflowId, includeData: 'false', limit: '250' });
		if (cursor) qs.set('cursor', cursor);
		const res = await n8n.api('GET', `/executions?${qs}`);
		if (res.status !== 200) throw new Error(`GET /executions -> ${res.status}`);
		for (const e of res.json.data) byStatus[e.status] = (byStatus[e.status] || 0) + 1;
		cursor = res.json.nextCursor;
	} while (cursor);
	return byStatus;
}

module.exports = {
	startN8n,
	webhookReady,
	newestExecution,
	countExecutions,
	WORK,
};
