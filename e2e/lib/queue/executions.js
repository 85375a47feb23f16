'use strict';
// Reading executions back from the main's public API for the queue-mode suite: which are new since a
// point in time, waiting until they have all finished, and the items a trigger emitted.
const { waitFor, sleep } = require('../processes');

const FINISHED = new Set(['success', 'error', 'crashed', 'canceled']);

/** Ids of a workflow's executions right now (finished and running). */
async function executionIds(n8n, workflowId) {
	const done = await n8n.listExecutions(workflowId, { includeData: false });
	const running = await n8n.listExecutions(workflowId, { includeData: false, status: 'running' });
	return new Set([...done, ...running].map((e) => String(e.id)));
}

/** Executions of a workflow whose ids are not in `before` (a Set from executionIds()). */
async function executionsSince(n8n, workflowId, before, { includeData = false } = {}) {
	const list = await n8n.listExecutions(workflowId, { includeData });
	const running = await n8n.listExecutions(workflowId, { includeData: false, status: 'running' });
	const seen = new Set();
	return [...list, ...running].filter((e) => {
		const id = String(e.id);
		if (before.has(id) || seen.has(id)) return false;
		seen.add(id);
		return true;
	});
}

/**
 * Waits until `count` new executions (since `before`) have all finished; then waits `settleMs` more
 * and checks that no further one appeared. Resolves the new executions (with data when asked).
 */
async function waitForNewExecutions(
	n8n,
	workflowId,
	before,
	count,
	{ timeoutMs = 60000, settleMs = 1500, includeData = false } = {},
) {
	await waitFor(
		async () => {
			const list = await executionsSince(n8n, workflowId, before);
			return list.length >= count && list.every((e) => FINISHED.has(e.status));
		},
		{ timeoutMs, intervalMs: 500, what: `${count} finished executions of ${workflowId}` },
	);
	if (settleMs) await sleep(settleMs);
	return executionsSince(n8n, workflowId, before, { includeData });
}

/** The json of the items a node emitted in an execution (first run, main output 0). */
function itemsOf(execution, nodeName) {
	const runs =
		execution.data && execution.data.resultData && execution.data.resultData.runData[nodeName];
	return ((runs && runs[0] && runs[0].data && runs[0].data.main && runs[0].data.main[0]) || []).map(
		(i) => i.json,
	);
}

/** "node: message" of an execution's error, or undefined. */
function errorOf(execution) {
	const error = execution.data && execution.data.resultData && execution.data.resultData.error;
	return error ? `${error.node ? `${error.node.name}: ` : ''}${error.message}` : undefined;
}

module.exports = {
	executionIds,
	executionsSince,
	waitForNewExecutions,
	itemsOf,
	errorOf,
	FINISHED,
};
