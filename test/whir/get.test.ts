/**
 * Transaction → Get over real HTTP to the Whir sandbox: the signature verified over the raw answer
 * text (valid, forged, altered, unsigned, replayed from another transaction) and answers written
 * as the PHP behind Whir writes them (1.0E-5 numbers, null/booleans, list payouts, field order).
 */
import { createHmac } from 'crypto';
import type { IDataObject } from 'n8n-workflow';
import type { WhirSandbox } from './setup';
import {
	BTC,
	apiCreate,
	expectNoSecrets,
	hits,
	run,
	runExpectingError,
	startSandbox,
} from './setup';

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

describe('Transaction → Get', () => {
	test('the transaction, signed and verified; deposit and payout txids once known', async () => {
		const id = await apiCreate(sb, { [BTC.p2wpkh]: '0.0015' });
		const [out] = await run(sb, get(id));
		expect(out.json).toEqual(
			expect.objectContaining({
				id,
				status: 'pending',
				depositTxid: null,
				txid: null,
				signatureVerified: true,
			}),
		);
		await sb.deposit(id, { amount: '0.0025075' });
		await sb.confirm(id);
		const [done] = await run(sb, get(id));
		expect(done.json).toEqual(
			expect.objectContaining({
				status: 'complete',
				depositAmount: '0.0025075',
				txid: expect.stringMatching(/^[0-9a-f]{64}$/),
				signatureVerified: true,
			}),
		);
		expect(hits(sb, `/api/transaction/${id}`).map((r) => r.headers.authorization)).toEqual([
			`Bearer ${sb.credentials.apiKey}`,
			`Bearer ${sb.credentials.apiKey}`,
		]);
	});

	test.each([
		['signed with another key', 'forged', {}],
		['its status changed after signing', 'tamper', { field: 'status', value: 'complete' }],
		['its deposit address changed after signing', 'tamper', {}],
	] as const)('%s: an error, nothing output', async (_label, mode, o) => {
		const id = await apiCreate(sb);
		sb.setSignatureMode(mode, o);
		const error = await runExpectingError(sb, get(id));
		expect(error.message).toBe(
			`Whir: the answer to the transaction ${id} failed signature verification (its signature does not match its contents); it may be forged or altered, so nothing from it is output`,
		);
		expect(error.description).toMatch(/Secret Key/);
		expectNoSecrets(sb, error);
	});

	test('unsigned: "not signed", or an error with Require Signature; no Secret Key: false', async () => {
		const id = await apiCreate(sb);
		sb.setSignatureMode('omit');
		expect((await run(sb, get(id)))[0].json.signatureVerified).toBe('not signed');
		expect((await runExpectingError(sb, get(id, { requireSignature: true }))).message).toMatch(
			/carries no signature/,
		);
		sb.setSignatureMode('forged');
		expect(
			(await run(sb, get(id), [{}], { credentials: { ...sb.credentials, secretKey: '' } }))[0].json
				.signatureVerified,
		).toBe(false);
	});

	test('a signed answer of ANOTHER transaction served in its place is refused (a replay)', async () => {
		const a = await apiCreate(sb, { [BTC.p2pkh]: '0.001' });
		const b = await apiCreate(sb, { [BTC.p2sh]: '0.001' });
		const res = await fetch(`${sb.credentials.baseUrl}/transaction/${a}`, {
			headers: { Authorization: `Bearer ${sb.credentials.apiKey}` },
		});
		sb.faults.push({ path: `/api/transaction/${b}`, status: 200, body: await res.text() });
		const error = await runExpectingError(sb, get(b));
		expect(error.message).toBe(`Whir answered the transaction "${a}" when asked for ${b}`);
	});

	describe('answers written as the PHP behind Whir writes them (crafted, signed over the expected canonical string)', () => {
		const ID = 'AAAABBBBCCCCDDDD';
		const sign = (canonical: string) =>
			createHmac('sha256', sb.credentials.secretKey).update(canonical).digest('base64');
		const serve = (text: string) =>
			sb.faults.push({ path: `/api/transaction/${ID}`, status: 200, body: text });
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
			expect((await runExpectingError(sb, get(ID))).message).toMatch(
				/failed signature verification/,
			);
		});

		test('the same fields in another order no longer verify', async () => {
			const swapped = fields.replace(
				`"fee":0.00001000,"paid":true`,
				`"paid":true,"fee":0.00001000`,
			);
			serve(`{${swapped},"signature":"${sign(canonical)}"}`);
			expect((await runExpectingError(sb, get(ID))).message).toMatch(
				/failed signature verification/,
			);
		});

		test('a field repeated (JSON keeps the last one, the signature may cover the first) is refused', async () => {
			serve(`{${fields},"status":"expired","signature":"${sign(`${canonical}|expired`)}"}`);
			expect((await runExpectingError(sb, get(ID))).message).toMatch(
				/the answer repeats the field "status"/,
			);
		});
	});
});
