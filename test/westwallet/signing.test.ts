/**
 * Signing vectors: for fixed timestamps and bodies our credential produces exactly the headers of
 * WestWallet's official JavaScript SDK (westwallet-api), and sends exactly the bytes it signed.
 */
import { createHmac } from 'crypto';
import type { IDataObject, IHttpRequestOptions } from 'n8n-workflow';
import { WestWalletApi } from '../../credentials/WestWalletApi.credentials';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const WestWalletSDK = require('westwallet-api');

const publicKey = 'pub_5d1e8a';
const privateKey = 'priv_9f3c2b_секрет';
const credentials = { publicKey, privateKey, baseUrl: 'https://api.westwallet.io' };

function sdkHeaders(data: IDataObject, timestampSeconds: number) {
	const spy = jest.spyOn(Date, 'now').mockReturnValue(timestampSeconds * 1000 + 999);
	try {
		const client = new WestWalletSDK.WestWalletAPI(publicKey, privateKey);
		return client._makeHeaders(data) as Record<string, string | number>;
	} finally {
		spy.mockRestore();
	}
}

async function ourRequest(options: IHttpRequestOptions, timestampSeconds: number) {
	const spy = jest.spyOn(Date, 'now').mockReturnValue(timestampSeconds * 1000 + 999);
	try {
		return await new WestWalletApi().authenticate(credentials, JSON.parse(JSON.stringify(options)));
	} finally {
		spy.mockRestore();
	}
}

const POST_VECTORS: Array<[string, IDataObject, number]> = [
	['transaction id', { id: 435 }, 1700000000],
	[
		'withdrawal',
		{
			currency: 'ETH',
			amount: '0.1',
			address: '0x57689002367b407f031f1BB5Ef2923F103015A32',
			dest_tag: '',
			description: '',
		},
		1712345678,
	],
	[
		'non-ASCII text',
		{ currency: 'BTC', amount: '0.5', address: BTC(), description: 'Оплата №42 — café ✓ 支付 🚀' },
		1600000001,
	],
	[
		'nested objects and arrays',
		{
			currency: 'BTC',
			priority: 'high',
			transactions: [
				{ address: BTC(), amount: '5', description: '40124' },
				{ address: BTC(), amount: '0.015', meta: { a: { b: [1, 2, { c: null }] } } },
			],
		},
		1799999999,
	],
	[
		'special characters',
		{ description: 'quote " backslash \\ slash / tab \t newline \n <>&\u2028' },
		1650000000,
	],
];

function BTC() {
	return '35NjwZg8T4F12ESdEo3rQeYQ8ZiTyDYoTJ';
}

describe('WestWallet signing equals the official JS SDK', () => {
	test.each(POST_VECTORS)('POST body: %s', async (_name, data, ts) => {
		const expected = sdkHeaders(data, ts);
		const signed = await ourRequest({ method: 'POST', url: '/wallet/transaction', body: data }, ts);
		const headers = signed.headers as Record<string, string>;
		expect(headers['X-API-KEY']).toBe(expected['X-API-KEY']);
		expect(headers['X-ACCESS-TIMESTAMP']).toBe(String(expected['X-ACCESS-TIMESTAMP']));
		expect(headers['X-ACCESS-SIGN']).toBe(expected['X-ACCESS-SIGN']);
		// What is signed is exactly what is sent: the body is the signed string (the SDK sends JSON.stringify).
		expect(signed.body).toBe(JSON.stringify(data));
		expect(headers['Content-Type']).toBe('application/json');
		// Independent check of the formula.
		const mac = createHmac('sha256', privateKey)
			.update(`${ts}${JSON.stringify(data)}`, 'utf8')
			.digest('hex');
		expect(headers['X-ACCESS-SIGN']).toBe(mac);
	});

	test('GET with query params signs the compact JSON of the query', async () => {
		const ts = 1700000123;
		const expected = sdkHeaders({ currency: 'BTC' }, ts);
		const signed = await ourRequest(
			{ method: 'GET', url: '/wallet/balance', qs: { currency: 'BTC' } },
			ts,
		);
		expect((signed.headers as IDataObject)['X-ACCESS-SIGN']).toBe(expected['X-ACCESS-SIGN']);
		expect(signed.qs).toEqual({ currency: 'BTC' });
		expect(signed.body).toBeUndefined();
	});

	test('GET without params signs the timestamp alone', async () => {
		const ts = 1700000456;
		const expected = sdkHeaders({}, ts);
		const signed = await ourRequest({ method: 'GET', url: '/wallet/balances' }, ts);
		expect((signed.headers as IDataObject)['X-ACCESS-SIGN']).toBe(expected['X-ACCESS-SIGN']);
		expect((signed.headers as IDataObject)['X-ACCESS-SIGN']).toBe(
			createHmac('sha256', privateKey).update(String(ts)).digest('hex'),
		);
	});

	test('POST with empty params signs the timestamp alone and sends no body', async () => {
		const ts = 1700000789;
		const expected = sdkHeaders({}, ts);
		const signed = await ourRequest({ method: 'POST', url: '/wallet/balances', body: {} }, ts);
		expect((signed.headers as IDataObject)['X-ACCESS-SIGN']).toBe(expected['X-ACCESS-SIGN']);
		expect(signed.body).toBeUndefined();
	});

	test('a pre-serialized body is signed and sent byte for byte, never re-serialized', async () => {
		const ts = 1700000999;
		const text = '{"id": 435, "label":"x"}'; // Python-SDK style spacing
		const signed = await ourRequest({ method: 'POST', url: '/wallet/transaction', body: text }, ts);
		expect(signed.body).toBe(text);
		expect((signed.headers as IDataObject)['X-ACCESS-SIGN']).toBe(
			createHmac('sha256', privateKey).update(`${ts}${text}`).digest('hex'),
		);
	});

	test('numbers in GET params are signed as the strings that travel on the URL', async () => {
		const signed = await ourRequest({ method: 'GET', url: '/x', qs: { limit: 10 } }, 1700001000);
		expect(signed.qs).toEqual({ limit: '10' });
		expect((signed.headers as IDataObject)['X-ACCESS-SIGN']).toBe(
			createHmac('sha256', privateKey).update('1700001000{"limit":"10"}').digest('hex'),
		);
	});
});
