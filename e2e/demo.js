#!/usr/bin/env node
'use strict';
// The demo (npm start, via scripts/demo.sh, which installs and builds first): a real n8n on
// 127.0.0.1:5678 (N8N_PORT moves it) with this package installed as a community package, the
// provider sandboxes, ready credentials and example workflows, and an owner login.
// Everything lives in .demo/ (git-ignored): delete it for a fresh start. A second run keeps the
// n8n data (your workflows and edits); it re-installs the package (code changes show up) and only
// imports what is new.
const fs = require('node:fs');
const path = require('node:path');
const crypto = require('node:crypto');
const { N8n } = require('./lib/n8n');
const { ROOT, PACKAGE_NAME, RUNTIME_DIR, runtimeInstalled } = require('./lib/runtime');
const { portInUse } = require('./lib/processes');
const { startSandboxes, availableSandboxes } = require('./lib/sandboxes');
const { presentProviders } = require('./providers');

const DEMO = path.join(ROOT, '.demo');
const USER_FOLDER = path.join(DEMO, 'n8n');
const STATE_FILE = path.join(DEMO, 'state.json');
const LOG_FILE = path.join(DEMO, 'n8n.log');
const PORT = Number(process.env.N8N_PORT || 5678);
const OWNER = {
	email: 'demo@example.com',
	password: 'Demo-Password-1',
	firstName: 'Demo',
	lastName: 'User',
};
const ENCRYPTION_KEY = 'n8n-nodes-crypto-payments-demo-key';

const tty = process.stdout.isTTY;
const bold = (s) => (tty ? `\x1b[1m${s}\x1b[0m` : s);
const dim = (s) => (tty ? `\x1b[2m${s}\x1b[0m` : s);
const say = (s) => console.log(`[demo] ${s}`);

function sha(value) {
	return crypto.createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16);
}

function readState() {
	// the state describes what is in the n8n database: without the database it means nothing
	if (!fs.existsSync(path.join(USER_FOLDER, '.n8n', 'database.sqlite')))
		return { workflows: {}, credentials: null, published: [] };
	try {
		return {
			workflows: {},
			credentials: null,
			published: [],
			...JSON.parse(fs.readFileSync(STATE_FILE, 'utf8')),
		};
	} catch {
		return { workflows: {}, credentials: null, published: [] };
	}
}

function writeState(state) {
	fs.writeFileSync(STATE_FILE, JSON.stringify(state, null, 2) + '\n');
}

async function main() {
	if (!runtimeInstalled()) {
		throw new Error(
			`n8n is not installed in ${path.relative(ROOT, RUNTIME_DIR)}: run "npm start" (scripts/demo.sh installs it)`,
		);
	}
	fs.mkdirSync(DEMO, { recursive: true });
	if (await portInUse(PORT)) {
		throw new Error(
			`port ${PORT} is in use (another n8n or demo?). Stop it, or choose another port: N8N_PORT=5679 npm start`,
		);
	}

	const sandboxNames = availableSandboxes();
	const providers = presentProviders().filter((p) => sandboxNames.includes(p.id));
	const n8n = new N8n({
		userFolder: USER_FOLDER,
		port: PORT,
		encryptionKey: ENCRYPTION_KEY,
		logFile: LOG_FILE,
	});
	fs.appendFileSync(LOG_FILE, `\n===== demo start ${new Date().toISOString()} =====\n`);

	let sandboxes;
	let handle;
	let stopping = false;
	const stopAll = async (code) => {
		if (stopping) return;
		stopping = true;
		console.log('');
		say('stopping n8n and the sandboxes ...');
		await Promise.allSettled([handle && handle.stop(), sandboxes && sandboxes.stop()]);
		say('stopped.');
		process.exit(code);
	};
	let interrupts = 0;
	for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
		process.on(sig, () => {
			interrupts += 1;
			if (interrupts > 1) {
				say('forced stop');
				process.exit(130); // the exit hook of lib/n8n kills the process groups
			}
			stopAll(sig === 'SIGINT' ? 0 : 143);
		});
	}

	say(
		`installing ${PACKAGE_NAME} into ${path.relative(ROOT, USER_FOLDER)}/.n8n/nodes (as n8n installs community packages) ...`,
	);
	await n8n.installPackage({ build: false });

	say(`starting the sandboxes: ${sandboxNames.join(', ') || '(none)'} ...`);
	sandboxes = await startSandboxes({
		names: sandboxNames,
		onLine: (l) => fs.appendFileSync(LOG_FILE, `[sandbox] ${l}\n`),
	});

	for (const p of providers)
		if (p.configureSandbox)
			await p.configureSandbox({ sandbox: sandboxes.providers[p.id], n8nUrl: n8n.url });

	// credentials: (re)imported when what we would import changed (same ids: the demo's own entries)
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
	// example workflows: imported once each; never overwritten (they may hold your edits)
	const examples = providers.flatMap((p) => {
		const [action, trigger] = p.workflows({ sandbox: sandboxes.providers[p.id], n8nUrl: n8n.url });
		return [
			{ wf: action, provider: p },
			{ wf: trigger, provider: p, trigger: true },
			...(p.e2e.scenarios?.() ?? []).map((s) => ({ wf: s.workflow, provider: p })),
		];
	});
	const fresh = examples.filter((e) => !state.workflows[e.wf.id]);
	if (fresh.length) {
		say(`importing ${fresh.length} example workflow(s) ...`);
		await n8n.importWorkflow(fresh.map((e) => e.wf));
		for (const e of fresh) state.workflows[e.wf.id] = { sha: sha(e.wf), port: PORT };
		writeState(state);
	}
	for (const e of fresh.filter((x) => x.trigger && !state.published.includes(x.wf.id))) {
		say(`activating "${e.wf.name}" ...`);
		await n8n.publishWorkflow(e.wf.id);
		state.published.push(e.wf.id);
		writeState(state);
	}
	const changed = examples.filter(
		(e) =>
			state.workflows[e.wf.id] && !fresh.includes(e) && state.workflows[e.wf.id].sha !== sha(e.wf),
	);
	const otherPort = examples.filter(
		(e) => state.workflows[e.wf.id] && state.workflows[e.wf.id].port !== PORT,
	);

	say(`starting n8n on ${n8n.url} (log: ${path.relative(ROOT, LOG_FILE)}) ...`);
	n8n.onLog = (line) => {
		if (handle && /\b(error|warn(ing)?)\b/i.test(line) && !/Python task runner/.test(line))
			console.log(dim(`n8n | ${line}`));
	};
	const t = Date.now();
	handle = await n8n.start();
	handle.exited.then((r) => {
		if (stopping) return;
		say(
			`n8n exited unexpectedly (${r.code ?? r.signal}); last lines of ${path.relative(ROOT, LOG_FILE)}:`,
		);
		console.log(handle.log().split('\n').slice(-30).join('\n'));
		stopAll(1);
	});

	let login = `${OWNER.email} / ${OWNER.password}`;
	if (await n8n.needsOwnerSetup()) {
		await n8n.setupOwner(OWNER);
	} else {
		try {
			await n8n.login(OWNER);
		} catch {
			login = `${OWNER.email} (you changed the password: use yours; rm -rf .demo resets everything)`;
		}
	}
	const version = require(path.join(RUNTIME_DIR, 'node_modules', 'n8n', 'package.json')).version;
	const pkgVersion = require(path.join(ROOT, 'package.json')).version;

	const line = '─'.repeat(78);
	const out = [];
	out.push('', line);
	out.push(
		bold(
			` n8n ${version} is running with ${PACKAGE_NAME} ${pkgVersion} (started in ${((Date.now() - t) / 1000).toFixed(0)} s)`,
		),
	);
	out.push('');
	out.push(`   Editor:  ${bold(n8n.url)}`);
	out.push(`   Log in:  ${bold(login)}`);
	for (const [name, s] of Object.entries(sandboxes.providers)) {
		out.push(
			`   Sandbox: ${name.padEnd(11)} ${s.url}   ${dim(`(${s.url}/_sandbox/requests shows what it received)`)}`,
		);
	}
	out.push('');
	out.push(bold(' What to try'));
	out.push(
		'   Credentials named "<Provider> sandbox" are ready (Overview > Credentials; "Test" works).',
	);
	for (const p of providers) {
		out.push(`   ${bold(p.title)}`);
		for (const hint of p.demoHints({ sandbox: sandboxes.providers[p.id], n8nUrl: n8n.url }))
			out.push(`     ${hint}`);
	}
	const missing = presentProviders().filter((p) => !sandboxNames.includes(p.id));
	if (missing.length)
		out.push(`   (no sandbox yet for: ${missing.map((p) => p.title).join(', ')})`);
	if (changed.length) {
		out.push('');
		out.push(
			`   Note: newer example workflows exist for: ${changed.map((e) => `"${e.wf.name}"`).join(', ')}.`,
		);
		out.push(
			'   Yours were kept (they may hold your edits). rm -rf .demo gets the new ones (and deletes your demo data).',
		);
	}
	if (otherPort.length) {
		out.push(
			`   Note: the example workflows were imported for another port; their IPN/webhook URLs point there.`,
		);
	}
	out.push('');
	out.push(
		dim(
			`   Data: ${path.relative(ROOT, USER_FOLDER)} (kept between runs; rm -rf .demo for a fresh start)   Log: ${path.relative(ROOT, LOG_FILE)}`,
		),
	);
	out.push(bold('   Ctrl-C stops n8n and the sandboxes.'));
	out.push(line);
	console.log(out.join('\n'));
}

main().catch(async (error) => {
	console.error(`[demo] ${error.message}`);
	process.exit(1);
});
