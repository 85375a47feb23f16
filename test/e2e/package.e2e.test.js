'use strict';
// What `npm pack` gives n8n (and the community-package scanner): only dist/**, examples/**, README.md,
// LICENSE, CHANGELOG.md and package.json; JavaScript that uses no `process`, no timers, no fs, and requires nothing but
// relative files, n8n-workflow and crypto. The package is built once by the e2e global setup.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { ROOT } = require('../../e2e/lib/runtime');
const { npm, packPackage } = require('../../e2e/lib/install');
const { run } = require('../../e2e/lib/processes');

const { scan } = require('../../e2e/lib/js-scan');

describe('npm pack (what n8n installs)', () => {
	let tmp;
	let unpacked;

	beforeAll(async () => {
		tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ccp-pack-'));
		const tgz = await packPackage(tmp);
		unpacked = path.join(tmp, 'x');
		fs.mkdirSync(unpacked);
		const r = await run('tar', ['-xzf', tgz, '-C', unpacked]);
		if (r.code !== 0) throw new Error(`tar failed: ${r.stderr}`);
		unpacked = path.join(unpacked, 'package');
	});

	afterAll(() => {
		if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
	});

	test('npm pack --dry-run holds only dist/**, examples/**, README.md, LICENSE, CHANGELOG.md and package.json (and all of them)', async () => {
		const r = await npm(['pack', '--dry-run', '--json']);
		const [info] = JSON.parse(r.stdout.slice(r.stdout.indexOf('[')));
		const files = info.files.map((f) => f.path);
		const TOP = ['README.md', 'LICENSE', 'CHANGELOG.md', 'package.json'];
		const stray = files.filter(
			(f) =>
				!(f.startsWith('dist/') || /^examples\/[^/]+\/[^/]+\.json$/.test(f) || TOP.includes(f)),
		);
		expect(stray).toEqual([]);
		expect(files).toEqual(expect.arrayContaining(TOP));
		// every file package.json "n8n" points at is packed
		const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
		expect(files).toEqual(expect.arrayContaining([...pkg.n8n.credentials, ...pkg.n8n.nodes]));
		// no tests or sandboxes inside dist
		expect(files.filter((f) => /(^|\/)(test|__tests__|sandbox)\/|\.test\.js$/.test(f))).toEqual([]);
	});

	test('the packed JavaScript uses no process, timers or fs, and requires only relative files, n8n-workflow and crypto', () => {
		const jsFiles = [];
		const walk = (dir) => {
			for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
				const p = path.join(dir, e.name);
				if (e.isDirectory()) walk(p);
				else if (/\.(c|m)?js$/.test(e.name)) jsFiles.push(p);
			}
		};
		walk(unpacked);
		expect(jsFiles.length).toBeGreaterThan(0);
		const problems = jsFiles.flatMap((f) =>
			scan(path.relative(unpacked, f), fs.readFileSync(f, 'utf8')),
		);
		expect(problems).toEqual([]);
	});

	test('the scanner itself catches what it must (self-check)', () => {
		const bad = [
			"const fs = require('fs');",
			"const x = require('axios');",
			'setTimeout(() => 1, 10);',
			'const env = process.env.X;',
			'globalThis.setInterval(f, 1);',
			"import('node:child_process');",
		];
		for (const code of bad)
			expect({ code, problems: scan('x.js', code).length > 0 }).toEqual({ code, problems: true });
		const good = [
			"const c = require('crypto'); const w = require('n8n-workflow'); const r = require('./shared/router');",
			'const o = { process: 1, setTimeout: 2 }; o.process; this.setTimeout;',
			"const { sleep } = require('n8n-workflow'); await sleep(10);",
		];
		for (const code of good)
			expect({ code, problems: scan('x.js', code) }).toEqual({ code, problems: [] });
	});
});

// One package per provider (scripts/provider-packages.mjs, packed by `npm run pack:all`), each
// installed ALONE into a fresh real n8n: exactly its nodes and credential, its output schemas served,
// its example action workflow run against its sandbox, one trigger event received. Then two provider
// packages side by side with the bundle in one n8n.
describe('the packages of `npm run pack:all` in a real n8n', () => {
	const packages = require('../../e2e/lib/packages');
	const { presentProviders, allSpecs } = require('../../e2e/providers');
	const { startSandboxes } = require('../../e2e/lib/sandboxes');
	const TARBALLS = path.join(ROOT, '.packages', 'tarballs');
	const bundle = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
	const specs = presentProviders();
	const ourCredentials = allSpecs().map((s) => s.credentialType);
	const nameOf = (spec) => `n8n-nodes-${spec.id}`; // as scripts/provider-packages.mjs names it
	const tarball = (name) => ({ name, tgz: path.join(TARBALLS, `${name}-${bundle.version}.tgz`) });
	const unpackedPkg = (name) =>
		JSON.parse(fs.readFileSync(path.join(ROOT, '.packages', name, 'package.json'), 'utf8'));
	let sandboxes;

	beforeAll(async () => {
		const r = await run(process.execPath, [path.join(ROOT, 'scripts', 'pack-all.mjs')], {
			cwd: ROOT,
		});
		if (r.code !== 0) throw new Error(`npm run pack:all failed: ${r.stderr}`);
		sandboxes = await startSandboxes({ names: specs.map((s) => s.id), randomPorts: true });
	}, 300000);
	afterAll(async () => sandboxes && sandboxes.stop());

	/** Every output schema of the package is served (200) and is the file it ships. */
	async function expectSchemas(n8n, name) {
		const installed = path.join(n8n.userFolder, '.n8n', 'nodes', 'node_modules', name);
		const pkg = JSON.parse(fs.readFileSync(path.join(installed, 'package.json'), 'utf8'));
		const urls = packages.schemaUrls(installed, name, packages.actionNodes(pkg));
		expect(urls.length).toBeGreaterThan(0);
		for (const { url, file } of urls) {
			const res = await packages.get(n8n, url);
			expect({ url, status: res.status }).toEqual({ url, status: 200 });
			expect(res.json).toEqual(JSON.parse(fs.readFileSync(file, 'utf8')));
		}
		return urls.length;
	}

	/** n8n's node-creator data: each trigger of the package lists its events; the app entry (the trigger's description) is not "Starts the workflow". */
	function expectPanel(types, name) {
		const triggers = types.nodes.filter(
			(n) => n.name.startsWith(`${name}.`) && n.group.includes('trigger'),
		);
		expect(triggers.length).toBeGreaterThan(0);
		for (const t of triggers) {
			// n8n merges a trigger into its action node's app entry and shows the trigger's description
			expect(t.description).not.toMatch(/^Starts? the workflow/i);
			const app = types.nodes.find((n) => n.name === t.name.replace(/Trigger$/, ''));
			if (app) expect(t.description).toContain(app.displayName);
			const events = t.properties.find((p) =>
				['event', 'events', 'trigger on'].includes(p.displayName.toLowerCase()),
			);
			expect({
				trigger: t.name,
				events:
					(events?.options || []).every((o) => /^On /.test(o.action)) && events.options.length > 0,
			}).toEqual({ trigger: t.name, events: true });
			expect(t.codex?.alias).toEqual(expect.arrayContaining(['crypto']));
		}
	}

	test.each(specs.map((s) => [s.title, s]))(
		'%s: its package alone loads exactly its nodes and credential, serves its schemas, runs its example action workflow and receives one trigger event',
		async (_title, spec) => {
			const name = nameOf(spec);
			const sandbox = sandboxes.providers[spec.id];
			const n8n = await packages.n8nWith([tarball(name)], spec.id);
			try {
				const pkg = unpackedPkg(name);
				const types = await packages.editorTypes(n8n);
				const ours = types.nodes
					.map((n) => n.name)
					.filter(
						(n) => /^n8n-nodes-/.test(n) && !n.startsWith('n8n-nodes-base.') && !n.endsWith('Tool'),
					);
				const lc = (f) => path.basename(f, '.node.js').replace(/^./, (c) => c.toLowerCase());
				expect([...new Set(ours)].sort()).toEqual(
					pkg.n8n.nodes.map((f) => `${name}.${lc(f)}`).sort(),
				);
				const creds = types.credentials
					.map((c) => c.name)
					.filter((c) => ourCredentials.includes(c));
				expect(creds).toEqual([spec.credentialType]);
				expectPanel(types, name);
				await expectSchemas(n8n, name);

				if (spec.configureSandbox) await spec.configureSandbox({ sandbox, n8nUrl: n8n.url });
				const examples = await packages.createExamples(n8n, spec, { sandbox, packageName: name });
				const trigger = examples.find((e) => e.role === 'trigger');
				const event = await packages.triggerExample(n8n, spec, trigger, { sandbox });
				expect(event.items.length).toBeGreaterThan(0);
				event.check();
				for (const action of examples.filter((e) => e.role === 'action')) {
					const execution = await packages.runExample(n8n, action);
					const error = execution.data?.resultData?.error;
					expect({
						example: action.workflow.name,
						status: execution.status,
						error: error?.message,
					}).toEqual({ example: action.workflow.name, status: 'success', error: undefined });
					const ran = Object.keys(execution.data.resultData.runData).sort();
					const nodes = action.workflow.nodes.filter((n) => n.type !== 'n8n-nodes-base.stickyNote');
					expect(ran).toEqual(nodes.map((n) => n.name).sort());
				}
			} finally {
				await n8n.dispose();
			}
		},
		300000,
	);

	test('side by side: two provider packages in one n8n; both load, serve their schemas and run their examples', async () => {
		const two = specs.slice(0, 2);
		const n8n = await packages.n8nWith(
			two.map((s) => tarball(nameOf(s))),
			'side-by-side',
		);
		try {
			const types = await packages.editorTypes(n8n);
			const names = new Set(types.nodes.map((n) => n.name));
			for (const spec of two)
				for (const type of [spec.nodeTypes.action, spec.nodeTypes.trigger])
					expect(names.has(type.replace(`${bundle.name}.`, `${nameOf(spec)}.`))).toBe(true);
			for (const spec of two) expectPanel(types, nameOf(spec));
			for (const spec of two) await expectSchemas(n8n, nameOf(spec));
			for (const spec of two) {
				const examples = await packages.createExamples(n8n, spec, {
					sandbox: sandboxes.providers[spec.id],
					packageName: nameOf(spec),
				});
				const action = examples.find((e) => e.role === 'action');
				const execution = await packages.runExample(n8n, action);
				expect({ example: action.workflow.name, status: execution.status }).toEqual({
					example: action.workflow.name,
					status: 'success',
				});
			}
		} finally {
			await n8n.dispose();
		}
	}, 300000);

	// Both forms declare the same credential type; n8n keeps the one of the package it loads last,
	// and with it the nodes that may use it (our credentials serve our nodes only): the README's
	// "Which package to pick" says to install one form per provider, and n8n names the restriction.
	test('the bundle beside a provider package: both load; the shared credential serves one form, and n8n refuses the other naming the restriction', async () => {
		const spec = specs[0];
		const n8n = await packages.n8nWith(
			[tarball(bundle.name), tarball(nameOf(spec))],
			'bundle-and-provider',
		);
		try {
			const names = new Set((await packages.editorTypes(n8n)).nodes.map((n) => n.name));
			expect(names.has(spec.nodeTypes.action)).toBe(true);
			expect(names.has(spec.nodeTypes.action.replace(`${bundle.name}.`, `${nameOf(spec)}.`))).toBe(
				true,
			);
			const outcomes = [];
			for (const packageName of [bundle.name, nameOf(spec)]) {
				try {
					const examples = await packages.createExamples(n8n, spec, {
						sandbox: sandboxes.providers[spec.id],
						packageName,
					});
					const action = examples.find((e) => e.role === 'action');
					outcomes.push((await packages.runExample(n8n, action)).status);
				} catch (e) {
					expect(e.message).toMatch(/cannot use credential type .* restricted to/);
					outcomes.push('refused by n8n');
				}
			}
			expect(outcomes.sort()).toEqual(['refused by n8n', 'success']);
		} finally {
			await n8n.dispose();
		}
	}, 300000);
});
