'use strict';
// Reading executions back for the queue-mode suite: which are new since a point in time, waiting
// until they have all finished, and the items a trigger emitted. Which executions exist, and their
// status, come from the database itself: the public API's list leaves out every execution the main
// still counts as active, and in queue mode n8n 2.41 sometimes keeps a finished one there (the main
// then logs "Waiting for 1 active executions to finish" at shutdown). Their data comes from the API.
const { waitFor, sleep } = require('../processes');

const FINISHED = new Set(['success', 'error', 'crashed', 'canceled']);

/** [{id, status}] of a workflow's executions, from PostgreSQL. */
async function storedExecutions(cluster, workflowId) {
	if (!/^[A-Za-z0-9_-]+$/.test(workflowId)) throw new Error(`unexpected workflow id ${workflowId}`);
	const rows = await cluster.postgres.query(
		`SELECT id, status FROM execution_entity WHERE "workflowId" = '${workflowId}' AND "deletedAt" IS NULL`,
	);
	return rows.map(([id, status]) => ({ id: String(id), status }));
}

/** Ids of a workflow's executions right now. */
async function executionIds(cluster, workflowId) {
	return new Set((await storedExecutions(cluster, workflowId)).map((e) => e.id));
}

/** The executions with their data (public API), in the order of `rows`. */
async function withData(cluster, workflowId, rows) {
	const listed = await cluster.main.listExecutions(workflowId, { includeData: true });
	const byId = new Map(listed.map((e) => [String(e.id), e]));
	const out = [];
	for (const row of rows) {
		const e = byId.get(row.id) || (await cluster.main.getExecution(row.id, { wait: false }));
		out.push({ ...e, id: row.id, status: row.status });
	}
	return out;
}

/** Executions of a workflow whose ids are not in `before` (a Set from executionIds()). */
async function executionsSince(cluster, workflowId, before, { includeData = false } = {}) {
	const rows = (await storedExecutions(cluster, workflowId)).filter((e) => !before.has(e.id));
	return includeData ? withData(cluster, workflowId, rows) : rows;
}

/**
 * Waits until `count` new executions (since `before`) have all finished; then waits `settleMs` more
 * and checks that no further one appeared. Resolves the new executions (with data when asked).
 */
async function waitForNewExecutions(
	cluster,
	workflowId,
	before,
	count,
	{ timeoutMs = 60000, settleMs = 1500, includeData = false } = {},
) {
	await waitFor(
		async () => {
			const list = await executionsSince(cluster, workflowId, before);
			return list.length >= count && list.every((e) => FINISHED.has(e.status));
		},
		{ timeoutMs, intervalMs: 500, what: `${count} finished executions of ${workflowId}` },
	);
	if (settleMs) await sleep(settleMs);
	return executionsSince(cluster, workflowId, before, { includeData });
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
	storedExecutions,
	executionIds,
	executionsSince,
	waitForNewExecutions,
	itemsOf,
	errorOf,
	FINISHED,
};
