'use strict';
// Shared by the Whir sandbox tests: a started sandbox on a fixed clock, raw HTTP calls, and an
// independent rendering of the doc's PHP signature (written again here, so the sandbox's signer
// is checked against something it does not share).
const crypto = require('node:crypto');
const whir = require('../../sandbox/whir');
const { request: rawRequest } = require('./request');

const CLOCK = Date.UTC(2022, 4, 5, 8, 56, 5); // 2022-05-05T08:56:05+00:00, the doc's example
const KEY = whir.DEFAULTS.apiKey;
const SECRET = whir.DEFAULTS.secretKey;
const DOC_PAYOUTS = {
	mr9if7VDsVfEZ1qUo2u3trv6rU9eH7Yx4u: '0.001',
	mia3h2FdYvR2LbDR1to9u6TC62hiTbDKM9: '0.002',
};
const MAINNET = '1BgGZ9tcN4rm9KBzDn7KprQz87SZ26SAMH';
const MAINNET_P2SH = '3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy';
const TESTNET_BECH32 = 'tb1qw508d6qejxtdg4y5r3zarvary0c5xw7kxpjzsx';

/** Raw HTTP call with the content type the doc recommends. */
const request = (method, url, o = {}) =>
	rawRequest(method, url, { contentType: 'application/json; charset=utf-8', ...o });

/**
 * The canonical string of an answer's raw JSON text, per the doc's PHP: top-level values in
 * order, `signature` excluded; an object/list value -> keys "," values; numbers as their JSON text;
 * null/false -> "", true -> "1". Numbers are cut out of the text, never re-printed from floats.
 */
function phpCanonical(rawText) {
	const texts = [];
	const marked = rawText.replace(
		/("(?:[^"\\]|\\.)*")|(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)/g,
		(m, str, n) => {
			if (str) return str;
			texts.push(n);
			return `"\\u0000${texts.length - 1}"`;
		},
	);
	const render = (v) => {
		if (v === null || v === false) return '';
		if (v === true) return '1';
		if (typeof v === 'string') return v.startsWith('\u0000') ? texts[Number(v.slice(1))] : v;
		return 'Array';
	};
	const obj = JSON.parse(marked);
	return Object.keys(obj)
		.filter((k) => k !== 'signature')
		.map((k) => {
			const v = obj[k];
			return v !== null && typeof v === 'object'
				? `${Object.keys(v).join(',')},${Object.values(v).map(render).join(',')}`
				: render(v);
		})
		.join('|');
}

const hmac64 = (secret, text) => crypto.createHmac('sha256', secret).update(text).digest('base64');

/** A harness over one sandbox: sb, clock control and API calls with the sandbox key. */
function harness() {
	const h = { sb: null, clock: CLOCK };
	h.start = async (opts = {}) => {
		h.sb = await whir.start({ now: () => h.clock, ...opts });
		return h.sb;
	};
	h.api = (method, path, { body, key = KEY, headers = {} } = {}) =>
		request(method, `${h.sb.credentials.baseUrl}${path}`, {
			body,
			headers: key === null ? headers : { Authorization: `Bearer ${key}`, ...headers },
		});
	h.ctl = (path, body = {}, method = 'POST') =>
		request(method, `${h.sb.url}/_sandbox${path}`, method === 'GET' ? {} : { body });
	h.create = (body = { delay: '1', payouts: DOC_PAYOUTS }) =>
		h.api('POST', '/createTransaction', { body });
	return h;
}

module.exports = {
	whir,
	request,
	phpCanonical,
	hmac64,
	harness,
	CLOCK,
	KEY,
	SECRET,
	DOC_PAYOUTS,
	MAINNET,
	MAINNET_P2SH,
	TESTNET_BECH32,
};
