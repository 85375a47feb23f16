'use strict';
// Redis for queue mode (n8n's job queue, Bull, and its pub/sub between processes): `redis-server`
// from the OS packages, on a free port on 127.0.0.1, in memory only (no RDB/AOF files).
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { run, freePort } = require('../processes');
const { startProcess } = require('../service');
const { findExecutable, missingPackage } = require('./system');

function redisServerBinary() {
	const bin = findExecutable('redis-server', ['/usr/bin', '/usr/local/bin', '/usr/sbin']);
	if (!bin) throw missingPackage('Redis (redis-server)', 'redis-server');
	return bin;
}

/** Starts redis-server. Resolves {host, port, version, env (n8n's QUEUE_BULL_REDIS_* variables), stop()}. */
async function startRedis({ onLine } = {}) {
	const bin = redisServerBinary();
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-e2e-redis-'));
	const port = await freePort();
	// prettier-ignore
	const args = ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir,
		'--daemonize', 'no', '--protected-mode', 'yes', '--loglevel', 'notice'];
	const server = await startProcess(bin, args, {
		name: 'redis-server',
		cwd: dir,
		ready: /Ready to accept connections/,
		timeoutMs: 20000,
		onLine,
	});
	const version = (await run(bin, ['--version'])).stdout
		.trim()
		.split(' ')
		.find((w) => w.startsWith('v='));
	return {
		host: '127.0.0.1',
		port,
		version: version ? version.slice(2) : 'unknown',
		env: { QUEUE_BULL_REDIS_HOST: '127.0.0.1', QUEUE_BULL_REDIS_PORT: String(port) },
		log: () => server.log(),
		async stop() {
			await server.stop({ graceMs: 5000 });
			fs.rmSync(dir, { recursive: true, force: true });
		},
	};
}

module.exports = { startRedis, redisServerBinary };
