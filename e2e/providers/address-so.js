'use strict';
// Address.so in a real n8n: the example workflows (imported by the demo and the e2e suite) and the
// provider-specific expectations of the end-to-end suite. Shape: see westwallet.js.
// The action part lives in ./address-so/ (workflows.js, checks.js); the trigger part (its workflow,
// webhook, cases and queue hooks) in ./address-so/triggers.js, which this spec takes when present.
const fs = require('node:fs');
const path = require('node:path');
const { credential, credentials, workflows: actionWorkflows } = require('./address-so/workflows');
const { checkActions, wrongCredentials, checkCredentialRequests } = require('./address-so/checks');
const { ACTION, ids } = require('./address-so/constants');

const TRIGGERS = path.join(__dirname, 'address-so', 'triggers.js');
const t = fs.existsSync(TRIGGERS) ? require(TRIGGERS) : undefined;

function workflows(options) {
	const [action] = actionWorkflows(options);
	return t ? [action, t.triggerWorkflow({ id: ids.triggerWorkflow, credential })] : [action];
}

function demoHints({ sandbox }) {
	return [
		`Open "Address.so: every operation (sandbox)" and click "Execute workflow": every Address.so operation runs against the sandbox (${sandbox.url}).`,
		'  It works in a wallet of its own, and pays 0.01 BTC into wallet 5: the active "Address.so: balance changes"',
		'  workflow is called back (a signed GET) and starts once: see its Executions tab.',
		`Pay into wallet 5 yourself: curl -s -X POST ${sandbox.url}/_sandbox/deposit -H 'content-type: application/json' -d '{"wallet":5,"amount":"0.02"}'`,
		`The log-in lapses after 10 idle minutes (the node logs in again): curl -s -X POST ${sandbox.url}/_sandbox/clock -H 'content-type: application/json' -d '{"advanceMinutes":11}'`,
	];
}

module.exports = {
	id: 'address-so',
	title: 'Address.so',
	packageFiles: {
		credentials: ['dist/credentials/AddressSoApi.credentials.js'],
		nodes: [
			'dist/nodes/AddressSo/AddressSo.node.js',
			...(t ? ['dist/nodes/AddressSo/AddressSoTrigger.node.js'] : []),
		],
	},
	credentialType: 'addressSoApi',
	nodeTypes: { action: ACTION, ...(t ? { trigger: t.TRIGGER } : {}) },
	ids,
	...(t ? { triggerWebhook: t.triggerWebhook } : {}),
	credentials,
	workflows,
	demoHints,
	e2e: {
		checkActions,
		wrongCredentials,
		checkCredentialRequests,
		triggerCases: () => (t ? t.triggerCases({ workflowId: ids.triggerWorkflow }) : []),
	},
	// the example workflows users get (examples/address-so/*.json; e2e/lib/examples.js)
	examples: require('./address-so/examples'),
	// queue mode (test/e2e/queue.e2e.test.js; shape in ./index.js)
	...(t ? { queue: t.queue } : {}),
};
