/**
 * The read operations over real HTTP to the Whir sandbox: Service → Get Status and Address →
 * Validate (public), Transaction → Get Many (offset paging, signed list items), and Whir's errors
 * on reads (retried 503s, 404, 401). Transaction → Get: get.test.ts.
 */
import { createHmac } from 'crypto';
import type { IDataObject } from 'n8n-workflow';
import type { WhirSandbox } from './setup';
import { BTC, apiCreate, hits, run, runExpectingError, startSandbox } from './setup';

let sb: WhirSandbox;
beforeAll(async () => {
	sb = await startSandbox();
});
afterAll(async () => sb.close());
beforeEach(() => sb.reset());

const get = (transactionId: string, options: IDataObject = {}) => ({
	resource: 'transaction',
	operation: 'get',
	transactionId,
	options,
});

describe('Service and Address (public methods, no API key sent)', () => {
	test('Get Status', async () => {
		const [out] = await run(sb, { resource: 'service', operation: 'getStatus' });
		expect(out.json).toEqual({
			status: 'ok',
			timestamp: expect.any(Number),
			datetime: expect.stringMatching(/\+00:00$/),
		});
		expect(hits(sb, '/api/status')[0].headers.authorization).toBeUndefined();
	});

	test('Validate: "true"/"false" from Whir as a boolean; the address goes into the path encoded', async () => {
		const [ok] = await run(sb, { resource: 'address', operation: 'validate', address: BTC.p2sh });
		expect(ok.json).toEqual({ address: BTC.p2sh, valid: true, result: 'true' });
		const [bad] = await run(sb, {
			resource: 'address',
			operation: 'validate',
			address: '1BgGZ9tcN4rm9KBzDn7KprQz87SZ26SAMh',
		});
		expect(bad.json).toEqual(expect.objectContaining({ valid: false, result: 'false' }));
		expect(hits(sb, `/api/validateAddress/${BTC.p2sh}`)[0].headers.authorization).toBeUndefined();
	});

	test('Validate: a boolean answer counts too; anything else is an error', async () => {
		sb.faults.push({
			path: `/api/validateAddress/${BTC.p2sh}`,
			status: 200,
			body: '{"result":true}',
		});
		expect(
			(await run(sb, { resource: 'address', operation: 'validate', address: BTC.p2sh }))[0].json
				.valid,
		).toBe(true);
		sb.faults.push({
			path: `/api/validateAddress/${BTC.p2sh}`,
			status: 200,
			body: '{"result":"maybe"}',
		});
		const error = await runExpectingError(sb, {
			resource: 'address',
			operation: 'validate',
			address: BTC.p2sh,
		});
		expect(error.message).toBe(
			'Whir answered the address check with an unexpected result: "maybe"',
		);
	});
});

describe('Transaction → Get Many', () => {
	test('newest first, one page of the asked size; list items are unsigned', async () => {
		const ids = [];
		for (let k = 0; k < 3; k++) ids.push(await apiCreate(sb, { [BTC.p2pkh]: `0.00${k + 1}` }));
		sb.requests.length = 0;
		const out = await run(sb, {
			resource: 'transaction',
			operation: 'getAll',
			returnAll: false,
			limit: 2,
			options: {},
		});
		expect(out.map((o) => o.json.id)).toEqual([ids[2], ids[1]]);
		expect(out.map((o) => o.json.signatureVerified)).toEqual(['not signed', 'not signed']);
		expect(hits(sb, '/api/transactions').map((r) => r.query)).toEqual([
			{ limit: '2', offset: '0' },
		]);
		expect(out[0].json.depositAmount).toEqual(expect.any(String));
	});

	test('Return All walks the offsets in pages of 30', async () => {
		for (let k = 0; k < 32; k++) await apiCreate(sb, { [BTC.p2pkh]: '0.001' });
		sb.requests.length = 0;
		const out = await run(sb, {
			resource: 'transaction',
			operation: 'getAll',
			returnAll: true,
			options: {},
		});
		expect(out).toHaveLength(32);
		expect(new Set(out.map((o) => o.json.id)).size).toBe(32);
		expect(hits(sb, '/api/transactions').map((r) => r.query)).toEqual([
			{ limit: '30', offset: '0' },
			{ limit: '30', offset: '30' },
		]);
	});

	test('a listed transaction that carries a signature is verified', async () => {
		const item = `{"id":"AAAABBBBCCCCDDDD","status":"pending","fee":0.0001}`;
		const sig = createHmac('sha256', sb.credentials.secretKey)
			.update('AAAABBBBCCCCDDDD|pending|0.0001')
			.digest('base64');
		const body = `{"transactions":[${item.replace(/}$/, `,"signature":"${sig}"}`)},${item.replace(/}$/, ',"signature":"bad"}')}],"totalTransactions":2,"limit":"30","offset":0}`;
		sb.faults.push({ path: '/api/transactions', status: 200, body });
		const error = await runExpectingError(sb, {
			resource: 'transaction',
			operation: 'getAll',
			returnAll: true,
			options: {},
		});
		expect(error.message).toMatch(
			/the transaction AAAABBBBCCCCDDDD of the list failed signature verification/,
		);
		sb.faults.push({
			path: '/api/transactions',
			status: 200,
			body: body.replace(',"signature":"bad"', ''),
		});
		const out = await run(sb, {
			resource: 'transaction',
			operation: 'getAll',
			returnAll: true,
			options: {},
		});
		expect(out.map((o) => o.json.signatureVerified)).toEqual([true, 'not signed']);
	});
});

describe("Whir's errors on reads", () => {
	test('503 is retried (reads only); then the answer', async () => {
		const id = await apiCreate(sb);
		sb.faults.push({
			path: `/api/transaction/${id}`,
			status: 503,
			times: 2,
			headers: { 'Retry-After': '0' },
		});
		const [out] = await run(sb, get(id));
		expect(out.json.id).toBe(id);
		expect(hits(sb, `/api/transaction/${id}`)).toHaveLength(3);
	});

	test('404: an unknown transaction, with what to check; 401: the key', async () => {
		const error = await runExpectingError(sb, get('ZZZZZZZZZZZZZZZZ'));
		expect(error.message).toBe(
			'Whir error [404]: Transaction not found (Not found: no transaction with this ID, or the base URL is wrong (it ends in /api, e.g. https://whir.to/api))',
		);
		const denied = await runExpectingError(sb, get('ZZZZZZZZZZZZZZZZ'), [{}], {
			credentials: { ...sb.credentials, apiKey: 'nope-nope' },
		});
		expect(denied.message).toMatch(
			/^Whir error \[401\]: Invalid API key \(The API key is missing or wrong/,
		);
	});

	test('a bad transaction ID is refused before sending', async () => {
		for (const bad of ['../status', 'a b', '', 'x']) {
			const error = await runExpectingError(sb, get(bad));
			expect(error.description).toMatch(/Nothing was sent/);
		}
		expect(sb.requests).toHaveLength(0);
	});
});
