/**
 * Wyre Trigger registration against the sandbox, in every mode: activation registers the node's
 * URL (a wallet's callback URL, a subscription, a wallet-order webhook), checkExists finds it (and
 * says false when it was removed at Wyre, so n8n registers it again), deactivation undoes it (the
 * wallet's previous callback URL comes back). Manual mode registers nothing.
 */
import type { WyreSandbox } from './trigger.setup';
import {
	ACCOUNT,
	OTHER_WALLET,
	startSandbox,
	Trigger,
	WALLET,
	walletLocator,
	webhookUrlOf,
} from './trigger.setup';

let sb: WyreSandbox;
beforeAll(async () => {
	sb = await startSandbox();
});
afterAll(async () => sb.close());
beforeEach(() => sb.reset());

const wallet = (id = WALLET) => sb.store.wallets.get(id)!;
const writes = () => sb.requests.filter((r) => r.method !== 'GET');

describe('wallet callbacks', () => {
	test('activation sets the callback URL, remembers the previous one; deactivation restores it', async () => {
		wallet().callbackUrl = 'https://shop.example/previous-callback';
		const t = new Trigger(sb, {});
		expect(await t.hook('checkExists')).toBe(false);
		expect(await t.hook('create')).toBe(true);
		const url = webhookUrlOf(t);
		expect(url).toMatch(/^http:\/\/localhost\/webhook\/.+\/wyre$/);
		expect(wallet().callbackUrl).toBe(url);
		expect(t.data).toEqual(
			expect.objectContaining({
				webhookId: `callback:${WALLET}`,
				previousCallbackUrl: 'https://shop.example/previous-callback',
				source: 'walletTransaction',
				watched: `wallet:${WALLET}`,
			}),
		);
		expect(await t.hook('checkExists')).toBe(true);

		expect(await t.hook('delete')).toBe(true);
		expect(wallet().callbackUrl).toBe('https://shop.example/previous-callback');
		expect(t.data.webhookId).toBeUndefined();
		expect(t.data.previousCallbackUrl).toBeUndefined();
	});

	test('a wallet without a callback URL gets none back on deactivation', async () => {
		const t = new Trigger(sb, {});
		await t.activate();
		expect(wallet().callbackUrl).toBe(webhookUrlOf(t));
		await t.hook('delete');
		expect(wallet().callbackUrl).toBeNull();
	});

	test('changed at Wyre: checkExists says false and activation sets it again; the URL set meanwhile is restored at the end', async () => {
		const t = new Trigger(sb, {});
		await t.activate();
		const url = webhookUrlOf(t);
		wallet().callbackUrl = 'https://someone.example/else';
		expect(await t.hook('checkExists')).toBe(false);
		await t.hook('create');
		expect(wallet().callbackUrl).toBe(url);
		await t.hook('delete');
		expect(wallet().callbackUrl).toBe('https://someone.example/else');
	});

	test('a URL someone set after activation is left alone on deactivation', async () => {
		const t = new Trigger(sb, {});
		await t.activate();
		wallet().callbackUrl = 'https://someone.example/newer';
		await t.hook('delete');
		expect(wallet().callbackUrl).toBe('https://someone.example/newer');
	});

	test('activating again while registered writes nothing', async () => {
		const t = new Trigger(sb, {});
		await t.activate();
		sb.requests.length = 0;
		await t.activate();
		expect(writes()).toEqual([]);
	});

	test('another wallet chosen while registered: the old wallet is restored, the new one set', async () => {
		wallet().callbackUrl = 'https://shop.example/a';
		const t = new Trigger(sb, {});
		await t.activate();
		t.parameters = { walletId: walletLocator(OTHER_WALLET) };
		await t.activate();
		expect(wallet().callbackUrl).toBe('https://shop.example/a');
		expect(wallet(OTHER_WALLET).callbackUrl).toBe(webhookUrlOf(t));
		expect(t.data.webhookId).toBe(`callback:${OTHER_WALLET}`);
	});

	test("n8n's webhook URL changed: the old registration is undone, the wallet's original URL kept as the previous one", async () => {
		wallet().callbackUrl = 'https://shop.example/original';
		const t = new Trigger(sb, {});
		await t.activate();
		// as if n8n had been moved: the recorded URL is not the node's URL any more
		wallet().callbackUrl = 'https://old-n8n.example/webhook/x/wyre';
		t.data.webhookUrl = 'https://old-n8n.example/webhook/x/wyre';
		await t.activate();
		expect(wallet().callbackUrl).toBe(webhookUrlOf(t));
		expect(t.data.previousCallbackUrl).toBe('https://shop.example/original');
		await t.hook('delete');
		expect(wallet().callbackUrl).toBe('https://shop.example/original');
	});

	test('a wallet that does not exist fails the activation with Wyre’s answer', async () => {
		const t = new Trigger(sb, { walletId: walletLocator('WA_NOSUCHWALLET') });
		await expect(t.activate()).rejects.toThrow(/Wyre/);
		expect(t.data.webhookId).toBeUndefined();
	});

	test('a wallet id that is not one is refused before anything is sent', async () => {
		const t = new Trigger(sb, { walletId: walletLocator('../v3/transfers') });
		sb.requests.length = 0;
		await expect(t.activate()).rejects.toThrow(/Wallet: ".*" is not a WA_… id/);
		expect(sb.requests).toEqual([]);
	});
});

describe('subscriptions', () => {
	const subscriptions = () => [...sb.store.subscriptions.values()];

	test('a wallet: activation subscribes the URL, checkExists finds it, deactivation deletes it', async () => {
		const t = new Trigger(sb, { events: 'objectUpdate', subscribeTo: 'wallet' });
		expect(await t.hook('checkExists')).toBe(false);
		await t.hook('create');
		const url = webhookUrlOf(t);
		expect(subscriptions()).toEqual([
			expect.objectContaining({ subscribed: `wallet:${WALLET}`, notifyTarget: url }),
		]);
		const id = subscriptions()[0].id as string;
		expect(t.data.webhookId).toBe(`subscription:${id}`);
		expect(await t.hook('checkExists')).toBe(true);
		await t.hook('delete');
		expect(subscriptions()).toEqual([]);
		expect(t.data.webhookId).toBeUndefined();
	});

	test('deleted at Wyre: checkExists says false and activation subscribes again', async () => {
		const t = new Trigger(sb, { events: 'objectUpdate', subscribeTo: 'wallet' });
		await t.activate();
		sb.store.subscriptions.clear();
		expect(await t.hook('checkExists')).toBe(false);
		await t.hook('create');
		expect(subscriptions()).toHaveLength(1);
		// and a subscription already gone is no error on deactivation
		sb.store.subscriptions.clear();
		expect(await t.hook('delete')).toBe(true);
	});

	test("the credential's own account when no account id is given", async () => {
		const t = new Trigger(sb, { events: 'objectUpdate', subscribeTo: 'account', accountId: '' });
		await t.activate();
		expect(subscriptions()).toEqual([
			expect.objectContaining({ subscribed: `account:${ACCOUNT}` }),
		]);
		expect(sb.requests.map((r) => `${r.method} ${r.path}`)).toContain('GET /v2/account');
	});

	test('a transfer', async () => {
		const { transfer } = await sb.deposit({ wallet: WALLET, currency: 'BTC', amount: '0.01' });
		const t = new Trigger(sb, {
			events: 'objectUpdate',
			subscribeTo: 'transfer',
			transferId: transfer.id,
		});
		await t.activate();
		expect(subscriptions()).toEqual([
			expect.objectContaining({ subscribed: `transfer:${String(transfer.id)}` }),
		]);
	});

	test("n8n's webhook URL changed: the old subscription is deleted, a new one made", async () => {
		const t = new Trigger(sb, { events: 'objectUpdate', subscribeTo: 'wallet' });
		await t.activate();
		const old = t.data.webhookId;
		t.data.webhookUrl = 'https://old-n8n.example/webhook/x/wyre';
		await t.activate();
		expect(subscriptions()).toHaveLength(1);
		expect(t.data.webhookId).not.toBe(old);
	});

	test('another object chosen while registered: the old subscription is deleted', async () => {
		const t = new Trigger(sb, { events: 'objectUpdate', subscribeTo: 'wallet' });
		await t.activate();
		t.parameters = {
			events: 'objectUpdate',
			subscribeTo: 'wallet',
			walletId: walletLocator(OTHER_WALLET),
		};
		await t.activate();
		expect(subscriptions().map((s) => s.subscribed)).toEqual([`wallet:${OTHER_WALLET}`]);
	});
});

describe('manual registration', () => {
	test.each([
		['walletTransaction', {}],
		['objectUpdate', {}],
	])('%s: nothing is registered or removed at Wyre', async (events, extra) => {
		const t = new Trigger(sb, { events, registration: 'manual', ...extra });
		expect(await t.hook('checkExists')).toBe(false);
		expect(await t.hook('create')).toBe(true);
		expect(writes()).toEqual([]);
		expect(wallet().callbackUrl).toBeNull();
		expect(sb.store.subscriptions.size).toBe(0);
		expect(await t.hook('delete')).toBe(true);
		expect(writes()).toEqual([]);
	});

	test('switching an automatic trigger to manual undoes its registration', async () => {
		const t = new Trigger(sb, {});
		await t.activate();
		t.parameters = { registration: 'manual' };
		await t.activate();
		expect(wallet().callbackUrl).toBeNull();
		expect(t.data.webhookId).toBeUndefined();
	});
});
