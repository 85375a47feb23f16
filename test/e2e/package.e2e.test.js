'use strict';
// What `npm pack` gives n8n (and the community-package scanner): only dist/**, examples/**, README.md,
// LICENSE, CHANGELOG.md and package.json; JavaScript that uses no `process`, no timers, no fs, and requires nothing but
// relative files, n8n-workflow and crypto. The package is built once by the e2e global setup.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const ts = require('typescript');
const { ROOT } = require('../../e2e/lib/runtime');
const { npm, packPackage } = require('../../e2e/lib/install');
const { run } = require('../../e2e/lib/processes');

const ALLOWED_MODULES = new Set(['n8n-workflow', 'crypto', 'node:crypto']);
const FORBIDDEN_GLOBALS = new Set([
	'process',
	'setTimeout',
	'setInterval',
	'setImmediate',
	'clearTimeout',
	'clearInterval',
	'clearImmediate',
	'require.main',
]);
const GLOBAL_OBJECTS = new Set(['globalThis', 'global', 'window', 'self']);

/** Problems in one JS file: forbidden globals, and requires/imports of anything not allowed. */
function scan(file, text) {
	const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
	const problems = [];
	const where = (n) => {
		const { line } = sf.getLineAndCharacterOfPosition(n.getStart(sf));
		return `${file}:${line + 1}`;
	};
	const checkModule = (n, spec) => {
		if (spec.startsWith('./') || spec.startsWith('../')) return;
		if (!ALLOWED_MODULES.has(spec)) problems.push(`${where(n)} requires "${spec}"`);
	};
	const visit = (n) => {
		if (ts.isIdentifier(n) && FORBIDDEN_GLOBALS.has(n.text)) {
			const p = n.parent;
			const isPropertyName =
				(ts.isPropertyAccessExpression(p) && p.name === n) ||
				(ts.isPropertyAssignment(p) && p.name === n) ||
				(ts.isMethodDeclaration(p) && p.name === n) ||
				(ts.isPropertyDeclaration(p) && p.name === n) ||
				(ts.isBindingElement(p) && p.propertyName === n);
			if (!isPropertyName) problems.push(`${where(n)} uses ${n.text}`);
		}
		// globalThis.setTimeout, global.process, ...
		if (
			ts.isPropertyAccessExpression(n) &&
			ts.isIdentifier(n.expression) &&
			GLOBAL_OBJECTS.has(n.expression.text) &&
			FORBIDDEN_GLOBALS.has(n.name.text)
		) {
			problems.push(`${where(n)} uses ${n.expression.text}.${n.name.text}`);
		}
		if (
			ts.isElementAccessExpression(n) &&
			ts.isIdentifier(n.expression) &&
			GLOBAL_OBJECTS.has(n.expression.text)
		) {
			problems.push(`${where(n)} indexes ${n.expression.text}[...]`);
		}
		if (ts.isCallExpression(n)) {
			const callee = n.expression;
			const isRequire = ts.isIdentifier(callee) && callee.text === 'require';
			const isImport = callee.kind === ts.SyntaxKind.ImportKeyword;
			if (isRequire || isImport) {
				const arg = n.arguments[0];
				if (arg && ts.isStringLiteralLike(arg)) checkModule(n, arg.text);
				else
					problems.push(
						`${where(n)} ${isRequire ? 'require' : 'import'}() of a computed module name`,
					);
			}
		}
		if (
			(ts.isImportDeclaration(n) || ts.isExportDeclaration(n)) &&
			n.moduleSpecifier &&
			ts.isStringLiteral(n.moduleSpecifier)
		) {
			checkModule(n, n.moduleSpecifier.text);
		}
		ts.forEachChild(n, visit);
	};
	visit(sf);
	return problems;
}

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
			(f) => !(f.startsWith('dist/') || /^examples\/[^/]+\/[^/]+\.json$/.test(f) || TOP.includes(f)),
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

describe('one package per provider (scripts/provider-packages.mjs), besides the bundle', () => {
	const { installTarball } = require('../../e2e/lib/install');
	const { N8n } = require('../../e2e/lib/n8n');
	const { freePort } = require('../../e2e/lib/processes');
	const providers = JSON.parse(
		fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'),
	).n8n.nodes.map((f) => f.split('/')[2]);
	const names = [...new Set(providers)].map((folder) => [
		folder,
		`n8n-nodes-${folder.toLowerCase()}`,
	]);

	beforeAll(async () => {
		await run(process.execPath, [path.join(ROOT, 'scripts', 'provider-packages.mjs')], {
			cwd: ROOT,
		});
	}, 120000);

	test.each(names)(
		'%s: its own files only, and a real n8n loads its nodes from it',
		async (folder, name) => {
			const packages = path.join(ROOT, '.packages');
			const tgz = fs
				.readdirSync(packages)
				.find((f) => f.startsWith(`${name}-`) && f.endsWith('.tgz'));
			expect(tgz).toBeDefined();
			const pkg = JSON.parse(fs.readFileSync(path.join(packages, name, 'package.json'), 'utf8'));
			const files = [...pkg.n8n.credentials, ...pkg.n8n.nodes];
			for (const f of files)
				expect(f.includes(`/${folder}/`) || path.basename(f).startsWith(`${folder}Api.`)).toBe(
					true,
				);
			const walk = (dir) =>
				fs
					.readdirSync(dir, { withFileTypes: true })
					.flatMap((e) =>
						e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)],
					);
			const others = walk(path.join(packages, name, 'dist', 'nodes')).filter(
				(f) =>
					!f.includes(`${path.sep}${folder}${path.sep}`) &&
					!f.includes(`${path.sep}shared${path.sep}`),
			);
			expect(others).toEqual([]);
			const userFolder = fs.mkdtempSync(path.join(os.tmpdir(), `n8n-${name}-`));
			try {
				const n8n = new N8n({ userFolder, port: await freePort() });
				await installTarball(
					path.join(userFolder, '.n8n', 'nodes'),
					path.join(packages, tgz),
					name,
				);
				const nodes = await n8n.exportNodes();
				const ours = nodes
					.map((n) => n.name)
					.filter((n) => n.startsWith(`${name}.`) && !n.endsWith('Tool'));
				expect(ours.length).toBe(pkg.n8n.nodes.length);
			} finally {
				fs.rmSync(userFolder, { recursive: true, force: true });
			}
		},
		180000,
	);
});
