'use strict';
// Wyre in a real n8n: the example workflows (imported by the demo and the e2e suite) and the
// provider-specific expectations of the end-to-end suite. Shape: see westwallet.js.
//
// The trigger part lives in ./wyre/triggers.js (the trigger's own file). It exports
//   { triggerWorkflow({sandbox, n8nUrl, credential, credentialId, credentialName}),
//     triggerWebhook, triggerCases, TRIGGER_WORKFLOW_ID?, TRIGGER_WALLET?, demoHints?, queue? }
// and this spec picks it up when present: the action workflow's simulated deposit then goes into
// the wallet the trigger watches. The spec counts as present in the package only when the
// trigger node is listed in package.json too (packageFiles below), so the e2e suites, which run a
// trigger for every provider, take Wyre in once both nodes are there.
const fs = require('node:fs');
const path = require('node:path');
const { credentials, actionNodes, workflow } = require('./wyre/workflows');
const { checkActions, wrongCredentials, checkCredentialRequests } = require('./wyre/checks');
const { ACTION, TRIGGER, ids, SEED } = require('./wyre/constants');

const TRIGGERS = path.join(__dirname, 'wyre', 'triggers.js');
const triggers = fs.existsSync(TRIGGERS) ? require(TRIGGERS) : undefined;
const workflowIds = {
	...ids,
	...(triggers?.TRIGGER_WORKFLOW_ID ? { triggerWorkflow: triggers.TRIGGER_WORKFLOW_ID } : {}),
};
/** The wallet the action workflow deposits into: the one the trigger watches. */
const depositWallet = triggers?.TRIGGER_WALLET ?? SEED.wallet;

function workflows({ sandbox, n8nUrl }) {
	const action = workflow({
		id: ids.actionWorkflow,
		name: 'Wyre: every operation (sandbox)',
		nodes: actionNodes(sandbox, depositWallet),
	});
	if (!triggers) return [action];
	const credentialName = 'Wyre sandbox';
	const trigger = triggers.triggerWorkflow({
		sandbox,
		n8nUrl,
		credential: { wyreApi: { id: ids.credential, name: credentialName } },
		credentialId: ids.credential,
		credentialName,
	});
	return [action, trigger];
}

function demoHints({ sandbox, n8nUrl }) {
	return [
		`Open "Wyre: every operation (sandbox)" and click "Execute workflow": every Wyre operation runs against the sandbox (${sandbox.url}), signed.`,
		'  It creates a sub-account, a bank account, wallets, a transfer it confirms, a subscription and a card order.',
		`Deposit into a wallet yourself: curl -s -X POST ${sandbox.url}/_sandbox/deposit -H 'content-type: application/json' -d '{"wallet":"${depositWallet}","currency":"BTC","amount":"0.01"}'`,
		...(triggers?.demoHints ? triggers.demoHints({ sandbox, n8nUrl }) : []),
	];
}

module.exports = {
	id: 'wyre',
	title: 'Wyre',
	packageFiles: {
		credentials: ['dist/credentials/WyreApi.credentials.js'],
		nodes: ['dist/nodes/Wyre/Wyre.node.js', 'dist/nodes/Wyre/WyreTrigger.node.js'],
	},
	credentialType: 'wyreApi',
	nodeTypes: { action: ACTION, trigger: TRIGGER },
	ids: workflowIds,
	...(triggers?.triggerWebhook ? { triggerWebhook: triggers.triggerWebhook } : {}),
	credentials,
	workflows,
	demoHints,
	// the example workflows users get (examples/wyre/*.json; e2e/lib/examples.js)
	examples: require('./wyre/examples'),
	e2e: {
		checkActions,
		wrongCredentials,
		checkCredentialRequests,
		triggerCases: triggers?.triggerCases ?? (() => []),
	},
	// queue mode (test/e2e/queue.e2e.test.js; shape in ./index.js)
	...(triggers?.queue || triggers?.registration
		? { queue: triggers.queue ?? { registration: triggers.registration } }
		: {}),
};
