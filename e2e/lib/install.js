'use strict';
// Building this package and installing it into an n8n user folder the way n8n installs a community
// package (Settings > Community nodes runs npm in <userFolder>/.n8n/nodes).
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { run, commandError } = require('./processes');
const { ROOT, PACKAGE_NAME, nodeBinary } = require('./runtime');

/** npm's environment, with the Node >= 24 from the toolchain first on PATH. */
function npmEnv(extra = {}) {
	const nodeDir = path.dirname(nodeBinary());
	const env = { ...process.env, PATH: `${nodeDir}${path.delimiter}${process.env.PATH}`, ...extra };
	env.npm_config_update_notifier = 'false';
	env.npm_config_fund = 'false';
	env.npm_config_audit = 'false';
	return env;
}

async function npm(args, { cwd = ROOT, env, what } = {}) {
	const result = await run('npm', args, { cwd, env: env || npmEnv() });
	if (result.code !== 0) throw commandError(what || `npm ${args.join(' ')}`, result);
	return result;
}

/** `npm run build` of the project (tsc + icons). */
async function buildPackage() {
	await npm(['run', 'build'], { what: 'npm run build' });
}

/** `npm pack` of the project into `destDir`; returns the absolute path of the .tgz. */
async function packPackage(destDir) {
	fs.mkdirSync(destDir, { recursive: true });
	const result = await npm(['pack', '--json', '--pack-destination', destDir], { what: 'npm pack' });
	const info = JSON.parse(result.stdout.slice(result.stdout.indexOf('[')));
	return path.join(destDir, info[0].filename);
}

/**
 * Installs a packed tarball into an n8n nodes folder (<userFolder>/.n8n/nodes) as n8n does:
 * `npm install --ignore-scripts --legacy-peer-deps --package-lock=false <tgz>`. The tarball is kept at
 * <nodesDir>/packages/ so the folder's package.json stays installable (n8n runs npm there when a user
 * adds another community package). `name`: the package's name (default: this bundle). Returns {tgz, dir}.
 */
async function installTarball(nodesDir, packed, name = PACKAGE_NAME) {
	const keepDir = path.join(nodesDir, 'packages');
	fs.mkdirSync(keepDir, { recursive: true });
	const tgz = path.join(keepDir, `${name}.tgz`);
	fs.copyFileSync(packed, tgz);
	const pkgJson = path.join(nodesDir, 'package.json');
	if (!fs.existsSync(pkgJson)) {
		fs.writeFileSync(
			pkgJson,
			JSON.stringify({ name: 'installed-nodes', private: true, dependencies: {} }, null, 2) + '\n',
		);
	}
	// The same file name with new contents: make npm unpack it again (code changes must show up).
	const dir = path.join(nodesDir, 'node_modules', name);
	fs.rmSync(dir, { recursive: true, force: true });
	fs.rmSync(path.join(nodesDir, 'node_modules', '.package-lock.json'), { force: true });
	await npm(
		[
			'install',
			'--ignore-scripts',
			'--legacy-peer-deps',
			'--package-lock=false',
			'--no-audit',
			'--no-fund',
			`./packages/${name}.tgz`,
		],
		{ cwd: nodesDir, what: `npm install of the packed ${name} into ${nodesDir}` },
	);
	if (!fs.existsSync(path.join(dir, 'package.json')))
		throw new Error(`${name} did not land in ${dir}`);
	return { tgz, dir };
}

/**
 * Installs this package into an n8n user folder: `npm run build` (unless opts.build === false),
 * `npm pack` (unless opts.tgz gives a tarball packed before), then installTarball() into
 * <userFolder>/.n8n/nodes. Returns {tgz, dir}.
 */
async function installPackage(userFolder, opts = {}) {
	if (opts.build !== false && !opts.tgz) await buildPackage();
	const nodesDir = path.join(userFolder, '.n8n', 'nodes');
	if (opts.tgz) return installTarball(nodesDir, opts.tgz);
	const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-pack-'));
	try {
		return await installTarball(nodesDir, await packPackage(tmp));
	} finally {
		fs.rmSync(tmp, { recursive: true, force: true });
	}
}

module.exports = { npmEnv, npm, buildPackage, packPackage, installTarball, installPackage };
