// The README of a provider's own package (n8n-nodes-<provider>), from the bundle's README: the
// provider's section (credential, operations table, trigger set-up) and the shared parts (which
// package to pick, installing both, compatibility). Used by scripts/provider-packages.mjs.
import fs from 'node:fs';
import path from 'node:path';

/** The README section "## <title>" (up to the next "## "), or ''. */
export function readmeSection(readme, title) {
	const start = readme.indexOf(`\n## ${title}\n`);
	if (start < 0) return '';
	const end = readme.indexOf('\n## ', start + 1);
	return readme.slice(start + 1, end < 0 ? undefined : end).trimEnd();
}

/** "n8n 2.41.1 and Node.js 24.21.0": what the e2e suite runs (e2e/n8n-runtime, the toolchain). */
export function testedWith(root) {
	const runtime = JSON.parse(
		fs.readFileSync(path.join(root, 'e2e', 'n8n-runtime', 'package.json'), 'utf8'),
	);
	const toolchain = fs.readFileSync(path.join(root, 'scripts', 'toolchain.sh'), 'utf8');
	const node = /_cp_node_version="([^"]+)"/.exec(toolchain)?.[1] ?? '24';
	return `n8n ${runtime.dependencies.n8n} and Node.js ${node}`;
}

/** Both packages installed at once: what happens (the same text in both READMEs). */
export function bothInstalled(bundleName) {
	return [
		`Install either \`${bundleName}\` or a provider's own package for a provider, not both. Both`,
		'load side by side (their node types differ: `<package>.<node>`), but they declare the same',
		'credential type (for example `westWalletApi`), and n8n keeps it from the package it loads last',
		'together with the list of nodes that may use it: our credentials serve our own nodes only, so',
		'the other package\'s nodes cannot use it, and n8n says so when a workflow is saved ("cannot use',
		'credential type … it is restricted to: …"). To switch forms: uninstall one, restart n8n, and',
		"rebuild the workflows with the other form's nodes (a workflow names its node types with the",
		'package name; the `examples/` of each package use its own names). Provider packages of',
		'different providers install side by side without conflict.',
	].join('\n');
}

/** The README of a provider package. p: {name, folder, title, bundle, section, examples, tested}. */
export function providerReadme(p) {
	const examples = p.examples.length
		? p.examples.map((e) => `- [\`examples/${e.file}\`](examples/${e.file}): ${e.name}`).join('\n')
		: '- (none yet)';
	return [
		`# ${p.name}`,
		'',
		`n8n community nodes for **${p.title}**: its credential, an action node and a trigger, as a package`,
		`of its own. The same code as the ${p.title} part of [\`${p.bundle.name}\`](${p.bundle.homepage})`,
		'(every provider in one package), with the same money-safety rules; zero runtime dependencies.',
		'',
		'## Install',
		'',
		'In n8n: **Settings → Community Nodes → Install**, enter',
		`\`${p.name}\`, confirm. Self-hosted alternative: \`npm install ${p.name}\` in \`~/.n8n/nodes\`,`,
		'then restart n8n.',
		'',
		'### Which package to pick',
		'',
		`- **n8n Cloud, and n8n 3.0** (which loads only verified community packages by default): this`,
		'  package, once n8n has verified it. n8n verifies packages that hold one service each.',
		`- **Self-hosted**: either. This one when you need only ${p.title}; \`${p.bundle.name}\` for several`,
		'  providers in one install.',
		'',
		'### Installing both',
		'',
		bothInstalled(p.bundle.name),
		'',
		'## Compatibility',
		'',
		`Tested with ${p.tested} (the end-to-end suite installs this package alone into a real n8n).`,
		'Needs an n8n with community nodes API version 1 (`n8nNodesApiVersion: 1`).',
		'',
		'## Example workflows',
		'',
		'Import one in n8n (**Workflows → Import from file**); each has a sticky note saying how to set it',
		'up (credential, sandbox or live, webhook URL):',
		'',
		examples,
		'',
		p.section.replace(/^## .*/, '## Credential, operations and trigger'),
		'',
		'## More',
		'',
		`- Changes: [CHANGELOG.md](CHANGELOG.md) (shared with \`${p.bundle.name}\`).`,
		`- Issues: ${p.bundle.bugs.url}`,
		`- Source, the local sandbox and the full documentation: ${p.bundle.repository.url.replace(/^git\+/, '').replace(/\.git$/, '')}`,
		'',
	].join('\n');
}
