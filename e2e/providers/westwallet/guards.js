'use strict';
// WestWallet workflows for issue 16 (test/e2e/guards.e2e.test.js): a credential whose Base URL
// answers 302 to another host (a payout, a read, and the trigger's "confirm via API" read), and
// the node used as an AI agent's tool with the regular credential.
const { node, workflow, manualTrigger } = require('../../lib/workflow');
const { ACTION, TRIGGER, IPN_TOKEN, ids, PAYOUT_BTC_ADDRESS } = require('./constants');

const guardIds = {
	redirectCredential: 'ccpWestWalletRedir',
	redirectWorkflow: 'ccpWestWalletRedirect',
	redirectTrigger: 'ccpWestWalletRedirIpn',
	toolWorkflow: 'ccpWestWalletAsTool',
};
const REDIRECT_WEBHOOK_ID = '3b0d6a3e-5f0c-4f7e-9a51-7e57a11e7f16';
const REDIRECT_WEBHOOK_PATH = 'ipn'; // the trigger's fixed path, under its own webhook id

function guardCredentials({ sandbox, redirectorUrl }) {
	return [
		{
			id: guardIds.redirectCredential,
			name: 'WestWallet behind a redirect',
			type: 'westWalletApi',
			data: { ...sandbox.credentials, baseUrl: redirectorUrl },
		},
	];
}

function guardWorkflows() {
	const redirected = {
		westWalletApi: { id: guardIds.redirectCredential, name: 'WestWallet behind a redirect' },
	};
	const regular = { westWalletApi: { id: ids.credential, name: 'WestWallet sandbox' } };
	const payout = node(
		1,
		'Send payout',
		ACTION,
		{
			resource: 'withdrawal',
			operation: 'create',
			currency: 'BTC',
			amount: '0.001',
			address: PAYOUT_BTC_ADDRESS,
			additionalFields: {},
			options: {},
			safetyLimits: { maxAmounts: { limit: [{ currency: 'BTC', amount: '0.01' }] } },
		},
		{ credentials: redirected },
	);
	payout.onError = 'continueErrorOutput';
	const read = node(
		1,
		'Read balances',
		ACTION,
		{ resource: 'wallet', operation: 'getBalances', output: 'single' },
		{ credentials: redirected, y: 500 },
	);
	read.onError = 'continueRegularOutput';
	const link = (to) => [{ node: to, type: 'main', index: 0 }];
	const redirect = workflow({
		id: guardIds.redirectWorkflow,
		name: 'WestWallet: Base URL answering a redirect',
		nodes: [
			manualTrigger('Run'),
			payout,
			read,
			node(2, 'Paid', 'n8n-nodes-base.noOp', {}),
			node(2, 'Not paid', 'n8n-nodes-base.noOp', {}, { y: 400 }),
		],
		connections: {
			Run: { main: [[...link('Send payout'), ...link('Read balances')]] },
			'Send payout': { main: [link('Paid'), link('Not paid')] },
		},
	});

	const trigger = workflow({
		id: guardIds.redirectTrigger,
		name: 'WestWallet: IPNs confirmed through a redirecting Base URL',
		nodes: [
			node(
				0,
				'WestWallet Trigger',
				TRIGGER,
				{
					verifyToken: true,
					secretToken: IPN_TOKEN,
					allowedIps: '127.0.0.1',
					confirmViaApi: true,
					statuses: [],
					types: [],
				},
				{ credentials: redirected, webhookId: REDIRECT_WEBHOOK_ID },
			),
			node(1, 'Handle the payment', 'n8n-nodes-base.noOp', {}),
		],
	});

	// The node as an AI agent's tool (type "<node>Tool"), run as the editor's "Execute step" does.
	const tool = node(
		1,
		'WestWallet Tool',
		`${ACTION}Tool`,
		{ resource: 'wallet', operation: 'getBalances', output: 'single' },
		{ credentials: regular, y: 500 },
	);
	const agent = node(
		1,
		'AI Agent',
		'@n8n/n8n-nodes-langchain.agent',
		{ options: {} },
		{ typeVersion: 3.1 },
	);
	const asTool = workflow({
		id: guardIds.toolWorkflow,
		name: 'WestWallet as an AI tool',
		nodes: [manualTrigger('Run'), agent, tool],
		connections: {
			Run: { main: [link('AI Agent')] },
			'WestWallet Tool': { ai_tool: [[{ node: 'AI Agent', type: 'ai_tool', index: 0 }]] },
		},
	});
	return [redirect, trigger, asTool];
}

module.exports = {
	guardIds,
	guardCredentials,
	guardWorkflows,
	REDIRECT_WEBHOOK_ID,
	REDIRECT_WEBHOOK_PATH,
};
