'use strict';
// The provider specs (one file per provider in this folder) and which providers the package holds.
// A provider is PRESENT when all its credential and node files are listed in package.json "n8n".
// A new provider adds one file here (see westwallet.js for the shape).
//
// Optional `queue` field: what the queue-mode suite (test/e2e/queue.e2e.test.js) does with the
// provider besides its actions and trigger cases (which run there for every provider). Each hook gets
// {spec, sandbox, ...}; a provider without a hook simply does not take part in that test.
//   deliverValid({sandbox, webhookUrl, count}) -> [key]   `count` authentic deliveries to the active
//       trigger (the load test); resolves one key per delivery
//   deliveryKey(item) -> key                          the key of a trigger output item (each once)
//   bulkPayout: {prepare({sandbox, count, runs}), workflow({spec, id, tag, count}) -> a workflow
//       (manual trigger) moving money `count` times, outputNode, check({sandbox, tag, count, items})
//       -> {requests, transactions, outputIds} each 'each exactly once'}    (run twice at once)
//   sharedRateLimit: {prepare({sandbox}) -> {expected keys, pages, limit, windowSeconds},
//       workflow({spec, id, tag}), outputNode, key(item), countRequests({sandbox}), restore({sandbox})}
//   polling: {intervalMs, countPolls({sandbox}), clearRequests({sandbox})}   a polling trigger (a spec
//       with triggerPoll): the suite counts the polls the sandbox receives over a few intervals (one
//       poller, not one per process) and checks that poll executions are queued by the main.
//   registration: a self-registering trigger (Wyre, Address.so) — {registrations({sandbox}) ->
//       [{url, ...}] the registrations at the sandbox}; with the trigger workflow active (activated by
//       the main), exactly one points at the trigger's URL (not one per process); deactivated, none;
//       activated again, one.
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
