import type { IDataObject } from 'n8n-workflow';
import { AddressSoApi } from '../../credentials/AddressSoApi.credentials';
import { AddressSo } from '../../nodes/AddressSo/AddressSo.node';
import { registry } from '../../nodes/AddressSo/actions/registry';
import { runNode } from '../helpers/harness';
import type { ProviderContract, SandboxLike } from './types';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const sandbox = require('../../sandbox/address-so');

const BTC = '1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2';
const node = new AddressSo();
const type = 'n8n-nodes-crypto-payments.addressSo';
const byId = (value: string) => ({ __rl: true, mode: 'id', value });
const W5 = { coin: 'btc', wallet: byId('5') };
const A11 = { ...W5, account: byId('11') };
const WALLET = '/api/coins/btc/wallets/5';
const ACCOUNT = `${WALLET}/accounts/11`;

async function runOp(sb: SandboxLike, parameters: IDataObject) {
	const out = await runNode({
		nodeType: node,
		type,
		parameters,
		credentialType: new AddressSoApi(),
		credentials: { ...sb.credentials },
	});
	return out[0][0].json;
}

const create = async (sb: SandboxLike, resource: string, extra: IDataObject) =>
	await runOp(sb, { resource, operation: 'create', options: {}, ...extra });
const newWallet = async (sb: SandboxLike) =>
	({
		wallet: byId(String((await create(sb, 'wallet', { coin: 'ltc', label: 'c' })).id)),
	}) as IDataObject;
const newAccount = async (sb: SandboxLike) =>
	({ account: byId(String((await create(sb, 'account', W5)).id)) }) as IDataObject;
const newWebhook = async (sb: SandboxLike) => ({
	webhookId: String(
		(await create(sb, 'webhook', { url: 'https://example.com/h', type: 'wallet', ...W5 })).id,
	),
});
const newLimit = async (sb: SandboxLike) => ({
	limitId: String(
		(await runOp(sb, { resource: 'wallet', operation: 'setLimit', ...W5, amount: '1', period: 0 }))
			.id,
	),
});
const send = { ...W5, amount: '0.001', recipient: BTC, additionalFields: {}, options: {} };
const check = {
	payoutSource: 'manual',
	currency: 'btc',
	amount: '0.001',
	destination: BTC,
	reference: '',
};

export const addressSoContract: ProviderContract<typeof registry> = {
	id: 'address-so',
	title: 'Address.so',
	registry,
	nodeType: node,
	type,
	credentialType: new AddressSoApi(),
	startSandbox: async () => (await sandbox.start({})) as SandboxLike,
	secrets: (sb) =>
		['password', 'apiToken', 'secretToken', 'paymentPassword'].map((k) =>
			String(sb.credentials[k]),
		),
	echoingErrorBody: (secrets) => ({
		result: null,
		errors: { code: -3005, message: `rejected ${secrets.join(' and ')}` },
	}),
	cases: {
		'user.get': { parameters: {}, path: '/user' },
		'user.signUp': {
			parameters: {},
			prepare: async () => ({
				email: `c${Date.now()}${Math.floor(Math.random() * 1e6)}@example.com`,
			}),
			path: '/signup',
			text: ['email'],
		},
		'user.requestSecretToken': { parameters: {}, path: '/request-secret-token' },
		'user.getSecretToken': {
			parameters: {},
			prepare: async (sb) => {
				await runOp(sb, { resource: 'user', operation: 'requestSecretToken' });
				const s = sb as unknown as { secretTokenLink(): { token: string } };
				return { requestToken: s.secretTokenLink().token };
			},
			path: '/user/secret-token',
			text: ['requestToken'],
		},
		'user.forgotPassword': {
			parameters: { email: 'sandbox@address.so' },
			path: '/forgot-password',
			text: ['email'],
		},
		'user.getTariffs': { parameters: {}, path: '/user/tariffs' },
		'user.requestTariff': {
			parameters: { tariffId: '2', email: 'boss@example.com' },
			path: '/user/tariff-request',
			text: ['email'],
			ids: ['tariffId'],
		},
		'user.logOut': { parameters: {}, path: '/logout' },
		'coin.getAll': { parameters: { returnAll: true }, path: '/api/coins' },
		'coin.get': { parameters: { coin: 'btc' }, path: '/api/coins/btc' },
		'wallet.create': {
			parameters: { coin: 'btc', label: 'contract', options: {} },
			path: '/api/coins/btc/wallets',
			text: ['label'],
		},
		'wallet.getAll': {
			parameters: { coin: 'all', returnAll: true, options: {} },
			path: '/api/wallets',
		},
		'wallet.get': { parameters: { ...W5, options: {} }, path: WALLET, ids: ['wallet.value'] },
		'wallet.update': {
			parameters: { ...W5, updateFields: { label: 'renamed' }, options: {} },
			path: WALLET,
			text: ['updateFields.label'],
			ids: ['wallet.value'],
		},
		'wallet.delete': {
			parameters: { coin: 'ltc' },
			prepare: newWallet,
			path: (p) => `/api/coins/ltc/wallets/${String((p.wallet as IDataObject).value)}`,
			ids: ['wallet.value'],
		},
		'wallet.setPermissions': {
			parameters: { ...W5, userId: '2', permissions: ['view'], options: {} },
			path: `${WALLET}/permissions`,
			ids: ['userId', 'wallet.value'],
		},
		'wallet.getTransactions': {
			parameters: { ...W5, returnAll: true, options: {} },
			path: `${WALLET}/transactions`,
			ids: ['wallet.value'],
		},
		'wallet.send': {
			parameters: send,
			path: `${WALLET}/send`,
			text: ['recipient'],
			amounts: ['amount'],
			ids: ['wallet.value'],
		},
		'wallet.checkOutcome': {
			parameters: { ...W5, ...check, sentAt: new Date(Date.now() - 300_000).toISOString() },
			path: `${WALLET}/transactions`,
			text: ['destination'],
			amounts: ['amount'],
		},
		'wallet.estimateFee': {
			parameters: { ...W5, amount: '0.01', feePriority: 1, options: {} },
			path: `${WALLET}/estimate_fee`,
			amounts: ['amount'],
		},
		'wallet.getLimits': {
			parameters: W5,
			prepare: async (sb) => (await newLimit(sb), {}),
			path: '/api/wallets/5/limits',
			ids: ['wallet.value'],
		},
		'wallet.setLimit': {
			parameters: { ...W5, amount: '1.5', period: 60 },
			path: '/api/wallets/5/limits',
			amounts: ['amount'],
		},
		'limit.update': {
			parameters: { amount: '2', options: {} },
			prepare: newLimit,
			path: (p) => `/api/limits/${String(p.limitId)}`,
			amounts: ['amount'],
			ids: ['limitId'],
		},
		'limit.delete': {
			parameters: { options: {} },
			prepare: newLimit,
			path: (p) => `/api/limits/${String(p.limitId)}`,
			ids: ['limitId'],
		},
		'account.create': {
			parameters: { ...W5, options: {} },
			path: `${WALLET}/accounts`,
			ids: ['wallet.value'],
		},
		'account.getAll': {
			parameters: { ...W5, returnAll: true, options: {} },
			path: `${WALLET}/accounts`,
		},
		'account.get': { parameters: { ...A11, options: {} }, path: ACCOUNT, ids: ['account.value'] },
		'account.delete': {
			parameters: W5,
			prepare: newAccount,
			path: (p) => `${WALLET}/accounts/${String((p.account as IDataObject).value)}`,
			ids: ['account.value'],
		},
		'account.archive': {
			parameters: W5,
			prepare: async (sb) => ({
				accountIds: String(((await newAccount(sb)).account as IDataObject).value),
			}),
			path: `${WALLET}/accounts/archive`,
			text: ['accountIds'],
		},
		'account.getTransactions': {
			parameters: { ...A11, returnAll: true, options: {} },
			path: `${ACCOUNT}/transactions`,
		},
		'account.send': {
			parameters: { ...send, ...A11 },
			path: `${ACCOUNT}/send`,
			text: ['recipient'],
			amounts: ['amount'],
			ids: ['account.value'],
		},
		'account.checkOutcome': {
			parameters: { ...A11, ...check, sentAt: new Date(Date.now() - 300_000).toISOString() },
			path: `${ACCOUNT}/transactions`,
			amounts: ['amount'],
		},
		'account.estimateFee': {
			parameters: { ...A11, amount: '0.01', feePriority: 2, options: {} },
			path: `${ACCOUNT}/estimate_fee`,
			amounts: ['amount'],
		},
		'invoice.getDepositAddress': { parameters: {}, path: '/api/invoice/deposit' },
		'webhook.create': {
			parameters: { url: 'https://example.com/h', type: 'account', ...A11, options: {} },
			path: '/api/webhooks',
			text: ['url'],
			ids: ['account.value'],
		},
		'webhook.getAll': {
			parameters: { returnAll: true, options: {} },
			prepare: async (sb) => (await newWebhook(sb), {}),
			path: '/api/webhooks',
		},
		'webhook.get': {
			parameters: { options: {} },
			prepare: newWebhook,
			path: (p) => `/api/webhooks/${String(p.webhookId)}`,
			ids: ['webhookId'],
		},
		'webhook.update': {
			parameters: { url: 'https://example.com/new', options: {} },
			prepare: newWebhook,
			path: (p) => `/api/webhooks/${String(p.webhookId)}`,
			text: ['url'],
			ids: ['webhookId'],
		},
		'webhook.delete': {
			parameters: {},
			prepare: newWebhook,
			path: (p) => `/api/webhooks/${String(p.webhookId)}`,
			ids: ['webhookId'],
		},
	},
};
