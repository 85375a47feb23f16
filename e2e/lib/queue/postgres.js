'use strict';
// PostgreSQL for queue mode: a private cluster (initdb) in a temporary folder, on a free port on
// 127.0.0.1, from the machine's binaries (Debian/Ubuntu: /usr/lib/postgresql/<major>/bin, else
// initdb/postgres on PATH; E2E_PG_BINDIR overrides). PostgreSQL refuses to run as root, so as root
// (CI) the server runs as an unprivileged user (system.js) that owns the data folder. Durability is
// switched off (fsync, synchronous_commit): this database lives for one test run.
const crypto = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { run, commandError, freePort } = require('../processes');
const { startProcess } = require('../service');
const { findExecutable, missingPackage, unprivilegedUser, chownTree } = require('./system');

/** The folder holding initdb, postgres and createdb; throws naming the package when there is none. */
function postgresBinDir() {
	if (process.env.E2E_PG_BINDIR) return process.env.E2E_PG_BINDIR;
	const debian = '/usr/lib/postgresql';
	const versions = fs.existsSync(debian)
		? fs
				.readdirSync(debian)
				.filter((v) => fs.existsSync(path.join(debian, v, 'bin', 'postgres')))
				.sort((a, b) => Number(b) - Number(a))
		: [];
	if (versions.length) return path.join(debian, versions[0], 'bin');
	const initdb = findExecutable('initdb');
	if (initdb && findExecutable('postgres', [path.dirname(initdb)])) return path.dirname(initdb);
	throw missingPackage('PostgreSQL (initdb, postgres)', 'postgresql');
}

/** `postgres --version` of the binaries used, e.g. "postgres (PostgreSQL) 15.14". */
async function postgresVersion(binDir = postgresBinDir()) {
	const r = await run(path.join(binDir, 'postgres'), ['--version']);
	return r.stdout.trim();
}

const ENV = { PATH: process.env.PATH, LC_ALL: 'C', LANG: 'C' };

/**
 * initdb into a new temporary folder owned by the user PostgreSQL runs as; superuser `n8n` with a
 * random password (scram-sha-256). Resolves {dir, data, password, owner, ids (uid/gid to run as)}.
 */
async function initCluster(binDir) {
	const owner = await unprivilegedUser();
	const ids = owner ? { uid: owner.uid, gid: owner.gid } : {};
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-e2e-pg-'));
	const data = path.join(dir, 'data');
	const password = crypto.randomBytes(12).toString('hex');
	const pwfile = path.join(dir, 'pw');
	fs.writeFileSync(pwfile, password + '\n', { mode: 0o600 });
	if (owner) chownTree(dir, owner);
	// prettier-ignore
	const args = ['-D', data, '-U', 'n8n', `--pwfile=${pwfile}`, '-A', 'scram-sha-256', '-E', 'UTF8',
		'--locale=C', '--no-sync'];
	const init = await run(path.join(binDir, 'initdb'), args, { cwd: dir, env: ENV, ...ids });
	if (init.code !== 0) throw commandError(`initdb (as ${owner ? owner.name : 'this user'})`, init);
	return { dir, data, password, owner, ids };
}

/** n8n's variables for this database. */
function n8nEnv({ host, port, database, user, password }) {
	return {
		DB_TYPE: 'postgresdb',
		DB_POSTGRESDB_HOST: host,
		DB_POSTGRESDB_PORT: String(port),
		DB_POSTGRESDB_DATABASE: database,
		DB_POSTGRESDB_USER: user,
		DB_POSTGRESDB_PASSWORD: password,
	};
}

/** Runs one SQL statement with psql; resolves the rows as arrays of text fields. */
async function query(binDir, { host, port, user, password, database }, sql) {
	const args = ['-h', host, '-p', String(port), '-U', user, '-d', database, '-At', '-F', '\t'];
	const r = await run(path.join(binDir, 'psql'), [...args, '-c', sql], {
		env: { ...process.env, PGPASSWORD: password },
	});
	if (r.code !== 0) throw commandError(`psql -c ${JSON.stringify(sql)}`, r);
	return r.stdout
		.split('\n')
		.filter(Boolean)
		.map((line) => line.split('\t'));
}

/**
 * Creates and starts the cluster with a database `n8n` owned by user `n8n` (password auth over TCP).
 * Resolves {host, port, user, password, database, version, runAs, env (n8n's DB_* variables),
 * query(sql), stop()}.
 */
async function startPostgres({ onLine } = {}) {
	const binDir = postgresBinDir();
	const { dir, data, password, owner, ids } = await initCluster(binDir);
	const port = await freePort();
	// prettier-ignore
	const args = ['-D', data, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-c', `unix_socket_directories=${dir}`,
		'-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off', '-c', 'max_connections=200'];
	const server = await startProcess(path.join(binDir, 'postgres'), args, {
		name: 'postgres',
		cwd: dir,
		env: ENV,
		...ids,
		ready: /database system is ready to accept connections/,
		timeoutMs: 30000,
		stopSignal: 'SIGINT', // "fast" shutdown: ends the sessions instead of waiting for them
		onLine,
	});
	const stop = async () => {
		await server.stop({ graceMs: 10000 });
		fs.rmSync(dir, { recursive: true, force: true });
	};
	const createdb = ['-h', '127.0.0.1', '-p', String(port), '-U', 'n8n', 'n8n'];
	const created = await run(path.join(binDir, 'createdb'), createdb, {
		env: { ...process.env, PGPASSWORD: password },
	});
	if (created.code !== 0) {
		await stop();
		throw commandError('createdb n8n', created);
	}
	const db = { host: '127.0.0.1', port, user: 'n8n', password, database: 'n8n' };
	return {
		...db,
		version: await postgresVersion(binDir),
		runAs: owner ? owner.name : os.userInfo().username,
		env: n8nEnv(db),
		log: () => server.log(),
		query: (sql) => query(binDir, db, sql),
		stop,
	};
}

module.exports = { startPostgres, postgresBinDir, postgresVersion };
