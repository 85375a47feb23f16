'use strict';
// The example workflows users get (examples/<provider>/*.json; e2e/lib/examples.js), for every
// provider present in package.json "n8n": at least one action and one trigger workflow each, up to
// date with `npm run examples`, readable (sticky notes, short rows, sections) and free of
// credentials. The package suite (test/e2e/package.e2e.test.js) runs them in a real n8n.
const fs = require('node:fs');
const path = require('node:path');
const { presentProviders } = require('../../e2e/providers');
const {
	EXAMPLES_DIR,
	loadExamples,
	exampleFileName,
	generateExamples,
	forPackage,
	bind,
	problems,
	layout,
} = require('../../e2e/lib/examples');

const providers = presentProviders();

describe.each(providers.map((p) => [p.title, p]))('%s examples', (_title, spec) => {
	const examples = loadExamples(spec);

	test('an action workflow (manual start) and a trigger workflow, in examples/<provider>/', () => {
		const action = examples.find(
			(e) =>
				e.role === 'action' &&
				e.workflow.nodes.some((n) => n.type === 'n8n-nodes-base.manualTrigger') &&
				e.workflow.nodes.some((n) => n.type === spec.nodeTypes.action),
		);
		const trigger = examples.find((e) => e.role === 'trigger');
		expect({ action: !!action, trigger: !!trigger }).toEqual({ action: true, trigger: true });
	});

	test('each reads at a glance and holds no credential', () => {
		for (const e of examples)
			expect({ file: path.basename(e.file), problems: problems(e.workflow, spec) }).toEqual({
				file: path.basename(e.file),
				problems: [],
			});
	});

	if (spec.examples) {
		test('the files are what `npm run examples` writes', () => {
			const expected = generateExamples(spec);
			const files = fs.readdirSync(path.join(EXAMPLES_DIR, spec.id)).sort();
			expect(files).toEqual(expected.map(exampleFileName).sort());
			for (const wf of expected) {
				const stored = JSON.parse(
					fs.readFileSync(path.join(EXAMPLES_DIR, spec.id, exampleFileName(wf)), 'utf8'),
				);
				expect(stored).toEqual(wf);
			}
		});
	}

	test('a package of its own gets them with its own node types; bound to a sandbox, they get the credential', () => {
		for (const e of examples) {
			const own = forPackage(e.workflow, 'n8n-nodes-x');
			const types = own.nodes.map((n) => n.type);
			expect(types.filter((t) => t.startsWith('n8n-nodes-crypto-payments.'))).toEqual([]);
			const bound = bind(own, spec, {
				credential: { id: 'c1', name: 'sandbox' },
				sandbox: { url: 'http://127.0.0.1:1', credentials: {} },
				n8nUrl: 'http://127.0.0.1:2',
				packageName: 'n8n-nodes-x',
			});
			const ours = bound.nodes.filter((n) => n.type.startsWith('n8n-nodes-x.'));
			expect(ours.length).toBeGreaterThan(0);
			for (const n of ours)
				expect(n.credentials).toEqual({ [spec.credentialType]: { id: 'c1', name: 'sandbox' } });
			// the file itself is untouched
			expect(e.workflow.nodes.some((n) => n.credentials)).toBe(false);
		}
	});
});

test('the readability check catches what it must (self-check)', () => {
	const row = (n) =>
		Array.from({ length: n }, (_, i) => ({ name: `N${i}`, type: 'n8n-nodes-base.noOp' }));
	expect(() =>
		layout({ id: 'x', name: 'x', sections: [{ title: 't', rows: [row(7)] }] }),
	).toThrow();
	const wf = layout({
		id: 'x',
		name: 'x',
		sections: [{ title: 'Set up', text: 'credential; sandbox or live', rows: [row(2)] }],
	});
	expect(problems(wf)).toEqual([]);
	const bad = JSON.parse(JSON.stringify(wf));
	bad.nodes[1].credentials = { a: { id: '1' } };
	bad.nodes[2].position = [5000, 5000];
	expect(problems(bad)).toEqual(['N0: holds a credential', 'N1: outside every section']);
	const noNote = { ...wf, nodes: wf.nodes.filter((n) => n.type !== 'n8n-nodes-base.stickyNote') };
	expect(problems(noNote)).toEqual(expect.arrayContaining(['no sticky note']));
});
