'use strict';
// The inventory's signature vectors against the Wyre sandbox (run with the inventory's secret and a
// pinned clock, Host api.sendwyre.com over https): each accepted, and a one-byte change in the
// signature, the URL, the body or the host refused.
const { wyre, expectWyreError, rawRequest, KEY } = require('./wyre.helpers');

const T = 1426252182534;
const VECTORS = [
	[
		'GET',
		'/v2/account?timestamp=1426252182534&format=json',
		'',
		'06219c85674b282f6f4120a6fbc2e1f55be754a842e6ff5a0aa3b4e1ccdfddcb',
		200,
	],
	[
		'GET',
		'/v3/rates?timestamp=1426252182534&format=json&as=priced',
		'',
		'ffedd5c875dfa097424da8c831e7134ad62b996f61a55cefb1d99c3387904586',
		200,
	],
	[
		'POST',
		'/v3/transfers?timestamp=1426252182534&format=json',
		'{"source":"wallet:WA_1","sourceCurrency":"BTC","sourceAmount":"0.01","dest":"bitcoin:1DDfMQLTd8RhGzoyWyr1ENVdoeGaoq2MZH","destCurrency":"BTC","autoConfirm":true}',
		'5ede9419ce05f30450079f84c4e702fad2f36a43a538acc850e58a37f81c3c34',
		200,
	],
	[
		'POST',
		'/v3/transfers/TF_X/confirm?timestamp=1426252182534&format=json',
		'{}',
		'893f163f48feb2ff9699827b731183a5179fdafd1d7865069f5161e36519a460',
		404,
	],
	[
		'GET',
		'/v3/accounts/AC_123?timestamp=1426252182534&format=json&masqueradeAs=AC_123',
		'',
		'81d596b8e2f0dd1ec610a8dcb3b73de57bc45351f7400b686482240257b9d732',
		200,
	],
];

describe('the inventory vectors (secret SK-TEST, host api.sendwyre.com over https)', () => {
	let sb;
	beforeAll(async () => {
		sb = await wyre.start({ secretKey: 'SK-TEST', now: () => T });
		// the vectors' objects: a sub-account AC_123 and a wallet WA_1 with funds
		sb.store.addAccount({
			id: 'AC_123',
			type: 'INDIVIDUAL',
			country: 'US',
			parent: 'AC_SANDBOX0001',
		});
		const w = sb.store.addWallet({ id: 'WA_1', owner: 'AC_SANDBOX0001', name: 'vector' });
		w.balances.set('BTC', { total: 10n ** 18n, available: 10n ** 18n });
	});
	afterAll(() => sb.close());

	const send = (method, path, body, signature, host = 'api.sendwyre.com') =>
		rawRequest(method, `${sb.url}${path}`, {
			headers: { Host: host, 'X-Api-Key': KEY, 'X-Api-Signature': signature },
			body: body || undefined,
		});

	test.each(VECTORS)(
		'%s %s is accepted with the vector signature',
		async (method, path, body, sig, status) => {
			const res = await send(method, path, body, sig);
			expect(res.status).toBe(status);
			if (status === 404) expect(res.json.type).toBe('NotFoundException'); // auth passed, TF_X unknown
		},
	);

	test.each(VECTORS)(
		'%s %s: a one-byte change anywhere is refused',
		async (method, path, body, sig) => {
			const flipped = sig.slice(0, -1) + (sig.endsWith('0') ? '1' : '0');
			expectWyreError(await send(method, path, body, flipped), 401, 'AccessDeniedException');
			const otherPath = path.replace('timestamp=1426252182534', 'timestamp=1426252182535');
			expectWyreError(await send(method, otherPath, body, sig), 401, 'AccessDeniedException');
			if (body) {
				const otherBody = body.replace('{', '{ ');
				expectWyreError(await send(method, path, otherBody, sig), 401, 'AccessDeniedException');
			}
			expectWyreError(
				await send(method, path, body, sig, 'api.testwyre.com'),
				401,
				'AccessDeniedException',
			);
		},
	);

	test('the doc-style vector (no format parameter, legacy example key)', async () => {
		const legacy = await wyre.start({
			secretKey: 'a19cvrchgja82urvn47kirrlrrb7stgg',
			now: () => T,
		});
		try {
			const res = await rawRequest('GET', `${legacy.url}/v2/rates?timestamp=1426252182534`, {
				headers: {
					Host: 'api.sendwyre.com',
					'X-Api-Key': KEY,
					'X-Api-Signature': 'a31d8a0769d952ccf60eccedbe87307c5fe1012948b264602f44afb5419c1f0b',
				},
			});
			expect(res.status).toBe(200);
			expect(res.json.BTCUSD).toBe(0.00002);
		} finally {
			await legacy.close();
		}
	});
});
