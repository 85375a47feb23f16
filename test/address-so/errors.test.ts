/**
 * Address.so's answers: success iff `errors` is null, [] or {}; every documented error code with
 * its named message; which codes prove a send was refused; secrets never shown.
 */
import { ADDRESS_SO_ERRORS } from '../../nodes/AddressSo/transport';
import type { AddressSoSandbox } from './setup';
import { runNode } from '../helpers/harness';
import { allText, BTC, hits, nodeSetup, run, runError, startSandbox, WALLET_5 } from './setup';

let sb: AddressSoSandbox;
beforeAll(async () => {
	sb = await startSandbox();
});
afterAll(async () => sb.close());
beforeEach(() => sb.reset());

const COIN_PATH = '/api/coins/btc';
const readCoin = { resource: 'coin', operation: 'get', coin: 'btc' };
const SEND_PATH = '/api/coins/btc/wallets/5/send';
const send = {
	resource: 'wallet',
	operation: 'send',
	...WALLET_5,
	amount: '0.001',
	recipient: BTC,
	additionalFields: {},
	options: {},
};
const envelope = (code: number | string, message = 'provider says no') => ({
	result: null,
	errors: { code, message },
});

/** Every code of the documentation's table (its duplicates once). */
const DOCUMENTED = [
	[-3000, /DEFAUL_CODE_ERROR or INVALID_ADDRESS/],
	[-2999, /WALLET_EXCEPTION/],
	[-3001, /CONNECTION_ERROR/],
	[-3002, /WALLET_CONNECTION_ERROR/],
	[-3003, /BROKER_CONNECTION_ERROR/],
	[-3005, /VALIDATION_ERROR or INVALID_PRIVATE_KEY/],
	[-3057, /GOOGLE_2FA_ERROR/],
	[-3058, /AUTH_TOKEN_ERROR/],
	[-3059, /API_TOKEN_ERROR/],
	[-3060, /LIMIT_ERROR.*once per minute.*once per day/],
	[-3061, /BAD_SIGN/],
	[-3062, /FORBIDEN/],
	[-3070, /PAY_BILL_ERROR/],
	[-3071, /PAY_PAIR_NOT_FOUND/],
	[-2000, /DEFAUL_CODE_ERROR/],
	[-1000, /BROKER_CONNECTION_ERROR/],
	[-1999, /BROKER_EXCEPTION/],
	[-2401, /COIN_NOT_FOUND/],
	[-2402, /WALLET_NOT_FOUND/],
	[-2403, /ACCOUNT_NOT_FOUND/],
	[-2500, /INSUFFICIENT_FUNDS/],
	[-2501, /INSUFFICIENT_UNSPENTS/],
	[-2560, /TRANSACTION_FAILED/],
	[-2011, /PERMISSION_DENIED/],
	[-4001, /TRANSACTIONOT_FOUND/],
	[-1095, /INVALID_ADDRESS/],
	[-1094, /INVALID_PRIVATE_KEY/],
	[-1004, /TRANSACTIONOT_FOUND/],
	[-1010, /CONNECTION_NODES_ERROR/],
] as const;

test('the table covers every documented code', () => {
	expect(Object.keys(ADDRESS_SO_ERRORS).sort()).toEqual(DOCUMENTED.map(([c]) => String(c)).sort());
});

test.each(DOCUMENTED)('code %s: named, with the provider message', async (code, name) => {
	// an AUTH_TOKEN_ERROR on a read is repeated once after a new log-in: it is answered twice
	const times = code === -3058 ? 2 : 1;
	sb.faults.push({ path: COIN_PATH, status: 400, body: envelope(code, `detail ${code}`), times });
	const error = await runError(sb, readCoin);
	expect(error.message).toMatch(new RegExp(`^Address\\.so error \\[${code}\\]: `));
	expect(error.message).toMatch(name);
	expect(error.message).toContain(`Address.so said: detail ${code}`);
	expect(error.context.providerCode).toBe(String(code));
});

test('success: errors null, [] or {}; an answer with a code string too; any other errors value fails', async () => {
	for (const errors of [null, [], {}]) {
		sb.faults.push({
			path: COIN_PATH,
			status: 200,
			body: { result: { coin: 'btc' }, errors },
			times: 1,
		});
		expect(await run(sb, readCoin)).toEqual([{ coin: 'btc' }]);
	}
	sb.faults.push({ path: COIN_PATH, status: 200, body: envelope('-2401'), times: 1 });
	expect((await runError(sb, readCoin)).message).toMatch(/\[-2401\]: COIN_NOT_FOUND/);
	sb.faults.push({
		path: COIN_PATH,
		status: 200,
		body: { result: null, errors: ['boom'] },
		times: 1,
	});
	expect((await runError(sb, readCoin)).message).toMatch(/\[error\]/);
	sb.faults.push({ path: COIN_PATH, status: 200, body: { hello: 'world' }, times: 1 });
	expect((await runError(sb, readCoin)).message).toMatch(/without its answer envelope/);
});

describe('sends: which answers prove a refusal', () => {
	test.each([-3005, -3059, -3060, -3061, -3062, -2402, -2500, -2501, -2011, -1095])(
		'%s (HTTP 400): refused',
		async (code) => {
			sb.faults.push({ path: SEND_PATH, status: 400, body: envelope(code), times: 1 });
			const error = await runError(sb, send);
			expect(error.context.outcome).toBe('refused');
			expect(hits(sb, SEND_PATH)).toHaveLength(1);
		},
	);

	test.each([-3000, -3001, -2999, -2560, -2000, -1010])(
		'%s (a general or ambiguous code): UNKNOWN, never retried',
		async (code) => {
			sb.faults.push({ path: SEND_PATH, status: 400, body: envelope(code), times: 1 });
			const error = await runError(sb, send);
			expect(error.message).toMatch(/UNKNOWN/);
			expect(error.context.outcome).toBe('unknown');
			expect(hits(sb, SEND_PATH)).toHaveLength(1);
		},
	);

	test('a refusal code at HTTP 429 or 5xx, or a 200 without the envelope: UNKNOWN', async () => {
		for (const fault of [
			{ status: 429, body: envelope(-3060) },
			{ status: 502, body: envelope(-2500) },
			{ status: 200, body: { ok: true } },
		]) {
			sb.requests.length = 0;
			sb.faults.push({ path: SEND_PATH, times: 1, ...fault });
			const error = await runError(sb, send);
			expect(error.context.outcome).toBe('unknown');
			expect(hits(sb, SEND_PATH)).toHaveLength(1);
		}
	});
});

test('no password, token or payment password in errors, even when echoed', async () => {
	const c = sb.credentials;
	const secrets = [c.password, c.apiToken, c.secretToken, c.paymentPassword].map(String);
	const echo = envelope(-3005, `bad ${secrets.join(' ')}`);
	for (const [path, parameters] of [
		[COIN_PATH, readCoin],
		[SEND_PATH, send],
		['/user', { resource: 'user', operation: 'get' }],
	] as const) {
		sb.faults.push({ path, status: 400, body: echo, times: 2 });
		const error = await runError(sb, parameters);
		const [item] = await run(sb, parameters, [{}], { continueOnFail: true });
		for (const text of [allText(error), allText(item)])
			for (const secret of secrets) expect(text).not.toContain(secret);
		sb.faults.length = 0;
	}
	// the session token too (an execution that already holds one)
	const setup = nodeSetup(sb, { resource: 'user', operation: 'get' });
	await runNode(setup, [{}]);
	const session = String(setup.credentials?.authToken);
	expect(session.length).toBeGreaterThan(8);
	sb.faults.push({
		path: '/user',
		status: 400,
		body: envelope(-3005, `token ${session}`),
		times: 1,
	});
	const error = await runNode(setup, [{}]).catch((e) => e);
	expect(error.message).toMatch(/\[-3005\]/);
	expect(allText(error)).not.toContain(session);
});
