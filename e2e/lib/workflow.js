'use strict';
// Small helpers to write n8n workflow JSON as data (the example workflows of e2e/providers/*.js).

/** A node at grid position `index` (left to right); opts: {id, typeVersion, credentials, webhookId, executeOnce, notes, y}. */
function node(index, name, type, parameters = {}, opts = {}) {
	const n = {
		id: opts.id || `${slug(name)}-${index}`,
		name,
		type,
		typeVersion: opts.typeVersion ?? 1,
		position: [index * 240, opts.y ?? 300],
		parameters,
	};
	if (opts.credentials) n.credentials = opts.credentials;
	if (opts.webhookId) n.webhookId = opts.webhookId;
	if (opts.executeOnce) n.executeOnce = true;
	if (opts.notes) {
		n.notes = opts.notes;
		n.notesInFlow = true;
	}
	return n;
}

function slug(s) {
	return String(s)
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '')
		.slice(0, 24);
}

/** Connections of a straight chain a -> b -> c (main output 0 to main input 0). */
function chain(nodes) {
	const connections = {};
	for (let i = 0; i + 1 < nodes.length; i++) {
		connections[nodes[i].name] = { main: [[{ node: nodes[i + 1].name, type: 'main', index: 0 }]] };
	}
	return connections;
}

/** A workflow (inactive; n8n import:workflow keeps the id). */
function workflow({ id, name, nodes, connections, tags }) {
	const wf = {
		id,
		name,
		active: false,
		nodes,
		connections: connections || chain(nodes),
		settings: { executionOrder: 'v1', saveManualExecutions: true },
		pinData: {},
	};
	if (tags) wf.tags = tags;
	return wf;
}

function manualTrigger(name = 'Run') {
	return node(0, name, 'n8n-nodes-base.manualTrigger', {});
}

/** Every (resource, operation) pair a node description offers (from n8n export:nodes). */
function operationsOf(description) {
	const props = description.properties || [];
	const resources = (props.find((p) => p.name === 'resource')?.options || []).map((o) => o.value);
	const pairs = [];
	for (const p of props) {
		if (p.name !== 'operation') continue;
		const shownFor = p.displayOptions?.show?.resource || resources;
		for (const r of shownFor) for (const o of p.options || []) pairs.push(`${r}:${o.value}`);
	}
	return [...new Set(pairs)].sort();
}

module.exports = { node, chain, workflow, manualTrigger, operationsOf };
