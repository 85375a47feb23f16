'use strict';
// What the queue-mode deployment needs from the machine: executables (PostgreSQL, Redis) and, when
// we run as root (CI), an unprivileged user for PostgreSQL, which refuses to run as root.
const fs = require('node:fs');
const path = require('node:path');
const { run } = require('../processes');

/** The first executable `name` on PATH or in `extraDirs`; undefined when there is none. */
function findExecutable(name, extraDirs = []) {
	const dirs = [...extraDirs, ...(process.env.PATH || '').split(path.delimiter)].filter(Boolean);
	for (const dir of dirs) {
		const file = path.join(dir, name);
		try {
			fs.accessSync(file, fs.constants.X_OK);
			if (fs.statSync(file).isFile()) return file;
		} catch {
			// not here
		}
	}
	return undefined;
}

/** Error for a missing OS package: what to install, and that scripts/test.sh does it as root. */
function missingPackage(what, debPackage) {
	return new Error(
		`${what} is not installed. Install the Debian/Ubuntu package "${debPackage}" (sudo apt-get install -y ${debPackage}). ` +
			'`npm test` (scripts/test.sh) installs it by itself when it runs as root, as in CI.',
	);
}

function isRoot() {
	return typeof process.getuid === 'function' && process.getuid() === 0;
}

/** {name, uid, gid} of a user from /etc/passwd, or undefined. */
function lookupUser(name) {
	const line = fs
		.readFileSync('/etc/passwd', 'utf8')
		.split('\n')
		.find((l) => l.split(':')[0] === name);
	if (!line) return undefined;
	const [, , uid, gid] = line.split(':');
	return { name, uid: Number(uid), gid: Number(gid) };
}

const OWN_USER = 'n8n-e2e-postgres';

/**
 * The unprivileged user to run PostgreSQL as: undefined when we are not root (run it as ourselves);
 * as root, `postgres` (created by Debian's postgresql packages) or else a system user of our own,
 * created once with useradd.
 */
async function unprivilegedUser() {
	if (!isRoot()) return undefined;
	const existing = lookupUser('postgres') || lookupUser(OWN_USER);
	if (existing) return existing;
	const r = await run('useradd', [
		'--system',
		'--user-group',
		'--no-create-home',
		'--shell',
		'/usr/sbin/nologin',
		OWN_USER,
	]);
	if (r.code !== 0)
		throw new Error(`useradd ${OWN_USER} failed (exit ${r.code}): ${r.stderr.trim()}`);
	return lookupUser(OWN_USER);
}

/** chown -R of a folder we created (nothing else lives in it). */
function chownTree(dir, { uid, gid }) {
	fs.chownSync(dir, uid, gid);
	for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
		const p = path.join(dir, e.name);
		if (e.isDirectory()) chownTree(p, { uid, gid });
		else fs.chownSync(p, uid, gid);
	}
}

module.exports = { findExecutable, missingPackage, isRoot, unprivilegedUser, chownTree };
