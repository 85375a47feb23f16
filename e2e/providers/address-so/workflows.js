'use strict';
// Address.so example workflow: every operation of the action node against the sandbox. It works
// in a wallet of its own, so that the one change it makes to the sandbox's wallet 5 (a payment
// into it) is what the trigger workflow (watching wallet 5) sees.
const { node, workflow, manualTrigger } = require('../../lib/workflow');
const { ACTION, ids, WALLET_5, EXTERNAL_BTC, STEP } = require('./constants');

const credential = { id: ids.credential, name: 'Address.so sandbox' };

function credentials({ sandbox }) {
	return [
		{
			id: ids.credential,
			name: credential.name,
			type: 'addressSoApi',
			data: { ...sandbox.credentials, signingScheme: 'sdk2020' },
		},
	];
}

const rl = (value) => ({ __rl: true, mode: 'id', value });
const idOf = (step) => `={{ String($('${step}').first().json.id) }}`;
const newWallet = { coin: 'btc', wallet: rl(idOf(STEP.newWallet)) };
const newAccount = { ...newWallet, account: rl(idOf(STEP.newAccount)) };

/** An HTTP Request node calling a sandbox control endpoint (sandbox only). */
function control(i, name, sandbox, method, path, body, notes) {
	return node(
		i,
		name,
		'n8n-nodes-base.httpRequest',
		{
			method,
			url: `${sandbox.url}/_sandbox/${path}`,
			...(body ? { sendBody: true, specifyBody: 'json', jsonBody: body } : {}),
			options: {},
		},
		{ typeVersion: 4.2, executeOnce: true, notes },
	);
}

function actionNodes(sandbox) {
	const cred = { addressSoApi: credential };
	const as = (i, name, parameters) =>
		node(i, name, ACTION, parameters, { credentials: cred, executeOnce: true });
	let i = 0;
	const sentAt = '={{ $now.toISO() }}';
	return [
		manualTrigger('Run'),
		as(++i, 'Coins', { resource: 'coin', operation: 'getAll', returnAll: true }),
		as(++i, 'Bitcoin', { resource: 'coin', operation: 'get', coin: 'btc' }),
		as(++i, 'Who am I', { resource: 'user', operation: 'get' }),
		as(++i, 'Tariffs', { resource: 'user', operation: 'getTariffs' }),
		as(++i, 'Ask for the Professional tariff', {
			resource: 'user',
			operation: 'requestTariff',
			tariffId: '2',
			email: 'e2e@example.com',
		}),
		control(
			++i,
			'Let two minutes pass (sandbox only)',
			sandbox,
			'POST',
			'clock',
			'{"advanceMinutes": 2}',
			'A secret token may be requested once a minute',
		),
		as(++i, 'Request the secret token', { resource: 'user', operation: 'requestSecretToken' }),
		control(++i, STEP.link, sandbox, 'GET', 'secret-token-link'),
		as(++i, 'Get the secret token', {
			resource: 'user',
			operation: 'getSecretToken',
			requestToken: `={{ $('${STEP.link}').first().json.link }}`,
		}),
		as(++i, 'Reset a password', {
			resource: 'user',
			operation: 'forgotPassword',
			email: 'sandbox@address.so',
		}),
		as(++i, 'Sign up a user', {
			resource: 'user',
			operation: 'signUp',
			email: '={{ "e2e-" + $now.toMillis() + "@example.com" }}',
		}),
		as(++i, 'Deposit address', { resource: 'invoice', operation: 'getDepositAddress' }),
		as(++i, STEP.newWallet, {
			resource: 'wallet',
			operation: 'create',
			coin: 'btc',
			label: 'n8n e2e wallet',
			options: {},
		}),
		as(++i, 'All wallets', {
			resource: 'wallet',
			operation: 'getAll',
			coin: 'all',
			returnAll: true,
			options: {},
		}),
		as(++i, 'BTC wallets', {
			resource: 'wallet',
			operation: 'getAll',
			coin: 'btc',
			returnAll: false,
			limit: 10,
			options: {},
		}),
		as(++i, STEP.wallet5, {
			resource: 'wallet',
			operation: 'get',
			coin: 'btc',
			wallet: rl(WALLET_5),
			options: { convertAmounts: true },
		}),
		as(++i, 'Rename the wallet', {
			resource: 'wallet',
			operation: 'update',
			...newWallet,
			updateFields: { label: 'n8n e2e wallet (renamed)' },
			options: {},
		}),
		as(++i, 'Let user 2 view it', {
			resource: 'wallet',
			operation: 'setPermissions',
			...newWallet,
			userId: '2',
			permissions: ['view'],
			options: {},
		}),
		as(++i, STEP.limit, {
			resource: 'wallet',
			operation: 'setLimit',
			...newWallet,
			amount: '1',
			period: 86400,
		}),
		as(++i, 'Wallet limits', { resource: 'wallet', operation: 'getLimits', ...newWallet }),
		as(++i, 'Raise the limit', {
			resource: 'limit',
			operation: 'update',
			limitId: idOf(STEP.limit),
			amount: '2',
			options: {},
		}),
		as(++i, 'Remove the limit', {
			resource: 'limit',
			operation: 'delete',
			limitId: idOf(STEP.limit),
			options: {},
		}),
		as(++i, STEP.webhook, {
			resource: 'webhook',
			operation: 'create',
			url: 'https://example.com/address-so',
			type: 'wallet',
			...newWallet,
			options: {},
		}),
		as(++i, 'Webhooks', { resource: 'webhook', operation: 'getAll', returnAll: true, options: {} }),
		as(++i, 'Read the webhook', {
			resource: 'webhook',
			operation: 'get',
			webhookId: idOf(STEP.webhook),
			options: {},
		}),
		as(++i, 'Move the webhook', {
			resource: 'webhook',
			operation: 'update',
			webhookId: idOf(STEP.webhook),
			url: 'https://example.com/address-so/2',
			options: {},
		}),
		as(++i, 'Delete the webhook', {
			resource: 'webhook',
			operation: 'delete',
			webhookId: idOf(STEP.webhook),
		}),
		as(++i, STEP.newAccount, {
			resource: 'account',
			operation: 'create',
			...newWallet,
			options: {},
		}),
		as(++i, 'Accounts', {
			resource: 'account',
			operation: 'getAll',
			...newWallet,
			returnAll: true,
			options: {},
		}),
		as(++i, 'Read the account', {
			resource: 'account',
			operation: 'get',
			...newAccount,
			options: {},
		}),
		control(
			++i,
			'Fund the wallet (sandbox only)',
			sandbox,
			'POST',
			'deposit',
			`={{ JSON.stringify({ wallet: $('${STEP.newWallet}').first().json.id, amount: '0.05' }) }}`,
			'Simulates an incoming payment',
		),
		control(
			++i,
			'Fund the account (sandbox only)',
			sandbox,
			'POST',
			'deposit',
			`={{ JSON.stringify({ account: $('${STEP.newAccount}').first().json.id, amount: '0.02' }) }}`,
		),
		as(++i, 'Estimate a wallet fee', {
			resource: 'wallet',
			operation: 'estimateFee',
			...newWallet,
			amount: '0.01',
			feePriority: 2,
			options: {},
		}),
		as(++i, 'Estimate an account fee', {
			resource: 'account',
			operation: 'estimateFee',
			...newAccount,
			amount: '0.01',
			feePriority: 1,
			options: {},
		}),
		as(++i, STEP.walletSend, {
			resource: 'wallet',
			operation: 'send',
			...newWallet,
			amount: '0.01',
			recipient: `={{ $('${STEP.wallet5}').first().json.receiving_address }}`,
			additionalFields: { feePriority: 2 },
			options: {},
			safetyLimits: { maxPayouts: 1 },
		}),
		as(++i, STEP.accountSend, {
			resource: 'account',
			operation: 'send',
			...newAccount,
			amount: '0.005',
			recipient: EXTERNAL_BTC,
			additionalFields: {},
			options: {},
		}),
		as(++i, 'Check the wallet send', {
			resource: 'wallet',
			operation: 'checkOutcome',
			...newWallet,
			payoutSource: 'manual',
			currency: 'btc',
			amount: '0.01',
			destination: `={{ $('${STEP.wallet5}').first().json.receiving_address }}`,
			reference: '',
			sentAt,
		}),
		as(++i, 'Check the account send', {
			resource: 'account',
			operation: 'checkOutcome',
			...newAccount,
			payoutSource: 'manual',
			currency: 'btc',
			amount: '0.005',
			destination: EXTERNAL_BTC,
			reference: '',
			sentAt,
		}),
		as(++i, 'Wallet transactions', {
			resource: 'wallet',
			operation: 'getTransactions',
			...newWallet,
			returnAll: false,
			limit: 10,
			options: { convertAmounts: true },
		}),
		as(++i, 'Account transactions', {
			resource: 'account',
			operation: 'getTransactions',
			...newAccount,
			returnAll: true,
			options: {},
		}),
		as(++i, STEP.spareAccount, {
			resource: 'account',
			operation: 'create',
			...newWallet,
			options: {},
		}),
		as(++i, 'Delete the spare account', {
			resource: 'account',
			operation: 'delete',
			...newWallet,
			account: rl(idOf(STEP.spareAccount)),
		}),
		as(++i, STEP.archived, { resource: 'account', operation: 'create', ...newWallet, options: {} }),
		as(++i, 'Archive it', {
			resource: 'account',
			operation: 'archive',
			...newWallet,
			accountIds: idOf(STEP.archived),
		}),
		as(++i, STEP.spare, {
			resource: 'wallet',
			operation: 'create',
			coin: 'ltc',
			label: 'spare',
			options: {},
		}),
		as(++i, 'Delete the spare wallet', {
			resource: 'wallet',
			operation: 'delete',
			coin: 'ltc',
			wallet: rl(idOf(STEP.spare)),
		}),
		as(++i, 'Log out', { resource: 'user', operation: 'logOut' }),
	];
}

function workflows({ sandbox }) {
	const action = workflow({
		id: ids.actionWorkflow,
		name: 'Address.so: every operation (sandbox)',
		nodes: actionNodes(sandbox),
	});
	return [action];
}

module.exports = { credential, credentials, workflows };
