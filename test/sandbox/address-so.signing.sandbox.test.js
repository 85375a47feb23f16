'use strict';
// Address.so sandbox, send signatures: the inventory's vectors (secret token "secret_key") pass
// under each of the three schemes (the request log names the scheme), a one-byte change of the
// sign or of a parameter is BAD_SIGN -3061, the accepted schemes can be restricted, and the raw
// segments count when a client encodes differently from PHP.
const { harness, errorOf, query } = require('./address-so.helpers');

const h = harness({ defaults: { secretToken: 'secret_key' } });

const DOC_TO = '137fnrhMurXrnU7a7jLgcVoaNraUYz54Sk'; // the doc's (its checksum is wrong: -1095 after the signature)
const BTC = '1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2';
const V = {
	doc: 'f8b015aacc09251afb7c55216f8e7d54191c49d0bcdbc5b51078831b6d966868',
	sdkRecepient:
		'9ebb8d36b11438b62a8b0e5d636bfbafba6076db3329664a3d7b3a53bb14c7b7e6d8b6e4555995a0eab67e43ed1d01198bf54e9014eeb07b8a5a09db3d78425c',
	sdkRecipient:
		'babc59b83983d71b88d5288caa281e8141c186dae869754461e67bf813b09dc4354df7e1e1e433d04184d9b1426598a2e5854217a0e7b33a729a8ce4cb1776ae',
	python:
		'02d5c75008973947f3a96fd2f053a35fafef00d635cad9ac1ff1f6e25775efbb33cbaeeb960d156e61a5acb4d2022188183d4fe166752d97ccd5cc07666b299b',
	ksort:
		'bc1c2015ebd7b947fac437c4e7b827bb635660c2cd46984d0c555087db6d5529203dc6cff895af76970d36b10d6fc10ef0dd431114b49a1fde2be013f5937521',
};
const SEND = '/api/coins/btc/wallets/5/send';

/** A form send with the pairs in this order and `sign` last; returns {r, logged signature}. */
async function send(pairs, sign, path = SEND) {
	const r = await h.api('POST', path, { form: `${query(pairs)}&sign=${sign}` });
	return { r, sig: h.sb.requests.at(-1).signature };
}

const flip = (hex) => hex.slice(0, -1) + (hex.at(-1) === '0' ? '1' : '0');

// [name, pairs in the order sent, sign, the schemes that match (params already in key order sign
// alike under both SDK schemes), the error that follows a good signature]
const SDK = ['sdk-2020', 'sdk-2019'];
const CASES = [
	[
		'doc',
		[
			['amount', '2450000'],
			['recepient', DOC_TO],
		],
		V.doc,
		['doc'],
		-1095,
	],
	[
		'SDK, doc params',
		[
			['amount', '2450000'],
			['recepient', DOC_TO],
		],
		V.sdkRecepient,
		SDK,
		-1095,
	],
	[
		'SDK, recipient',
		[
			['amount', '2450000'],
			['recipient', DOC_TO],
		],
		V.sdkRecipient,
		SDK,
		-1095,
	],
	[
		'sdk-2019, Python order',
		[
			['amount', '0.1'],
			['recipient', BTC],
			['payment_password', 'pw'],
		],
		V.python,
		['sdk-2019'],
		-3062,
	],
	[
		'sdk-2020, sent unsorted',
		[
			['amount', '0.1'],
			['recipient', BTC],
			['payment_password', 'pw'],
		],
		V.ksort,
		['sdk-2020'],
		-3062,
	],
];

describe.each(CASES)('vector %s', (name, pairs, sign, schemes, nextError) => {
	test('passes the signature check (then fails on what follows it) and logs the scheme', async () => {
		const { r, sig } = await send(pairs, sign);
		expect(errorOf(r).code).toBe(nextError);
		expect(sig).toEqual({ scheme: schemes[0], schemes, form: 'php' });
	});

	test('a one-byte change of the sign is BAD_SIGN', async () => {
		const { r, sig } = await send(pairs, flip(sign));
		expect(r.status).toBe(403);
		expect(errorOf(r)).toEqual({ code: -3061, message: 'Invalid sign.' });
		expect(sig).toEqual({ scheme: null, schemes: [] });
	});

	test('the sign in upper case is BAD_SIGN (hex HMAC output is lower case)', async () => {
		expect(errorOf((await send(pairs, sign.toUpperCase())).r).code).toBe(-3061);
	});

	test('a one-byte change of a parameter is BAD_SIGN', async () => {
		const changed = pairs.map(([k, v], i) => [
			k,
			i === 0 ? v.replace(/.$/, (c) => (c === '1' ? '2' : '1')) : v,
		]);
		expect(errorOf((await send(changed, sign)).r).code).toBe(-3061);
	});

	test('refused when its scheme is not accepted', async () => {
		const others = h.sb.SCHEMES.filter((s) => !schemes.includes(s));
		expect((await h.ctl('POST', '/signing', { schemes: others })).json).toEqual({
			schemes: others,
		});
		expect(errorOf((await send(pairs, sign)).r).code).toBe(-3061);
		await h.ctl('POST', '/signing', { schemes: [schemes.at(-1)] });
		expect(errorOf((await send(pairs, sign)).r).code).toBe(nextError);
	});
});

describe('transports', () => {
	test('a JSON body (the doc curl) and a query string (the Python SDK) are checked alike', async () => {
		const json = await h.api('POST', SEND, {
			json: { amount: '2450000', recepient: DOC_TO, sign: V.doc },
		});
		expect(errorOf(json).code).toBe(-1095);
		expect(h.sb.requests.at(-1).signature.scheme).toBe('doc');
		const q = `amount=0.1&recipient=${BTC}&payment_password=pw&sign=${V.python}`;
		const viaQuery = await h.api('POST', `${SEND}?${q}`);
		expect(errorOf(viaQuery).code).toBe(-3062);
		expect(h.sb.requests.at(-1).signature.scheme).toBe('sdk-2019');
		const viaGet = await h.api('GET', `${SEND}?${q}`);
		expect(errorOf(viaGet).code).toBe(-3062);
	});

	test('the raw segments count when the client encodes unlike PHP (%20 for a space)', async () => {
		const crypto = require('node:crypto');
		const raw = `amount=0.1&recipient=${BTC}&payment_password=p%20w`;
		const sign = crypto.createHmac('sha256', 'secret_key').update(raw).digest('hex');
		const r = await h.api('POST', SEND, { form: `${raw}&sign=${sign}` });
		expect(errorOf(r).code).toBe(-3062);
		expect(h.sb.requests.at(-1).signature).toEqual({
			scheme: 'doc',
			schemes: ['doc'],
			form: 'raw',
		});
	});

	test('account sends are signed the same way', async () => {
		const { r, sig } = await send(CASES[0][1], V.doc, '/api/coins/btc/wallets/5/accounts/11/send');
		expect(errorOf(r).code).toBe(-1095);
		expect(sig.scheme).toBe('doc');
	});

	test('sign, amount and recipient are required; both spellings at once are refused', async () => {
		const cases = [
			[`amount=1&recipient=${BTC}`, 'The sign field is required.'],
			[`recipient=${BTC}&sign=${V.doc}`, 'The amount field is required.'],
			[`amount=1&sign=${V.doc}`, 'The recipient field is required.'],
			[
				`amount=1&recipient=${BTC}&recepient=${BTC}&sign=${V.doc}`,
				'Send recipient or recepient, not both.',
			],
		];
		for (const [form, message] of cases) {
			expect(errorOf(await h.api('POST', SEND, { form }))).toEqual({ code: -3005, message });
		}
	});

	test('an unknown signing scheme is refused by the control endpoint', async () => {
		expect((await h.ctl('POST', '/signing', { schemes: ['md5'] })).status).toBe(400);
		expect((await h.ctl('POST', '/signing', { schemes: [] })).status).toBe(400);
		expect((await h.ctl('GET', '/signing')).json.schemes).toEqual(['sdk-2020', 'sdk-2019', 'doc']);
	});
});
