'use strict';
// Wyre's example action workflow: every operation of the node against the sandbox, in an order
// where each step uses what an earlier one made (sub-account, bank account, wallets, transfer,
// subscription, order). The trigger workflow comes from ./triggers.js (see ../wyre.js).
const { node, workflow, manualTrigger } = require('../../lib/workflow');
const { ACTION, ids, SEED, N } = require('./constants');

function credentials({ sandbox }) {
	const { apiKey, secretKey, baseUrl } = sandbox.credentials;
	return [
		{
			id: ids.credential,
			name: 'Wyre sandbox',
			type: 'wyreApi',
			data: { apiKey, secretKey, environment: 'custom', baseUrl, authMode: 'signed' },
		},
	];
}

const rl = (value, mode = 'id') => ({ __rl: true, mode, value });
const id = (name) => `={{ $('${name}').first().json.id }}`;

/** An HTTP Request node posting JSON to a sandbox control endpoint. */
function control(i, name, sandbox, path, jsonBody, notes) {
	return node(
		i,
		name,
		'n8n-nodes-base.httpRequest',
		{
			method: 'POST',
			// a path with {{ … }} is an expression
			url: `${path.includes('{{') ? '=' : ''}${sandbox.url}/_sandbox${path}`,
			sendBody: true,
			specifyBody: 'json',
			jsonBody,
			options: {},
		},
		{ typeVersion: 4.2, executeOnce: true, notes },
	);
}

/** 1x1 PNG, the "scanned ID" of the upload. */
const PNG =
	'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

/** The nodes of the action workflow; its last step deposits into `depositWallet`. */
function actionNodes(sandbox, depositWallet = SEED.wallet) {
	const cred = { wyreApi: { id: ids.credential, name: 'Wyre sandbox' } };
	const wy = (i, name, parameters, opts = {}) =>
		node(i, name, ACTION, parameters, { credentials: cred, executeOnce: true, ...opts });
	let i = 0;
	const sub = rl(id(N.subAccount));
	return [
		manualTrigger('Run'),
		// Account
		wy(++i, N.ownAccount, { resource: 'account', operation: 'getV2' }),
		wy(++i, N.subAccount, {
			resource: 'account',
			operation: 'create',
			type: 'INDIVIDUAL',
			country: 'US',
			subaccount: true,
			profileFields: { field: [{ fieldId: 'individualLegalName', value: 'Ada Lovelace' }] },
		}),
		wy(++i, 'Read the sub-account', { resource: 'account', operation: 'get', accountId: sub }),
		wy(++i, 'Add its email', {
			resource: 'account',
			operation: 'update',
			accountId: sub,
			profileFields: { field: [{ fieldId: 'individualEmail', value: 'ada@example.com' }] },
		}),
		wy(++i, 'Upload its ID document', {
			resource: 'account',
			operation: 'uploadDocument',
			accountId: sub,
			fieldId: 'individualGovernmentId',
			fileSource: 'base64',
			fileContent: PNG,
			mimeType: 'image/png',
			documentType: 'DRIVING_LICENSE',
			documentSubType: 'FRONT',
		}),
		// Payment Method
		wy(++i, N.bank, {
			resource: 'paymentMethod',
			operation: 'create',
			paymentMethodType: 'LOCAL_TRANSFER',
			publicToken: 'public-sandbox-token|acct-e2e',
		}),
		wy(++i, 'Bank accounts', { resource: 'paymentMethod', operation: 'getAll', returnAll: true }),
		wy(++i, 'Read the bank account', {
			resource: 'paymentMethod',
			operation: 'get',
			paymentMethodId: rl(id(N.bank)),
		}),
		wy(++i, 'Give it deposit addresses', {
			resource: 'paymentMethod',
			operation: 'attachBlockchain',
			paymentMethodId: rl(id(N.bank)),
			blockchain: 'ALL',
		}),
		wy(++i, 'Unlink the bank account', {
			resource: 'paymentMethod',
			operation: 'delete',
			paymentMethodId: rl(id(N.bank)),
		}),
		// Wallet
		wy(++i, N.wallet, {
			resource: 'wallet',
			operation: 'create',
			name: '={{ "user-" + $execution.id + "-" + $now.toMillis() }}',
			type: 'DEFAULT',
			additionalFields: { notes: 'made by the example workflow' },
		}),
		node(
			++i,
			'Three users',
			'n8n-nodes-base.set',
			{
				mode: 'raw',
				jsonOutput: '={{ JSON.stringify({ users: ["a", "b", "c"] }) }}',
				options: {},
			},
			{ typeVersion: 3.4, executeOnce: true },
		),
		node(++i, 'One item per user', 'n8n-nodes-base.splitOut', {
			fieldToSplitOut: 'users',
			options: {},
		}),
		wy(
			++i,
			N.wallets,
			{
				resource: 'wallet',
				operation: 'createMany',
				name: '={{ "batch-" + $execution.id + "-" + $now.toMillis() + "-" + $json.users }}',
				type: 'DEFAULT',
			},
			{ executeOnce: false },
		),
		wy(++i, 'Read the wallet by name', {
			resource: 'wallet',
			operation: 'get',
			walletId: rl(`={{ $('${N.wallet}').first().json.name }}`, 'name'),
		}),
		wy(++i, 'Find the main wallet', {
			resource: 'wallet',
			operation: 'getByName',
			name: SEED.walletName,
		}),
		wy(++i, 'Set its callback URL', {
			resource: 'wallet',
			operation: 'update',
			walletId: rl(id(N.wallet)),
			updateFields: { notes: 'updated', callbackUrl: 'https://example.com/wyre-callback' },
		}),
		wy(++i, 'All wallets', { resource: 'wallet', operation: 'getAll', returnAll: true }),
		wy(++i, 'Delete an empty wallet', {
			resource: 'wallet',
			operation: 'delete',
			walletId: rl(id(N.wallets)),
		}),
		// Transfer
		wy(++i, N.transfer, {
			resource: 'transfer',
			operation: 'create',
			sourceType: 'wallet',
			source: SEED.wallet,
			sourceCurrency: 'BTC',
			sourceAmount: '0.001',
			destType: 'wallet',
			dest: id(N.wallet),
			destCurrency: 'BTC',
			additionalFields: { message: 'example transfer' },
			safetyLimits: {
				maxPayouts: 1,
				maxAmounts: { limit: [{ currency: 'BTC', amount: '0.01' }] },
			},
		}),
		wy(++i, N.confirm, { resource: 'transfer', operation: 'confirm', transferId: id(N.transfer) }),
		wy(++i, 'Read the transfer', {
			resource: 'transfer',
			operation: 'get',
			transferId: id(N.transfer),
		}),
		wy(++i, 'Recent transfers', {
			resource: 'transfer',
			operation: 'getAll',
			returnAll: false,
			limit: 5,
		}),
		control(
			++i,
			N.complete,
			sandbox,
			`/transfers/{{ $('${N.transfer}').first().json.id }}/status`,
			'{ "status": "COMPLETED" }',
			'The sandbox moves the transfer from PENDING to COMPLETED',
		),
		wy(++i, 'Track the transfer', {
			resource: 'transfer',
			operation: 'track',
			transferId: id(N.transfer),
		}),
		wy(++i, 'Check its outcome', {
			resource: 'transfer',
			operation: 'checkOutcome',
			payoutSource: 'manual',
			reference: `={{ $('${N.transfer}').first().json.customId }}`,
			sentAt: '={{ $now.minus(1, "minute").toISO() }}',
		}),
		// Rate, Limit
		wy(++i, 'Exchange rates', { resource: 'rate', operation: 'get', as: 'priced' }),
		wy(++i, 'Limits', { resource: 'limit', operation: 'get' }),
		// Subscription
		wy(++i, N.subscription, {
			resource: 'subscription',
			operation: 'create',
			subscribeToType: 'wallet',
			subscribeTo: id(N.wallet),
			notifyTarget: 'https://example.com/wyre-subscription',
		}),
		wy(++i, 'Subscriptions', { resource: 'subscription', operation: 'getAll', returnAll: true }),
		wy(++i, 'Stop watching', {
			resource: 'subscription',
			operation: 'delete',
			subscriptionId: id(N.subscription),
		}),
		// Order, Webhook
		wy(++i, N.reserve, {
			resource: 'order',
			operation: 'reserve',
			sourceCurrency: 'USD',
			destCurrency: 'BTC',
			amount: '100.00',
			dest: `={{ "wallet:" + $('${N.wallet}').first().json.id }}`,
			additionalFields: { email: 'buyer@example.com', lockFields: ['amount'] },
		}),
		control(
			++i,
			N.pay,
			sandbox,
			'/orders',
			`={{ JSON.stringify({ reservation: $('${N.reserve}').first().json.reservation, email: "buyer@example.com" }) }}`,
			'The customer pays on the hosted checkout page: the sandbox makes the wallet order',
		),
		wy(++i, 'Read the order', {
			resource: 'order',
			operation: 'get',
			orderId: `={{ $('${N.pay}').first().json.order.id }}`,
		}),
		wy(++i, 'Card limits', {
			resource: 'order',
			operation: 'calculateLimits',
			walletType: 'DEBIT_CARD',
			street1: '1 Main St',
			city: 'San Francisco',
			state: 'CA',
			postalCode: '94105',
			country: 'US',
		}),
		wy(++i, 'Register the order webhook', {
			resource: 'webhook',
			operation: 'registerWalletOrder',
			owner: rl(SEED.account, 'list'),
			webhook: 'https://example.com/wyre-orders',
		}),
		control(
			++i,
			N.deposit,
			sandbox,
			'/deposit',
			JSON.stringify({ wallet: depositWallet, currency: 'BTC', amount: '0.002' }),
			'An external BTC deposit into the wallet the Wyre Trigger watches: the trigger workflow starts',
		),
	];
}

module.exports = { credentials, actionNodes, workflow, ids };
