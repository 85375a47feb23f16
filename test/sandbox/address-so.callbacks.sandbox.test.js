'use strict';
// Address.so sandbox, webhook callbacks: deposits and sends fire HTTP GETs to the registered
// webhooks with the data in the query and `sign` (recomputed here over the raw query as received),
// in each configurable shape / canonical string / MAC; the inventory's callback vectors; forged
// callbacks on demand.
const {
	D,
	BTC_OUT,
	harness,
	receiver,
	errorOf,
	resultOf,
	query,
	sendSign,
	hmac,
	sha512hex,
	phpEncode,
} = require('./address-so.helpers');

const h = harness();
const rec = receiver();

/** The raw query of a received callback, split into the part before `&sign=` and the sign. */
function split(hit) {
	const raw = hit.url.slice(hit.url.indexOf('?') + 1);
	const m = /^(.*)&sign=([^&]*)$/.exec(raw);
	return m ? { signed: m[1], sign: m[2] } : { signed: raw, sign: null };
}
const decode = (s) => decodeURIComponent(s.replace(/\+/g, ' '));
const pairsOf = (q) => q.split('&').map((seg) => seg.split('=').map(decode));
const hook = (type, id) =>
	h.api('POST', '/api/webhooks', { form: { url: rec.url, type, entity_id: String(id) } });

const NESTED = [
	'coin',
	'wallet_id',
	'account[id]',
	'account[address]',
	'account[balance_int]',
	'account[balance_float]',
	'account[updated_at]',
	'last_transaction[uuid]',
	'last_transaction[hash]',
	'last_transaction[amount_int]',
	'last_transaction[amount_float]',
	'last_transaction[created_at]',
];

describe('callbacks of balance changes', () => {
	test('a deposit to a wallet: GET, nested fields, sign = HMAC-SHA256(secret, raw query minus sign)', async () => {
		resultOf(await hook('wallet', 5));
		const dep = (await h.ctl('POST', '/deposit', { wallet: 5, amount: '0.01' })).json;
		expect(dep.wallet.balance_int).toBe('151000000');
		expect(dep.deliveries).toHaveLength(1);
		expect(dep.deliveries[0].status).toBe(200);
		expect(rec.hits).toHaveLength(1);
		expect(rec.hits[0].method).toBe('GET');
		const { signed, sign } = split(rec.hits[0]);
		expect(sign).toBe(hmac('sha256', D.secretToken, signed));
		expect(signed).toContain('&account[id]=5&');
		const fields = Object.fromEntries(pairsOf(signed));
		expect(Object.keys(fields)).toEqual(NESTED);
		expect(fields).toMatchObject({
			coin: 'btc',
			wallet_id: '5',
			'account[balance_int]': '151000000',
			'account[balance_float]': '1.51',
			'last_transaction[amount_int]': '1000000',
			'last_transaction[amount_float]': '0.01',
			'last_transaction[hash]': dep.transaction.hash,
		});
		expect(resultOf(await h.api('GET', '/api/coins/btc/wallets/5/transactions')).at(-1).hash).toBe(
			dep.transaction.hash,
		);
	});

	test('a deposit to an account reaches its account webhook and its wallet webhook', async () => {
		resultOf(await hook('account', 11));
		resultOf(await hook('wallet', 5));
		resultOf(await hook('wallet', 7));
		const dep = (await h.ctl('POST', '/deposit', { account: 11, amount_int: '5', from: BTC_OUT }))
			.json;
		expect(dep.account.balance_int).toBe('25000005');
		expect(rec.hits).toHaveLength(2);
		for (const hit of rec.hits) {
			const f = Object.fromEntries(pairsOf(split(hit).signed));
			expect(f).toMatchObject({
				wallet_id: '5',
				'account[id]': '11',
				'last_transaction[amount_int]': '5',
				'last_transaction[amount_float]': '0.00000005',
			});
		}
	});

	test('a send notifies the sending wallet', async () => {
		resultOf(await hook('wallet', 5));
		const pairs = [
			['amount', '0.1'],
			['recipient', BTC_OUT],
		];
		resultOf(
			await h.api('POST', '/api/coins/btc/wallets/5/send', {
				form: `${query(pairs)}&sign=${sendSign('doc', pairs)}`,
			}),
		);
		await h.sb.idle();
		const f = Object.fromEntries(pairsOf(split(rec.hits[0]).signed));
		expect(f['last_transaction[amount_int]']).toBe('-10001000');
		expect(f['account[balance_int]']).toBe('139999000');
	});

	test.each([
		[{ shape: 'flat' }, (s) => hmac('sha256', D.secretToken, s), 'account_id'],
		[{ shape: 'prose' }, (s) => hmac('sha256', D.secretToken, s), 'balance'],
		[{ scheme: 'sdk' }, (s) => hmac('sha512', sha512hex(D.secretToken), s), 'account[id]'],
		[{ brackets: 'encoded' }, (s) => hmac('sha256', D.secretToken, s), 'account[id]'],
		[
			{ canonical: 'php' },
			(s) =>
				hmac(
					'sha256',
					D.secretToken,
					pairsOf(s)
						.map(([k, v]) => `${phpEncode(k)}=${phpEncode(v)}`)
						.join('&'),
				),
			'account[id]',
		],
		[
			{ canonical: 'ksort' },
			(s) =>
				hmac('sha256', D.secretToken, query(pairsOf(s).sort((a, b) => (a[0] < b[0] ? -1 : 1)))),
			'account[id]',
		],
	])('callback setting %p signs as the test recomputes', async (callback, expected, field) => {
		expect((await h.ctl('POST', '/settings', { callback })).status).toBe(200);
		resultOf(await hook('wallet', 5));
		await h.ctl('POST', '/deposit', { wallet: 5, amount: '1' });
		const { signed, sign } = split(rec.hits[0]);
		expect(sign).toBe(expected(signed));
		expect(Object.keys(Object.fromEntries(pairsOf(signed)))).toContain(field);
		if (callback.brackets) expect(signed).toContain('account%5Bid%5D=5');
	});

	test('deposit and settings refuse bad input', async () => {
		for (const body of [
			{},
			{ wallet: 5, account: 11 },
			{ wallet: 5 },
			{ wallet: 5, amount: '0.000000001' },
			{ wallet: 5, amount: '1', hash: 'zz' },
		]) {
			expect((await h.ctl('POST', '/deposit', body)).status).toBe(400);
		}
		expect((await h.ctl('POST', '/deposit', { wallet: 99, amount: '1' })).status).toBe(404);
		expect((await h.ctl('POST', '/settings', { callback: { shape: 'xml' } })).status).toBe(400);
	});
});

describe('the inventory callback vectors (secret "secret_key", the doc example URL)', () => {
	const EXAMPLE =
		'coin=btc&wallet_id=3&account[id]=3&account[address]=mhWoydzK4jk4t77gN4Vws9gbN8DrsPyLLw&account[balance_int]=6000&account[balance_float]=0.00006&account[updated_at]=1539945087&last_transaction[uuid]=a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11&last_transaction[hash]=awk211kkadkawkdkAQWKDwmkak123&last_transaction[amount_int]=2000&last_transaction[amount_float]=0.00002&last_transaction[created_at]=1542278419';
	const nested = EXAMPLE.split('&').map((s) => s.split('='));
	const flat = nested.map(([k, v]) => [k.replace(/\[(\w+)\]/, '_$1'), v]);
	test.each([
		[
			'A raw',
			nested,
			{ canonical: 'raw' },
			'9d52cc18a71005e8c3041a8d7c29fd79709d4e524460e2535cae139c842c21f6',
			'c549a9f2d551870b75f15cc46ee530e7f284e9e1aaa37b32ffe187ff90c4112ff92bdba09e0b9bf5e28a06532bc6c5d3de093146baa5e1527db92834abb535db',
		],
		[
			'B php',
			nested,
			{ canonical: 'php' },
			'2b563ecce45e534500b8887e6fe1661cc88bdb4f49e2d25f76183f71688b817c',
			'9ee0b7b4154d0e07e3dc430eb99e9a7cf690cbe88726bc38dbc84d0ea7c93a4e4b013bf3d2b9d351b32958f965a6ccc2e88d6d344b8f0233889455e431d2eee1',
		],
		[
			'C flat',
			flat,
			{ canonical: 'raw' },
			'1a2ca310e5b268eeb15a8ff2c0a7ad05fd2d459f6c58ae85bd74bcf395fc87c3',
			'5944946860c487619b3a6097522e0229a652023d13833b44d143d20838e35ef3e49cfddbcb13b875c9bbe1209974f6db82c3882f5f31d36c6938951ca52a6dd1',
		],
		[
			'D ksort',
			nested,
			{ canonical: 'ksort' },
			'2214c67fc7d7ed509d952f9f9aac15e8283504d0ec1c2e357ded64b623c54136',
			'29c244df5bd1e10d08e0948e593b9012f663b107e4925ad363d2e38f8bb0ccb65e68eab582120af3cc15e8f15f67b98e4e4e0a5bd9ba9d86ca7f7e86c1dc848b',
		],
	])('%s', (name, pairs, o, sha256, sha512) => {
		const doc = h.sb.signCallback(pairs, { ...o, scheme: 'doc', secret: 'secret_key' });
		expect(doc.sign).toBe(sha256);
		expect(h.sb.signCallback(pairs, { ...o, scheme: 'sdk', secret: 'secret_key' }).sign).toBe(
			sha512,
		);
		if (name.startsWith('A')) expect(doc.query).toBe(EXAMPLE);
	});
});

describe('callbacks on demand', () => {
	const send = (body) => h.ctl('POST', '/callbacks/send', body);

	test('a correct one for a webhook; a tampered one no longer verifies', async () => {
		const { id } = resultOf(await hook('account', 11));
		const ok = (await send({ webhook_id: id })).json;
		let s = split(rec.hits[0]);
		expect(s.sign).toBe(hmac('sha256', D.secretToken, s.signed));
		expect(ok.sign).toBe(s.sign);
		await send({ webhook_id: id, tamper: { 'account[balance_int]': '999999999' } });
		s = split(rec.hits[1]);
		expect(s.signed).toContain('account[balance_int]=999999999');
		expect(s.sign).toBe(ok.sign);
		expect(s.sign).not.toBe(hmac('sha256', D.secretToken, s.signed));
	});

	test('another secret, no sign, an explicit sign, a raw query', async () => {
		await send({ url: rec.url, wallet: 5, secret: 'wrong' });
		let s = split(rec.hits[0]);
		expect(s.sign).toBe(hmac('sha256', 'wrong', s.signed));
		await send({ url: rec.url, wallet: 5, omitSign: true });
		expect(rec.hits[1].url).not.toContain('sign=');
		await send({ url: rec.url, wallet: 5, sign: 'afafmk1m23mfasmflakfl' });
		expect(split(rec.hits[2]).sign).toBe('afafmk1m23mfasmflakfl');
		await send({ url: `${rec.url}?x=1`, query: 'coin=btc&sign=zz' });
		expect(rec.hits[3].url).toBe('/hook?x=1&coin=btc&sign=zz');
		expect((await send({ url: rec.url })).status).toBe(400);
		expect((await send({ webhook_id: 42 })).status).toBe(404);
		expect((await h.ctl('GET', '/webhooks')).json).toHaveLength(4);
	});
});
