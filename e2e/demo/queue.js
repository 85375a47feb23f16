'use strict';
// The demo in queue mode (npm start -- --queue): PostgreSQL, Redis, an n8n main (editor), a webhook
// process and two workers, as in test/e2e/queue.e2e.test.js (e2e/lib/queue/cluster.js). A fresh
// deployment each run in .demo/queue (the database lives in a temporary folder and goes with it).
const fs = require('node:fs');
const path = require('node:path');
const { QueueCluster } = require('../lib/queue/cluster');
const { packPackage } = require('../lib/install');
const { ROOT } = require('../lib/runtime');
const { sandboxExamples } = require('../lib/examples');

const WORK = path.join(ROOT, '.demo', 'queue');
const ENCRYPTION_KEY = 'n8n-nodes-crypto-payments-demo-queue-key';

async function start({ providers, sandboxes, port, say, onLog }) {
	fs.rmSync(WORK, { recursive: true, force: true });
	fs.mkdirSync(WORK, { recursive: true });
	const webhookPort = Number(process.env.N8N_WEBHOOK_PORT || port + 1);
	const cluster = new QueueCluster({
		workDir: WORK,
		encryptionKey: ENCRYPTION_KEY,
		mainPort: port,
		webhookPort,
		onLog: (name, line) => onLog(`${name} | ${line}`),
	});
	try {
		say('starting PostgreSQL and Redis, installing the package into the shared nodes folder ...');
		await cluster.prepare({ tgz: await packPackage(path.join(WORK, 'pack')) });
		const n8nUrl = cluster.webhookUrl; // deliveries go to the webhook process
		for (const p of providers)
			if (p.configureSandbox)
				await p.configureSandbox({ sandbox: sandboxes.providers[p.id], n8nUrl });
		say('importing the sandbox credentials and example workflows ...');
		await cluster.main.importCredentials(
			providers.flatMap((p) => p.credentials({ sandbox: sandboxes.providers[p.id] })),
		);
		// the example workflows (examples/<provider>/*.json), bound to the sandbox credentials
		const examples = providers.flatMap((p) =>
			sandboxExamples(p, { sandbox: sandboxes.providers[p.id], n8nUrl }),
		);
		await cluster.main.importWorkflow(examples.map((e) => e.workflow));
		for (const e of examples.filter((x) => x.role === 'trigger'))
			await cluster.main.publishWorkflow(e.workflow.id);
		say(
			`starting the n8n main on ${cluster.main.url}, the webhook process on ${cluster.webhookUrl} and 2 workers ...`,
		);
		await cluster.start();
	} catch (error) {
		await cluster.stop();
		throw error;
	}
	const rel = (p) => path.relative(ROOT, p);
	return {
		n8n: cluster.main,
		webhookBase: cluster.webhookUrl,
		handles: [cluster.mainHandle, cluster.webhook.handle, ...cluster.workers.map((w) => w.handle)],
		stop: () => cluster.stop(),
		processes: [
			`Queue mode: webhooks ${cluster.webhookUrl} (the webhook process; the main serves none)`,
			`            workers: ${cluster.workers.map((w) => `${w.name} (${w.nodes === 'shared' ? 'shared nodes folder' : 'own copy of the package'})`).join(', ')}`,
			`            PostgreSQL 127.0.0.1:${cluster.postgres.port}, Redis 127.0.0.1:${cluster.redis.port}`,
		],
		notes: ['Executions run on the workers: their logs say "Worker started execution <id>".'],
		log: path.join(WORK, 'logs'),
		data: `Data: fresh each run (${rel(WORK)}, removed at the next start)   Logs: ${rel(path.join(WORK, 'logs'))}/<process>.log`,
	};
}

const SANDBOX_LOG = path.join(ROOT, '.demo', 'queue-sandboxes.log');
module.exports = { start, sandboxLog: (line) => fs.appendFileSync(SANDBOX_LOG, line + '\n') };
