'use strict';
// Wyre in a real n8n: the example workflows (imported by the demo and the e2e suite) and the
// provider-specific expectations of the end-to-end suite. Shape: see westwallet.js.
//
// The trigger part lives in ./wyre/triggers.js (the trigger's own file). It exports
//   { triggerWorkflow({sandbox, n8nUrl, credential}) -> the trigger workflow,
//     triggerWebhook, triggerCases, demoHints?({sandbox, n8nUrl}) -> lines, queue? }
// and this spec picks it up when present. The spec counts as present in the package only when the
// trigger node is listed in package.json too (packageFiles below), so the e2e suites, which run a
// trigger for every provider, take Wyre in once both nodes are there.
const fs = require('node:fs');
const path = require('node:path');
const { credentials, actionNodes, workflow } = require('./wyre/workflows');
const { checkActions, wrongCredentials, checkCredentialRequests } = require('./wyre/checks');
const { ACTION, TRIGGER, ids, SEED } = require('./wyre/constants');

const TRIGGERS = path.join(__dirname, 'wyre', 'triggers.js');
const triggers = fs.existsSync(TRIGGERS) ? require(TRIGGERS) : undefined;

function workflows({ sandbox, n8nUrl }) {
	const action = workflow({
		id: ids.actionWorkflow,
		name: 'Wyre: every operation (sandbox)',
		nodes: actionNodes(sandbox),
	});
	if (!triggers) return [action];
	const credential = { wyreApi: { id: ids.credential, name: 'Wyre sandbox' } };
	return [action, triggers.triggerWorkflow({ sandbox, n8nUrl, credential })];
}

function demoHints({ sandbox, n8nUrl }) {
	return [
		`Open "Wyre: every operation (sandbox)" and click "Execute workflow": every Wyre operation runs against the sandbox (${sandbox.url}), signed.`,
		'  It creates a sub-account, a bank account, wallets, a transfer it confirms, a subscription and a card order.',
		`Deposit into a wallet yourself: curl -s -X POST ${sandbox.url}/_sandbox/deposit -H 'content-type: application/json' -d '{"wallet":"${SEED.wallet}","currency":"BTC","amount":"0.01"}'`,
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
	ids,
	...(triggers?.triggerWebhook ? { triggerWebhook: triggers.triggerWebhook } : {}),
	credentials,
	workflows,
	demoHints,
	e2e: {
		checkActions,
		wrongCredentials,
		checkCredentialRequests,
		triggerCases: triggers?.triggerCases ?? (() => []),
	},
	...(triggers?.queue ? { queue: triggers.queue } : {}),
};
