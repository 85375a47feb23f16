'use strict';
// One n8n instance for the demo (npm start) and the end-to-end tests: a user folder, ports, the
// environment that starts n8n fast and quiet, and start()/stop() of an n8n process (`n8n start`, or
// `n8n worker` / `n8n webhook` in queue mode). Its CLI commands (cli.js) and REST / public API calls
// (rest.js) are methods of the same object. Plain CommonJS, no dependencies.
//
// This module also re-exports the helpers that used to live here (processes, http, install,
// runtime), so older callers keep working; new code requires them from their own modules.
const fs = require('node:fs');
const path = require('node:path');
const processes = require('./processes');
const runtime = require('./runtime');
const install = require('./install');
const { request } = require('./http');
const cli = require('./cli');
const rest = require('./rest');
const { startProcess } = require('./service');

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

/** The log line after which each n8n command serves (n8n 2.41). */
const READY = {
	start: /Editor is now accessible/,
	worker: /n8n worker is now ready/,
	webhook: /Webhook listener waiting for requests/,
};

/**
 * One n8n instance: a user folder (settings, community packages; the SQLite database unless `env`
 * points it at PostgreSQL) and ports.
 * options: {userFolder (required), port, host, encryptionKey, webhookUrl (base URL where production
 *           webhooks are reached; default this instance), editorUrl (default this instance),
 *           env (extra env), logFile, onLog(line)}
 */
class N8n {
	constructor(options) {
		if (!options || !options.userFolder) throw new Error('N8n: userFolder is required');
		this.userFolder = path.resolve(options.userFolder);
		this.host = options.host || '127.0.0.1';
		this.port = options.port || 5678;
		this.encryptionKey = options.encryptionKey || 'n8n-nodes-crypto-payments-local-key';
		this.webhookBase = options.webhookUrl;
		this.editorBase = options.editorUrl;
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
		return `${this.webhookBase || this.url}/webhook/${webhookId}/${webhookPath}`;
	}

	/** The environment that starts n8n fast and quiet in this user folder (see e2e/README.md). */
	env(brokerPort) {
		const nodeDir = path.dirname(runtime.nodeBinary());
		const inherited = { ...process.env };
		// jest sets NODE_ENV=test, which changes n8n's behaviour (config, logging): not what users run
		for (const k of Object.keys(inherited))
			if (k === 'NODE_ENV' || k.startsWith('JEST_')) delete inherited[k];
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
			N8N_WEBHOOK_URL: `${this.webhookBase || this.url}/`,
			N8N_EDITOR_BASE_URL: `${this.editorBase || this.url}/`,
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

	/** Installs this package into the user folder (see install.js installPackage). */
	installPackage(opts) {
		return install.installPackage(this.userFolder, opts);
	}

	/**
	 * Spawns `n8n <command>` (start, worker or webhook) in its own process group; resolves when it
	 * serves. Returns the handle of service.js startProcess ({log(), waitForLog(), exited, stop(), ...}).
	 */
	async start({ command = 'start', timeoutMs = 120000 } = {}) {
		runtime.assertRuntime();
		fs.mkdirSync(this.userFolder, { recursive: true });
		if (command !== 'worker' && (await processes.portInUse(this.port, this.host))) {
			throw new Error(`port ${this.port} on ${this.host} is already in use (another n8n?)`);
		}
		const brokerPort = await processes.freePort();
		this._log(`$ n8n ${command}`);
		const handle = await startProcess(runtime.nodeBinary(), [runtime.N8N_BIN, command], {
			name: `n8n ${command}`,
			cwd: this.userFolder,
			env: this.env(brokerPort),
			ready: READY[command],
			timeoutMs,
			onLine: (line) => this._log(line),
		});
		handle.url = this.url;
		this.handle = handle;
		return handle;
	}
}
Object.assign(N8n.prototype, cli.methods, rest.methods);

module.exports = {
	N8n,
	DISABLED_MODULES,
	extractJson: cli.extractJson,
	nodeOutput: cli.nodeOutput,
	request,
	...runtime,
	...install,
	...processes,
};
