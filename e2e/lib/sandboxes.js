'use strict';
// Starts the provider sandboxes as one child process (`SANDBOX_JSON=1 node sandbox/cli.js`), which
// prints one JSON line {provider: {url, credentials}}; stop() ends its process group.
const { spawn } = require('node:child_process');
const path = require('node:path');
const http = require('node:http');

const { trackGroup } = require('./n8n');

const ROOT = path.resolve(__dirname, '..', '..');
const CLI = path.join(ROOT, 'sandbox', 'cli.js');

/** Names of the sandboxes present in sandbox/ (as sandbox/cli.js sees them). */
function availableSandboxes() {
	return require(CLI).available();
}

/**
 * options: {names (default: all present), randomPorts (default false: the fixed ports of cli.js),
 *           ports: {name: port}, host, onLine(line)}
 * Resolves {providers: {name: {url, credentials}}, pid, stop()}.
 */
function startSandboxes({ names, randomPorts = false, ports = {}, host = '127.0.0.1', onLine, timeoutMs = 20000 } = {}) {
	const wanted = names && names.length ? names : availableSandboxes();
	const env = { ...process.env, SANDBOX_JSON: '1', SANDBOX_HOST: host };
	for (const n of wanted) {
		const key = `SANDBOX_PORT_${n.toUpperCase()}`;
		if (ports[n] !== undefined) env[key] = String(ports[n]);
		else if (randomPorts) env[key] = '0';
	}
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, [CLI, ...wanted], {
			cwd: ROOT,
			env,
			stdio: ['ignore', 'pipe', 'pipe'],
			detached: true,
		});
		const untrack = trackGroup(child.pid);
		let out = '';
		let err = '';
		let done = false;
		let exited = null;
		const exitPromise = new Promise((r) => child.once('exit', (code, signal) => r((exited = { code, signal }))));
		const stop = async () => {
			if (exited) return exited;
			try {
				process.kill(-child.pid, 'SIGTERM');
			} catch {
				// gone
			}
			const t = setTimeout(() => {
				try {
					process.kill(-child.pid, 'SIGKILL');
				} catch {
					// gone
				}
			}, 5000);
			const r = await exitPromise;
			clearTimeout(t);
			untrack();
			return r;
		};
		const timer = setTimeout(() => {
			if (done) return;
			done = true;
			stop();
			reject(new Error(`sandboxes did not start within ${timeoutMs} ms\n${err}`));
		}, timeoutMs);
		child.stdout.on('data', (chunk) => {
			out += chunk.toString('utf8');
			if (!done) {
				const nl = out.indexOf('\n');
				if (nl < 0) return;
				done = true;
				clearTimeout(timer);
				try {
					const providers = JSON.parse(out.slice(0, nl));
					resolve({ providers, pid: child.pid, stop, exited: exitPromise });
				} catch (e) {
					stop();
					reject(new Error(`sandbox/cli.js printed no JSON line: ${out.slice(0, 500)}\n${err}`));
				}
				const rest = out.slice(nl + 1);
				if (onLine && rest) rest.split('\n').filter(Boolean).forEach((l) => onLine(l));
			} else if (onLine) {
				chunk
					.toString('utf8')
					.split('\n')
					.filter(Boolean)
					.forEach((l) => onLine(l));
			}
		});
		child.stderr.on('data', (chunk) => {
			err += chunk.toString('utf8');
			if (onLine) chunk.toString('utf8').split('\n').filter(Boolean).forEach((l) => onLine(l));
		});
		child.once('exit', (code, signal) => {
			if (done) return;
			done = true;
			clearTimeout(timer);
			reject(new Error(`sandbox/cli.js exited (${code ?? signal}) before it was ready\n${err}`));
		});
	});
}

/** JSON call to a sandbox (control endpoints, request log). */
function sandboxCall(baseUrl, method, route, body) {
	return new Promise((resolve, reject) => {
		const u = new URL(route, baseUrl);
		const payload = body === undefined ? null : Buffer.from(JSON.stringify(body));
		const req = http.request(
			{
				method,
				hostname: u.hostname,
				port: u.port,
				path: u.pathname + u.search,
				headers: payload ? { 'Content-Type': 'application/json', 'Content-Length': payload.length } : {},
			},
			(res) => {
				const chunks = [];
				res.on('data', (c) => chunks.push(c));
				res.on('end', () => {
					const text = Buffer.concat(chunks).toString('utf8');
					let json;
					try {
						json = JSON.parse(text);
					} catch {
						json = undefined;
					}
					resolve({ status: res.statusCode, json, text, headers: res.headers });
				});
			},
		);
		req.setTimeout(30000, () => req.destroy(new Error(`sandbox call timed out: ${method} ${route}`)));
		req.on('error', reject);
		if (payload) req.write(payload);
		req.end();
	});
}

module.exports = { startSandboxes, availableSandboxes, sandboxCall };
