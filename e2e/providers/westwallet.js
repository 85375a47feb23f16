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
//   e2e: {checkActions, wrongCredentials, checkCredentialRequests, triggerCases, scenarios?}
//     scenarios(): [{name, workflow, before({sandbox}), check({runData, requests, sandbox})}] — more
//     workflows run with `n8n execute` (optional)
const { credentials, workflows } = require('./westwallet/workflows');
const { checkActions, wrongCredentials, checkCredentialRequests } = require('./westwallet/checks');
const { triggerCases } = require('./westwallet/triggers');
const { recoveryScenario } = require('./westwallet/scenarios');
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
		`Open "WestWallet: every operation (sandbox)" and click "Execute workflow": every WestWallet operation runs against the sandbox (${sandbox.url}).`,
		'  Its "Simulate a payment" step pays into the new address; the sandbox then sends an IPN to the active',
		'  "WestWallet: payment notifications (IPN)" workflow: see its Executions tab.',
		`Pay into an address yourself: curl -s -X POST ${sandbox.url}/_sandbox/deposit -H 'content-type: application/json' -d '{"address":"<address>","amount":"0.02"}'`,
		`IPN URL of the trigger: ${ipnUrl(n8nUrl)}`,
		'"WestWallet: resolve an unknown payout (sandbox)": first make the sandbox cut the connection after its 2nd',
		`  withdrawal: curl -s -X POST ${sandbox.url}/_sandbox/faults -H 'content-type: application/json' -d '{"path":"/wallet/create_withdrawal","drop":"after","skip":1}'`,
		'  then execute it: the unknown and unsent payouts go to the error output, and Check Outcome resolves them.',
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
	e2e: {
		checkActions,
		wrongCredentials,
		checkCredentialRequests,
		triggerCases,
		scenarios: () => [recoveryScenario()],
	},
	// queue mode (test/e2e/queue.e2e.test.js; shape in ./index.js)
	queue: require('./westwallet/queue'),
};
