// One community package per provider, besides the bundle: `n8n-nodes-<provider>` holds that
// provider's credential and nodes (with their output schemas and codex files), the shared layer,
// its example workflows with its own node type names, a README, LICENSE and CHANGELOG; from the
// bundle's build (run `npm run build` first). Written to .packages/<name>/ (git-ignored) and packed.
//   node scripts/provider-packages.mjs                 build and pack every provider's package
//   node scripts/provider-packages.mjs --out <dir>     ... with the tarballs in <dir> (default .packages)
//   node scripts/provider-packages.mjs --list          print the package folders (one per line)
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { providerReadme, readmeSection, testedWith } from './package-readme.mjs';

const require = createRequire(import.meta.url);
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

/** The package name of a provider folder: n8n-nodes-<folder, lower case>. */
/** A provider folder's id (AddressSo → address-so): the id of its e2e spec, as its sandbox's. */
export function providerIdOf(folder) {
	const spec = require('../e2e/providers')
		.allSpecs()
		.find((s) => s.packageFiles.nodes.some((f) => f.startsWith(`dist/nodes/${folder}/`)));
	return spec ? spec.id : folder.toLowerCase();
}
export const packageNameOf = (folder) => `n8n-nodes-${providerIdOf(folder)}`;

/** The e2e spec (e2e/providers/<id>.js) whose node files live in dist/nodes/<folder>/, if any. */
function specOf(folder) {
	const { allSpecs } = require(path.join(root, 'e2e', 'providers'));
	return allSpecs().find((s) => s.packageFiles.nodes.some((f) => f.split('/')[2] === folder));
}

function copy(from, to) {
	fs.mkdirSync(path.dirname(to), { recursive: true });
	fs.cpSync(from, to, { recursive: true });
}

/** Codex files (<Node>.node.json) name the node by its package: rename them to this one's. */
function renameCodex(dir, name) {
	for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.node.json'))) {
		const codex = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'));
		codex.node = `${name}.${codex.node.split('.').pop()}`;
		fs.writeFileSync(path.join(dir, f), JSON.stringify(codex, null, '\t') + '\n');
	}
}

/** examples/<id>/*.json with this package's node type names; returns [{file, name}]. */
function copyExamples(spec, dir, name) {
	const from = spec && path.join(root, 'examples', spec.id);
	if (!from || !fs.existsSync(from)) return [];
	fs.mkdirSync(path.join(dir, 'examples'), { recursive: true });
	return fs
		.readdirSync(from)
		.filter((f) => f.endsWith('.json'))
		.sort()
		.map((file) => {
			const text = fs.readFileSync(path.join(from, file), 'utf8');
			const own = text.split(`"${bundle.name}.`).join(`"${name}.`);
			fs.writeFileSync(path.join(dir, 'examples', file), own);
			return { file, name: JSON.parse(own).name };
		});
}

function buildPackage(folder, files) {
	const name = packageNameOf(folder);
	const spec = specOf(folder);
	const title = spec?.title ?? folder;
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
	renameCodex(path.join(dir, 'dist', 'nodes', folder), name);
	for (const f of ['LICENSE', 'CHANGELOG.md']) copy(path.join(root, f), path.join(dir, f));
	const examples = copyExamples(spec, dir, name);
	const pkg = {
		name,
		version: bundle.version,
		description: `n8n community nodes for ${title}: credential, action node and trigger (from ${bundle.name})`,
		keywords: ['n8n-community-node-package', 'n8n', 'crypto', 'payments', providerIdOf(folder)],
		license: bundle.license,
		repository: bundle.repository,
		bugs: bundle.bugs,
		homepage: spec
			? `${bundle.repository.url.replace(/^git\+/, '').replace(/\.git$/, '')}/blob/main/docs/providers/${spec.id}.md`
			: bundle.homepage,
		author: bundle.author,
		files: ['dist', ...(examples.length ? ['examples'] : []), 'CHANGELOG.md'],
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
	const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
	fs.writeFileSync(
		path.join(dir, 'README.md'),
		providerReadme({
			name,
			folder,
			title,
			bundle,
			section: readmeSection(readme, title),
			examples,
			tested: testedWith(root),
		}),
	);
	return dir;
}

/** `npm pack` of a package folder into `dest`; returns the tarball's file name. */
export function pack(dir, dest) {
	return execFileSync('npm', ['pack', '--silent', '--pack-destination', dest], {
		cwd: dir,
		encoding: 'utf8',
	})
		.trim()
		.split('\n')
		.pop();
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
	const providers = providersOfBundle();
	const at = process.argv.indexOf('--out');
	const dest = at > 0 ? path.resolve(process.argv[at + 1]) : out;
	if (process.argv.includes('--list')) {
		for (const folder of Object.keys(providers)) console.log(path.join(out, packageNameOf(folder)));
	} else {
		if (!fs.existsSync(path.join(root, 'dist')))
			throw new Error('no dist/: run npm run build first');
		fs.mkdirSync(dest, { recursive: true });
		for (const [folder, files] of Object.entries(providers)) {
			const dir = buildPackage(folder, files);
			const tgz = pack(dir, dest);
			console.log(
				`[packages] ${path.relative(root, dir)} → ${path.relative(root, path.join(dest, tgz))}`,
			);
		}
	}
}
