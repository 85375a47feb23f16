import type { IDataObject } from 'n8n-workflow';
import { WhirApi } from '../../credentials/WhirApi.credentials';
import { Whir } from '../../nodes/Whir/Whir.node';
import { registry } from '../../nodes/Whir/actions/registry';
import { runNode } from '../helpers/harness';
import type { ProviderContract, SandboxLike } from './types';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const sandbox = require('../../sandbox/whir');

const BTC = 'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq';
const node = new Whir();
const type = 'n8n-nodes-crypto-payments.whir';

async function runOp(sb: SandboxLike, parameters: IDataObject) {
	const out = await runNode({
		nodeType: node,
		type,
		parameters,
		credentialType: new WhirApi(),
		credentials: { ...sb.credentials },
	});
	return out[0][0].json;
}

const createParameters = {
	payoutSource: 'list',
	payouts: { payout: [{ address: BTC, amount: '0.001' }] },
	delay: 0,
	refCode: 'qljncygz',
	payoutsFormat: 'object',
	options: {},
};

export const whirContract: ProviderContract<typeof registry> = {
	id: 'whir',
	title: 'Whir',
	registry,
	nodeType: node,
	type,
	credentialType: new WhirApi(),
	startSandbox: async () => (await sandbox.start({})) as SandboxLike,
	secrets: (sb) => [String(sb.credentials.apiKey), String(sb.credentials.secretKey)],
	echoingErrorBody: (secrets) => ({
		code: 401,
		description: `keys ${secrets.join(' and ')} rejected`,
	}),
	cases: {
		'transaction.create': {
			parameters: createParameters,
			path: '/api/createTransaction',
			text: ['refCode', 'payouts.payout.0.address'],
			amounts: ['payouts.payout.0.amount'],
			batch: {
				parameters: {
					payoutSource: 'items',
					address: '={{ $json.address }}',
					amount: '={{ $json.amount }}',
					delay: 0,
					refCode: 'qljncygz',
					payoutsFormat: 'object',
					options: {},
				},
				input: [
					{ address: BTC, amount: '0.001' },
					{ address: '1BgGZ9tcN4rm9KBzDn7KprQz87SZ26SAMH', amount: '0.002' },
					{ address: '3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy', amount: '0.003' },
				],
			},
		},
		'transaction.get': {
			parameters: { options: {} },
			prepare: async (sb) => {
				const tx = await runOp(sb, {
					resource: 'transaction',
					operation: 'create',
					...createParameters,
				});
				return { transactionId: String(tx.id) };
			},
			path: (p) => `/api/transaction/${String(p.transactionId)}`,
			ids: ['transactionId'],
		},
		'transaction.getAll': {
			parameters: { returnAll: false, limit: 5, options: {} },
			prepare: async (sb) => {
				await runOp(sb, { resource: 'transaction', operation: 'create', ...createParameters });
				return {};
			},
			path: '/api/transactions',
		},
		'transaction.checkOutcome': {
			parameters: {
				payoutSource: 'manual',
				destination: BTC,
				amount: '0.001',
				sentAt: new Date().toISOString(),
				network: 'mainnet',
			},
			path: '/api/transactions',
			text: ['destination'],
			amounts: ['amount'],
		},
		'address.validate': {
			parameters: { address: BTC },
			path: (p) => `/api/validateAddress/${String(p.address)}`,
			text: ['address'],
		},
		'service.getStatus': { parameters: {}, path: '/api/status' },
	},
};
