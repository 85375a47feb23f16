/** The shared webhook and polling layer, tested once for every provider. */
import { createHmac } from 'node:crypto';
import type { IDataObject, IHookFunctions, IPollFunctions, IWebhookFunctions } from 'n8n-workflow';
import { pollChanges } from '../../nodes/shared/polling';
import type { PollSource } from '../../nodes/shared/polling';
import { WestWalletTrigger } from '../../nodes/WestWallet/WestWalletTrigger.node';
import { WolvPayTrigger } from '../../nodes/WolvPay/WolvPayTrigger.node';
import { acceptWebhook, ANSWERED_BY_N8N, guardWebhook } from '../../nodes/shared/webhook/answers';
import {
	parseFormFields,
	rawQueryString,
	textField,
	withoutQueryParam,
} from '../../nodes/shared/webhook/body';
import { manualRegistration, registeringWebhook } from '../../nodes/shared/webhook/registration';
import { hmac, verifySignature } from '../../nodes/shared/webhook/verify';

describe('verifySignature', () => {
	const body = Buffer.from('{"a":1}');
	const sig = createHmac('sha256', 's3cret').update(body).digest('hex');
	test('accepts the right signature (hex in any case) and rejects any other', () => {
		expect(
			verifySignature({
				expected: () => hmac('sha256', 's3cret', body),
				actual: () => sig.toUpperCase(),
				hex: true,
			}),
		).toBe(true);
		expect(
			verifySignature({
				expected: () => hmac('sha256', 's3cret', body),
				actual: () => sig.toUpperCase(),
			}),
		).toBe(false);
		expect(
			verifySignature({
				expected: () => hmac('sha256', 'other', body),
				actual: () => sig,
				hex: true,
			}),
		).toBe(false);
		expect(
			verifySignature({
				expected: () => hmac('sha256', 's3cret', body),
				actual: () => sig.slice(1),
				hex: true,
			}),
		).toBe(false);
	});
	test('fails closed: no secret, no signature, or a throwing callback', () => {
		expect(verifySignature({ expected: () => null, actual: () => sig })).toBe(false);
		expect(verifySignature({ expected: () => '', actual: () => '' })).toBe(false);
		expect(verifySignature({ expected: () => sig, actual: () => undefined })).toBe(false);
		expect(
			verifySignature({
				expected: () => {
					throw new Error('x');
				},
				actual: () => sig,
			}),
		).toBe(false);
	});
	test('a signed timestamp must lie within the replay window (seconds or milliseconds)', () => {
		const now = Date.UTC(2026, 0, 1);
		const check = (ts: string | number | undefined, maxAgeSeconds?: number) =>
			verifySignature({
				expected: () => sig,
				actual: () => sig,
				timestamp: () => ts,
				maxAgeSeconds,
				now,
			});
		expect(check(now / 1000)).toBe(true);
		expect(check(String(now))).toBe(true);
		expect(check(now / 1000 - 299)).toBe(true);
		expect(check(now / 1000 - 301)).toBe(false);
		expect(check(now / 1000 + 301)).toBe(false);
		expect(check(now / 1000 - 50, 30)).toBe(false);
		expect(check(undefined)).toBe(false);
		expect(check('soon')).toBe(false);
	});
});

describe('raw bodies and query strings', () => {
	test('form fields: prototype-free, a repeated key makes the body ambiguous', () => {
		const f = parseFormFields('__proto__=1&toString=2&id=3') as IDataObject;
		expect(Object.getPrototypeOf(f)).toBeNull();
		expect(textField(f, 'toString')).toBe('2');
		expect(textField(f, 'constructor')).toBeUndefined();
		expect(parseFormFields('id=1&id=2')).toBeUndefined();
		expect(parseFormFields('')).toBeUndefined();
	});
	test('the raw query string as received, and without one parameter (other bytes untouched)', () => {
		const ctx = {
			getRequestObject: () => ({ originalUrl: '/webhook/x/cb?b=%2B1&sign=abc&a=x+y#frag' }),
		} as unknown as IWebhookFunctions;
		const raw = rawQueryString(ctx);
		expect(raw).toBe('b=%2B1&sign=abc&a=x+y');
		expect(withoutQueryParam(raw, 'sign')).toBe('b=%2B1&a=x+y');
		expect(withoutQueryParam('si%67n=1&x=2', 'sign')).toBe('x=2');
	});
	test('guardWebhook turns anything a handler throws into a 401 with no execution', async () => {
		const sent: unknown[] = [];
		const res = { status: (code: number) => ({ send: (t: string) => sent.push([code, t]) }) };
		const ctx = { getResponseObject: () => res } as unknown as IWebhookFunctions;
		const result = await guardWebhook.call(ctx, async () => {
			throw new TypeError('Cannot convert object to primitive value');
		});
		expect(result).toEqual({ noWebhookResponse: true });
		expect(sent).toEqual([[401, 'Unauthorized']]);
	});
	test('an accepted call is not answered by the trigger: n8n answers 200 "OK" once it has recorded the execution', () => {
		const ctx = {
			getResponseObject: () => {
				throw new Error('the trigger must not answer an accepted call itself');
			},
		} as unknown as IWebhookFunctions;
		expect(acceptWebhook.call(ctx, { id: 1 })).toEqual({ workflowData: [[{ json: { id: 1 } }]] });
		for (const trigger of [new WestWalletTrigger(), new WolvPayTrigger()]) {
			for (const webhook of trigger.description.webhooks ?? [])
				expect(webhook).toMatchObject(ANSWERED_BY_N8N);
		}
		expect(ANSWERED_BY_N8N).toEqual({ responseMode: 'onReceived', responseData: 'OK' });
	});
});

function hookContext(staticData: IDataObject, url = 'https://n8n.example/webhook/abc') {
	return {
		getWorkflowStaticData: () => staticData,
		getNodeWebhookUrl: () => url,
		getNode: () => ({ name: 'Trigger' }),
	} as unknown as IHookFunctions;
}

describe('webhook registration helpers', () => {
	test('manual: activation runs the settings check and registers nothing', async () => {
		const check = jest.fn();
		const m = manualRegistration(check).default;
		const ctx = hookContext({});
		expect(await m.checkExists.call(ctx)).toBe(false);
		expect(await m.create.call(ctx)).toBe(true);
		expect(check).toHaveBeenCalledTimes(1);
		expect(await m.delete.call(ctx)).toBe(true);
	});

	test('registering: created once, kept in static data, re-created when deleted at the provider, removed on deactivation', async () => {
		const provider = new Map<string, string>();
		let next = 1;
		const registrar = {
			exists: async (id: string) => provider.has(id),
			create: async (url: string) => {
				const id = `wh_${next++}`;
				provider.set(id, url);
				return { id, secret: `sec_${id}` };
			},
			remove: async (id: string) => {
				provider.delete(id);
			},
		};
		const m = registeringWebhook(registrar).default;
		const data: IDataObject = {};
		const ctx = hookContext(data);
		expect(await m.checkExists.call(ctx)).toBe(false);
		await m.create.call(ctx);
		expect(data).toEqual({
			webhookId: 'wh_1',
			webhookUrl: 'https://n8n.example/webhook/abc',
			webhookSecret: 'sec_wh_1',
		});
		expect(await m.checkExists.call(ctx)).toBe(true); // a second activation registers nothing new
		provider.clear(); // deleted at the provider's dashboard
		expect(await m.checkExists.call(ctx)).toBe(false);
		expect(data.webhookId).toBeUndefined();
		await m.create.call(ctx);
		expect([...provider.keys()]).toEqual(['wh_2']);
		expect(await m.checkExists.call(hookContext(data, 'https://other.example/webhook/abc'))).toBe(
			false,
		); // URL changed
		await m.create.call(ctx);
		await m.delete.call(ctx);
		expect(provider.has(String(data.webhookId))).toBe(false);
		expect(data).toEqual({});
	});
});

describe('polling helper', () => {
	interface Tx extends IDataObject {
		id: string;
		status: string;
		updated: string;
	}
	let list: Tx[]; // newest first
	let fetched: Array<[number, number]>;
	const source: PollSource<Tx> = {
		pageSize: 2,
		maxPages: 10,
		fetchPage: async (offset, limit) => {
			fetched.push([offset, limit]);
			return list.slice(offset, offset + limit).map((t) => ({ ...t }));
		},
		id: (t) => t.id,
		version: (t) => `${t.status}@${t.updated}`,
		isFinal: (t) => t.status === 'complete' || t.status === 'expired',
		fetchOne: async (id) => list.find((t) => t.id === id),
	};
	const poller = (staticData: IDataObject, mode = 'trigger') =>
		({ getMode: () => mode, getWorkflowStaticData: () => staticData }) as unknown as IPollFunctions;
	const tx = (id: string, status = 'pending', updated = '1'): Tx => ({ id, status, updated });
	beforeEach(() => {
		fetched = [];
		list = [tx('c', 'complete'), tx('b', 'complete'), tx('a', 'complete')];
	});

	test('first activation emits nothing old; then each new item once', async () => {
		const data: IDataObject = {};
		expect(await pollChanges.call(poller(data), source)).toEqual([]);
		expect(await pollChanges.call(poller(data), source)).toEqual([]);
		list.unshift(tx('d'), tx('e'));
		list = [list[1], list[0], ...list.slice(2)]; // e newest
		const changes = await pollChanges.call(poller(data), source);
		expect(changes.map((c) => [c.item.id, c.change])).toEqual([
			['d', 'created'],
			['e', 'created'],
		]);
		expect(await pollChanges.call(poller(data), source)).toEqual([]);
	});

	test('a status change is emitted once, also for an open item deeper than one poll walks', async () => {
		const data: IDataObject = {};
		list = [tx('x'), tx('c', 'complete'), tx('b', 'complete')];
		await pollChanges.call(poller(data), source);
		list[0] = tx('x', 'confirming', '2');
		expect(
			(await pollChanges.call(poller(data), source)).map((c) => [
				c.item.id,
				c.item.status,
				c.change,
			]),
		).toEqual([['x', 'confirming', 'changed']]);
		// Many new items push x deep down: it is re-read on its own.
		list = [
			tx('n1', 'complete'),
			tx('n2', 'complete'),
			tx('n3', 'complete'),
			tx('n4', 'complete'),
			...list,
		];
		list[4] = tx('x', 'complete', '3');
		const deep = { ...source, maxPages: 1 };
		const changes = await pollChanges.call(poller(data), deep);
		expect(changes.map((c) => [c.item.id, c.change])).toEqual([
			['n2', 'created'],
			['n1', 'created'],
			['x', 'changed'],
		]);
		// x is final now: no longer watched
		expect(((data.poll as IDataObject).open as string[]).includes('x')).toBe(false);
	});

	test('the state survives a restart (a new process with the saved static data): nothing is emitted twice', async () => {
		const data: IDataObject = {};
		await pollChanges.call(poller(data), source);
		list.unshift(tx('d'));
		expect(await pollChanges.call(poller(data), source)).toHaveLength(1);
		const saved = JSON.parse(JSON.stringify(data));
		expect(await pollChanges.call(poller(saved), source)).toEqual([]);
	});

	test('walks only as deep as needed', async () => {
		const data: IDataObject = {};
		list = Array.from({ length: 20 }, (_, k) => tx(`t${20 - k}`, 'complete'));
		await pollChanges.call(poller(data), source);
		fetched = [];
		list.unshift(tx('new', 'complete'));
		await pollChanges.call(poller(data), source);
		expect(fetched).toEqual([[0, 2]]);
	});

	test('a manual run returns the newest item and leaves the state alone', async () => {
		const data: IDataObject = {};
		const changes = await pollChanges.call(poller(data, 'manual'), source);
		expect(changes.map((c) => c.item.id)).toEqual(['c']);
		expect(data).toEqual({});
	});
});
