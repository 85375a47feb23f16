'use strict';
// What the packed JavaScript may use (test/e2e/package.e2e.test.js): no process, timers or fs, and
// requires of nothing but relative files, n8n-workflow and crypto.
const ts = require('typescript');

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

module.exports = { scan };
