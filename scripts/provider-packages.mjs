// One community package per provider, besides the bundle: `n8n-nodes-<provider>` holds that
// provider's credential and nodes and the shared layer, from the bundle's build (run `npm run build`
// first). Written to .packages/<name>/ (git-ignored) and packed to .packages/<name>-<version>.tgz.
//   node scripts/provider-packages.mjs           build and pack every provider's package
//   node scripts/provider-packages.mjs --list    print the package folders (one per line)
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, '.packages');
const bundle = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));

/** Providers of the bundle, from its "n8n" lists: { Folder: { credentials, nodes } }. */
export function providersOfBundle(pkg = bundle) {
	const providers = {};
	for (const file of pkg.n8n.nodes) {
		const folder = file.split('/')[2];
		(providers[folder] ??= { credentials: [], nodes: [] }).nodes.push(file);
	}
	for (const file of pkg.n8n.credentials) {
		const folder = Object.keys(providers).find((p) => path.basename(file).startsWith(`${p}Api.`));
		if (!folder) throw new Error(`credential ${file} belongs to no provider folder`);
		providers[folder].credentials.push(file);
	}
	return providers;
}

/** The README section "## <Title>" of the bundle's README. */
function readmeSection(title) {
	const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
	const start = readme.indexOf(`\n## ${title}\n`);
	if (start < 0) return '';
	const end = readme.indexOf('\n## ', start + 1);
	return readme.slice(start + 1, end < 0 ? undefined : end).replace(/^## /, '## Nodes: ');
}

function copy(from, to) {
	fs.mkdirSync(path.dirname(to), { recursive: true });
	fs.cpSync(from, to, { recursive: true });
}

function buildPackage(folder, files) {
	const id = folder.toLowerCase();
	const name = `n8n-nodes-${id}`;
	const dir = path.join(out, name);
	fs.rmSync(dir, { recursive: true, force: true });
	for (const f of files.credentials) {
		const base = f.replace(/\.js$/, '');
		for (const ext of ['.js', '.d.ts'])
			if (fs.existsSync(path.join(root, base + ext)))
				copy(path.join(root, base + ext), path.join(dir, base + ext));
	}
	copy(path.join(root, 'dist', 'nodes', folder), path.join(dir, 'dist', 'nodes', folder));
	copy(path.join(root, 'dist', 'nodes', 'shared'), path.join(dir, 'dist', 'nodes', 'shared'));
	for (const f of ['LICENSE']) copy(path.join(root, f), path.join(dir, f));
	const pkg = {
		name,
		version: bundle.version,
		description: `n8n community nodes for ${folder}: credential, action node and trigger (from ${bundle.name})`,
		keywords: ['n8n-community-node-package', 'n8n', 'crypto', 'payments', id],
		license: bundle.license,
		repository: bundle.repository,
		author: bundle.author,
		homepage: bundle.homepage,
		files: ['dist'],
		engines: bundle.engines,
		n8n: {
			n8nNodesApiVersion: 1,
			strict: true,
			credentials: files.credentials,
			nodes: files.nodes,
		},
		peerDependencies: bundle.peerDependencies,
	};
	fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify(pkg, null, 2) + '\n');
	const readme = [
		`# ${name}`,
		'',
		`The ${folder} nodes of [${bundle.name}](${bundle.homepage}) as a package of their own: install it`,
		'when you need only this provider (Settings → Community Nodes → Install). Same code, same money',
		'safety rules; the node types are named after this package.',
		'',
		readmeSection(folder),
	].join('\n');
	fs.writeFileSync(path.join(dir, 'README.md'), readme);
	return dir;
}

const providers = providersOfBundle();
if (process.argv.includes('--list')) {
	for (const folder of Object.keys(providers))
		console.log(path.join(out, `n8n-nodes-${folder.toLowerCase()}`));
} else {
	if (!fs.existsSync(path.join(root, 'dist'))) throw new Error('no dist/: run npm run build first');
	fs.mkdirSync(out, { recursive: true });
	for (const [folder, files] of Object.entries(providers)) {
		const dir = buildPackage(folder, files);
		const tgz = execFileSync('npm', ['pack', '--silent', '--pack-destination', out], {
			cwd: dir,
			encoding: 'utf8',
		})
			.trim()
			.split('\n')
			.pop();
		console.log(`[packages] ${path.relative(root, dir)} → .packages/${tgz}`);
	}
}
