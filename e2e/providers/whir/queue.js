'use strict';
// Whir in queue mode (test/e2e/queue.e2e.test.js): its trigger POLLS, so the suite checks that one
// process polls (n8n runs pollers on the main) by counting the sandbox's list requests while nothing
// else lists transactions. The hook shape is described in e2e/providers/index.js.
const { sandboxCall } = require('../../lib/sandboxes');

/** GET /transactions requests (the trigger's polls) the sandbox received since the log was cleared. */
async function countPolls({ sandbox }) {
	const requests = (await sandboxCall(sandbox.url, 'GET', '/_sandbox/requests')).json;
	return requests.filter((r) => r.method === 'GET' && /\/transactions$/.test(r.path)).length;
}

async function clearRequests({ sandbox }) {
	await sandboxCall(sandbox.url, 'DELETE', '/_sandbox/requests');
}

module.exports = {
	// the e2e poll times (e2e/providers/whir/constants.js) poll every 10 s
	polling: { intervalMs: 10000, countPolls, clearRequests },
};
