'use strict';
// What the e2e suite does differently for a POLLING trigger: a provider spec with `triggerPoll`
// ({pollTimes, maxWaitMs, quietMs}) instead of `triggerWebhook` (see e2e/providers/whir.js).
// Its trigger gets the spec's poll times for the run; executions start at the next poll, not at a
// delivery; and the trigger also records FAILED executions (its reports, e.g. a transaction whose
// answer does not verify), so cases count the successful executions and wait for failed ones apart.

/** The spec's [action, trigger] workflows, with the e2e poll times on a polling trigger. */
function withPollTimes(spec, workflows) {
	if (!spec.triggerPoll) return workflows;
	for (const n of workflows[1].nodes) {
		if (n.type === spec.nodeTypes.trigger) n.parameters.pollTimes = spec.triggerPoll.pollTimes;
	}
	return workflows;
}

/**
 * How the trigger's executions are counted and awaited: all of them for a webhook trigger; for a
 * polling one the successful ones (`count`) and the failed ones (`errors`) apart.
 */
function triggerExecutions(n8n, spec) {
	const list = (status) =>
		n8n.listExecutions(spec.ids.triggerWorkflow, { includeData: false, status });
	const poll = spec.triggerPoll;
	return {
		poll,
		count: poll
			? async () => (await list('success')).length
			: async () => (await list()).length + (await list('running')).length,
		errors: async () => (poll ? await list('error') : []),
		/** Filter of the execution whose data a case checks. */
		latestFilter: poll ? { status: 'success' } : {},
		waitMs: poll ? poll.maxWaitMs : 20000,
		quietMs: poll ? poll.quietMs : 1200,
	};
}

module.exports = { withPollTimes, triggerExecutions };
