#!/usr/bin/env node
'use strict';
// npm run e2e [-- <jest options>]: the end-to-end suite in a real n8n.
//   1. installs n8n into .n8n-runtime/ when missing or outdated (scripts/n8n-runtime.sh; once,
//      about 4 minutes, with progress lines; a second run skips it at once);
//   2. runs jest -c jest.e2e.config.js --runInBand with Node 24 (scripts/toolchain.sh).
// E2E_PROVIDERS=westwallet narrows the providers; E2E_SKIP_BUILD=1 skips `npm run build`.
const { spawnSync } = require('node:child_process');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');

function sh(args) {
	const r = spawnSync('bash', args, { cwd: ROOT, stdio: 'inherit' });
	if (r.error) throw r.error;
	return r.status ?? (r.signal ? 128 : 1);
}

const install = sh([path.join('scripts', 'n8n-runtime.sh')]);
if (install !== 0) {
	console.error('[e2e] the n8n runtime could not be installed (see above)');
	process.exit(install);
}
const jest = path.join('node_modules', 'jest', 'bin', 'jest.js');
process.exit(
	sh([
		path.join('scripts', 'toolchain.sh'),
		'node',
		jest,
		'-c',
		'jest.e2e.config.js',
		'--runInBand',
		...process.argv.slice(2),
	]),
);
