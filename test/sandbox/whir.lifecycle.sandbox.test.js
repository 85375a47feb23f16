'use strict';
// The Whir sandbox's transaction lifecycle on its test clock (deposit, confirm, delay, complete,
// expiry), the transaction detail answer, the signature against the inventory's vectors and the
// forged signature modes, faults, and the control surface (state, reset).
const { parseLossless } = require('../../sandbox/lib/json');
const { phpCanonical, hmac64, harness, CLOCK, SECRET, DOC_PAYOUTS } = require('./whir.helpers');

const h = harness();
const HOUR = 3600 * 1000;
const iso = (ms) => new Date(ms).toISOString().replace('.000Z', '+00:00');
const DETAIL_KEYS = [
	'id',
	'status',
	'depositAddress',
	'depositAmount',
	'depositTxid',
	'payouts',
	'txid',
	'fee',
	'delay',
	'updated',
	'created',
	'signature',
];

beforeAll(() => h.start());
afterAll(() => h.sb.close());
beforeEach(() => {
	h.sb.reset();
	h.clock = CLOCK;
});

const detail = async (id) => h.api('GET', `/transaction/${id}`);
const step = (id, action, body) => h.ctl(`/transactions/${id}/${action}`, body);

describe('signature vectors (whir inventory, key "secret_key")', () => {
	// The doc's two examples, with its typos fixed (straight quotes, the missing comma).
	const CREATE =
		'{"id":"JEVG1TKFP4L95EDX","status":"pending","depositAddress":"tb1qmc2vcq6a427v6t83z8rnyg9ldf5k5p5uj2x4xv","depositAmount":0.00316,"payouts":{"mr9if7VDsVfEZ1qUo2u3trv6rU9eH7Yx4u":"0.001","mia3h2FdYvR2LbDR1to9u6TC62hiTbDKM9":"0.002"},"fee":0.00016,"delay":"1","refCode":"qljncygz","updated":"2022-05-05T08:56:05+00:00","created":"2022-05-05T08:56:05+00:00","signature":"zDQlfJHSJWtzw8yFwevs7KmiDZs15FVl01RbPwPt3bc="}';
	const DETAIL =
		'{"id":"Q96G3MSNW8MPQRTX","status":"complete","depositAddress":"tb1q0pkwdj3pqdp587yrc8sus876kccn5tq577ce5x","depositAmount":"0.0062244","depositTxid":"80bb6cda5036ce277598d949d2e4b3771c56b31ba77b757bf9753a370f16c99","payouts":{"mfuAKvSsAMrC7gjbEEb521uc1myeF9BSsc":"0.006"},"txid":"0ea6f3a702a368ed09830d959f1c82b7d8f65f53a783965514380e123fc8ca4e","fee":0.0002244,"delay":"0","updated":"2022-04-28T09:46:11+00:00","created":"2022-04-28T09:42:41+00:00"}';
	test.each([
		[
			'create',
			CREATE,
			'JEVG1TKFP4L95EDX|pending|tb1qmc2vcq6a427v6t83z8rnyg9ldf5k5p5uj2x4xv|0.00316|mr9if7VDsVfEZ1qUo2u3trv6rU9eH7Yx4u,mia3h2FdYvR2LbDR1to9u6TC62hiTbDKM9,0.001,0.002|0.00016|1|qljncygz|2022-05-05T08:56:05+00:00|2022-05-05T08:56:05+00:00',
			'+XZthZH7acY5d0RS7kyAT+32TdnaFp2HaHjO+1xQZtA=',
		],
		[
			'detail',
			DETAIL,
			'Q96G3MSNW8MPQRTX|complete|tb1q0pkwdj3pqdp587yrc8sus876kccn5tq577ce5x|0.0062244|80bb6cda5036ce277598d949d2e4b3771c56b31ba77b757bf9753a370f16c99|mfuAKvSsAMrC7gjbEEb521uc1myeF9BSsc,0.006|0ea6f3a702a368ed09830d959f1c82b7d8f65f53a783965514380e123fc8ca4e|0.0002244|0|2022-04-28T09:46:11+00:00|2022-04-28T09:42:41+00:00',
			'K3LdRx3CA3XYhU7HVcMwceapxJdWNII0C/pgR/VFZZc=',
		],
	])(
		"%s example: the sandbox signer and the test's own rendering agree with the vector",
		(name, text, canonical, signature) => {
			const fields = parseLossless(text);
			expect(h.sb.canonicalString(fields)).toBe(canonical);
			expect(phpCanonical(text)).toBe(canonical);
			expect(h.sb.sign(fields, 'secret_key')).toBe(signature);
			expect(hmac64('secret_key', canonical)).toBe(signature);
		},
	);

	test('PHP rendering of null, booleans, lists and nested values', () => {
		const fields = {
			a: null,
			b: true,
			c: false,
			d: [],
			e: ['x', 'y'],
			f: { k: null, l: true, m: { n: 1 } },
			signature: 'ignored',
		};
		expect(h.sb.canonicalString(fields)).toBe('|1||,|0,1,x,y|k,l,m,,1,Array');
	});
});

describe('lifecycle on the test clock', () => {
	test('delay 1 h: deposit -> confirming, confirm -> processing, completes by itself once the hour is over', async () => {
		const c = (await h.create({ delay: '1', payouts: DOC_PAYOUTS })).json;
		let d = await detail(c.id);
		expect(Object.keys(d.json)).toEqual(DETAIL_KEYS);
		expect(d.json).toMatchObject({
			status: 'pending',
			depositAmount: '0.003115',
			depositTxid: null,
			txid: null,
			updated: iso(CLOCK),
		});
		expect(d.json.signature).toBe(hmac64(SECRET, phpCanonical(d.text)));

		h.clock += 10 * 60 * 1000;
		const dep = await step(c.id, 'deposit');
		expect(dep.status).toBe(200);
		expect(dep.json.transaction).toMatchObject({
			status: 'confirming',
			received: '0.003115',
			updated: iso(h.clock),
		});
		expect(dep.json.transaction.depositTxid).toMatch(/^[0-9a-f]{64}$/);

		h.clock += 10 * 60 * 1000;
		expect((await step(c.id, 'confirm')).json.transaction).toMatchObject({
			status: 'processing',
			updated: iso(h.clock),
			payoutsNotBefore: iso(CLOCK + HOUR),
		});
		const early = await step(c.id, 'complete');
		expect([early.status, early.json.error]).toEqual([409, 'invalid transition']);
		expect(early.json.message).toMatch(/delay of 1 h is not over/);

		expect((await h.ctl('/clock', { advanceMinutes: 39 })).json.now).toBe(
			iso(CLOCK + 59 * 60 * 1000),
		);
		expect((await detail(c.id)).json.status).toBe('processing');
		await h.ctl('/clock', { advanceSeconds: 60 });
		d = await detail(c.id);
		expect(d.json).toMatchObject({
			status: 'complete',
			depositTxid: dep.json.transaction.depositTxid,
			updated: iso(CLOCK + HOUR),
		});
		expect(d.json.txid).toMatch(/^[0-9a-f]{64}$/);
		expect(d.json.signature).toBe(hmac64(SECRET, phpCanonical(d.text)));
		expect(h.sb.snapshot().transactions[0].history.map((x) => x.status)).toEqual([
			'pending',
			'confirming',
			'processing',
			'complete',
		]);
	});

	test('no delay: confirm goes straight to complete; explicit complete (and /process) once the delay is over', async () => {
		const a = (await h.create({ delay: 0, payouts: DOC_PAYOUTS })).json;
		await h.sb.deposit(a.id, { amount: '0.0031', txid: 'ab'.repeat(32) });
		expect((await h.sb.confirm(a.id)).transaction.status).toBe('complete');
		const d = await detail(a.id);
		expect(d.json).toMatchObject({ depositAmount: '0.0031', depositTxid: 'ab'.repeat(32) }); // the amount received
		expect(d.text).toContain('"depositAmount":"0.0031",');

		const b = (await h.create({ delay: 2, payouts: DOC_PAYOUTS })).json;
		await step(b.id, 'deposit');
		h.sb.advanceClock({ advanceHours: 2 });
		const done = await step(b.id, 'process', { txid: 'cd'.repeat(32) });
		expect(done.json.transaction).toMatchObject({ status: 'complete', txid: 'cd'.repeat(32) });
	});

	test('impossible steps are 409, unknown transactions 404, bad inputs 400', async () => {
		const a = (await h.create()).json;
		for (const action of ['confirm', 'complete'])
			expect((await step(a.id, action)).status).toBe(409);
		expect((await step(a.id, 'deposit', { amount: '0' })).status).toBe(400);
		expect((await step(a.id, 'deposit', { txid: 'xyz' })).status).toBe(400);
		await step(a.id, 'deposit');
		for (const action of ['deposit', 'expire'])
			expect((await step(a.id, action)).json).toMatchObject({
				error: 'invalid transition',
				status: 'confirming',
			});
		expect((await step('NOPE', 'deposit')).status).toBe(404);
		await expect(h.sb.expire('NOPE')).rejects.toMatchObject({ status: 404 });
		expect((await h.ctl('/clock', { advanceHours: -1 })).status).toBe(400);
	});

	test('an unpaid transaction expires 72 h after creation; expire on demand too', async () => {
		const a = (await h.create()).json;
		const b = (await h.create()).json;
		expect((await step(b.id, 'expire')).json.transaction.status).toBe('expired');
		h.sb.advanceClock({ advanceHours: 71 });
		expect((await detail(a.id)).json.status).toBe('pending');
		h.sb.advanceClock({ advanceHours: 2 });
		const d = await detail(a.id);
		expect(d.json).toMatchObject({
			status: 'expired',
			updated: iso(CLOCK + 72 * HOUR),
			created: iso(CLOCK),
		});
		expect(d.json).not.toHaveProperty('depositAmount');
		expect((await step(a.id, 'deposit')).status).toBe(409);
		expect((await h.api('GET', '/status')).json.timestamp).toBe((CLOCK + 73 * HOUR) / 1000);
	});
});

describe('signature modes', () => {
	test('forged (other key), tamper (a field changed after signing), omit, back to normal', async () => {
		const id = (await h.create()).json.id;
		const genuine = await detail(id);
		const canonical = phpCanonical(genuine.text);

		expect((await h.ctl('/signature', { mode: 'forged' })).status).toBe(200);
		const forged = (await detail(id)).json;
		expect(forged.signature).toBe(hmac64('not_the_whir_secret_key', canonical));
		expect(forged.signature).not.toBe(genuine.json.signature);

		await h.ctl('/signature', { mode: 'tamper' });
		const t = await detail(id);
		expect(t.json.signature).toBe(genuine.json.signature);
		expect(t.json.depositAddress).not.toBe(genuine.json.depositAddress);
		expect(h.sb.isValidAddress(t.json.depositAddress)).toBe(true);
		expect(hmac64(SECRET, phpCanonical(t.text))).not.toBe(t.json.signature);

		await h.ctl('/signature', { mode: 'tamper', field: 'status', value: 'complete' });
		const created = await h.create();
		expect(created.json.status).toBe('complete');
		expect(created.json.signature).toBe(
			hmac64(SECRET, phpCanonical(created.text).replace('|complete|', '|pending|')),
		);

		await h.ctl('/signature', { mode: 'omit' });
		expect((await detail(id)).json).not.toHaveProperty('signature');
		h.sb.setSignatureMode('normal');
		expect((await detail(id)).json.signature).toBe(genuine.json.signature);
		for (const bad of [
			{ mode: 'weird' },
			{ mode: 'tamper', field: 'nope' },
			{ mode: 'tamper', field: 'status' },
		]) {
			expect((await h.ctl('/signature', bad)).status).toBe(400);
		}
	});
});

describe('faults', () => {
	test('status after acting: the transaction exists although 500 was answered', async () => {
		await h.ctl('/faults', { path: '/api/createTransaction', status: 500, after: true });
		const r = await h.create();
		expect([r.status, r.json]).toEqual([
			500,
			{ code: 500, description: 'Fault injected by the sandbox.' },
		]);
		expect(h.sb.snapshot().transactions).toHaveLength(1);
	});

	test('drop after acting, an HTML 502 before acting, a late answer', async () => {
		await h.ctl('/faults', [
			{ path: '/api/createTransaction', drop: 'after' },
			{ path: '/api/transactions', method: 'GET', status: 502, body: '<html>Bad Gateway</html>' },
		]);
		expect((await h.create()).error).toBeDefined();
		expect(h.sb.snapshot().transactions).toHaveLength(1);
		const html = await h.api('GET', '/transactions');
		expect([html.status, html.text, html.headers['content-type']]).toEqual([
			502,
			'<html>Bad Gateway</html>',
			'text/html; charset=utf-8',
		]);
		await h.ctl('/faults', { path: '/api/status', delayMs: 300 });
		const t = Date.now();
		expect((await h.api('GET', '/status')).status).toBe(200);
		expect(Date.now() - t).toBeGreaterThanOrEqual(290);
	});
});

describe('control surface', () => {
	test('state, reset (transactions, switches, clock) and the request log', async () => {
		await h.create({ payouts: DOC_PAYOUTS, refCode: 'r' });
		h.sb.setBlocked(true);
		h.sb.setMaintenance(true);
		h.sb.setPayoutsFormat('array');
		h.sb.advanceClock({ advanceHours: 5 });
		const st = (await h.ctl('/state', undefined, 'GET')).json;
		expect(st.transactions[0]).toMatchObject({
			status: 'pending',
			depositAmount: '0.003115',
			fee: '0.000115',
			delay: 0,
			refCode: 'r',
			payoutsForm: 'object',
		});
		expect(st.settings).toMatchObject({
			blocked: true,
			maintenance: true,
			payoutsFormat: 'array',
			acceptTestnet: true,
			signature: { mode: 'normal' },
		});
		expect(st.clock.offsetSeconds).toBe(5 * 3600);
		expect((await h.ctl('/reset')).json).toEqual({ ok: true });
		const after = (await h.ctl('/state', undefined, 'GET')).json;
		expect(after.transactions).toEqual([]);
		expect(after.settings).toMatchObject({
			blocked: false,
			maintenance: false,
			payoutsFormat: 'received',
		});
		expect((await h.ctl('/clock', undefined, 'GET')).json).toEqual({
			now: iso(CLOCK),
			timestamp: CLOCK / 1000,
			offsetSeconds: 0,
		});
		await h.api('GET', '/status');
		expect(h.sb.requests.map((r) => r.path)).toEqual(['/api/status']);
		expect(h.sb.webhooks).toEqual([]); // Whir has no webhooks
	});
});
