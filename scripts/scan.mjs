// n8n's community-package scanner (@n8n/scan-community-package, the gate n8n runs before listing a
// package) run locally with its own rule sets and settings (eslint-disable comments ignored):
//   1. over the source it lints (package.json, nodes/, credentials/);
//   2. over the bundle's packed tarball, unpacked (its JavaScript and package.json);
//   3. over each provider's own package (scripts/provider-packages.mjs), packed and unpacked.
// It needs no network: the scanner normally downloads the source and tarballs; here they are this
// checkout and its `npm pack`. Needs a build (dist/). Exit code 1 on any error.
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
const TARBALL_PATTERNS = ['**/*.js', 'package.json'];

async function scan(label, dir, patterns) {
	const result = await analyzePackage(dir, patterns);
	if (result.passed) console.log(`[scan] ${label}: 0 errors`);
	else console.error(`[scan] ${label}: ${result.message}\n${result.details ?? ''}`);
	return result.passed;
}

/** Packs the package in `dir` and unpacks the tarball into a fresh folder of `work`. */
function packAndUnpack(dir, work) {
	const tarball = execFileSync('npm', ['pack', '--silent', '--pack-destination', work], {
		cwd: dir,
		encoding: 'utf8',
	})
		.trim()
		.split('\n')
		.pop();
	const unpacked = fs.mkdtempSync(path.join(work, 'unpacked-'));
	execFileSync('tar', ['-xzf', path.join(work, tarball), '-C', unpacked, '--strip-components=1']);
	return { tarball, unpacked };
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ccp-scan-'));
try {
	const results = [
		await scan(`source (${SOURCE_FILE_PATTERNS.join(', ')})`, root, SOURCE_FILE_PATTERNS),
	];
	const bundle = packAndUnpack(root, work);
	results.push(await scan(`tarball ${bundle.tarball}`, bundle.unpacked, TARBALL_PATTERNS));
	execFileSync(process.execPath, [path.join(root, 'scripts', 'provider-packages.mjs')], {
		stdio: 'inherit',
	});
	const dirs = execFileSync(
		process.execPath,
		[path.join(root, 'scripts', 'provider-packages.mjs'), '--list'],
		{ encoding: 'utf8' },
	)
		.trim()
		.split('\n');
	for (const dir of dirs) {
		const own = packAndUnpack(dir, work);
		results.push(await scan(`tarball ${own.tarball}`, own.unpacked, TARBALL_PATTERNS));
	}
	process.exitCode = results.every(Boolean) ? 0 : 1;
} finally {
	fs.rmSync(work, { recursive: true, force: true });
}
