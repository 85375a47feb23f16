/**
 * Address.so Trigger against the sandbox over real HTTP: registration at activation, removal,
 * re-creation when deleted at the provider, adoption by URL; callbacks the sandbox sends (every
 * shape, bracket style, canonical string and MAC it offers) accepted and confirmed through the API;
 * callbacks the API does not confirm refused; 503 when the API cannot be asked.
 */
import type { IDataObject } from 'n8n-workflow';
import type { NodeSetup, WebhookResult } from '../helpers/harness';
import { deliver, hook, mac, triggerSetup } from './trigger-setup';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const sandboxModule = require('../../sandbox/address-so');

interface Delivery {
	url: string;
	status: number | null;
}
interface Sandbox {
	url: string;
	credentials: IDataObject;
	close(): Promise<void>;
	reset(): void;
	snapshot(): { webhooks: Array<{ id: number; url: string; type: string; entityId: number }> };
	setSettings(o: IDataObject): unknown;
	deposit(o: IDataObject): Promise<{ transaction: IDataObject; deliveries: Delivery[] }>;
	sendCallback(o: IDataObject): Promise<{ delivery: Delivery }>;
}

let sb: Sandbox;
beforeAll(async () => {
	sb = (await sandboxModule.start({})) as Sandbox;
});
afterAll(async () => sb.close());
beforeEach(() => sb.reset());

// the harness's production URL of the trigger (n8n joins its webhook base URL and path so)
const TRIGGER_URL = 'http://localhost/webhook//wf-1/node%20under%20test/callback';

function setup(parameters: IDataObject = {}, staticData: IDataObject = {}): NodeSetup {
	return triggerSetup(
		{ walletId: '5', confirmViaApi: true, ...parameters },
		{ ...sb.credentials, signingScheme: 'sdk2020' },
		staticData,
	);
}

/** Activates as n8n does: checkExists, then create when it answered false. */
async function activate(s: NodeSetup): Promise<void> {
	if (!(await hook(s, 'checkExists'))) expect(await hook(s, 'create')).toBe(true);
}

const hooks = () => sb.snapshot().webhooks;

/** The callback the sandbox sent to the trigger's URL (to a closed port), as a GET to deliver. */
function callbackQuery(deliveries: Delivery[]): string {
	const d = deliveries.find((x) => x.url.startsWith(TRIGGER_URL));
	if (!d) throw new Error('no callback to the trigger');
	return d.url.slice(d.url.indexOf('?') + 1);
}

function expectRefused(r: WebhookResult, status = 401) {
	expect(r.status).toBe(status);
	expect(r.startsExecution).toBe(false);
}

describe('registration', () => {
	test('activation registers the URL for the wallet; deactivation deletes it', async () => {
		const staticData: IDataObject = {};
		const s = setup({}, staticData);
		await activate(s);
		expect(hooks()).toEqual([
			expect.objectContaining({ url: TRIGGER_URL, type: 'wallet', entityId: 5 }),
		]);
		const node = staticData['node:Node Under Test'] as IDataObject;
		expect(node.webhookId).toBe(String(hooks()[0].id));
		expect(node.settings).toEqual({
			watched: { type: 'wallet', coin: 'btc', walletId: '5' },
			confirmViaApi: true,
			eitherMac: true,
		});
		// activating again finds it: nothing new registered
		await activate(s);
		expect(hooks()).toHaveLength(1);
		expect(await hook(s, 'delete')).toBe(true);
		expect(hooks()).toEqual([]);
		expect(node.webhookId).toBeUndefined();
		expect(node.settings).toBeUndefined();
	});

	test('a webhook deleted at Address.so is created again on activation', async () => {
		const staticData: IDataObject = {};
		const s = setup({}, staticData);
		await activate(s);
		const first = hooks()[0].id;
		await fetch(`${sb.url}/api/webhooks/${first}`, {
			method: 'DELETE',
			headers: { 'X-API-TOKEN': String(sb.credentials.apiToken) },
		});
		expect(hooks()).toEqual([]);
		expect(await hook(s, 'checkExists')).toBe(false);
		expect(await hook(s, 'create')).toBe(true);
		expect(hooks()).toEqual([expect.objectContaining({ url: TRIGGER_URL, entityId: 5 })]);
		expect(hooks()[0].id).not.toBe(first);
	});

	test('without the id in static data, the webhook is found by its URL (no duplicate)', async () => {
		await activate(setup({}, {}));
		const fresh: IDataObject = {};
		expect(await hook(setup({}, fresh), 'checkExists')).toBe(true);
		expect(hooks()).toHaveLength(1);
		expect((fresh['node:Node Under Test'] as IDataObject).webhookId).toBe(String(hooks()[0].id));
	});

	test('another entity chosen: the old webhook is removed and one for the account registered', async () => {
		const staticData: IDataObject = {};
		await activate(setup({}, staticData));
		await activate(setup({ entityType: 'account', accountId: '11' }, staticData));
		expect(hooks()).toEqual([expect.objectContaining({ type: 'account', entityId: 11 })]);
	});

	test('a wallet that does not exist fails activation with the provider error; bad ids never reach it', async () => {
		await expect(hook(setup({ walletId: '999' }), 'create')).rejects.toThrow(/WALLET_NOT_FOUND/);
		await expect(hook(setup({ walletId: 'abc' }), 'create')).rejects.toThrow(
			/Wallet: choose a wallet/,
		);
		await expect(hook(setup({ entityType: 'account', accountId: '' }), 'create')).rejects.toThrow(
			/Account: choose an account/,
		);
		expect(hooks()).toEqual([]);
	});
});

describe('callbacks sent by the sandbox, confirmed through the API', () => {
	test('a deposit into an account of the watched wallet: one execution with the API data', async () => {
		const staticData: IDataObject = {};
		const s = setup({}, staticData);
		await activate(s);
		const { transaction, deliveries } = await sb.deposit({ account: 11, amount: '0.00123' });
		const r = await deliver(s, callbackQuery(deliveries));
		expect(r.status).toBe(200);
		expect(r.startsExecution).toBe(true);
		const item = r.items[0];
		expect(item).toMatchObject({
			event: 'balanceChanged',
			coin: 'btc',
			wallet_id: 5,
			confirmed_via_api: true,
			webhook: { type: 'wallet', entity_id: 5 },
			signature: { form: 'A', mac: 'hmac-sha256' },
		});
		expect(item.account).toMatchObject({ id: 11, wallet_id: 5, balance_int: '25123000' });
		expect(item.last_transaction).toMatchObject({
			uuid: transaction.uuid,
			amount_int: '123000',
			amount_float: '0.00123',
		});
		// the same callback again: acknowledged, not emitted twice
		const again = await deliver(s, callbackQuery(deliveries));
		expect(again.status).toBe(200);
		expect(again.startsExecution).toBe(false);
	});

	test("a deposit into the wallet's own address: the wallet, its balance and transaction", async () => {
		const s = setup();
		await activate(s);
		const { transaction, deliveries } = await sb.deposit({ wallet: 5, amount: '0.5' });
		const r = await deliver(s, callbackQuery(deliveries));
		expect(r.startsExecution).toBe(true);
		expect(r.items[0].wallet).toMatchObject({ id: 5, balance_int: '200000000' });
		expect(r.items[0].last_transaction).toMatchObject({
			uuid: transaction.uuid,
			amount_int: '50000000',
		});
	});

	const variants: IDataObject[] = [];
	for (const shape of ['nested', 'flat', 'prose'])
		for (const canonical of ['raw', 'php', 'ksort'])
			for (const scheme of ['doc', 'sdk'])
				for (const brackets of shape === 'nested' ? ['literal', 'encoded'] : ['literal'])
					variants.push({ shape, canonical, scheme, brackets });
	test.each(variants.map((v) => [JSON.stringify(v), v]))(
		'sandbox callback settings %s: accepted',
		async (_label, callback) => {
			sb.setSettings({ callback });
			const s = setup();
			await activate(s);
			const { deliveries } = await sb.deposit({ account: 11, amount: '0.0001' });
			const r = await deliver(s, callbackQuery(deliveries));
			expect({ status: r.status, execution: r.startsExecution }).toEqual({
				status: 200,
				execution: true,
			});
			expect(r.items[0].account).toMatchObject({ id: 11, balance_int: '25010000' });
		},
	);

	test('an account trigger: callbacks of its account only', async () => {
		const s = setup({ entityType: 'account', accountId: '11' });
		await activate(s);
		expect(hooks()).toEqual([expect.objectContaining({ type: 'account', entityId: 11 })]);
		const { deliveries } = await sb.deposit({ account: 11, amount: '0.0001' });
		expect((await deliver(s, callbackQuery(deliveries))).startsExecution).toBe(true);
		// a correctly signed callback of the wallet itself is not this account's
		const wallet = await sb.sendCallback({ url: TRIGGER_URL, wallet: 5 });
		expectRefused(await deliver(s, wallet.delivery.url.split('?')[1]));
	});
});

describe('refused: what the API does not confirm, and what the sandbox forges', () => {
	/** A nested callback for account 11, signed correctly (doc MAC) by us. */
	function signed(fields: Array<[string, string]>): string {
		const query = fields.map(([k, v]) => `${k}=${v}`).join('&');
		return `${query}&sign=${mac('hmac-sha256', query, String(sb.credentials.secretToken))}`;
	}

	test('an unknown transaction, another amount or hash, an unknown account, another address', async () => {
		const s = setup();
		await activate(s);
		const { transaction } = await sb.deposit({ account: 11, amount: '0.0001' });
		const base: Array<[string, string]> = [
			['coin', 'btc'],
			['wallet_id', '5'],
			['account[id]', '11'],
		];
		const tx = (uuid: string, amount: string, hash = String(transaction.hash)) =>
			[
				['last_transaction[uuid]', uuid],
				['last_transaction[hash]', hash],
				['last_transaction[amount_int]', amount],
			] as Array<[string, string]>;
		const uuid = String(transaction.uuid);
		for (const fields of [
			[...base, ...tx('a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', '10000')],
			[...base, ...tx(uuid, '10001')],
			[...base, ...tx(uuid, '10000', 'ffff')],
			[['coin', 'btc'], ['wallet_id', '5'], ['account[id]', '12'], ...tx(uuid, '10000')],
			[...base, ['account[address]', '1Dx9iLuwXmXtU8z6Ue7hBU138nDteEQ8et'], ...tx(uuid, '10000')],
			[...base, ['account[balance_int]', '1']],
		] as Array<Array<[string, string]>>)
			expectRefused(await deliver(s, signed(fields)));
		// the correct one is accepted (nothing above was emitted)
		expect((await deliver(s, signed([...base, ...tx(uuid, '10000')]))).startsExecution).toBe(true);
	});

	test('forged by the sandbox: another secret, no sign, tampered after signing, another wallet', async () => {
		const s = setup();
		await activate(s);
		await sb.deposit({ account: 11, amount: '0.0001' });
		const id = hooks()[0].id;
		for (const forged of [
			{ webhook_id: id, secret: 'not-the-secret-token' },
			{ webhook_id: id, omitSign: true },
			{ webhook_id: id, tamper: { 'last_transaction[amount_int]': '999999' } },
			{ webhook_id: id, tamper: { extra: '1' } },
			{ url: TRIGGER_URL, wallet: 7 },
		]) {
			const { delivery } = await sb.sendCallback(forged);
			expectRefused(await deliver(s, delivery.url.split('?')[1]));
		}
	});

	test('the API cannot be asked (our API token refused): 503, nothing started', async () => {
		const s = setup();
		await activate(s);
		const { deliveries } = await sb.deposit({ account: 11, amount: '0.0001' });
		const broken = triggerSetup(
			{ walletId: '5', confirmViaApi: true },
			{ ...sb.credentials, apiToken: 'wrong-token', email: '' },
		);
		const r = await deliver(broken, callbackQuery(deliveries));
		expect(r.status).toBe(503);
		expect(r.startsExecution).toBe(false);
	});
});
