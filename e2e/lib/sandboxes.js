'use strict';
// Starts the provider sandboxes as one child process (`SANDBOX_JSON=1 node sandbox/cli.js`), which
// prints one JSON line {provider: {url, credentials}}; stop() ends its process group.
const path = require('node:path');
const { startProcess } = require('./service');
const { request } = require('./http');

const ROOT = path.resolve(__dirname, '..', '..');
const CLI = path.join(ROOT, 'sandbox', 'cli.js');

/** Names of the sandboxes present in sandbox/ (as sandbox/cli.js sees them). */
function availableSandboxes() {
	return require(CLI).available();
}

/**
 * options: {names (default: all present), randomPorts (default false: the fixed ports of cli.js),
 *           ports: {name: port}, host, onLine(line)}
 * Resolves {providers: {name: {url, credentials}}, pid, stop(), exited}.
 */
async function startSandboxes({
	names,
	randomPorts = false,
	ports = {},
	host = '127.0.0.1',
	onLine,
	timeoutMs = 20000,
} = {}) {
	const wanted = names && names.length ? names : availableSandboxes();
	const env = { ...process.env, SANDBOX_JSON: '1', SANDBOX_HOST: host };
	for (const n of wanted) {
		const key = require(CLI).portEnv(n);
		if (ports[n] !== undefined) env[key] = String(ports[n]);
		else if (randomPorts) env[key] = '0';
	}
	// the first line that is a JSON object is the ready line; everything after it goes to onLine
	let ready = false;
	const handle = await startProcess(process.execPath, [CLI, ...wanted], {
		name: 'sandbox/cli.js',
		cwd: ROOT,
		env,
		ready: /^\{.*\}$/m,
		timeoutMs,
		onLine: (line) => {
			if (ready && onLine && line) onLine(line);
			if (/^\{.*\}$/.test(line)) ready = true;
		},
	});
	const line = handle
		.log()
		.split('\n')
		.find((l) => /^\{.*\}$/.test(l));
	try {
		return {
			providers: JSON.parse(line),
			pid: handle.pid,
			stop: () => handle.stop({ graceMs: 5000 }),
			exited: handle.exited,
		};
	} catch {
		await handle.stop({ graceMs: 1000 });
		throw new Error(`sandbox/cli.js printed no JSON line: ${handle.log().slice(0, 500)}`);
	}
}

/** JSON call to a sandbox (control endpoints, request log): {status, json, text, headers}. */
function sandboxCall(baseUrl, method, route, body) {
	return request(new URL(route, baseUrl).href, { method, body, timeoutMs: 30000 });
}

module.exports = { startSandboxes, availableSandboxes, sandboxCall };
