'use strict';
// WolvPay in a real n8n: the example workflows (imported by the demo and the e2e suite) and the
// provider-specific expectations of the end-to-end suite. Shape: see westwallet.js.
// WolvPay has one webhook URL per account (set in its dashboard): the sandbox's is set by
// configureSandbox() to the trigger's production URL.
const { credentials, configureSandbox, workflows } = require('./wolvpay/workflows');
const { checkActions, wrongCredentials, checkCredentialRequests } = require('./wolvpay/checks');
const { triggerCases } = require('./wolvpay/triggers');
const {
	ACTION,
	TRIGGER,
	WEBHOOK_ID,
	WEBHOOK_PATH,
	ids,
	webhookUrl,
} = require('./wolvpay/constants');

function demoHints({ sandbox, n8nUrl }) {
	return [
		`Open "WolvPay: invoice an order" (examples/wolvpay/) and click "Execute workflow": it runs against the sandbox (${sandbox.url}).`,
		`Pay its BTC invoice: open ${sandbox.url}/invoice/<invoice_id> (the sandbox's payment page), or`,
		`  curl -s -X POST ${sandbox.url}/_sandbox/invoices/<invoice_id>/pay`,
		'  The sandbox sends a signed webhook to the active "WolvPay: invoice paid (webhook)" workflow: see its Executions tab.',
		`The sandbox's webhook URL (WolvPay dashboard setting): ${webhookUrl(n8nUrl)}`,
	];
}

module.exports = {
	id: 'wolvpay',
	title: 'WolvPay',
	packageFiles: {
		credentials: ['dist/credentials/WolvPayApi.credentials.js'],
		nodes: ['dist/nodes/WolvPay/WolvPay.node.js', 'dist/nodes/WolvPay/WolvPayTrigger.node.js'],
	},
	credentialType: 'wolvPayApi',
	nodeTypes: { action: ACTION, trigger: TRIGGER },
	ids,
	triggerWebhook: { webhookId: WEBHOOK_ID, path: WEBHOOK_PATH },
	credentials,
	configureSandbox,
	workflows,
	demoHints,
	// the example workflows users get (examples/wolvpay/*.json; e2e/lib/examples.js)
	examples: require('./wolvpay/examples'),
	e2e: { checkActions, wrongCredentials, checkCredentialRequests, triggerCases },
	// queue mode (test/e2e/queue.e2e.test.js; shape in ./index.js)
	queue: require('./wolvpay/queue'),
};
