'use strict';
// WestWallet in a real n8n: the example workflows (imported by the demo and the e2e suite) and the
// provider-specific expectations of the end-to-end suite (test/e2e/n8n.e2e.test.js).
//
// A provider spec exports:
//   id, title                    sandbox name (sandbox/<id>/) and display name
//   packageFiles                 {credentials, nodes}: the dist files in package.json "n8n" (presence)
//   credentialType, nodeTypes    {action, trigger}
//   ids                          credential and workflow ids used in n8n
//   credentials({sandbox})       [{id, name, type, data}] pointing at the sandbox
//   workflows({sandbox, n8nUrl}) [action, trigger] example workflows
//   triggerWebhook               {webhookId, path, query, method?}: where the trigger listens (method
//                                'GET' for a trigger called back with GET: the suites probe with it)
//   triggerPoll                  instead of triggerWebhook, for a polling trigger: {pollTimes (set on the
//                                trigger for the e2e run), maxWaitMs, quietMs} (see whir.js)
//   demoHints({sandbox, n8nUrl}) lines of "what to try" for the demo
//   examples                     {examples() -> workflows written to examples/<id>/ by `npm run examples`
//                                (e2e/lib/examples.js layout()), forSandbox(workflow, {sandbox, n8nUrl})?:
//                                what running them against the local sandbox changes}; the demo
//                                imports examples/<id>/*.json, the package suite runs them
//   e2e: {checkActions, wrongCredentials, checkCredentialRequests, triggerCases, scenarios?}
//     scenarios(): [{name, workflow, before({sandbox}), check({runData, requests, sandbox})}] — more
//     workflows run with `n8n execute` (optional); one with `fails: true` expects the run to fail
//     and its check gets {run: {exitCode, stdout, stderr}, requests, sandbox}
const { credentials, workflows } = require('./westwallet/workflows');
const { checkActions, wrongCredentials, checkCredentialRequests } = require('./westwallet/checks');
const { triggerCases } = require('./westwallet/triggers');
const { recoveryScenario } = require('./westwallet/scenarios');
const { refusalScenarios } = require('./westwallet/refusals');
const {
	TRIGGER,
	ACTION,
	ids,
	WEBHOOK_ID,
	WEBHOOK_PATH,
	ipnUrl,
} = require('./westwallet/constants');

function demoHints({ sandbox, n8nUrl }) {
	return [
		`Open "WestWallet: take a crypto payment" (examples/westwallet/) and click "Execute workflow": it runs against the sandbox (${sandbox.url}).`,
		'  Its new deposit address carries the IPN URL of the active "WestWallet: payment notifications (IPN)" workflow.',
		`Pay into it: curl -s -X POST ${sandbox.url}/_sandbox/deposit -H 'content-type: application/json' -d '{"address":"<address>","amount":"0.02","status":"completed"}'`,
		'  The sandbox sends the IPN; the trigger workflow starts: see its Executions tab.',
		`IPN URL of the trigger: ${ipnUrl(n8nUrl)}`,
	];
}

module.exports = {
	id: 'westwallet',
	title: 'WestWallet',
	packageFiles: {
		credentials: ['dist/credentials/WestWalletApi.credentials.js'],
		nodes: [
			'dist/nodes/WestWallet/WestWallet.node.js',
			'dist/nodes/WestWallet/WestWalletTrigger.node.js',
		],
	},
	credentialType: 'westWalletApi',
	nodeTypes: { action: ACTION, trigger: TRIGGER },
	ids,
	triggerWebhook: { webhookId: WEBHOOK_ID, path: WEBHOOK_PATH },
	credentials,
	workflows,
	demoHints,
	// the example workflows users get (examples/westwallet/*.json; e2e/lib/examples.js)
	examples: require('./westwallet/examples'),
	e2e: {
		checkActions,
		wrongCredentials,
		checkCredentialRequests,
		triggerCases,
		scenarios: () => [recoveryScenario(), ...refusalScenarios()],
	},
	// queue mode (test/e2e/queue.e2e.test.js; shape in ./index.js)
	queue: require('./westwallet/queue'),
};
