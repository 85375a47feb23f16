'use strict';
// Shared by the WestWallet sandbox tests: fixed clock and keys, provider-style signing written
// again here, raw signed calls, and `useSandbox(o)` which starts the sandbox and a local IPN
// receiver around a file's tests. o.now: the sandbox clock (default the fixed CLOCK); o.onIpn:
// gets every IPN received; o.reset: runs before each test, after the sandbox's reset;
// o.bind({ sb }) runs once the sandbox is up.
const http = require('node:http');
const crypto = require('node:crypto');
const westwallet = require('../../sandbox/westwallet');
const { WestWalletAPI } = require('westwallet-api');

const CLOCK = Date.UTC(2024, 0, 15, 12, 0, 0); // 2024-01-15 12:00:00 UTC
const TS = Math.floor(CLOCK / 1000);
const PUB = westwallet.DEFAULTS.publicKey;
const PRIV = westwallet.DEFAULTS.privateKey;
const BTC_ADDR = '35NjwZg8T4F12ESdEo3rQeYQ8ZiTyDYoTJ';
const BTC_ADDR2 = '3KJFvx88XUtqUgannLDZFm7XzHXACGLuJL';
const BTC_ADDR3 = '39iUBiSKuqUtMSSEgimuEkXyrmPP2YnuB5';
const XRP_ADDR = 'rw2ciyaNshpHe7bCHo4bRWq6pqqynnWKQg';

let sb;
let receiver; // local IPN receiver

function sign(text, ts = TS, priv = PRIV) {
	return crypto.createHmac('sha256', priv).update(`${ts}${text}`).digest('hex');
}

/** Raw HTTP call; `body` is sent byte for byte and signed as is unless `signed` overrides. */
async function call(
	method,
	path,
	{ body, query, key = PUB, priv = PRIV, ts = TS, signed, headers = {}, auth = true } = {},
) {
	let url = sb.url + path;
	let payload = body ?? '';
	if (query) {
		url += '?' + new URLSearchParams(query).toString();
		payload = JSON.stringify(query);
	}
	const h = { 'Content-Type': 'application/json', ...headers };
	if (auth) {
		if (key !== null) h['X-API-KEY'] = key;
		if (ts !== null) h['X-ACCESS-TIMESTAMP'] = String(ts);
		h['X-ACCESS-SIGN'] = sign(signed ?? payload, ts, priv);
	}
	const res = await fetch(url, {
		method,
		headers: h,
		body: method === 'GET' ? undefined : payload,
	});
	const text = await res.text();
	let json;
	try {
		json = JSON.parse(text);
	} catch {
		json = undefined;
	}
	return { status: res.status, body: json, text };
}
const post = (path, obj, opts = {}) => call('POST', path, { body: JSON.stringify(obj), ...opts });

function useSandbox({
	now = () => CLOCK,
	onIpn = () => {},
	reset = () => {},
	bind = () => {},
} = {}) {
	beforeAll(async () => {
		sb = await westwallet.start({ now });
		receiver = http.createServer((req, res) => {
			const chunks = [];
			req.on('data', (c) => chunks.push(c));
			req.on('end', () => {
				onIpn({
					method: req.method,
					url: req.url,
					headers: req.headers,
					body: Buffer.concat(chunks).toString('utf8'),
				});
				res.end('ok');
			});
		});
		await new Promise((r) => receiver.listen(0, '127.0.0.1', r));
		bind({ sb });
	});
	afterAll(async () => {
		await sb.close();
		receiver.closeAllConnections?.();
		await new Promise((r) => receiver.close(r));
	});
	beforeEach(() => {
		sb.reset();
		sb.options.balancesErrorField = false;
		reset();
	});
}
const ipnUrl = (p = '/ipn') => `http://127.0.0.1:${receiver.address().port}${p}`;

module.exports = {
	westwallet,
	WestWalletAPI,
	CLOCK,
	TS,
	PUB,
	PRIV,
	BTC_ADDR,
	BTC_ADDR2,
	BTC_ADDR3,
	XRP_ADDR,
	sign,
	call,
	post,
	ipnUrl,
	useSandbox,
};
