#!/usr/bin/env node
'use strict';
// The demo (npm start, via scripts/demo.sh, which installs and builds first): a real n8n on
// 127.0.0.1:5678 (N8N_PORT moves it) with this package installed as a community package, the
// provider sandboxes, ready credentials and example workflows, and an owner login.
//   npm start               one n8n process, data kept in .demo/ between runs (demo/regular.js)
//   npm start -- --queue    queue mode: PostgreSQL, Redis, main + webhook process + 2 workers
//                           (demo/queue.js); the webhook process listens on N8N_PORT + 1
// Everything lives in .demo/ (git-ignored): delete it for a fresh start.
const path = require('node:path');
const { ROOT, PACKAGE_NAME, RUNTIME_DIR, runtimeInstalled, n8nVersion } = require('./lib/runtime');
const { portInUse } = require('./lib/processes');
const { startSandboxes, availableSandboxes } = require('./lib/sandboxes');
const { presentProviders } = require('./providers');

const QUEUE = process.argv.includes('--queue');
const mode = QUEUE ? require('./demo/queue') : require('./demo/regular');
const PORT = Number(process.env.N8N_PORT || 5678);
const OWNER = {
	email: 'demo@example.com',
	password: 'Demo-Password-1',
	firstName: 'Demo',
	lastName: 'User',
};

const tty = process.stdout.isTTY;
const bold = (s) => (tty ? `\x1b[1m${s}\x1b[0m` : s);
const dim = (s) => (tty ? `\x1b[2m${s}\x1b[0m` : s);
const say = (s) => console.log(`[demo] ${s}`);

/** Ctrl-C (and SIGTERM/SIGHUP): stop n8n and the sandboxes; a second Ctrl-C forces the exit. */
function onSignals(stopAll) {
	let interrupts = 0;
	for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
		process.on(sig, () => {
			interrupts += 1;
			if (interrupts > 1) {
				say('forced stop');
				process.exit(130); // the exit hook of lib/processes kills the process groups
			}
			stopAll(sig === 'SIGINT' ? 0 : 143);
		});
	}
}

/** Owner setup on a fresh database, else a login; returns what to print as the login. */
async function ownerLogin(n8n) {
	if (await n8n.needsOwnerSetup()) {
		await n8n.setupOwner(OWNER);
		return `${OWNER.email} / ${OWNER.password}`;
	}
	try {
		await n8n.login(OWNER);
		return `${OWNER.email} / ${OWNER.password}`;
	} catch {
		return `${OWNER.email} (you changed the password: use yours; rm -rf .demo resets everything)`;
	}
}

function banner({ app, login, sandboxes, providers, startedIn }) {
	const line = '─'.repeat(78);
	const pkgVersion = require(path.join(ROOT, 'package.json')).version;
	const out = [
		'',
		line,
		bold(
			` n8n ${n8nVersion()} is running with ${PACKAGE_NAME} ${pkgVersion} (started in ${startedIn.toFixed(0)} s)`,
		),
		'',
	];
	out.push(`   Editor:  ${bold(app.n8n.url)}`, `   Log in:  ${bold(login)}`);
	for (const p of app.processes) out.push(`   ${p}`);
	for (const [name, s] of Object.entries(sandboxes.providers)) {
		out.push(
			`   Sandbox: ${name.padEnd(11)} ${s.url}   ${dim(`(${s.url}/_sandbox/requests shows what it received)`)}`,
		);
	}
	out.push(
		'',
		bold(' What to try'),
		'   Credentials named "<Provider> sandbox" are ready (Overview > Credentials; "Test" works).',
	);
	for (const p of providers) {
		out.push(`   ${bold(p.title)}`);
		for (const hint of p.demoHints({ sandbox: sandboxes.providers[p.id], n8nUrl: app.webhookBase }))
			out.push(`     ${hint}`);
	}
	const missing = presentProviders().filter((p) => !providers.includes(p));
	if (missing.length)
		out.push(`   (no sandbox yet for: ${missing.map((p) => p.title).join(', ')})`);
	if (app.notes.length) out.push('', ...app.notes.map((n) => `   ${n}`));
	out.push('', dim(`   ${app.data}`), bold('   Ctrl-C stops n8n and the sandboxes.'), line);
	return out.join('\n');
}

async function main() {
	if (!runtimeInstalled()) {
		throw new Error(
			`n8n is not installed in ${path.relative(ROOT, RUNTIME_DIR)}: run "npm start" (scripts/demo.sh installs it)`,
		);
	}
	for (const port of QUEUE ? [PORT, PORT + 1] : [PORT]) {
		if (await portInUse(port))
			throw new Error(
				`port ${port} is in use (another n8n or demo?). Stop it, or choose another port: N8N_PORT=5690 npm start`,
			);
	}
	const sandboxNames = availableSandboxes();
	const providers = presentProviders().filter((p) => sandboxNames.includes(p.id));
	let sandboxes;
	let app;
	let stopping = false;
	const stopAll = async (code) => {
		if (stopping) return;
		stopping = true;
		console.log('');
		say('stopping n8n and the sandboxes ...');
		await Promise.allSettled([app && app.stop(), sandboxes && sandboxes.stop()]);
		say('stopped.');
		process.exit(code);
	};
	onSignals(stopAll);
	say(`starting the sandboxes: ${sandboxNames.join(', ') || '(none)'} ...`);
	sandboxes = await startSandboxes({ names: sandboxNames, onLine: mode.sandboxLog });
	const t = Date.now();
	const showProblems = (line) => {
		if (app && /\b(error|warn(ing)?)\b/i.test(line) && !/Python task runner/.test(line))
			console.log(dim(`n8n | ${line}`));
	};
	app = await mode.start({ providers, sandboxes, port: PORT, say, onLog: showProblems });
	for (const h of app.handles) {
		h.exited.then((r) => {
			if (stopping) return;
			say(
				`${h.name} exited unexpectedly (${r.code ?? r.signal}); its last lines (all: ${path.relative(ROOT, app.log)}):`,
			);
			console.log(h.log().split('\n').slice(-30).join('\n'));
			stopAll(1);
		});
	}
	const login = await ownerLogin(app.n8n);
	console.log(banner({ app, login, sandboxes, providers, startedIn: (Date.now() - t) / 1000 }));
}

main().catch((error) => {
	console.error(`[demo] ${error.message}`);
	process.exit(1);
});
