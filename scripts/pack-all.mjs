// `npm run pack:all`: every tarball this repository publishes, in one folder (.packages/tarballs/):
// the bundle (n8n-nodes-crypto-payments) and each provider's own package
// (scripts/provider-packages.mjs). Builds first. The publish workflow (.github/workflows/publish.yml)
// runs exactly this, then publishes one tarball per job.
//   npm run pack:all                    build and pack everything
//   node scripts/pack-all.mjs --names   print the package names (one per line; no build)
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { pack, packageNameOf, providersOfBundle } from './provider-packages.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dest = path.join(root, '.packages', 'tarballs');
const bundle = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const names = [bundle.name, ...Object.keys(providersOfBundle()).map(packageNameOf)];

if (process.argv.includes('--names')) {
	console.log(names.join('\n'));
} else {
	const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: 'inherit' });
	run('npm', ['run', '--silent', 'build']);
	fs.rmSync(dest, { recursive: true, force: true });
	fs.mkdirSync(dest, { recursive: true });
	console.log(
		`[pack:all] ${bundle.name} → ${path.relative(root, path.join(dest, pack(root, dest)))}`,
	);
	run(process.execPath, [path.join(root, 'scripts', 'provider-packages.mjs'), '--out', dest]);
	const tarballs = fs.readdirSync(dest).filter((f) => f.endsWith('.tgz'));
	const missing = names.filter((n) => !tarballs.includes(`${n}-${bundle.version}.tgz`));
	if (missing.length) throw new Error(`no tarball for: ${missing.join(', ')}`);
	console.log(`[pack:all] ${tarballs.length} tarballs in ${path.relative(root, dest)}/`);
}
