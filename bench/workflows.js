'use strict';
// The benchmark's workflows: each variant of ours beside n8n's own nodes doing the same work.
const { node, workflow } = require('../e2e/lib/workflow');
const { BTC_ADDRESS } = require('./emulator');
const { CRED, credentials, IPN_TOKEN, WYRE_WALLET, ADDRESS_SO_WALLET } = require('./credentials');

const PKG = 'n8n-nodes-crypto-payments';
/** Our triggers at the version new nodes get (no expression in the webhook step). */
const TRIGGER_VERSION = 1.1;

/** A production webhook (POST /webhook/<path>) that answers when the last node has run. */
function itemsWebhook(path) {
	return node(
		0,
		'Items',
		'n8n-nodes-base.webhook',
		{
			httpMethod: 'POST',
			path,
			responseMode: 'lastNode',
			responseData: 'noData',
			options: {},
		},
		{ typeVersion: 2, webhookId: `bench-${path}` },
	);
}

/** Splits the posted {items: [...]} into n8n items. */
function splitItems() {
	return node(1, 'Split', 'n8n-nodes-base.splitOut', {
		fieldToSplitOut: 'body.items',
		options: {},
	});
}

const EXPR = {
	currency: '={{ $json.currency }}',
	amount: '={{ $json.amount }}',
	address: '={{ $json.address }}',
};

/** P2: one request per item — our Withdrawal → Create, and n8n's HTTP Request doing the same. */
function perItemWorkflows(emulatorUrl) {
	const ours = workflow({
		id: 'benchItemsOurs',
		name: 'bench: WestWallet Withdrawal Create per item',
		nodes: [
			itemsWebhook('items-ours'),
			splitItems(),
			node(
				2,
				'Node',
				`${PKG}.westWallet`,
				{ resource: 'withdrawal', operation: 'create', ...EXPR, additionalFields: {}, options: {} },
				{ credentials: CRED.westWallet },
			),
		],
	});
	const http = workflow({
		id: 'benchItemsHttp',
		name: 'bench: HTTP Request per item',
		nodes: [
			itemsWebhook('items-http'),
			splitItems(),
			node(
				2,
				'Node',
				'n8n-nodes-base.httpRequest',
				{
					method: 'POST',
					url: `${emulatorUrl}/wallet/create_withdrawal`,
					authentication: 'genericCredentialType',
					genericAuthType: 'httpHeaderAuth',
					sendBody: true,
					specifyBody: 'keypair',
					bodyParameters: {
						parameters: Object.entries(EXPR).map(([name, value]) => ({ name, value })),
					},
					options: {},
				},
				{ typeVersion: 4.2, credentials: CRED.header },
			),
		],
	});
	return { ours, http };
}

/** Bulk: Create Many (items mode: one request for all items of a currency). */
function bulkWorkflow() {
	return workflow({
		id: 'benchBulk',
		name: 'bench: WestWallet Withdrawal Create Many',
		nodes: [
			itemsWebhook('bulk'),
			splitItems(),
			node(
				2,
				'Node',
				`${PKG}.westWallet`,
				{
					resource: 'withdrawal',
					operation: 'createMany',
					inputMode: 'items',
					...EXPR,
					priority: 'medium',
					options: {},
				},
				{ credentials: CRED.westWallet },
			),
		],
	});
}

function triggerNode(type, parameters, opts) {
	return node(0, 'Trigger', type, parameters, opts);
}

/** The WestWallet Trigger taking form IPNs with ?token=, Confirm via API off or on. */
function westWalletVariant(id, name, confirmViaApi) {
	const webhookId = confirmViaApi ? 'bench-westwallet-api' : 'bench-westwallet';
	const parameters = {
		verifyToken: true,
		secretToken: IPN_TOKEN,
		allowedIps: '',
		confirmViaApi,
		statuses: [],
		types: [],
	};
	const opts = confirmViaApi
		? { webhookId, credentials: CRED.westWallet, typeVersion: TRIGGER_VERSION }
		: { webhookId, typeVersion: TRIGGER_VERSION };
	return {
		workflow: {
			...workflow({ id, name, nodes: [triggerNode(`${PKG}.westWalletTrigger`, parameters, opts)] }),
			active: false,
		},
		path: `webhook/${webhookId}/ipn?token=${IPN_TOKEN}`,
		kind: 'ipn',
	};
}

/** P3: the triggers and n8n's Webhook node (alone, and followed by one HTTP Request). */
function triggerWorkflows(emulatorUrl) {
	const wf = (id, name, nodes) => ({ ...workflow({ id, name, nodes }), active: false });
	const hook = (path, typeVersion = 2) =>
		triggerNode(
			'n8n-nodes-base.webhook',
			{ httpMethod: 'POST', path, options: {} },
			{ typeVersion, webhookId: `bench-${path}` },
		);
	return {
		webhook: {
			workflow: wf('benchHookPlain', 'bench: Webhook node', [hook('hook-plain')]),
			path: 'webhook/hook-plain',
			kind: 'ipn',
		},
		// n8n's Webhook node at typeVersion 1 takes an expression isolate for its webhook step in every
		// vm setting, as any trigger of another type does in the default one: the same-cost peer
		webhookV1: {
			workflow: wf('benchHookV1', 'bench: Webhook node v1', [hook('hook-v1', 1)]),
			path: 'webhook/hook-v1',
			kind: 'ipn',
		},
		webhookConfirm: {
			workflow: wf('benchHookConfirm', 'bench: Webhook node + HTTP Request', [
				hook('hook-confirm'),
				node(
					1,
					'Confirm',
					'n8n-nodes-base.httpRequest',
					{
						method: 'POST',
						url: `${emulatorUrl}/wallet/transaction`,
						authentication: 'genericCredentialType',
						genericAuthType: 'httpHeaderAuth',
						sendBody: true,
						specifyBody: 'keypair',
						bodyParameters: { parameters: [{ name: 'id', value: '={{ $json.body.id }}' }] },
						options: {},
					},
					{ typeVersion: 4.2, credentials: CRED.header },
				),
			]),
			path: 'webhook/hook-confirm',
			kind: 'ipn',
		},
		wolvPay: {
			workflow: wf('benchWolvPay', 'bench: WolvPay Trigger', [
				triggerNode(
					`${PKG}.wolvPayTrigger`,
					{ statuses: [], allowedIps: '' },
					{ webhookId: 'bench-wolvpay', credentials: CRED.wolvPay, typeVersion: TRIGGER_VERSION },
				),
			]),
			path: 'webhook/bench-wolvpay/webhook',
			kind: 'wolvpay',
		},
		// manual registration: activation reads the wallet once (n8n 2.41 refuses to publish the node
		// with an empty wallet); a wallet callback asks no API
		wyre: {
			workflow: wf('benchWyre', 'bench: Wyre Trigger', [
				triggerNode(
					`${PKG}.wyreTrigger`,
					{
						events: 'walletTransaction',
						registration: 'manual',
						walletId: { __rl: true, mode: 'id', value: WYRE_WALLET },
						transactionTypes: ['incoming', 'interestPayout', 'outgoing'],
						transactionStatuses: ['CONFIRMED'],
					},
					{ webhookId: 'bench-wyre', credentials: CRED.wyre, typeVersion: TRIGGER_VERSION },
				),
			]),
			path: 'webhook/bench-wyre/wyre',
			kind: 'wyre',
		},
		// registers its webhook at the emulator on activation; a signed GET, Confirm via API off
		addressSo: {
			workflow: wf('benchAddressSo', 'bench: Address.so Trigger', [
				triggerNode(
					`${PKG}.addressSoTrigger`,
					{
						events: 'balanceChanged',
						entityType: 'wallet',
						coin: 'btc',
						walletId: ADDRESS_SO_WALLET,
						confirmViaApi: false,
						options: {},
					},
					{
						webhookId: 'bench-addressso',
						credentials: CRED.addressSo,
						typeVersion: TRIGGER_VERSION,
					},
				),
			]),
			path: 'webhook/bench-addressso/callback',
			method: 'GET',
			kind: 'addressSo',
		},
		westWallet: westWalletVariant('benchWestWallet', 'bench: WestWallet Trigger', false),
		westWalletConfirm: westWalletVariant(
			'benchWestWalletApi',
			'bench: WestWallet Trigger, Confirm via API',
			true,
		),
	};
}

module.exports = {
	credentials,
	perItemWorkflows,
	bulkWorkflow,
	triggerWorkflows,
	BTC_ADDRESS,
};
