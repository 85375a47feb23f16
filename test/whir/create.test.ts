/**
 * Transaction → Create through n8n-core's execution context over real HTTP to the Whir sandbox:
 * the exact request, both payout formats, input items as one transaction, the answer's signature
 * (valid, forged, altered, unsigned, off), answers that do not match the request, Whir's errors.
 */
import type { IDataObject } from 'n8n-workflow';
import type { WhirSandbox } from './setup';
import {
	BTC,
	createParameters,
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

const CREATE = '/api/createTransaction';
const rows: Array<[string, string]> = [
	[BTC.p2wpkh, '0.001'],
	[BTC.p2pkh, '0.00250000'],
];

describe('the request', () => {
	test('POST /createTransaction with Bearer, the amounts as the exact text given, delay as an integer, refCode', async () => {
		const [out] = await run(sb, createParameters(rows, { delay: 2, refCode: 'qljncygz' }));
		const [req] = hits(sb, CREATE);
		expect(req.method).toBe('POST');
		expect(req.headers.authorization).toBe(`Bearer ${sb.credentials.apiKey}`);
		expect(req.headers['content-type']).toBe('application/json; charset=utf-8');
		expect(req.body).toBe(
			`{"delay":2,"payouts":{"${BTC.p2wpkh}":"0.001","${BTC.p2pkh}":"0.00250000"},"refCode":"qljncygz"}`,
		);
		expect(sb.requests).toHaveLength(1);
		expect(out.pairedItem).toEqual({ item: 0 });
		// money as exact decimal text; the sandbox's fee rule: 0.5 % rounded up + 0.0001
		expect(out.json).toEqual(
			expect.objectContaining({
				status: 'pending',
				payouts: { [BTC.p2wpkh]: '0.001', [BTC.p2pkh]: '0.00250000' },
				fee: '0.0001175',
				depositAmount: '0.0036175',
				delay: '2',
				refCode: 'qljncygz',
				signatureVerified: true,
			}),
		);
		expect(out.json.id).toMatch(/^[A-Z0-9]{16}$/);
		expect(sb.snapshot().transactions.map((t) => t.id)).toEqual([out.json.id]);
	});

	test('the list format sends [{address, amount}]; the answer (a list of addresses) is verified too', async () => {
		const [out] = await run(sb, createParameters(rows, { payoutsFormat: 'array' }));
		expect(hits(sb, CREATE)[0].body).toBe(
			`{"delay":0,"payouts":[{"address":"${BTC.p2wpkh}","amount":"0.001"},{"address":"${BTC.p2pkh}","amount":"0.00250000"}]}`,
		);
		expect(out.json).toEqual(
			expect.objectContaining({ payouts: [BTC.p2wpkh, BTC.p2pkh], signatureVerified: true }),
		);
	});

	test('input items as payouts: all items are ONE transaction, one output item paired with the first', async () => {
		const input = [
			{ address: BTC.p2wpkh, amount: '0.001' },
			{ address: BTC.p2sh, amount: '0.002' },
			{ address: BTC.p2pkh, amount: '0.003' },
		];
		const out = await run(
			sb,
			{
				resource: 'transaction',
				operation: 'create',
				payoutSource: 'items',
				address: '={{ $json.address }}',
				amount: '={{ $json.amount }}',
				delay: 1,
				refCode: '',
				payoutsFormat: 'object',
				options: {},
			},
			input,
		);
		expect(hits(sb, CREATE)).toHaveLength(1);
		expect(JSON.parse(hits(sb, CREATE)[0].body)).toEqual({
			delay: 1,
			payouts: { [BTC.p2wpkh]: '0.001', [BTC.p2sh]: '0.002', [BTC.p2pkh]: '0.003' },
		});
		expect(out).toHaveLength(1);
		expect(out[0].pairedItem).toEqual({ item: 0 });
		expect(Object.keys(out[0].json.payouts as IDataObject)).toHaveLength(3);
	});

	test('list mode: each input item is its own transaction', async () => {
		const out = await run(sb, createParameters([[BTC.p2wpkh, '0.001']]), [{}, {}]);
		expect(hits(sb, CREATE)).toHaveLength(2);
		expect(out.map((o) => o.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
		expect(out[0].json.id).not.toBe(out[1].json.id);
	});

	test('testnet addresses with the Testnet option', async () => {
		const [out] = await run(
			sb,
			createParameters(
				[
					[BTC.testnet, '0.001'],
					[BTC.testnet2, '0.002'],
				],
				{ options: { network: 'testnet' } },
			),
		);
		expect(out.json.signatureVerified).toBe(true);
	});

	test('"Also Ask Whir": every address goes through /validateAddress first; a "false" sends nothing', async () => {
		await run(sb, createParameters(rows, { options: { validateWithWhir: true } }));
		expect(sb.requests.map((r) => r.path)).toEqual([
			`/api/validateAddress/${BTC.p2wpkh}`,
			`/api/validateAddress/${BTC.p2pkh}`,
			CREATE,
		]);
		expect(sb.requests[0].headers.authorization).toBeUndefined(); // a public method
		sb.reset();
		sb.setAcceptTestnet(false); // Whir now refuses testnet addresses the local check accepts
		const error = await runExpectingError(
			sb,
			createParameters([[BTC.testnet, '0.001']], {
				options: { validateWithWhir: true, network: 'testnet' },
			}),
		);
		expect(error.message).toContain(
			`Payout 1 → Address "${BTC.testnet}" is not accepted by Whir's address check`,
		);
		expect(error.description).toMatch(/Nothing was sent/);
		expect(hits(sb, CREATE)).toHaveLength(0);
	});
});

describe('the answer signature', () => {
	test('no Secret Key in the credential: nothing is verified (signatureVerified false)', async () => {
		const [out] = await run(sb, createParameters(rows), [{}], {
			credentials: { ...sb.credentials, secretKey: '' },
		});
		expect(out.json.signatureVerified).toBe(false);
	});

	test.each([
		['signed with another key', 'forged', {}],
		['the deposit address replaced after signing', 'tamper', {}],
		['the fee changed after signing', 'tamper', { field: 'fee', value: '0.00001' }],
	] as const)('%s: an UNKNOWN outcome, nothing output, the run stops', async (_label, mode, o) => {
		sb.setSignatureMode(mode, o);
		const out = await run(sb, createParameters(rows), [{}, {}], { continueOnFail: true });
		expect(hits(sb, CREATE)).toHaveLength(1); // the second item is not sent
		expect(out.map((o2) => (o2.json.details as IDataObject).outcome)).toEqual([
			'unknown',
			'not_sent',
		]);
		expect(out[0].json.error).toMatch(
			/^The outcome of this payout is UNKNOWN: .*failed signature verification .* may be forged or altered, so nothing from it is output/,
		);
		expect(out[0].json.message).toMatch(/deposit to NO address from this answer/);
		expect(out[0].json.depositAddress).toBeUndefined();
		expect((out[0].json.details as IDataObject).payouts).toEqual([
			{ currency: 'BTC', amount: '0.001', destination: BTC.p2wpkh, sentAt: expect.any(String) },
			{ currency: 'BTC', amount: '0.00250000', destination: BTC.p2pkh, sentAt: expect.any(String) },
		]);
		expectNoSecrets(sb, out);
	});

	test('verification off: a forged answer passes, marked signatureVerified false', async () => {
		sb.setSignatureMode('forged');
		const [out] = await run(sb, createParameters(rows, { options: { verifySignature: false } }));
		expect(out.json.signatureVerified).toBe(false);
	});

	test('an unsigned answer: "not signed", or an error with Require Signature', async () => {
		sb.setSignatureMode('omit');
		const [out] = await run(sb, createParameters(rows));
		expect(out.json.signatureVerified).toBe('not signed');
		const error = await runExpectingError(
			sb,
			createParameters(rows, { options: { requireSignature: true } }),
		);
		expect(error.message).toMatch(/carries no signature, and Require Signature is on/);
		expect(error.context.outcome).toBe('unknown');
	});

	test('Require Signature without a Secret Key: refused before sending', async () => {
		const error = await runExpectingError(
			sb,
			createParameters(rows, { options: { requireSignature: true } }),
			[{}],
			{
				credentials: { ...sb.credentials, secretKey: '' },
			},
		);
		expect(error.message).toBe(
			'Require Signature is on, but the Whir credential has no Secret Key',
		);
		expect(sb.requests).toHaveLength(0);
	});
});

describe('answers that do not match the request', () => {
	const answer = (fields: IDataObject) =>
		sb.faults.push({ path: CREATE, status: 200, body: JSON.stringify(fields), times: 1 });

	test('other payouts than the ones sent (verification off): UNKNOWN, nothing output', async () => {
		answer({
			id: 'AAAABBBBCCCCDDDD',
			status: 'pending',
			depositAddress: BTC.p2sh,
			payouts: { [BTC.p2wpkh]: '0.01', [BTC.p2pkh]: '0.0025' },
		});
		const error = await runExpectingError(
			sb,
			createParameters(rows, { options: { verifySignature: false } }),
		);
		expect(error.message).toBe(
			'Whir: the outcome of this transaction is UNKNOWN: the transaction AAAABBBBCCCCDDDD Whir answered does not pay exactly the payouts sent',
		);
		expect(error.context.outcome).toBe('unknown');
	});

	test('no id or deposit address: UNKNOWN', async () => {
		answer({ status: 'pending', payouts: {} });
		const error = await runExpectingError(
			sb,
			createParameters(rows, { options: { verifySignature: false } }),
		);
		expect(error.message).toMatch(
			/UNKNOWN: Whir answered without a transaction ID or deposit address/,
		);
	});

	test('the same amounts written differently ("0.0025" for "0.00250000") are the same payouts', async () => {
		answer({
			id: 'AAAABBBBCCCCDDDD',
			status: 'pending',
			depositAddress: BTC.p2sh,
			payouts: { [BTC.p2wpkh.toUpperCase()]: '0.0010', [BTC.p2pkh]: 0.0025 },
		});
		const [out] = await run(sb, createParameters(rows, { options: { verifySignature: false } }));
		expect(out.json.id).toBe('AAAABBBBCCCCDDDD');
	});
});

describe("Whir's errors", () => {
	test.each([
		['401 (wrong key)', { credentials: 'wrong' }, '401', /API key is missing or wrong/],
		['403 (blocked)', { blocked: true }, '403', /blocked: contact Whir support/],
		[
			'400 (Whir refuses an address)',
			{ testnetOff: true },
			'400',
			/Invalid BTC address.*check the payout addresses/,
		],
	])('%s: a refusal, the message says what to do', async (_label, setup, code, hint) => {
		if ('blocked' in setup) sb.setBlocked(true);
		if ('testnetOff' in setup) sb.setAcceptTestnet(false);
		const params =
			'testnetOff' in setup
				? createParameters([[BTC.testnet, '0.001']], { options: { network: 'testnet' } })
				: createParameters(rows);
		const creds =
			'credentials' in setup ? { ...sb.credentials, apiKey: 'wrong-key-123' } : sb.credentials;
		const error = await runExpectingError(sb, params, [{}], { credentials: creds });
		expect(error.message).toMatch(new RegExp(`^Whir error \\[${code}\\]: `));
		expect(error.message).toMatch(hint);
		expect(error.context.outcome).toBe('refused');
		expect(hits(sb, CREATE)).toHaveLength(1);
		expectNoSecrets(sb, error);
	});

	test('503 (maintenance): never retried, an UNKNOWN outcome', async () => {
		sb.setMaintenance(true);
		const error = await runExpectingError(sb, createParameters(rows));
		expect(error.context.outcome).toBe('unknown');
		expect(error.message).toMatch(/UNKNOWN/);
		expect(hits(sb, CREATE)).toHaveLength(1);
	});
});
