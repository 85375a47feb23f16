/** Wallet orders: reserve (hosted checkout URL), get, calculate limits; the wallet-order webhook. */
import type { WyreSandbox } from './setup';
import { ACCOUNT, apiRequests, op, payReservation, rl, startSandbox, WALLET } from './setup';

let sb: WyreSandbox;
beforeAll(async () => {
	sb = await startSandbox();
});
afterAll(async () => sb.close());
beforeEach(() => sb.reset());

describe('Order', () => {
	it('reserves an order and returns the hosted checkout URL; the order can then be read', async () => {
		const [r] = await op(sb, 'order', 'reserve', {
			sourceCurrency: 'USD',
			destCurrency: 'BTC',
			amount: '100.00',
			dest: `wallet:${WALLET}`,
			additionalFields: {
				amountIncludeFees: true,
				lockFields: ['amount', 'dest'],
				redirectUrl: 'https://example.com/done',
				email: 'buyer@example.com',
				phone: '+14155550123',
				country: 'US',
				referenceId: 'ref-1',
				paymentMethod: 'debit-card',
			},
		});
		expect(String(r.url)).toContain(String(r.reservation));
		expect(JSON.parse(apiRequests(sb)[0].body)).toMatchObject({
			amount: '100.00',
			sourceCurrency: 'USD',
			destCurrency: 'BTC',
			dest: `wallet:${WALLET}`,
			lockFields: ['amount', 'dest'],
			amountIncludeFees: true,
		});
		const order = await payReservation(sb, String(r.reservation));
		expect(String(order.id)).toMatch(/^WO_/);
		const [got] = await op(sb, 'order', 'get', { orderId: order.id });
		expect(got.id).toBe(order.id);
		expect(typeof got.status).toBe('string');
	});

	it('calculates the limits for an address', async () => {
		const [limits] = await op(sb, 'order', 'calculateLimits', {
			walletType: 'DEBIT_CARD',
			street1: '1 Main St',
			city: 'San Francisco',
			state: 'CA',
			postalCode: '94105',
			country: 'US',
			accountId: ACCOUNT,
		});
		expect(limits.dailyRemaining).toBeDefined();
		expect(typeof limits.daily).toBe('string');
		expect(JSON.parse(apiRequests(sb)[0].body)).toEqual({
			walletType: 'DEBIT_CARD',
			address: {
				street1: '1 Main St',
				city: 'San Francisco',
				state: 'CA',
				postalCode: '94105',
				country: 'US',
			},
			accountId: ACCOUNT,
		});
	});
});

describe('Webhook', () => {
	it('registers a wallet-order webhook for the account', async () => {
		const [w] = await op(sb, 'webhook', 'registerWalletOrder', {
			owner: rl(ACCOUNT, 'list'),
			webhook: 'https://example.com/orders',
		});
		expect(w).toEqual({ owner: `account:${ACCOUNT}`, webhook: 'https://example.com/orders' });
	});
});
