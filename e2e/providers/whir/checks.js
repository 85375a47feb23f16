'use strict';
// Whir e2e checks: the action workflow's outputs and requests, and the credential test.
const { PAYOUT, CREATE } = require('./constants');

const PRIVATE = /^\/api\/(createTransaction|transactions|transaction\/)/;

/** Checks of the action workflow run: each node's output and the requests the sandbox received. */
function checkActions({ out, requests, sandbox }) {
	const bearer = `Bearer ${sandbox.credentials.apiKey}`;
	expect(requests.length).toBeGreaterThan(0);
	for (const r of requests) {
		const expected = PRIVATE.test(r.path) ? bearer : undefined; // public methods go without the key
		expect({ request: `${r.method} ${r.path}`, auth: r.headers.authorization }).toEqual({
			request: `${r.method} ${r.path}`,
			auth: expected,
		});
	}
	const find = (method, path) => requests.filter((r) => r.method === method && r.path === path);

	expect(out('Whir status')).toEqual([expect.objectContaining({ status: 'ok' })]);
	expect(out('Check an address')).toEqual([{ address: PAYOUT[0], valid: true, result: 'true' }]);

	// transaction:create (list): the exact body, and a verified answer
	const [tx] = out(CREATE);
	expect(tx).toEqual(
		expect.objectContaining({
			status: 'pending',
			payouts: { [PAYOUT[0]]: '0.001', [PAYOUT[1]]: '0.0025' },
			signatureVerified: true,
		}),
	);
	const creates = find('POST', '/api/createTransaction');
	expect(creates).toHaveLength(2);
	expect(creates[0].body).toBe(
		`{"delay":0,"payouts":{"${PAYOUT[0]}":"0.001","${PAYOUT[1]}":"0.0025"}}`,
	);

	// the sandbox moved it on; Get reads it back complete, verified
	expect(out('Read the transaction')).toEqual([
		expect.objectContaining({
			id: tx.id,
			status: 'complete',
			txid: expect.stringMatching(/^[0-9a-f]{64}$/),
			signatureVerified: true,
		}),
	]);
	// (the Whir Trigger, active meanwhile, may re-read it too when a poll falls inside this run)
	expect(find('GET', `/api/transaction/${tx.id}`).length).toBeGreaterThan(0);

	// transaction:checkOutcome finds it by payout and time
	expect(out('Check the outcome')).toEqual([
		expect.objectContaining({
			outcome: 'sent',
			transaction: expect.objectContaining({ id: tx.id }),
		}),
	]);

	// transaction:getAll: newest first
	const recent = out('Recent transactions');
	expect(recent.map((t) => t.id)).toContain(tx.id);
	expect(
		find('GET', '/api/transactions').some((r) => r.query.limit === '5' && r.query.offset === '0'),
	).toBe(true);

	// transaction:create (items): three items, ONE transaction, list format
	const many = out('One transaction for all items');
	expect(many).toHaveLength(1);
	expect(many[0]).toEqual(
		expect.objectContaining({ payouts: PAYOUT, delay: '1', signatureVerified: true }),
	);
	expect(JSON.parse(creates[1].body)).toEqual({
		delay: 1,
		payouts: PAYOUT.map((address, k) => ({ address, amount: `0.00${k + 1}` })),
	});
}

/** Credential variants the editor's Test button must reject. */
const wrongCredentials = [['wrong API key', { apiKey: 'not-the-whir-api-key' }]];

/** The credential test calls a private endpoint (so it proves the key). */
function checkCredentialRequests({ requests, sandbox }) {
	const test = requests.filter((r) => r.method === 'GET' && r.path === '/api/transactions');
	expect(test.length).toBeGreaterThan(0);
	expect(test[test.length - 1]).toEqual(expect.objectContaining({ query: { limit: '1' } }));
	expect(test[test.length - 1].headers.authorization).toBe(`Bearer ${sandbox.credentials.apiKey}`);
}

module.exports = { checkActions, wrongCredentials, checkCredentialRequests };
