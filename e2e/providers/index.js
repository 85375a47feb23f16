'use strict';
// The provider specs (one file per provider in this folder) and which providers the package holds.
// A provider is PRESENT when all its credential and node files are listed in package.json "n8n".
// A new provider adds one file here (see westwallet.js for the shape).
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..', '..');

function allSpecs() {
	return fs
		.readdirSync(__dirname)
		.filter((f) => f.endsWith('.js') && f !== 'index.js')
		.sort()
		.map((f) => require(path.join(__dirname, f)));
}

function packageN8n() {
	const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
	const n8n = pkg.n8n || {};
	return { credentials: n8n.credentials || [], nodes: n8n.nodes || [] };
}

function isPresent(spec, n8n = packageN8n()) {
	const files = [...spec.packageFiles.credentials, ...spec.packageFiles.nodes];
	return files.every((f) => n8n.credentials.includes(f) || n8n.nodes.includes(f));
}

/** Specs of the providers present in the package. */
function presentProviders() {
	const n8n = packageN8n();
	return allSpecs().filter((s) => isPresent(s, n8n));
}

/** Files listed in package.json "n8n" that no provider spec covers (each needs an e2e spec). */
function uncoveredPackageFiles() {
	const n8n = packageN8n();
	const covered = new Set(
		allSpecs().flatMap((s) => [...s.packageFiles.credentials, ...s.packageFiles.nodes]),
	);
	return [...n8n.credentials, ...n8n.nodes].filter((f) => !covered.has(f));
}

module.exports = { allSpecs, presentProviders, uncoveredPackageFiles, isPresent, packageN8n };
