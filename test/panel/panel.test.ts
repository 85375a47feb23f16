/**
 * What n8n's nodes panel shows, for every node in package.json "n8n" (a new provider gets these
 * checks by being listed there):
 * - the app entry: n8n merges a trigger into its action node's entry and shows the TRIGGER's
 *   description for the whole app, so a trigger describes what all the provider's nodes do;
 * - a trigger's events: n8n lists them from the property displayed as "Event", "Events" or
 *   "Trigger On" (each option's `action` is the line it shows; otherwise only "On new … event");
 * - the codex file (<Node>.node.json): categories, subcategories, search aliases and both
 *   documentation links.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { INodeProperties, INodePropertyOptions, INodeType } from 'n8n-workflow';

const ROOT = path.resolve(__dirname, '..', '..');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const EVENT_NAMES = ['event', 'events', 'trigger on'];

/** dist/nodes/X/Y.node.js -> the node class from nodes/X/Y.node.ts, and its codex file. */
function load(file: string): { node: INodeType; codexFile: string } {
	const source = path.join(ROOT, file.replace(/^dist\//, '').replace(/\.js$/, ''));
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	const mod = require(source) as Record<string, new () => INodeType>;
	const Class = mod[path.basename(source, '.node')];
	return { node: new Class(), codexFile: `${source}.json` };
}

const nodes = (pkg.n8n.nodes as string[]).map((f) => [path.basename(f, '.node.js'), f] as const);

describe.each(nodes)('%s in the nodes panel', (_name, file) => {
	const { node, codexFile } = load(file);
	const d = node.description;
	const isTrigger = d.group.includes('trigger');
	const props = d.properties as INodeProperties[];

	if (isTrigger) {
		test('the trigger describes the whole app (n8n shows its description as the app entry)', () => {
			expect(d.description).not.toMatch(/^Starts? the workflow/i);
			const action = nodes.find(([n]) => `${n}Trigger` === path.basename(file, '.node.js'));
			if (action) {
				expect(d.description).toContain(load(action[1]).node.description.displayName);
				expect(d.description).toMatch(/start/i);
			}
		});

		test('its events: a property displayed as Event(s) or Trigger On, an action line per option', () => {
			const events = props.find((p) => EVENT_NAMES.includes(p.displayName.toLowerCase()));
			expect(events).toBeDefined();
			const options = (events?.options ?? []) as INodePropertyOptions[];
			expect(options.length).toBeGreaterThan(0);
			for (const o of options)
				expect({ event: o.name, action: o.action }).toEqual({
					event: o.name,
					action: expect.stringMatching(/^On [a-z]/),
				});
		});
	}

	test('its codex file: categories, subcategories, aliases, both documentation links', () => {
		expect(fs.existsSync(codexFile)).toBe(true);
		const codex = JSON.parse(fs.readFileSync(codexFile, 'utf8'));
		expect(codex.node).toBe(`${pkg.name}.${d.name}`);
		expect(codex.categories).toEqual(expect.arrayContaining(['Finance & Accounting']));
		for (const category of Object.keys(codex.subcategories ?? {}))
			expect(codex.categories).toContain(category);
		expect(Object.values(codex.subcategories ?? {}).flat().length).toBeGreaterThan(0);
		expect(codex.alias).toEqual(expect.arrayContaining(['crypto']));
		expect(codex.alias.some((a: string) => /bitcoin|payout|invoice|payment/.test(a))).toBe(true);
		for (const kind of ['primaryDocumentation', 'credentialDocumentation'])
			expect({ kind, urls: codex.resources?.[kind] }).toEqual({
				kind,
				urls: [{ url: expect.stringMatching(/^https:\/\//) }],
			});
	});
});
