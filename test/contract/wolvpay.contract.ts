import { WolvPayApi } from '../../credentials/WolvPayApi.credentials';
import { WolvPay } from '../../nodes/WolvPay/WolvPay.node';
import { registry } from '../../nodes/WolvPay/actions/registry';
import type { ProviderContract, SandboxLike } from './types';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const sandbox = require('../../sandbox/wolvpay');

type WolvPaySandbox = SandboxLike & {
	createInvoice(fields: Record<string, unknown>): { invoice_id: string };
};

const invoiceId = async (
	sb: SandboxLike,
	fields: Record<string, unknown> = {
		amount: '10',
		currency: 'USD',
		coin: 'btc',
		white_label: true,
	},
) => ({
	invoiceId: (sb as WolvPaySandbox).createInvoice(fields).invoice_id,
});

export const wolvPayContract: ProviderContract<typeof registry> = {
	id: 'wolvpay',
	title: 'WolvPay',
	registry,
	nodeType: new WolvPay(),
	type: 'n8n-nodes-crypto-payments.wolvPay',
	credentialType: new WolvPayApi(),
	startSandbox: async () => (await sandbox.start({})) as SandboxLike,
	secrets: (sb) => [String(sb.credentials.apiKey), String(sb.credentials.webhookSecret)],
	echoingErrorBody: (secrets) => ({
		error: {
			type: 'invalid_request_error',
			message: `key ${secrets.join(' and ')} rejected`,
			code: 'invalid_key',
		},
	}),
	cases: {
		'invoice.create': {
			parameters: {
				amount: '10',
				currency: 'USD',
				coin: 'btc',
				whiteLabel: true,
				additionalFields: { description: 'order 1' },
			},
			path: '/api/v1/invoices',
			text: ['additionalFields.description'],
			amounts: ['amount'],
		},
		'invoice.get': {
			parameters: {},
			prepare: (sb) => invoiceId(sb),
			path: (p) => `/api/v1/invoices/${String(p.invoiceId)}`,
			ids: ['invoiceId'],
		},
		'invoice.getAll': {
			parameters: { returnAll: false, limit: 2 },
			prepare: async (sb) => (await invoiceId(sb), {}),
			path: '/api/v1/invoices',
		},
		'invoice.update': {
			parameters: { coin: 'btc' },
			prepare: (sb) => invoiceId(sb, { amount: '10', currency: 'USD', white_label: true }),
			path: (p) => `/api/v1/invoices/${String(p.invoiceId)}`,
			ids: ['invoiceId'],
		},
		'coin.getAll': { parameters: { returnAll: true, options: {} }, path: '/api/v1/coins' },
	},
};
