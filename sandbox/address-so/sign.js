'use strict';
// Signatures of Address.so (details: /work/shared/providers/address-so.inventory.md §1, §3):
// Send requests carry `sign` over the other parameters, under one of three schemes:
//   sdk-2020  params sorted by key (PHP ksort), key = hex SHA-512 of the secret token, hex HMAC-SHA512
//   sdk-2019  the same in the order sent (the 2019 PHP SDK and the Python SDK)
//   doc       the order sent, hex HMAC-SHA256 keyed with the secret token itself (the API doc)
// The message is `key=value` pairs joined by `&`, encoded as PHP's http_build_query does
// (space as "+", everything but letters, digits and "-_." percent-encoded, upper-case hex). Because
// a client may encode differently, the raw `key=value` segments as they arrived also count.
// Callbacks (GET with a query string) are signed by the same MACs (`doc` by default).
const crypto = require('node:crypto');
const { safeEqual } = require('../lib/auth');

const SCHEMES = Object.freeze(['sdk-2020', 'sdk-2019', 'doc']);

/** PHP urlencode(): what http_build_query applies to keys and values. */
function phpEncode(value) {
	return encodeURIComponent(String(value))
		.replace(/[!'()*~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
		.replace(/%20/g, '+');
}

/** PHP ksort order for string keys (byte order). */
const byKey = (a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

/** http_build_query of [key, value] pairs (values already strings; keys may hold "[...]"). */
function buildQuery(pairs) {
	return pairs.map(([k, v]) => `${phpEncode(k)}=${phpEncode(v)}`).join('&');
}

function secretKey(scheme, secret) {
	return scheme === 'doc' ? secret : crypto.createHash('sha512').update(secret).digest('hex');
}

function mac(scheme, secret, message) {
	const algorithm = scheme === 'doc' ? 'sha256' : 'sha512';
	return crypto.createHmac(algorithm, secretKey(scheme, secret)).update(message).digest('hex');
}

/**
 * The messages a send request may have been signed over under `scheme`: PHP encoding of the
 * decoded pairs, and the raw segments joined as received (form body or query string).
 * `pairs`: [{key, value, raw}] without `sign`, in the order received.
 */
function candidateMessages(scheme, pairs) {
	const ordered =
		scheme === 'sdk-2020' ? [...pairs].sort((a, b) => byKey([a.key], [b.key])) : pairs;
	const out = [{ form: 'php', message: buildQuery(ordered.map((p) => [p.key, p.value])) }];
	if (ordered.every((p) => p.raw !== undefined)) {
		const raw = ordered.map((p) => p.raw).join('&');
		if (raw !== out[0].message) out.push({ form: 'raw', message: raw });
	}
	return out;
}

/**
 * The accepted schemes whose signature matches: {scheme (the first), schemes (all: params already
 * in key order sign alike under sdk-2020 and sdk-2019), form, message}, or null.
 */
function verifySend({ pairs, sign, secret, schemes }) {
	if (typeof sign !== 'string' || !sign) return null;
	let found = null;
	for (const scheme of SCHEMES) {
		if (!schemes.includes(scheme)) continue;
		const c = candidateMessages(scheme, pairs).find((x) =>
			safeEqual(mac(scheme, secret, x.message), sign),
		);
		if (!c) continue;
		if (found) found.schemes.push(scheme);
		else found = { scheme, schemes: [scheme], form: c.form, message: c.message };
	}
	return found;
}

/** The signature a client computes: {message, sign} for pairs [[key, value]] in the order to send. */
function signSend(scheme, secret, pairs) {
	const ordered = scheme === 'sdk-2020' ? [...pairs].sort(byKey) : pairs;
	const message = buildQuery(ordered.map(([k, v]) => [k, String(v)]));
	return { message, sign: mac(scheme, secret, message) };
}

module.exports = { SCHEMES, phpEncode, buildQuery, byKey, mac, secretKey, verifySend, signSend };
