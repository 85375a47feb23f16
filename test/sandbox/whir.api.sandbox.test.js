'use strict';
// The Whir sandbox over real HTTP, per https://whir.to/api: the module contract, public methods,
// bearer auth, the blocked / maintenance switches, unknown endpoints and their error bodies.
// createTransaction and the list: whir.transactions.sandbox.test.js; lifecycle, signatures and
// faults: whir.lifecycle.sandbox.test.js.
const {
	whir,
	request,
	harness,
	CLOCK,
	KEY,
	SECRET,
	DOC_PAYOUTS,
	MAINNET,
	MAINNET_P2SH,
	TESTNET_BECH32,
} = require('./whir.helpers');
const { PORTS } = require('../../sandbox/cli');

const h = harness();
const ISO = '2022-05-05T08:56:05+00:00';
const err = (code, description) => ({ code, description });

beforeAll(() => h.start());
afterAll(() => h.sb.close());
beforeEach(() => {
	h.sb.reset();
	h.clock = CLOCK;
});

describe('module contract', () => {
	test('defaults, credentials, port of npm run sandbox', async () => {
		expect(whir.DEFAULTS).toMatchObject({
			apiKey: 'whir_sandbox_api_key',
			secretKey: 'whir_sandbox_secret_key',
		});
		expect(h.sb.credentials).toEqual({
			apiKey: KEY,
			secretKey: SECRET,
			baseUrl: `${h.sb.url}/api`,
		});
		expect(PORTS.whir).toBe(4103);
		expect(h.sb.describe()).toContain(`${h.sb.url}/api`);
	});
});

describe('public methods', () => {
	test('GET /status: ok, unix timestamp and ISO time of the sandbox clock; no key needed', async () => {
		const r = await h.api('GET', '/status', { key: null });
		expect([r.status, r.text]).toEqual([
			200,
			`{"status":"ok","timestamp":${CLOCK / 1000},"datetime":"${ISO}"}`,
		]);
		expect(r.headers['content-type']).toBe('application/json');
	});

	test('GET /validateAddress: "true"/"false" as strings (the doc example), testnet accepted by default', async () => {
		const check = async (a) =>
			(await h.api('GET', `/validateAddress/${encodeURIComponent(a)}`, { key: null })).json;
		for (const a of [
			'n3PdePLBgEeTYk4nAhcbehsnjvr1i3LyYS',
			MAINNET,
			MAINNET_P2SH,
			TESTNET_BECH32,
			'bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0',
		]) {
			expect(await check(a)).toEqual({ result: 'true' });
		}
		for (const a of [
			'n3PdePLBgEeTYk4nAhcbehsnjvr1i3LyYT',
			'LVg2kJoFNg45Nbpy53h7Fe1wKyeXVRhMH9',
			'bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kemeawh',
			'hello',
		]) {
			expect(await check(a)).toEqual({ result: 'false' });
		}
		expect((await h.ctl('/testnet', { accept: false })).json).toEqual({ acceptTestnet: false });
		expect(await check('n3PdePLBgEeTYk4nAhcbehsnjvr1i3LyYS')).toEqual({ result: 'false' });
		expect(await check(TESTNET_BECH32)).toEqual({ result: 'false' });
		expect(await check(MAINNET)).toEqual({ result: 'true' });
	});

	test('maintenance: every endpoint, public or not, known or not, answers 503', async () => {
		expect((await h.ctl('/maintenance', { enabled: true })).json).toEqual({ maintenance: true });
		for (const [m, p, key] of [
			['GET', '/status', null],
			['GET', `/validateAddress/${MAINNET}`, null],
			['GET', '/transactions', KEY],
			['POST', '/createTransaction', KEY],
			['GET', '/nope', null],
		]) {
			const r = await h.api(m, p, {
				key,
				body: m === 'POST' ? { payouts: DOC_PAYOUTS } : undefined,
			});
			expect([r.status, r.json]).toEqual([503, err(503, 'Service is temporarily unavailable.')]);
		}
		expect(h.sb.snapshot().transactions).toHaveLength(0);
		await h.ctl('/maintenance', { enabled: false });
		expect((await h.api('GET', '/status')).status).toBe(200);
		expect((await h.ctl('/maintenance', { enabled: 'yes' })).status).toBe(400);
	});
});

describe('auth and unknown endpoints', () => {
	const PRIVATE = [
		['POST', '/createTransaction'],
		['GET', '/transactions'],
		['GET', '/transaction/JEVG1TKFP4L95EDX'],
	];

	test('missing or wrong bearer key: 401 {code, description}; nothing is created', async () => {
		for (const [m, p] of PRIVATE) {
			const body = m === 'POST' ? { payouts: DOC_PAYOUTS } : undefined;
			expect((await h.api(m, p, { key: null, body })).json).toEqual(err(401, 'Missing API key.'));
			expect(
				(await h.api(m, p, { key: null, body, headers: { Authorization: `Basic ${KEY}` } })).json,
			).toEqual(err(401, 'Missing API key.'));
			const wrong = await h.api(m, p, { key: 'whir_sandbox_api_kez', body });
			expect([wrong.status, wrong.json]).toEqual([401, err(401, 'Invalid API key.')]);
		}
		expect(h.sb.snapshot().transactions).toHaveLength(0);
		expect(
			(
				await h.api('GET', '/transactions', {
					key: null,
					headers: { Authorization: `bearer ${KEY}` },
				})
			).status,
		).toBe(200);
	});

	test('a blocked key: 403 on private methods, public ones still answer; unblocked again', async () => {
		expect((await h.ctl('/block', { blocked: true })).json).toEqual({ blocked: true });
		for (const [m, p] of PRIVATE) {
			const r = await h.api(m, p, { body: m === 'POST' ? { payouts: DOC_PAYOUTS } : undefined });
			expect([r.status, r.json]).toEqual([403, err(403, 'Account or API access is blocked.')]);
		}
		expect((await h.api('GET', '/transactions', { key: 'other' })).status).toBe(401); // the key is checked first
		expect((await h.api('GET', '/status')).status).toBe(200);
		expect(h.sb.snapshot().transactions).toHaveLength(0);
		h.sb.setBlocked(false);
		expect((await h.create()).status).toBe(200);
	});

	test('unknown endpoint, wrong method, outside /api: 404 with the same body', async () => {
		for (const [m, p] of [
			['GET', '/api/nothing'],
			['GET', '/api/createTransaction'],
			['POST', '/api/status'],
			['DELETE', '/api/transactions'],
			['GET', '/status'],
			['GET', '/api/validateAddress/'],
		]) {
			const r = await request(m, `${h.sb.url}${p}`, {
				headers: { Authorization: `Bearer ${KEY}` },
			});
			expect([m, p, r.status, r.json]).toEqual([m, p, 404, err(404, 'Endpoint does not exist.')]);
		}
		const unknown = await h.api('GET', '/transaction/AAAAAAAAAAAAAAAA');
		expect([unknown.status, unknown.json]).toEqual([404, err(404, 'Transaction not found.')]);
	});
});
