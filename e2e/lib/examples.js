'use strict';
// The example workflows users get (examples/<provider>/*.json, shipped in every package): how they
// are laid out (`layout`, used by each provider's e2e/providers/<id>/examples.js), written
// (`npm run examples`, scripts/examples.mjs), read back (`loadExamples`), renamed for a package of
// their own (`forPackage`) and bound to a sandbox credential for the demo and the e2e suite (`bind`).
// An example file holds no credential: n8n asks for one when the user opens a node.
const fs = require('node:fs');
const path = require('node:path');
const { ROOT, PACKAGE_NAME } = require('./runtime');

const EXAMPLES_DIR = path.join(ROOT, 'examples');
const STICKY = 'n8n-nodes-base.stickyNote';
/** At most this many nodes in a row: an example reads at a glance. */
const ROW_MAX = 6;
const COL = 240;
const ROW = 200;

/**
 * A workflow from sections stacked top to bottom, each a sticky note (heading and text) with rows
 * of nodes (at most ROW_MAX each) inside it. Nodes are connected in reading order unless
 * `connections` is given. def: {id, name, sections: [{title, text, color, rows: [[node]]}], connections}
 * node: {name, type, parameters, typeVersion?, webhookId?, notes?, executeOnce?}
 */
function layout(def) {
	const nodes = [];
	const order = [];
	let y = 0;
	def.sections.forEach((section, s) => {
		const lines = section.text ? section.text.split('\n').length : 0;
		const textHeight = 80 + lines * 22;
		const rows = section.rows || [];
		for (const row of rows)
			if (row.length > ROW_MAX)
				throw new Error(`${def.name}: a row of ${row.length} nodes (at most ${ROW_MAX})`);
		const widest = Math.max(3, ...rows.map((r) => r.length));
		const height = textHeight + rows.length * ROW + (rows.length ? 20 : 0);
		nodes.push({
			id: `${def.id}-note-${s + 1}`,
			name: `Note ${s + 1}`,
			type: STICKY,
			typeVersion: 1,
			position: [-60, y],
			parameters: {
				content: `## ${section.title}\n${section.text || ''}`.trimEnd(),
				height,
				width: Math.max(widest * COL + 40, 760),
				color: section.color ?? (s === 0 ? 4 : 7),
			},
		});
		rows.forEach((row, r) => {
			row.forEach((n, c) => {
				const node = {
					id: `${def.id}-${order.length + 1}`,
					name: n.name,
					type: n.type,
					typeVersion: n.typeVersion ?? 1,
					position: [c * COL, y + textHeight + r * ROW + 60],
					parameters: n.parameters || {},
				};
				if (n.webhookId) node.webhookId = n.webhookId;
				if (n.executeOnce) node.executeOnce = true;
				if (n.notes) Object.assign(node, { notes: n.notes, notesInFlow: true });
				nodes.push(node);
				order.push(node.name);
			});
		});
		y += height + 60;
	});
	const connections = def.connections || {};
	if (!def.connections)
		for (let i = 0; i + 1 < order.length; i++)
			connections[order[i]] = { main: [[{ node: order[i + 1], type: 'main', index: 0 }]] };
	return {
		id: def.id,
		name: def.name,
		nodes,
		connections,
		settings: { executionOrder: 'v1' },
		pinData: {},
		meta: { templateCredsSetupCompleted: false },
	};
}

/** "WestWallet: take a crypto payment" -> "take-a-crypto-payment.json". */
function exampleFileName(workflow) {
	const title = workflow.name.includes(':')
		? workflow.name.split(':').slice(1).join(':')
		: workflow.name;
	const slug = title
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
	return `${slug}.json`;
}

/**
 * The provider's examples as `npm run examples` writes them: spec.examples.examples(), its nodes at
 * the newest version their node type offers (read from the build: run `npm run build` first).
 */
function generateExamples(spec) {
	const latest = {};
	for (const file of spec.packageFiles.nodes) {
		const full = path.join(ROOT, file);
		if (!fs.existsSync(full)) throw new Error(`${file} is missing: run npm run build first`);
		const mod = require(full);
		const Class = mod[path.basename(file, '.node.js')];
		const d = new Class().description;
		const versions = Array.isArray(d.version) ? d.version : [d.version];
		latest[`${PACKAGE_NAME}.${d.name}`] = d.defaultVersion ?? Math.max(...versions);
	}
	return spec.examples.examples().map((wf) => {
		for (const n of wf.nodes) if (latest[n.type] !== undefined) n.typeVersion = latest[n.type];
		return wf;
	});
}

/** examples/<spec.id>/*.json as [{file, workflow, role: 'action' | 'trigger'}], bundle node types. */
function loadExamples(spec) {
	const dir = path.join(EXAMPLES_DIR, spec.id);
	if (!fs.existsSync(dir)) return [];
	return fs
		.readdirSync(dir)
		.filter((f) => f.endsWith('.json'))
		.sort()
		.map((f) => {
			const workflow = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'));
			const role = workflow.nodes.some((n) => n.type === spec.nodeTypes.trigger)
				? 'trigger'
				: 'action';
			return { file: path.join(dir, f), workflow, role };
		});
}

/** The workflow with the bundle's node types renamed to those of `packageName` (n8n-nodes-<x>). */
function forPackage(workflow, packageName) {
	const text = JSON.stringify(workflow);
	return JSON.parse(text.split(`"type":"${PACKAGE_NAME}.`).join(`"type":"${packageName}.`));
}

/**
 * A copy of an example ready for the local sandbox: the provider's nodes use the credential
 * {id, name}; its webhook trigger listens at the spec's webhookId (where the sandbox delivers); the
 * provider's own sandbox settings (spec.examples.forSandbox) are applied; `pollTimes` (e2e) makes a
 * polling trigger poll fast. `packageName`: the package whose node types the workflow uses.
 */
function bind(workflow, spec, { credential, sandbox, n8nUrl, pollTimes, packageName } = {}) {
	const wf = JSON.parse(JSON.stringify(workflow));
	const ownType = (t) => (packageName ? t.replace(`${PACKAGE_NAME}.`, `${packageName}.`) : t);
	const ours = [spec.nodeTypes.action, spec.nodeTypes.trigger].map(ownType);
	for (const n of wf.nodes) {
		if (!ours.includes(n.type)) continue;
		if (credential) n.credentials = { [spec.credentialType]: credential };
		if (n.type === ownType(spec.nodeTypes.trigger)) {
			if (spec.triggerWebhook) n.webhookId = spec.triggerWebhook.webhookId;
			if (pollTimes && spec.triggerPoll) n.parameters.pollTimes = spec.triggerPoll.pollTimes;
		}
	}
	if (spec.examples?.forSandbox) spec.examples.forSandbox(wf, { sandbox, n8nUrl });
	return wf;
}

/**
 * The provider's examples bound to its sandbox credential (spec.credentials) for the demo and the
 * e2e suite: [{file, role, workflow}]. opts: {sandbox, n8nUrl, pollTimes, packageName}.
 */
function sandboxExamples(spec, opts) {
	const cred = spec
		.credentials({ sandbox: opts.sandbox })
		.find((c) => c.type === spec.credentialType);
	const credential = cred && { id: cred.id, name: cred.name };
	return loadExamples(spec).map((e) => {
		const own = opts.packageName ? forPackage(e.workflow, opts.packageName) : e.workflow;
		return { ...e, workflow: bind(own, spec, { ...opts, credential }) };
	});
}

/** What makes an example readable and safe to share (checked by test/examples). [] when fine. */
function problems(workflow, spec) {
	const out = [];
	const notes = workflow.nodes.filter((n) => n.type === STICKY);
	const nodes = workflow.nodes.filter((n) => n.type !== STICKY);
	if (!notes.length) out.push('no sticky note');
	if (!notes.some((n) => /credential/i.test(n.parameters.content)))
		out.push('no sticky note says how to set up the credential');
	if (
		!notes.some((n) => /sandbox/i.test(n.parameters.content) && /live/i.test(n.parameters.content))
	)
		out.push('no sticky note says how to use it with the sandbox and live');
	for (const n of nodes) {
		if (n.credentials) out.push(`${n.name}: holds a credential`);
		if (!n.type.startsWith('n8n-nodes-base.') && !n.type.startsWith(`${PACKAGE_NAME}.`))
			out.push(`${n.name}: a node type neither n8n's nor this package's (${n.type})`);
	}
	const rows = {};
	for (const n of nodes) rows[n.position[1]] = (rows[n.position[1]] || 0) + 1;
	for (const [y, count] of Object.entries(rows))
		if (count > ROW_MAX) out.push(`${count} nodes in the row at y=${y}`);
	const inside = (n, s) =>
		n.position[0] >= s.position[0] &&
		n.position[0] <= s.position[0] + s.parameters.width &&
		n.position[1] >= s.position[1] &&
		n.position[1] <= s.position[1] + s.parameters.height;
	for (const n of nodes)
		if (!notes.some((s) => inside(n, s))) out.push(`${n.name}: outside every section`);
	const names = new Set(workflow.nodes.map((n) => n.name));
	for (const [from, c] of Object.entries(workflow.connections))
		for (const to of (c.main || []).flat())
			if (!names.has(from) || !names.has(to.node))
				out.push(`connection ${from} -> ${to.node}: no such node`);
	if (spec && JSON.stringify(workflow).match(/"(apiKey|secretKey|privateKey|webhookSecret)":/))
		out.push('a secret field');
	return out;
}

module.exports = {
	EXAMPLES_DIR,
	ROW_MAX,
	layout,
	exampleFileName,
	generateExamples,
	loadExamples,
	forPackage,
	bind,
	sandboxExamples,
	problems,
};
