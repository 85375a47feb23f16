import type { IDataObject } from 'n8n-workflow';
import { WestWalletApi } from '../../credentials/WestWalletApi.credentials';
import { WestWallet } from '../../nodes/WestWallet/WestWallet.node';
import { registry } from '../../nodes/WestWallet/actions/registry';
import { runNode } from '../helpers/harness';
import type { ProviderContract, SandboxLike } from './types';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const sandbox = require('../../sandbox/westwallet');

const BTC = '35NjwZg8T4F12ESdEo3rQeYQ8ZiTyDYoTJ';
const node = new WestWallet();
const type = 'n8n-nodes-crypto-payments.westWallet';

async function runOp(sb: SandboxLike, parameters: IDataObject) {
	const out = await runNode({
		nodeType: node,
		type,
		parameters,
		credentialType: new WestWalletApi(),
		credentials: { ...sb.credentials },
	});
	return out[0][0].json;
}

export const westWalletContract: ProviderContract<typeof registry> = {
	id: 'westwallet',
	title: 'WestWallet',
	registry,
	nodeType: node,
	type,
	credentialType: new WestWalletApi(),
	startSandbox: async () => (await sandbox.start({})) as SandboxLike,
	secrets: (sb) => [String(sb.credentials.privateKey), String(sb.credentials.publicKey)],
	echoingErrorBody: (secrets) => ({
		error: 'wrong_auth',
		message: `keys ${secrets.join(' and ')} rejected`,
	}),
	cases: {
		'withdrawal.create': {
			parameters: {
				currency: 'BTC',
				amount: '0.01',
				address: BTC,
				additionalFields: { description: 'payout 1' },
				options: {},
			},
			path: '/wallet/create_withdrawal',
			text: ['additionalFields.description', 'address'],
			amounts: ['amount'],
		},
		'withdrawal.createMany': {
			parameters: {
				inputMode: 'items',
				currency: 'BTC',
				priority: 'medium',
				address: BTC,
				amount: '0.01',
				description: 'bulk 1',
				options: {},
			},
			path: '/wallet/create_withdrawal/many',
			text: ['description', 'address'],
			amounts: ['amount'],
			batch: {
				parameters: {
					inputMode: 'items',
					currency: 'BTC',
					priority: 'medium',
					address: BTC,
					amount: '={{ $json.amount }}',
					description: 'bulk',
					options: {},
				},
				input: [{ amount: '0.01' }, { amount: '0.02' }, { amount: '0.03' }],
			},
		},
		'withdrawal.checkOutcome': {
			parameters: {
				payoutSource: 'manual',
				currency: 'BTC',
				amount: '0.01',
				destination: BTC,
				reference: 'n8n-abcdefghij',
			},
			path: '/wallet/transactions',
			text: ['reference', 'destination'],
		},
		'currency.getAll': { parameters: { options: {} }, path: '/wallet/currencies_data' },
		'wallet.getBalance': {
			parameters: { currency: 'BTC' },
			path: '/wallet/balance',
			text: ['currency'],
		},
		'wallet.getBalances': { parameters: { output: 'single' }, path: '/wallet/balances' },
		'transaction.get': {
			parameters: { by: 'id' },
			prepare: async (sb) => {
				const sent = await runOp(sb, {
					resource: 'withdrawal',
					operation: 'create',
					currency: 'BTC',
					amount: '0.001',
					address: BTC,
					additionalFields: {},
					options: {},
				});
				return { transactionId: String(sent.id) };
			},
			path: '/wallet/transaction',
			ids: ['transactionId'],
		},
		'transaction.getAll': {
			parameters: { returnAll: false, limit: 5, filters: {} },
			prepare: async (sb) => {
				await runOp(sb, {
					resource: 'withdrawal',
					operation: 'create',
					currency: 'BTC',
					amount: '0.001',
					address: BTC,
					additionalFields: {},
					options: {},
				});
				return {};
			},
			path: '/wallet/transactions',
		},
		'address.generate': {
			parameters: {
				currency: 'BTC',
				ipnUrl: 'https://example.com/ipn',
				additionalFields: { label: 'label-1' },
			},
			path: '/address/generate',
			text: ['additionalFields.label'],
		},
		'invoice.create': {
			parameters: {
				currencies: ['BTC'],
				amount: '10',
				ipnUrl: 'https://example.com/ipn',
				additionalFields: { description: 'order' },
			},
			path: '/address/create_invoice',
			text: ['additionalFields.description'],
			amounts: ['amount'],
		},
		'invoice.getTransactions': {
			parameters: { output: 'raw' },
			prepare: async (sb) => {
				const invoice = await runOp(sb, {
					resource: 'invoice',
					operation: 'create',
					currencies: ['BTC'],
					amount: '10',
					ipnUrl: 'https://example.com/ipn',
					additionalFields: {},
				});
				return { invoice: String(invoice.token) };
			},
			path: '/address/invoice_transactions',
			ids: ['invoice'],
		},
	},
};
