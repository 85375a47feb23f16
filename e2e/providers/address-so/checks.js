'use strict';
// Address.so e2e checks: the action workflow's outputs and requests, and the credential test.
const { EXTERNAL_BTC, STEP } = require('./constants');

/** Endpoints reached without any token (the doc's public user endpoints). */
const PUBLIC = /^\/(login|signup|forgot-password|user\/secret-token)$/;
const USER = /^\/(user|user\/tariffs|user\/tariff-request|request-secret-token|logout)$/;

/** Checks of the action workflow run: each step's output and the requests the sandbox received. */
function checkActions({ out, requests, sandbox }) {
	const { apiToken, password, secretToken, paymentPassword } = sandbox.credentials;
	expect(requests.length).toBeGreaterThan(0);
	for (const r of requests.filter((x) => !x.path.startsWith('/_sandbox/'))) {
		const want = PUBLIC.test(r.path) ? 'none' : USER.test(r.path) ? 'session' : 'api';
		const got = r.headers['x-api-token']
			? r.headers['x-api-token'] === apiToken && 'api'
			: r.headers['x-auth-token']
				? 'session'
				: 'none';
		expect({ request: `${r.method} ${r.path}`, auth: got }).toEqual({
			request: `${r.method} ${r.path}`,
			auth: want,
		});
	}

	expect(out('Coins').map((c) => c.coin)).toEqual(expect.arrayContaining(['btc', 'eth']));
	expect(out('Who am I')[0]).toEqual(
		expect.objectContaining({ email: sandbox.credentials.email, auth_token: '***' }),
	);
	const [wallet5] = out(STEP.wallet5);
	expect(typeof wallet5.balance_int).toBe('string');
	expect(wallet5.balance_decimal).toMatch(/^\d+(\.\d+)?$/);

	// the two sends: signed (SDK 2020, sorted, payment password included) over the exact body sent
	const sends = requests.filter((r) => r.method === 'POST' && /\/send$/.test(r.path));
	expect(sends).toHaveLength(2);
	for (const s of sends) {
		expect(s.signature).toEqual(expect.objectContaining({ scheme: 'sdk-2020' }));
		expect(s.body).toMatch(
			/^amount=[\d.]+&fee_priority=\d&payment_password=[^&]+&recipient=[^&]+&sign=[0-9a-f]{128}$/,
		);
	}
	const [paid] = out(STEP.walletSend);
	expect(paid).toEqual(
		expect.objectContaining({
			amount: '0.01',
			recipient: wallet5.receiving_address,
			txid: expect.stringMatching(/^[0-9a-f]{64}$/),
		}),
	);
	expect(out(STEP.accountSend)[0]).toEqual(
		expect.objectContaining({ amount: '0.005', recipient: EXTERNAL_BTC }),
	);

	// Check Outcome finds both sends (the sandbox lists a send with its fee counted in: a candidate)
	for (const step of ['Check the wallet send', 'Check the account send']) {
		const [checked] = out(step);
		expect(['sent', 'still_unknown']).toContain(checked.outcome);
		expect(checked.transaction).toBeDefined();
	}
	expect(out('Delete the spare wallet')[0]).toEqual(expect.objectContaining({ deleted: true }));
	expect(String(out('Log out')[0].result)).toBe('Token *** removed');

	// no secret of the credential in any step's output
	const all = JSON.stringify(
		[STEP.wallet5, 'Who am I', 'Get the secret token', STEP.walletSend, 'Log out'].map(out),
	);
	for (const secret of [apiToken, password, secretToken, paymentPassword])
		expect(all).not.toContain(secret);
}

/** Credential variants the editor's Test button must reject. */
const wrongCredentials = [
	['a wrong API token', { apiToken: 'not-the-api-token', email: '' }],
	['a wrong password', { password: 'not-the-password' }],
];

/** The credential test logs in (the e-mail and password) and reads /api/coins (the API token). */
function checkCredentialRequests({ requests, sandbox }) {
	const logins = requests.filter((r) => r.method === 'POST' && r.path === '/login');
	expect(logins.length).toBeGreaterThan(0);
	const coins = requests.filter((r) => r.method === 'GET' && r.path === '/api/coins');
	expect(coins.length).toBeGreaterThan(0);
	expect(coins[coins.length - 1].headers['x-api-token']).toBe(sandbox.credentials.apiToken);
}

module.exports = { checkActions, wrongCredentials, checkCredentialRequests };
