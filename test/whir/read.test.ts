/**
 * The read operations over real HTTP to the Whir sandbox: Service → Get Status and Address →
 * Validate (public), Transaction → Get (signature verified over the raw answer text: PHP-style
 * numbers, null/booleans, list payouts, field order) and Get Many (offset paging), and Whir's
 * errors on reads (retried 503s, 404, 401).
 */
import { createHmac } from 'crypto';
import type { IDataObject } from 'n8n-workflow';
import type { WhirSandbox } from './setup';
import { BTC, apiCreate, expectNoSecrets, hits, run, runExpectingError, startSandbox } from './setup';

let sb: WhirSandbox;
beforeAll(async () => {
	sb = await startSandbox();
});
afterAll(async () => sb.close());
beforeEach(() => sb.reset());

const get = (transactionId: string, options: IDataObject = {}) => ({ resource: 'transaction', operation: 'get', transactionId, options });

describe('Service and Address (public methods, no API key sent)', () => {
	test('Get Status', async () => {
		const [out] = await run(sb, { resource: 'service', operation: 'getStatus' });
		expect(out.json).toEqual({ status: 'ok', timestamp: expect.any(Number), datetime: expect.stringMatching(/\+00:00$/) });
		expect(hits(sb, '/api/status')[0].headers.authorization).toBeUndefined();
	});

	test('Validate: "true"/"false" from Whir as a boolean; the address goes into the path encoded', async () => {
		const [ok] = await run(sb, { resource: 'address', operation: 'validate', address: BTC.p2sh });
		expect(ok.json).toEqual({ address: BTC.p2sh, valid: true, result: 'true' });
		const [bad] = await run(sb, { resource: 'address', operation: 'validate', address: '1BgGZ9tcN4rm9KBzDn7KprQz87SZ26SAMh' });
		expect(bad.json).toEqual(expect.objectContaining({ valid: false, result: 'false' }));
		expect(hits(sb, `/api/validateAddress/${BTC.p2sh}`)[0].headers.authorization).toBeUndefined();
	});

	test('Validate: a boolean answer counts too; anything else is an error', async () => {
		sb.faults.push({ path: `/api/validateAddress/${BTC.p2sh}`, status: 200, body: '{"result":true}' });
		expect((await run(sb, { resource: 'address', operation: 'validate', address: BTC.p2sh }))[0].json.valid).toBe(true);
		sb.faults.push({ path: `/api/validateAddress/${BTC.p2sh}`, status: 200, body: '{"result":"maybe"}' });
		const error = await runExpectingError(sb, { resource: 'address', operation: 'validate', address: BTC.p2sh });
		expect(error.message).toBe('Whir answered the address check with an unexpected result: "maybe"');
	});
});

describe('Transaction → Get', () => {
	test('the transaction, signed and verified; deposit and payout txids once known', async () => {
		const id = await apiCreate(sb, { [BTC.p2wpkh]: '0.0015' });
		const [out] = await run(sb, get(id));
		expect(out.json).toEqual(expect.objectContaining({ id, status: 'pending', depositTxid: null, txid: null, signatureVerified: true }));
		await sb.deposit(id, { amount: '0.0025075' });
		await sb.confirm(id);
		const [done] = await run(sb, get(id));
		expect(done.json).toEqual(expect.objectContaining({ status: 'complete', depositAmount: '0.0025075', txid: expect.stringMatching(/^[0-9a-f]{64}$/), signatureVerified: true }));
		expect(hits(sb, `/api/transaction/${id}`).map((r) => r.headers.authorization)).toEqual([`Bearer ${sb.credentials.apiKey}`, `Bearer ${sb.credentials.apiKey}`]);
	});

	test.each([
		['signed with another key', 'forged', {}],
		['its status changed after signing', 'tamper', { field: 'status', value: 'complete' }],
		['its deposit address changed after signing', 'tamper', {}],
	] as const)('%s: an error, nothing output', async (_label, mode, o) => {
		const id = await apiCreate(sb);
		sb.setSignatureMode(mode, o);
		const error = await runExpectingError(sb, get(id));
		expect(error.message).toBe(`Whir: the answer to the transaction ${id} failed signature verification (its signature does not match its contents); it may be forged or altered, so nothing from it is output`);
		expect(error.description).toMatch(/Secret Key/);
		expectNoSecrets(sb, error);
	});

	test('unsigned: "not signed", or an error with Require Signature; no Secret Key: false', async () => {
		const id = await apiCreate(sb);
		sb.setSignatureMode('omit');
		expect((await run(sb, get(id)))[0].json.signatureVerified).toBe('not signed');
		expect((await runExpectingError(sb, get(id, { requireSignature: true }))).message).toMatch(/carries no signature/);
		sb.setSignatureMode('forged');
		expect((await run(sb, get(id), [{}], { credentials: { ...sb.credentials, secretKey: '' } }))[0].json.signatureVerified).toBe(false);
	});

	test("a signed answer of ANOTHER transaction served in its place is refused (a replay)", async () => {
		const a = await apiCreate(sb, { [BTC.p2pkh]: '0.001' });
		const b = await apiCreate(sb, { [BTC.p2sh]: '0.001' });
		const res = await fetch(`${sb.credentials.baseUrl}/transaction/${a}`, { headers: { Authorization: `Bearer ${sb.credentials.apiKey}` } });
		sb.faults.push({ path: `/api/transaction/${b}`, status: 200, body: await res.text() });
		const error = await runExpectingError(sb, get(b));
		expect(error.message).toBe(`Whir answered the transaction "${a}" when asked for ${b}`);
	});

	describe('answers written as the PHP behind Whir writes them (crafted, signed over the expected canonical string)', () => {
		const ID = 'AAAABBBBCCCCDDDD';
		const sign = (canonical: string) => createHmac('sha256', sb.credentials.secretKey).update(canonical).digest('base64');
		const serve = (text: string) => sb.faults.push({ path: `/api/transaction/${ID}`, status: 200, body: text });
		const fields = `"id":"${ID}","status":"complete","depositAmount":1.0E-5,"depositTxid":null,"payouts":["${BTC.p2wpkh}","${BTC.p2pkh}"],"txid":false,"fee":0.00001000,"paid":true`;
		const canonical = `${ID}|complete|1.0E-5||0,1,${BTC.p2wpkh},${BTC.p2pkh}||0.00001000|1`;

		test('`1.0E-5` numbers, null/false/true, list payouts: verified; money fields come out as exact decimal text', async () => {
			serve(`{${fields},"signature":"${sign(canonical)}"}`);
			const [out] = await run(sb, get(ID));
			expect(out.json).toEqual({
				id: ID,
				status: 'complete',
				depositAmount: '0.000010',
				depositTxid: null,
				payouts: [BTC.p2wpkh, BTC.p2pkh],
				txid: false,
				fee: '0.00001000',
				paid: true,
				signature: sign(canonical),
				signatureVerified: true,
			});
		});

		test('the same number re-printed the JavaScript way (0.00001) no longer verifies', async () => {
			serve(`{${fields.replace('1.0E-5', '0.00001')},"signature":"${sign(canonical)}"}`);
			expect((await runExpectingError(sb, get(ID))).message).toMatch(/failed signature verification/);
		});

		test('the same fields in another order no longer verify', async () => {
			const swapped = fields.replace(`"fee":0.00001000,"paid":true`, `"paid":true,"fee":0.00001000`);
			serve(`{${swapped},"signature":"${sign(canonical)}"}`);
			expect((await runExpectingError(sb, get(ID))).message).toMatch(/failed signature verification/);
		});

		test('a field repeated (JSON keeps the last one, the signature may cover the first) is refused', async () => {
			serve(`{${fields},"status":"expired","signature":"${sign(`${canonical}|expired`)}"}`);
			expect((await runExpectingError(sb, get(ID))).message).toMatch(/the answer repeats the field "status"/);
		});
	});
});

describe('Transaction → Get Many', () => {
	test('newest first, one page of the asked size; list items are unsigned', async () => {
		const ids = [];
		for (let k = 0; k < 3; k++) ids.push(await apiCreate(sb, { [BTC.p2pkh]: `0.00${k + 1}` }));
		sb.requests.length = 0;
		const out = await run(sb, { resource: 'transaction', operation: 'getAll', returnAll: false, limit: 2, options: {} });
		expect(out.map((o) => o.json.id)).toEqual([ids[2], ids[1]]);
		expect(out.map((o) => o.json.signatureVerified)).toEqual(['not signed', 'not signed']);
		expect(hits(sb, '/api/transactions').map((r) => r.query)).toEqual([{ limit: '2', offset: '0' }]);
		expect(out[0].json.depositAmount).toEqual(expect.any(String));
	});

	test('Return All walks the offsets in pages of 30', async () => {
		for (let k = 0; k < 32; k++) await apiCreate(sb, { [BTC.p2pkh]: '0.001' });
		sb.requests.length = 0;
		const out = await run(sb, { resource: 'transaction', operation: 'getAll', returnAll: true, options: {} });
		expect(out).toHaveLength(32);
		expect(new Set(out.map((o) => o.json.id)).size).toBe(32);
		expect(hits(sb, '/api/transactions').map((r) => r.query)).toEqual([
			{ limit: '30', offset: '0' },
			{ limit: '30', offset: '30' },
		]);
	});

	test('a listed transaction that carries a signature is verified', async () => {
		const item = `{"id":"AAAABBBBCCCCDDDD","status":"pending","fee":0.0001}`;
		const sig = createHmac('sha256', sb.credentials.secretKey).update('AAAABBBBCCCCDDDD|pending|0.0001').digest('base64');
		const body = `{"transactions":[${item.replace(/}$/, `,"signature":"${sig}"}`)},${item.replace(/}$/, ',"signature":"bad"}')}],"totalTransactions":2,"limit":"30","offset":0}`;
		sb.faults.push({ path: '/api/transactions', status: 200, body });
		const error = await runExpectingError(sb, { resource: 'transaction', operation: 'getAll', returnAll: true, options: {} });
		expect(error.message).toMatch(/the transaction AAAABBBBCCCCDDDD of the list failed signature verification/);
		sb.faults.push({ path: '/api/transactions', status: 200, body: body.replace(',"signature":"bad"', '') });
		const out = await run(sb, { resource: 'transaction', operation: 'getAll', returnAll: true, options: {} });
		expect(out.map((o) => o.json.signatureVerified)).toEqual([true, 'not signed']);
	});
});

describe("Whir's errors on reads", () => {
	test('503 is retried (reads only); then the answer', async () => {
		const id = await apiCreate(sb);
		sb.faults.push({ path: `/api/transaction/${id}`, status: 503, times: 2, headers: { 'Retry-After': '0' } });
		const [out] = await run(sb, get(id));
		expect(out.json.id).toBe(id);
		expect(hits(sb, `/api/transaction/${id}`)).toHaveLength(3);
	});

	test('404: an unknown transaction, with what to check; 401: the key', async () => {
		const error = await runExpectingError(sb, get('ZZZZZZZZZZZZZZZZ'));
		expect(error.message).toBe('Whir error [404]: Transaction not found (Not found: no transaction with this ID, or the base URL is wrong (it ends in /api, e.g. https://whir.to/api))');
		const denied = await runExpectingError(sb, get('ZZZZZZZZZZZZZZZZ'), [{}], { credentials: { ...sb.credentials, apiKey: 'nope-nope' } });
		expect(denied.message).toMatch(/^Whir error \[401\]: Invalid API key \(The API key is missing or wrong/);
	});

	test('a bad transaction ID is refused before sending', async () => {
		for (const bad of ['../status', 'a b', '', 'x']) {
			const error = await runExpectingError(sb, get(bad));
			expect(error.description).toMatch(/Nothing was sent/);
		}
		expect(sb.requests).toHaveLength(0);
	});
});
