/**
 * The log-in session: it lapses 10 minutes after the last user request; a read or a user call then
 * logs in once more and is repeated once; a send is never sent twice because of it.
 */
import { runNode } from '../helpers/harness';
import type { AddressSoSandbox } from './setup';
import { BTC, hits, nodeSetup, startSandbox, WALLET_5 } from './setup';

let sb: AddressSoSandbox;
beforeAll(async () => {
	sb = await startSandbox();
});
afterAll(async () => sb.close());
beforeEach(() => sb.reset());

const AUTH_ERROR = { result: null, errors: { code: -3058, message: 'Auth token expired.' } };

test('a read after 10 idle minutes succeeds with one log-in; the new token is kept', async () => {
	// one saved credential across executions, as n8n keeps it (preAuthentication stores the token)
	const setup = nodeSetup(sb, { resource: 'user', operation: 'get' });
	await runNode(setup, [{}]);
	expect(hits(sb, '/login')).toHaveLength(1);
	const first = String(setup.credentials?.authToken);
	sb.advanceClock({ advanceMinutes: 9 });
	await runNode(setup, [{}]);
	expect(hits(sb, '/login')).toHaveLength(1); // still valid: sliding
	sb.advanceClock({ advanceMinutes: 10, advanceSeconds: 1 });
	sb.requests.length = 0;
	const [[item]] = await runNode(setup, [{}]);
	expect(item.json.email).toBe(sb.credentials.email);
	expect(hits(sb, '/login')).toHaveLength(1);
	const reads = hits(sb, '/user', 'GET');
	expect(reads).toHaveLength(2);
	expect(reads[0].headers['x-auth-token']).toBe(first);
	expect(reads[1].headers['x-auth-token']).toBe(String(setup.credentials?.authToken));
	expect(setup.credentials?.authToken).not.toBe(first);
});

test('a user call (Request Secret Token) is repeated once after the log-in', async () => {
	const setup = nodeSetup(sb, { resource: 'user', operation: 'requestSecretToken' });
	setup.credentials = { ...setup.credentials, authToken: 'stale-token' } as never;
	const [[item]] = await runNode(setup, [{}]);
	expect(item.json.result).toBe('success');
	expect(hits(sb, '/login')).toHaveLength(1);
	expect(hits(sb, '/request-secret-token')).toHaveLength(2);
});

test('an AUTH_TOKEN_ERROR that persists after the log-in is an error, after exactly one repeat', async () => {
	sb.faults.push({ path: '/user', status: 401, body: AUTH_ERROR, times: 5 });
	const error = await runNode(nodeSetup(sb, { resource: 'user', operation: 'get' }), [{}]).catch(
		(e) => e,
	);
	expect(error.message).toMatch(/\[-3058\]: AUTH_TOKEN_ERROR/);
	expect(hits(sb, '/user', 'GET')).toHaveLength(2);
	expect(hits(sb, '/login')).toHaveLength(2); // the first run's log-in, and one renewal
});

test('a send answered AUTH_TOKEN_ERROR (even with HTTP 401) is never re-sent nor re-logged', async () => {
	const path = '/api/coins/btc/wallets/5/send';
	sb.faults.push({ path, status: 401, body: AUTH_ERROR, times: 5 });
	const setup = nodeSetup(sb, {
		resource: 'wallet',
		operation: 'send',
		...WALLET_5,
		amount: '0.001',
		recipient: BTC,
		additionalFields: {},
		options: {},
	});
	const error = await runNode(setup, [{}]).catch((e) => e);
	expect(error.message).toMatch(/\[-3058\]/);
	expect(error.context.outcome).toBe('refused');
	expect(hits(sb, path)).toHaveLength(1);
	expect(hits(sb, '/login')).toHaveLength(1); // the one before the coin list, none after the send
	expect(sb.snapshot().sends).toHaveLength(0);
});

test('a send after 10 idle minutes goes out once (it needs no log-in token)', async () => {
	const setup = nodeSetup(sb, {
		resource: 'wallet',
		operation: 'send',
		...WALLET_5,
		amount: '0.001',
		recipient: BTC,
		additionalFields: {},
		options: {},
	});
	await runNode(setup, [{}]);
	sb.advanceClock({ advanceMinutes: 11 });
	await runNode(setup, [{}]);
	expect(hits(sb, '/api/coins/btc/wallets/5/send')).toHaveLength(2);
	expect(sb.snapshot().sends).toHaveLength(2);
});

describe('a refused log-in', () => {
	test('a read fails naming the log-in, which is tried once (not once per retry)', async () => {
		const setup = nodeSetup(
			sb,
			{ resource: 'user', operation: 'get' },
			{},
			{ password: 'wrong-1' },
		);
		const error = await runNode(setup, [{}]).catch((e) => e);
		expect(`${error.message} ${error.description}`).toMatch(
			/log-in failed \[-?\d+\].*E-Mail and Password/,
		);
		expect(`${error.message} ${error.description}`).not.toContain('wrong-1');
		expect(hits(sb, '/login')).toHaveLength(1);
		expect(hits(sb, '/user')).toHaveLength(0);
	}, 30000);

	test('a write is never the request that logs in: it fails before anything is sent', async () => {
		const setup = nodeSetup(
			sb,
			{ resource: 'wallet', operation: 'create', coin: 'btc', label: 'x', options: {} },
			{},
			{ password: 'wrong-2' },
		);
		const error = await runNode(setup, [{}]).catch((e) => e);
		expect(error.message).not.toMatch(/UNKNOWN/);
		expect(`${error.message} ${error.description}`).toMatch(/log-in failed/);
		expect(hits(sb, '/api/coins/btc/wallets')).toHaveLength(0);
	}, 30000);
});
