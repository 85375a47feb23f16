import type { IDataObject } from 'n8n-workflow';
import { WyreApi } from '../../credentials/WyreApi.credentials';
import { Wyre } from '../../nodes/Wyre/Wyre.node';
import { registry } from '../../nodes/Wyre/actions/registry';
import { runNode } from '../helpers/harness';
import { payReservation, startSandbox } from '../wyre/setup';
import type { WyreSandbox } from '../wyre/setup';
import type { ProviderContract, SandboxLike } from './types';

const node = new Wyre();
const type = 'n8n-nodes-crypto-payments.wyre';
const WALLET = 'WA_SANDBOX0001';
const WALLET2 = 'WA_SANDBOX0002';
const ACCOUNT = 'AC_SANDBOX0001';
const SUB_ACCOUNT = 'AC_SANDBOX0002';
const rl = (value: string) => ({ __rl: true, mode: 'id', value });
let names = 0;
const fresh = (prefix: string) => `${prefix}-${Date.now()}-${++names}`;

async function runOp(sb: SandboxLike, parameters: IDataObject): Promise<IDataObject> {
	const out = await runNode({
		nodeType: node,
		type,
		parameters,
		credentialType: new WyreApi(),
		credentials: { ...sb.credentials },
	});
	return out[0][0].json;
}

const transferParameters = {
	sourceType: 'wallet',
	source: WALLET,
	sourceCurrency: 'BTC',
	sourceAmount: '0.0001',
	destType: 'wallet',
	dest: WALLET2,
	destCurrency: 'BTC',
	additionalFields: { message: 'contract' },
};
const newTransfer = async (sb: SandboxLike) =>
	String(
		(await runOp(sb, { resource: 'transfer', operation: 'create', ...transferParameters })).id,
	);
const newWallet = async (sb: SandboxLike) =>
	String((await runOp(sb, { resource: 'wallet', operation: 'create', name: fresh('c') })).id);
const newPaymentMethod = async (sb: SandboxLike) =>
	String(
		(
			await runOp(sb, {
				resource: 'paymentMethod',
				operation: 'create',
				paymentMethodType: 'LOCAL_TRANSFER',
				publicToken: 'public-sandbox-token|acct-1',
			})
		).id,
	);
const newSubscription = async (sb: SandboxLike) =>
	String(
		(
			await runOp(sb, {
				resource: 'subscription',
				operation: 'create',
				subscribeToType: 'wallet',
				subscribeTo: WALLET,
				notifyTarget: 'https://example.com/hook',
			})
		).id,
	);
const address = {
	street1: '1 Main St',
	city: 'San Francisco',
	state: 'CA',
	postalCode: '94105',
	country: 'US',
};
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).toString('base64');

export const wyreContract: ProviderContract<typeof registry> = {
	id: 'wyre',
	title: 'Wyre',
	registry,
	nodeType: node,
	type,
	credentialType: new WyreApi(),
	startSandbox: async () => (await startSandbox()) as unknown as SandboxLike,
	secrets: (sb) => [String(sb.credentials.apiKey), String(sb.credentials.secretKey)],
	echoingErrorBody: (secrets) => ({
		language: 'en',
		exceptionId: 'ECHO01',
		errorCode: 'accessDenied.invalidSession',
		message: `keys ${secrets.join(' and ')} rejected`,
		type: 'AccessDeniedException',
		transient: false,
		problematicValue: secrets.join(','),
	}),
	cases: {
		'transfer.create': {
			parameters: transferParameters,
			path: '/v3/transfers',
			text: ['additionalFields.message', 'source', 'dest', 'additionalFields.customId'],
			amounts: ['sourceAmount'],
		},
		'transfer.confirm': {
			parameters: { expectedAmount: transferParameters.sourceAmount },
			prepare: async (sb) => ({ transferId: await newTransfer(sb) }),
			path: (p) => `/v3/transfers/${String(p.transferId)}/confirm`,
			ids: ['transferId'],
			amounts: ['expectedAmount'],
			// one transfer per item: each item confirms its own, guarded by its amount
			batch: {
				parameters: {
					transferId: '={{ $json.transferId }}',
					expectedAmount: '={{ $json.amount }}',
				},
				input: async (sb) => {
					const rows: IDataObject[] = [];
					for (let k = 0; k < 3; k++)
						rows.push({
							transferId: await newTransfer(sb),
							amount: transferParameters.sourceAmount,
						});
					return rows;
				},
			},
		},
		'transfer.get': {
			parameters: {},
			prepare: async (sb) => ({ transferId: await newTransfer(sb) }),
			path: (p) => `/v3/transfers/${String(p.transferId)}`,
			ids: ['transferId'],
		},
		'transfer.getAll': {
			parameters: { returnAll: false, limit: 5 },
			prepare: async (sb) => {
				await newTransfer(sb);
				return {};
			},
			path: '/v3/transfers',
		},
		'transfer.track': {
			parameters: {},
			prepare: async (sb) => ({ transferId: await newTransfer(sb) }),
			path: (p) => `/v2/transfer/${String(p.transferId)}/track`,
			ids: ['transferId'],
		},
		'transfer.checkOutcome': {
			parameters: {
				payoutSource: 'manual',
				reference: 'n8n-contract-1',
				sentAt: new Date(Date.now() - 3600_000).toISOString(),
			},
			path: '/v3/transfers',
			text: ['reference'],
		},
		'wallet.create': {
			parameters: { name: '={{ "c-" + $now.toMillis() + "-" + $itemIndex }}', type: 'DEFAULT' },
			path: '/v2/wallets',
			text: ['additionalFields.notes'],
		},
		'wallet.createMany': {
			parameters: { name: '={{ "m-" + $now.toMillis() + "-" + $itemIndex }}' },
			path: '/v2/wallets/batch',
			text: ['additionalFields.notes'],
		},
		'wallet.get': {
			parameters: { walletId: rl(WALLET) },
			path: `/v2/wallet/${WALLET}`,
			ids: ['walletId.value'],
		},
		'wallet.getByName': {
			parameters: { name: 'sandbox-main' },
			path: '/v2/wallet',
			text: ['name'],
		},
		'wallet.update': {
			parameters: { walletId: rl(WALLET), updateFields: { notes: 'contract' } },
			path: `/v2/wallet/${WALLET}/update`,
			text: ['updateFields.notes'],
			ids: ['walletId.value'],
		},
		'wallet.delete': {
			parameters: {},
			prepare: async (sb) => ({ walletId: rl(await newWallet(sb)) }),
			path: (p) => `/v2/wallet/${String((p.walletId as IDataObject).value)}`,
			ids: ['walletId.value'],
		},
		'wallet.getAll': { parameters: { returnAll: false, limit: 5 }, path: '/v2/wallets' },
		'account.getV2': { parameters: {}, path: '/v2/account' },
		'account.create': {
			parameters: {
				type: 'INDIVIDUAL',
				country: 'US',
				subaccount: true,
				profileFields: { field: [{ fieldId: 'individualLegalName', value: 'Ada' }] },
			},
			path: '/v3/accounts',
			text: ['profileFields.field.0.value'],
		},
		'account.get': {
			parameters: { accountId: rl(SUB_ACCOUNT) },
			path: `/v3/accounts/${SUB_ACCOUNT}`,
			ids: ['accountId.value'],
		},
		'account.update': {
			parameters: {
				accountId: rl(SUB_ACCOUNT),
				profileFields: { field: [{ fieldId: 'individualEmail', value: 'ada@example.com' }] },
			},
			path: `/v3/accounts/${SUB_ACCOUNT}`,
			text: ['profileFields.field.0.value'],
			ids: ['accountId.value'],
		},
		'account.uploadDocument': {
			parameters: {
				accountId: rl(SUB_ACCOUNT),
				fieldId: 'individualGovernmentId',
				fileSource: 'base64',
				fileContent: PNG,
				mimeType: 'image/png',
				documentType: 'DRIVING_LICENSE',
				documentSubType: 'FRONT',
			},
			path: `/v3/accounts/${SUB_ACCOUNT}/individualGovernmentId`,
			text: ['fileContent'],
			ids: ['accountId.value'],
		},
		'paymentMethod.create': {
			parameters: {
				paymentMethodType: 'LOCAL_TRANSFER',
				publicToken: 'public-sandbox-token|acct-1',
			},
			path: '/v2/paymentMethods',
			text: ['publicToken'],
		},
		'paymentMethod.getAll': { parameters: { returnAll: true }, path: '/v2/paymentMethods' },
		'paymentMethod.get': {
			parameters: { paymentMethodId: rl('PA_SANDBOX0001') },
			path: '/v2/paymentMethod/PA_SANDBOX0001',
			ids: ['paymentMethodId.value'],
		},
		'paymentMethod.delete': {
			parameters: {},
			prepare: async (sb) => ({ paymentMethodId: rl(await newPaymentMethod(sb)) }),
			path: (p) => `/v2/paymentMethod/${String((p.paymentMethodId as IDataObject).value)}`,
			ids: ['paymentMethodId.value'],
		},
		'paymentMethod.attachBlockchain': {
			parameters: { paymentMethodId: rl('PA_SANDBOX0001'), blockchain: 'ALL' },
			path: '/v2/paymentMethod/PA_SANDBOX0001/attach',
			ids: ['paymentMethodId.value'],
		},
		'rate.get': { parameters: { as: 'priced' }, path: '/v3/rates' },
		'limit.get': { parameters: {}, path: '/v3/limits' },
		'subscription.create': {
			parameters: {
				subscribeToType: 'wallet',
				subscribeTo: WALLET,
				notifyTarget: 'https://example.com/hook',
			},
			path: '/v3/subscriptions',
			text: ['notifyTarget', 'subscribeTo'],
		},
		'subscription.getAll': {
			parameters: { returnAll: true },
			prepare: async (sb) => {
				await newSubscription(sb);
				return {};
			},
			path: '/v3/subscriptions',
		},
		'subscription.delete': {
			parameters: {},
			prepare: async (sb) => ({ subscriptionId: await newSubscription(sb) }),
			path: (p) => `/v3/subscriptions/${String(p.subscriptionId)}`,
			ids: ['subscriptionId'],
		},
		'order.reserve': {
			parameters: {
				sourceCurrency: 'USD',
				destCurrency: 'BTC',
				amount: '50.00',
				dest: `wallet:${WALLET}`,
				additionalFields: { email: 'buyer@example.com', referenceId: 'contract' },
			},
			path: '/v3/orders/reserve',
			text: ['additionalFields.email', 'additionalFields.referenceId', 'dest'],
			amounts: ['amount'],
		},
		'order.get': {
			parameters: {},
			prepare: async (sb) => {
				const r = await runOp(sb, {
					resource: 'order',
					operation: 'reserve',
					sourceCurrency: 'USD',
					destCurrency: 'BTC',
					amount: '50.00',
					dest: `wallet:${WALLET}`,
				});
				const order = await payReservation(sb as unknown as WyreSandbox, String(r.reservation));
				return { orderId: String(order.id) };
			},
			path: (p) => `/v3/orders/${String(p.orderId)}`,
			ids: ['orderId'],
		},
		'order.calculateLimits': {
			parameters: { walletType: 'DEBIT_CARD', ...address },
			path: '/v3/widget/limits/calculate',
			text: ['street1', 'city'],
		},
		'webhook.registerWalletOrder': {
			parameters: { owner: rl(ACCOUNT), webhook: 'https://example.com/orders' },
			path: '/v2/digitalwallet/webhook',
			text: ['webhook'],
			ids: ['owner.value'],
		},
	},
};
