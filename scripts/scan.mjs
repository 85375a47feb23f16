// n8n's community-package scanner (@n8n/scan-community-package, the gate n8n runs before listing a
// package) run locally with its own rule sets and settings (eslint-disable comments ignored):
//   1. over the source it lints (package.json, nodes/, credentials/);
//   2. over the packed tarball, unpacked (its JavaScript and package.json).
// It needs no network: the scanner normally downloads both; here they are this checkout and its
// `npm pack`. Exit code 1 on any error.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
	analyzePackage,
	SOURCE_FILE_PATTERNS,
} from '@n8n/scan-community-package/scanner/scanner.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const packageDir = process.argv[2] ? path.resolve(process.argv[2]) : root;

async function scan(label, dir, patterns) {
	const result = await analyzePackage(dir, patterns);
	if (result.passed) console.log(`[scan] ${label}: 0 errors`);
	else console.error(`[scan] ${label}: ${result.message}\n${result.details ?? ''}`);
	return result.passed;
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ccp-scan-'));
try {
	const sourceOk = await scan(
		`source (${SOURCE_FILE_PATTERNS.join(', ')})`,
		packageDir,
		SOURCE_FILE_PATTERNS,
	);
	const tarball = execFileSync('npm', ['pack', '--silent', '--pack-destination', work], {
		cwd: packageDir,
		encoding: 'utf8',
	})
		.trim()
		.split('\n')
		.pop();
	const unpacked = path.join(work, 'package');
	execFileSync('tar', ['-xzf', path.join(work, tarball), '-C', work]);
	const tarballOk = await scan(`tarball ${tarball} (**/*.js, package.json)`, unpacked, [
		'**/*.js',
		'package.json',
	]);
	process.exitCode = sourceOk && tarballOk ? 0 : 1;
} finally {
	fs.rmSync(work, { recursive: true, force: true });
}
