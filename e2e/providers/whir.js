'use strict';
// Whir in a real n8n: the example workflows (imported by the demo and the e2e suite) and the
// provider-specific expectations of the end-to-end suite. Shape: see westwallet.js.
// Whir has no webhooks: its trigger POLLS, so this spec has `triggerPoll` instead of
// `triggerWebhook` (see test/e2e/n8n.e2e.test.js), and its trigger cases change the sandbox's
// transactions, then wait for the next poll.
const { credentials, workflows } = require('./whir/workflows');
const { checkActions, wrongCredentials, checkCredentialRequests } = require('./whir/checks');
const { triggerCases } = require('./whir/triggers');
const { ACTION, TRIGGER, ids, triggerPoll } = require('./whir/constants');

function demoHints({ sandbox }) {
	return [
		`Open "Whir: a Bitcoin payout transaction" (examples/whir/) and click "Execute workflow": it runs against the sandbox (${sandbox.credentials.baseUrl}).`,
		'  The active "Whir: transaction changes (polling)" workflow polls every minute and starts once per change it sees.',
		`Move the transaction on: curl -s -X POST ${sandbox.url}/_sandbox/transactions/<id>/deposit   (then /confirm, or /expire)`,
	];
}

module.exports = {
	id: 'whir',
	title: 'Whir',
	packageFiles: {
		credentials: ['dist/credentials/WhirApi.credentials.js'],
		nodes: ['dist/nodes/Whir/Whir.node.js', 'dist/nodes/Whir/WhirTrigger.node.js'],
	},
	credentialType: 'whirApi',
	nodeTypes: { action: ACTION, trigger: TRIGGER },
	ids,
	triggerPoll,
	credentials,
	workflows,
	demoHints,
	// the example workflows users get (examples/whir/*.json; e2e/lib/examples.js)
	examples: require('./whir/examples'),
	e2e: { checkActions, wrongCredentials, checkCredentialRequests, triggerCases },
	// queue mode (test/e2e/queue.e2e.test.js; shape in ./index.js)
	queue: require('./whir/queue'),
};
