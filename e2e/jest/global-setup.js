'use strict';
// Runs once before the e2e suites: the n8n runtime must be installed (scripts/n8n-runtime.sh, which
// `npm run e2e` calls first), and the package is built once for every suite.
const { assertRuntime, nodeBinary } = require('../lib/runtime');
const { buildPackage } = require('../lib/install');
const { stopOnSignals } = require('../lib/processes');

module.exports = async function globalSetup() {
	// Ctrl-C (or a CI kill) of jest also stops the n8n and sandbox processes the tests started: they
	// run in their own process groups, recorded by e2e/lib/processes.js.
	stopOnSignals();
	assertRuntime();
	nodeBinary(); // fails clearly without a Node >= 24
	if (process.env.E2E_SKIP_BUILD !== '1') {
		const t = Date.now();
		await buildPackage();
		process.stdout.write(`\n[e2e] npm run build: ${((Date.now() - t) / 1000).toFixed(1)} s\n`);
	}
};
