'use strict';
// Wyre e2e checks: every request signed over exactly what was sent, the action workflow's outputs,
// and the credential test.
const crypto = require('node:crypto');
const { SEED, N } = require('./constants');

const hmac = (secret, text) => crypto.createHmac('sha256', secret).update(text).digest('hex');

/** Every API request the sandbox received carries the signature of its URL and body as received. */
function expectSigned(requests, sandbox) {
	const api = requests.filter((r) => !r.path.startsWith('/_sandbox'));
	expect(api.length).toBeGreaterThan(30);
	for (const r of api) {
		const url = `${sandbox.url}${r.url}`;
		// a document upload's bytes are logged as text (lossy): the sandbox's own check covers it
		const binary = /^(image\/|application\/pdf)/.test(r.headers['content-type'] || '');
		if (!binary)
			expect({ request: `${r.method} ${r.url}`, signature: r.headers['x-api-signature'] }).toEqual({
				request: `${r.method} ${r.url}`,
				signature: hmac(sandbox.credentials.secretKey, url + r.body),
			});
		expect(r.headers['x-api-key']).toBe(sandbox.credentials.apiKey);
		expect(r.query.timestamp).toMatch(/^\d{13}$/);
		expect(r.query.format).toBe('json_numberstring');
	}
	return api;
}

/** Checks of the action workflow run: each node's output and the requests the sandbox received. */
function checkActions({ out, requests, sandbox }) {
	const api = expectSigned(requests, sandbox);
	const find = (method, path) => api.filter((r) => r.method === method && r.path === path);
	const one = (name) => {
		const items = out(name);
		expect({ node: name, items: items.length }).toEqual({ node: name, items: 1 });
		return items[0];
	};

	expect(one(N.ownAccount).id).toBe(SEED.account);
	const sub = one(N.subAccount);
	expect(sub.id).toMatch(/^AC_/);
	expect(one('Read the sub-account').id).toBe(sub.id);
	expect(find('POST', `/v3/accounts/${sub.id}/individualGovernmentId`)).toHaveLength(1);

	const bank = one(N.bank);
	expect(bank.id).toMatch(/^PA_/);
	expect(out('Bank accounts').map((p) => p.id)).toEqual(expect.arrayContaining([bank.id]));
	expect(one('Unlink the bank account')).toEqual(expect.objectContaining({ deleted: true }));

	const wallet = one(N.wallet);
	const batch = out(N.wallets);
	expect(batch).toHaveLength(3);
	expect(find('POST', '/v2/wallets/batch')).toHaveLength(1);
	expect(one('Read the wallet by name').id).toBe(wallet.id);
	expect(one('Find the main wallet').id).toBe(SEED.wallet);
	expect(one('Set its callback URL').callbackUrl).toBe('https://example.com/wyre-callback');
	expect(one('Delete an empty wallet')).toEqual(
		expect.objectContaining({ deleted: true, id: batch[0].id }),
	);

	// transfer: one create (with a derived customId), one confirm; the amounts as exact text
	const tx = one(N.transfer);
	expect(tx).toEqual(
		expect.objectContaining({ status: 'UNCONFIRMED', dest: `wallet:${wallet.id}` }),
	);
	expect(typeof tx.sourceAmount).toBe('string');
	expect(tx.customId).toMatch(/^n8n-/);
	const creates = find('POST', '/v3/transfers');
	expect(creates).toHaveLength(1);
	expect(JSON.parse(creates[0].body)).toEqual(
		expect.objectContaining({ sourceAmount: '0.001', customId: tx.customId }),
	);
	expect(one(N.confirm).status).toBe('PENDING');
	const confirms = find('POST', `/v3/transfers/${tx.id}/confirm`);
	expect(confirms).toHaveLength(1);
	expect(confirms[0].body).toBe('');
	expect(one('Track the transfer')).toBeDefined();
	expect(one('Check its outcome')).toEqual(
		expect.objectContaining({
			outcome: 'sent',
			transaction: expect.objectContaining({ id: tx.id }),
		}),
	);

	const rates = one('Exchange rates');
	expect(Object.keys(rates).length).toBeGreaterThan(0);
	const sub1 = one(N.subscription);
	expect(one('Stop watching')).toEqual(expect.objectContaining({ deleted: true, id: sub1.id }));

	const reservation = one(N.reserve);
	expect(String(reservation.url)).toContain(String(reservation.reservation));
	expect(one('Read the order').id).toMatch(/^WO_/);
	expect(one('Card limits').dailyRemaining).toBeDefined();
	expect(one('Register the order webhook').owner).toBe(`account:${SEED.account}`);
}

/** Credential variants the editor's Test button must reject. */
const wrongCredentials = [
	['wrong secret key', { secretKey: 'not-the-wyre-secret-key' }],
	['wrong API key', { apiKey: 'not-the-wyre-api-key' }],
];

/** The credential test reads GET /v2/account, signed. */
function checkCredentialRequests({ requests, sandbox }) {
	const test = requests.filter((r) => r.method === 'GET' && r.path === '/v2/account');
	expect(test.length).toBeGreaterThan(0);
	const last = test[test.length - 1];
	expect(last.headers['x-api-signature']).toBe(
		hmac(sandbox.credentials.secretKey, `${sandbox.url}${last.url}`),
	);
}

module.exports = { checkActions, wrongCredentials, checkCredentialRequests, expectSigned };
