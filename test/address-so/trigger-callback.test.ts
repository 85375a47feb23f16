/**
 * Address.so Trigger, callback verification (no API: Confirm via API off): acceptance under each
 * canonical form and MAC, every tampering refused with 401 and no execution, hostile requests, the
 * clean output, each transaction once. The inventory's vectors: trigger-vectors.test.ts.
 */
import type { IDataObject } from 'n8n-workflow';
import type { WebhookResult } from '../helpers/harness';
import type { Mac } from './trigger-setup';
import {
	OFFLINE_CREDENTIALS,
	deliver,
	mac,
	nestedFields,
	rawQuery,
	signedQuery,
	triggerSetup,
} from './trigger-setup';

function expectRefused(r: WebhookResult, status = 401) {
	expect(r.status).toBe(status);
	expect(r.startsExecution).toBe(false);
	expect(r.response.workflowData).toBeUndefined();
	expect(r.response.noWebhookResponse).toBe(true);
}

function expectAccepted(r: WebhookResult) {
	expect(r.status).toBe(200);
	expect(r.sent).toBe('OK');
	expect(r.startsExecution).toBe(true);
	expect(r.items).toHaveLength(1);
}

describe('accepted under every form and MAC (Confirm via API off)', () => {
	const cases: Array<['A' | 'B' | 'C', Mac]> = [
		['A', 'hmac-sha512'],
		['A', 'hmac-sha256'],
		['B', 'hmac-sha512'],
		['B', 'hmac-sha256'],
		['C', 'hmac-sha512'],
		['C', 'hmac-sha256'],
	];
	test.each(cases)('form %s, %s', async (form, kind) => {
		const pairs = nestedFields();
		const r = await deliver(triggerSetup(), signedQuery(pairs, form, kind));
		expectAccepted(r);
		expect(r.items[0].signature).toEqual({ form, mac: kind });
	});

	test('a flat callback (the PHP verifier names) signed over its raw query', async () => {
		const pairs = nestedFields().map(([n, v]): [string, string] => [
			n.replace(/\[([a-z_]+)\]$/, '_$1'),
			v,
		]);
		const r = await deliver(triggerSetup(), signedQuery(pairs, 'A', 'hmac-sha512'));
		expectAccepted(r);
		expect((r.items[0].account as IDataObject).id).toBe(3);
	});

	test("a callback of the doc's parameter table, for a watched account", async () => {
		const pairs: Array<[string, string]> = [
			['id', '3'],
			['address', 'mhWoydzK4jk4t77gN4Vws9gbN8DrsPyLLw'],
			['balance', '10000000000000'],
			['updated_at', '542101215'],
		];
		const setup = triggerSetup({ entityType: 'account', accountId: '3' });
		const r = await deliver(setup, signedQuery(pairs, 'A', 'hmac-sha256'));
		expectAccepted(r);
		expect(r.items[0].account).toEqual({
			id: 3,
			address: 'mhWoydzK4jk4t77gN4Vws9gbN8DrsPyLLw',
			balance_int: '10000000000000',
			updated_at: 542101215,
		});
		// the same for a watched wallet: only the API could tell the account's wallet
		expectRefused(await deliver(triggerSetup(), signedQuery(pairs, 'A', 'hmac-sha256')));
	});

	test('the clean object: nested fields parsed, ids and times numbers, amounts exact strings', async () => {
		const pairs = nestedFields({
			'account[balance_int]': '123456789012345678901234567890',
			'account[balance_float]': '6.0E-5',
		});
		const uuid = pairs.find(([n]) => n === 'last_transaction[uuid]')![1];
		const r = await deliver(triggerSetup(), signedQuery(pairs));
		expectAccepted(r);
		expect(r.items[0]).toEqual({
			event: 'balanceChanged',
			coin: 'btc',
			wallet_id: 3,
			account: {
				id: 3,
				address: 'mhWoydzK4jk4t77gN4Vws9gbN8DrsPyLLw',
				balance_int: '123456789012345678901234567890',
				balance_float: '0.000060',
				updated_at: 1539945087,
			},
			last_transaction: {
				uuid,
				hash: 'awk211kkadkawkdkAQWKDwmkak123',
				amount_int: '2000',
				amount_float: '0.00002',
				created_at: 1542278419,
			},
			confirmed_via_api: false,
			webhook: { id: null, type: 'wallet', entity_id: 3 },
			signature: { form: 'A', mac: 'hmac-sha512' },
		});
	});

	test('date-time text and other uuid spellings (signed) are kept as text', async () => {
		const pairs = nestedFields({
			'account[updated_at]': '2018-10-19+12:31:27',
			'last_transaction[uuid]': `tx_${Date.now()}_1`,
		});
		const r = await deliver(triggerSetup(), signedQuery(pairs));
		expectAccepted(r);
		expect((r.items[0].account as IDataObject).updated_at).toBe('2018-10-19 12:31:27');
		// a space where a date-time has none is not a date-time
		const bad = nestedFields({ 'account[updated_at]': '2018+10+19' });
		expectRefused(await deliver(triggerSetup(), signedQuery(bad)));
	});

	test('the credential\'s "doc" scheme tries SHA-256 first; "Only the credential\'s scheme" refuses the other MAC', async () => {
		const docCredential = { ...OFFLINE_CREDENTIALS, signingScheme: 'doc' };
		const sha512 = signedQuery(nestedFields(), 'A', 'hmac-sha512');
		expectAccepted(await deliver(triggerSetup({}, docCredential), sha512));
		const strict = triggerSetup({ options: { callbackMac: 'credential' } }, docCredential);
		expectRefused(await deliver(strict, signedQuery(nestedFields(), 'A', 'hmac-sha512')));
		expectAccepted(await deliver(strict, signedQuery(nestedFields(), 'A', 'hmac-sha256')));
	});
});

describe('tampering: 401, no execution', () => {
	const pairs = () => nestedFields();
	const signOf = (q: string) => q.slice(q.lastIndexOf('&sign=') + 6);
	const cases: Array<[string, () => string]> = [
		['unsigned', () => rawQuery(pairs())],
		['an empty sign', () => `${rawQuery(pairs())}&sign=`],
		['a wrong secret', () => signedQuery(pairs(), 'A', 'hmac-sha512', 'not-the-secret')],
		[
			'a changed amount',
			() =>
				signedQuery(pairs()).replace(
					'last_transaction[amount_int]=2000',
					'last_transaction[amount_int]=2001',
				),
		],
		[
			'a changed balance (form C signed)',
			() =>
				signedQuery(pairs(), 'C').replace('account[balance_int]=6000', 'account[balance_int]=9000'),
		],
		[
			'reordered parameters (form A signed)',
			() => {
				const p = pairs();
				const q = signedQuery(p);
				return `${rawQuery([p[1], p[0], ...p.slice(2)])}&sign=${signOf(q)}`;
			},
		],
		[
			'reordered parameters (form C signed: the verifier order is required)',
			() => {
				const p = pairs();
				const q = signedQuery(p, 'C');
				return `${rawQuery([p[1], p[0], ...p.slice(2)])}&sign=${signOf(q)}`;
			},
		],
		[
			'a nested group split (form B signed)',
			() => {
				const p = pairs();
				const q = signedQuery(p, 'B');
				return `${rawQuery([p[2], p[0], p[1], ...p.slice(3)])}&sign=${signOf(q)}`;
			},
		],
		['a duplicated parameter', () => signedQuery(pairs()).replace('coin=btc', 'coin=btc&coin=btc')],
		[
			'the same field under its nested and flat names',
			() => {
				const p = pairs();
				return signedQuery([...p, ['account_id', '3']]);
			},
		],
		[
			'sign moved to the front',
			() => {
				const q = signedQuery(pairs());
				return `sign=${signOf(q)}&${q.slice(0, q.lastIndexOf('&sign='))}`;
			},
		],
		[
			'sign moved to the front (form B signed: the data pairs are unchanged)',
			() => {
				const q = signedQuery(pairs(), 'B');
				return `sign=${signOf(q)}&${q.slice(0, q.lastIndexOf('&sign='))}`;
			},
		],
		[
			'sign moved into the middle (form C signed)',
			() => {
				const p = pairs();
				const q = signedQuery(p, 'C');
				return `${rawQuery(p.slice(0, 3))}&sign=${signOf(q)}&${rawQuery(p.slice(3))}`;
			},
		],
		[
			"form C signed over the flat names in another order than the doc's verifier",
			() => {
				const p = pairs();
				const swapped = [p[1], p[0], ...p.slice(2)];
				return signedQuery(swapped, 'C');
			},
		],
		['sign doubled', () => `${signedQuery(pairs())}&sign=${'0'.repeat(128)}`],
		[
			'sign doubled (same value)',
			() => {
				const q = signedQuery(pairs());
				return `${q}&sign=${signOf(q)}`;
			},
		],
		['an extra parameter', () => signedQuery(pairs()).replace('coin=btc', 'coin=btc&note=x')],
		[
			'an extra parameter after a form C signature',
			() => {
				const p = pairs();
				const q = signedQuery(p, 'C');
				return `${rawQuery([...p, ['note', 'x']])}&sign=${signOf(q)}`;
			},
		],
		['an empty pair', () => signedQuery(pairs()).replace('coin=btc&', 'coin=btc&&')],
		[
			"a valid signature of another wallet's callback",
			() => signedQuery(nestedFields({ wallet_id: '4' })),
		],
		[
			"a valid signature of another coin's callback",
			() => signedQuery(nestedFields({ coin: 'ltc' })),
		],
		[
			'a malformed amount (signed)',
			() => signedQuery(nestedFields({ 'last_transaction[amount_int]': '1e3' })),
		],
		['bad percent-encoding', () => signedQuery(nestedFields({ coin: 'b%zztc' }))],
		['invalid UTF-8', () => signedQuery(nestedFields({ coin: '%ff' }))],
	];
	test.each(cases)('%s', async (_name, query) => {
		expectRefused(await deliver(triggerSetup(), query()));
	});

	test('a name like __proto__ is data only: unsigned refused, signed accepted without it, no prototype touched', async () => {
		const pairs: Array<[string, string]> = [['__proto__[polluted]', '1'], ...nestedFields()];
		expectRefused(await deliver(triggerSetup(), rawQuery(pairs)));
		const r = await deliver(triggerSetup(), signedQuery(pairs));
		expectAccepted(r);
		expect(Object.keys(r.items[0])).not.toContain('__proto__');
		expect(({} as IDataObject).polluted).toBeUndefined();
	});

	test("an account trigger refuses another account's callback of its wallet", async () => {
		const setup = triggerSetup({ entityType: 'account', accountId: '4' });
		expectRefused(await deliver(setup, signedQuery(nestedFields())));
		expectAccepted(await deliver(setup, signedQuery(nestedFields({ 'account[id]': '4' }))));
	});
});

describe('hostile requests: a clean refusal, no execution', () => {
	test('a query string over 8 KB is 413', async () => {
		const pairs = nestedFields({ 'account[address]': 'a'.repeat(9000) });
		expectRefused(await deliver(triggerSetup(), signedQuery(pairs)), 413);
	});
	test('a request with a body is 415 (a callback has none)', async () => {
		const q = signedQuery(nestedFields());
		const body = { rawBody: 'x=1', headers: { 'content-length': '3' } };
		expectRefused(await deliver(triggerSetup(), q, body), 415);
		const multipart = { headers: { 'content-type': 'multipart/form-data; boundary=x' } };
		expectRefused(await deliver(triggerSetup(), q, multipart), 415);
	});
	test('no query string at all', async () => {
		expectRefused(await deliver(triggerSetup(), ''));
	});
	test('a credential that cannot be loaded', async () => {
		const setup = { ...triggerSetup(), credentials: undefined };
		expectRefused(await deliver(setup, signedQuery(nestedFields())));
	});
	test('no secret token in the credential: nothing verifies', async () => {
		const setup = triggerSetup({}, { ...OFFLINE_CREDENTIALS, secretToken: '' });
		expectRefused(
			await deliver(setup, `${rawQuery(nestedFields())}&sign=${mac('hmac-sha512', '', '')}`),
		);
	});
});

describe('each transaction once', () => {
	test('a repeated delivery of the same last_transaction uuid: 200, no second execution (static data kept)', async () => {
		const staticData: IDataObject = {};
		const q = signedQuery(nestedFields());
		expectAccepted(await deliver(triggerSetup({}, OFFLINE_CREDENTIALS, staticData), q));
		const again = await deliver(triggerSetup({}, OFFLINE_CREDENTIALS, staticData), q);
		expect(again.status).toBe(200);
		expect(again.startsExecution).toBe(false);
		const remembered = (staticData['node:Node Under Test'] as IDataObject).emittedTransactions;
		expect(remembered).toHaveLength(1);
	});

	test('the remembered uuids are bounded', async () => {
		const uuids = Array.from({ length: 600 }, (_, i) => `u-${i}`);
		const staticData: IDataObject = { 'node:Node Under Test': { emittedTransactions: uuids } };
		expectAccepted(
			await deliver(triggerSetup({}, OFFLINE_CREDENTIALS, staticData), signedQuery(nestedFields())),
		);
		const remembered = (staticData['node:Node Under Test'] as IDataObject)
			.emittedTransactions as string[];
		expect(remembered.length).toBe(500);
		expect(remembered).not.toContain('u-0');
	});

	test('a uuid only the static data remembers (not the process memory) is not emitted again', async () => {
		const pairs = nestedFields();
		const uuid = pairs.find(([n]) => n === 'last_transaction[uuid]')![1];
		const staticData: IDataObject = { 'node:Node Under Test': { emittedTransactions: [uuid] } };
		const r = await deliver(triggerSetup({}, OFFLINE_CREDENTIALS, staticData), signedQuery(pairs));
		expect(r.status).toBe(200);
		expect(r.startsExecution).toBe(false);
	});
});
