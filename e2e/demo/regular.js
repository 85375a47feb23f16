'use strict';
// The demo's default shape: one `n8n start` on SQLite in .demo/n8n, kept between runs (your workflows
// and edits stay). Each run re-installs the package (code changes show up), re-imports the sandbox
// credentials only when they changed, and imports only example workflows it has not imported before
// (.demo/state.json).
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const { N8n } = require('../lib/n8n');
const { ROOT, PACKAGE_NAME } = require('../lib/runtime');
const { sandboxExamples } = require('../lib/examples');

const DEMO = path.join(ROOT, '.demo');
const USER_FOLDER = path.join(DEMO, 'n8n');
const STATE_FILE = path.join(DEMO, 'state.json');
const LOG_FILE = path.join(DEMO, 'n8n.log');
const ENCRYPTION_KEY = 'n8n-nodes-crypto-payments-demo-key';

function sha(value) {
	return crypto.createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16);
}

function readState() {
	const empty = { workflows: {}, credentials: null, published: [] };
	// the state describes what is in the n8n database: without the database it means nothing
	if (!fs.existsSync(path.join(USER_FOLDER, '.n8n', 'database.sqlite'))) return empty;
	try {
		return { ...empty, ...JSON.parse(fs.readFileSync(STATE_FILE, 'utf8')) };
	} catch {
		return empty;
	}
}

function writeState(state) {
	fs.writeFileSync(STATE_FILE, JSON.stringify(state, null, 2) + '\n');
}

/** Credentials when changed, example workflows (examples/) never imported before, their triggers published. Returns notes. */
async function importExamples(n8n, { providers, sandboxes, port, say }) {
	const state = readState();
	const credentials = providers.flatMap((p) =>
		p.credentials({ sandbox: sandboxes.providers[p.id] }),
	);
	if (credentials.length && state.credentials !== sha(credentials)) {
		say(`importing ${credentials.length} credential(s) pointing at the sandboxes ...`);
		await n8n.importCredentials(credentials);
		state.credentials = sha(credentials);
		writeState(state);
	}
	// example workflows (examples/<provider>/*.json, bound to the sandbox credentials): imported once
	// each; never overwritten (they may hold your edits)
	const examples = providers.flatMap((p) =>
		sandboxExamples(p, { sandbox: sandboxes.providers[p.id], n8nUrl: n8n.url }).map((e) => ({
			wf: e.workflow,
			trigger: e.role === 'trigger',
		})),
	);
	const fresh = examples.filter((e) => !state.workflows[e.wf.id]);
	if (fresh.length) {
		say(`importing ${fresh.length} example workflow(s) ...`);
		await n8n.importWorkflow(fresh.map((e) => e.wf));
		for (const e of fresh) state.workflows[e.wf.id] = { sha: sha(e.wf), port };
		writeState(state);
	}
	for (const e of fresh.filter((x) => x.trigger && !state.published.includes(x.wf.id))) {
		say(`activating "${e.wf.name}" ...`);
		await n8n.publishWorkflow(e.wf.id);
		state.published.push(e.wf.id);
		writeState(state);
	}
	const notes = [];
	const changed = examples.filter(
		(e) =>
			state.workflows[e.wf.id] && !fresh.includes(e) && state.workflows[e.wf.id].sha !== sha(e.wf),
	);
	if (changed.length) {
		notes.push(
			`Note: newer example workflows exist for: ${changed.map((e) => `"${e.wf.name}"`).join(', ')}.`,
		);
		notes.push(
			'Yours were kept (they may hold your edits). rm -rf .demo gets the new ones (and deletes your demo data).',
		);
	}
	if (examples.some((e) => state.workflows[e.wf.id] && state.workflows[e.wf.id].port !== port)) {
		notes.push(
			'Note: the example workflows were imported for another port; their IPN/webhook URLs point there.',
		);
	}
	return notes;
}

/**
 * Installs the package, configures the sandboxes, imports, starts n8n. Resolves {n8n, handles, stop(),
 * processes (lines), notes, data (line), loginNote}.
 */
async function start({ providers, sandboxes, port, say, onLog }) {
	fs.mkdirSync(DEMO, { recursive: true });
	fs.appendFileSync(LOG_FILE, `\n===== demo start ${new Date().toISOString()} =====\n`);
	const n8n = new N8n({
		userFolder: USER_FOLDER,
		port,
		encryptionKey: ENCRYPTION_KEY,
		logFile: LOG_FILE,
	});
	say(
		`installing ${PACKAGE_NAME} into ${path.relative(ROOT, USER_FOLDER)}/.n8n/nodes (as n8n installs community packages) ...`,
	);
	await n8n.installPackage({ build: false });
	for (const p of providers)
		if (p.configureSandbox)
			await p.configureSandbox({ sandbox: sandboxes.providers[p.id], n8nUrl: n8n.url });
	const notes = await importExamples(n8n, { providers, sandboxes, port, say });
	say(`starting n8n on ${n8n.url} (log: ${path.relative(ROOT, LOG_FILE)}) ...`);
	n8n.onLog = onLog;
	const handle = await n8n.start();
	return {
		n8n,
		webhookBase: n8n.url,
		handles: [handle],
		stop: () => handle.stop(),
		processes: [],
		notes,
		log: LOG_FILE,
		data: `Data: ${path.relative(ROOT, USER_FOLDER)} (kept between runs; rm -rf .demo for a fresh start)   Log: ${path.relative(ROOT, LOG_FILE)}`,
	};
}

module.exports = {
	start,
	sandboxLog: (line) => fs.appendFileSync(LOG_FILE, `[sandbox] ${line}\n`),
};
