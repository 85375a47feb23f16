'use strict';
// n8n in queue mode, as users scale it: PostgreSQL + Redis, one main process (editor, REST and public
// API, activation of triggers; it serves no production webhooks), one webhook process (`n8n
// webhook`: production webhooks), and workers (`n8n worker`: every execution, manual ones too).
// Every process has its own user folder, ports and log; they share the database, Redis and the
// encryption key. Where each process finds this package is its `nodes` set-up:
//   'shared' — <userFolder>/.n8n/nodes is a link to one shared folder (a volume mounted into every
//              container at ~/.n8n/nodes), where the package is installed once;
//   'baked'  — the process has its own copy, installed into its own nodes folder (the package baked
//              into the image of that process);
//   'none'   — no package: the failing set-up of a worker that was never given it.
const fs = require('node:fs');
const path = require('node:path');
const { N8n } = require('../n8n');
const { installTarball } = require('../install');
const { freePort } = require('../processes');
const { startPostgres } = require('./postgres');
const { startRedis } = require('./redis');

/** Environment every process of the deployment shares (n8n 2.41 names, see the README, Running at scale). */
function queueEnv({ postgres, redis }) {
	return {
		...postgres.env,
		...redis.env,
		EXECUTIONS_MODE: 'queue',
		// manual runs (editor, REST /workflows/:id/run) go to the workers too; n8n's default runs them on the main
		OFFLOAD_MANUAL_EXECUTIONS_TO_WORKERS: 'true',
		N8N_GRACEFUL_SHUTDOWN_TIMEOUT: '10',
	};
}

class QueueCluster {
	/**
	 * options: {workDir (required), encryptionKey, mainPort, webhookPort (default: free ports),
	 *           workers: [{name, nodes}] (default worker-1 shared + worker-2 baked),
	 *           mainNodes, webhookNodes ('shared' by default), expressionEngine (N8N_EXPRESSION_ENGINE;
	 *           default: n8n's own, 'vm'), extraEnv, onLog(processName, line)}
	 */
	constructor(options) {
		this.workDir = path.resolve(options.workDir);
		this.options = options;
		this.encryptionKey = options.encryptionKey || 'n8n-nodes-crypto-payments-queue-key';
		this.workerSpecs = options.workers || [
			{ name: 'worker-1', nodes: 'shared' },
			{ name: 'worker-2', nodes: 'baked' },
		];
		this.sharedNodes = path.join(this.workDir, 'shared-nodes');
		this.workers = [];
		this.timings = {};
	}

	async _timed(label, fn) {
		const t = Date.now();
		try {
			return await fn();
		} finally {
			this.timings[label] = (Date.now() - t) / 1000;
		}
	}

	/**
	 * PostgreSQL, Redis, the shared nodes folder with the package (from a packed tarball), and the
	 * main instance (not started yet: import credentials and workflows through `cluster.main` first).
	 */
	async prepare({ tgz }) {
		this.tgz = tgz;
		fs.mkdirSync(path.join(this.workDir, 'logs'), { recursive: true });
		const log = (name) => (line) => this._log(name, line);
		this.postgres = await this._timed('postgres', () => startPostgres({ onLine: log('postgres') }));
		this.redis = await this._timed('redis', () => startRedis({ onLine: log('redis') }));
		this.env = { ...queueEnv(this), ...(this.options.extraEnv || {}) };
		if (this.options.expressionEngine)
			this.env.N8N_EXPRESSION_ENGINE = this.options.expressionEngine;
		await this._timed('install package (shared nodes folder)', () =>
			installTarball(this.sharedNodes, tgz),
		);
		const mainPort = this.options.mainPort || (await freePort());
		const webhookPort = this.options.webhookPort || (await freePort());
		this.webhookUrl = `http://127.0.0.1:${webhookPort}`;
		this.main = await this._instance('main', this.options.mainNodes || 'shared', mainPort, {
			// production webhooks are the webhook process's job; the main keeps the test webhooks
			N8N_DISABLE_PRODUCTION_MAIN_PROCESS: 'true',
		});
		this.webhook = await this._instance(
			'webhook',
			this.options.webhookNodes || 'shared',
			webhookPort,
		);
		return this;
	}

	_log(name, line) {
		fs.appendFileSync(path.join(this.workDir, 'logs', `${name}.log`), line + '\n');
		if (this.options.onLog) this.options.onLog(name, line);
	}

	/** An N8n for one process: its own user folder with the given nodes set-up. */
	async _instance(name, nodes, port, env = {}) {
		const userFolder = path.join(this.workDir, name);
		const nodesDir = path.join(userFolder, '.n8n', 'nodes');
		fs.rmSync(nodesDir, { recursive: true, force: true });
		fs.mkdirSync(path.dirname(nodesDir), { recursive: true });
		if (nodes === 'shared') fs.symlinkSync(this.sharedNodes, nodesDir, 'dir');
		else if (nodes === 'baked') await installTarball(nodesDir, this.tgz);
		else if (nodes !== 'none')
			throw new Error(`unknown nodes set-up "${nodes}" (shared, baked or none)`);
		const n8n = new N8n({
			userFolder,
			port,
			encryptionKey: this.encryptionKey,
			webhookUrl: this.webhookUrl,
			editorUrl: this.main ? this.main.url : undefined,
			env: { ...this.env, ...env },
			onLog: (line) => this._log(name, line),
		});
		n8n.processName = name;
		n8n.nodesSetup = nodes;
		return n8n;
	}

	/** Starts the main, then the webhook process and the workers side by side. */
	async start() {
		this.mainHandle = await this._timed('start main', () => this.main.start());
		await this._timed('start webhook process + workers', () =>
			Promise.all([
				this.webhook.start({ command: 'webhook' }),
				...this.workerSpecs.map((w) => this.startWorker(w)),
			]),
		);
		return this;
	}

	/** Starts one more `n8n worker` ({name, nodes}); its health endpoint listens on a free port. */
	async startWorker({ name, nodes }) {
		const port = await freePort();
		const n8n = await this._instance(name, nodes, port, {
			QUEUE_HEALTH_CHECK_ACTIVE: 'true',
			QUEUE_HEALTH_CHECK_PORT: String(port),
			N8N_WORKER_SERVER_ADDRESS: '127.0.0.1',
		});
		const worker = { name, nodes, n8n, handle: undefined };
		this.workers.push(worker);
		worker.handle = await n8n.start({ command: 'worker' });
		return worker;
	}

	async stopWorker(name) {
		const worker = this.workers.find((w) => w.name === name);
		if (!worker) return;
		this.workers.splice(this.workers.indexOf(worker), 1);
		await worker.handle.stop();
	}

	/** Execution ids each running worker logged as started by it: {workerName: Set(ids)}. */
	executionsByWorker() {
		const out = {};
		for (const w of this.workers) {
			out[w.name] = new Set(
				[...w.handle.log().matchAll(/Worker started execution (\d+) \(job/g)].map((m) => m[1]),
			);
		}
		return out;
	}

	/** Names of the workers that logged starting an execution (exactly one, when all is well). */
	workersThatRan(executionId) {
		const by = this.executionsByWorker();
		return Object.keys(by).filter((name) => by[name].has(String(executionId)));
	}

	/** Execution ids a process (main / webhook) logged putting into the queue. */
	enqueuedIds(processHandle) {
		return new Set(
			[...processHandle.log().matchAll(/Enqueued execution (\d+) \(job/g)].map((m) => m[1]),
		);
	}

	enqueuedBy(processHandle, executionId) {
		return this.enqueuedIds(processHandle).has(String(executionId));
	}

	/** Stops the webhook process and starts another ({name, nodes}) on the same port. */
	async replaceWebhook({ name, nodes }) {
		await this.webhook.handle.stop();
		this.webhook = await this._instance(name, nodes, this.webhook.port);
		await this.webhook.start({ command: 'webhook' });
		return this.webhook;
	}

	async stop() {
		const n8n = [
			...this.workers.map((w) => w.handle),
			this.webhook && this.webhook.handle,
			this.mainHandle,
		].filter(Boolean);
		await Promise.allSettled(n8n.map((h) => h.stop()));
		this.workers = [];
		await Promise.allSettled([
			this.redis && this.redis.stop(),
			this.postgres && this.postgres.stop(),
		]);
	}
}

module.exports = { QueueCluster, queueEnv };
