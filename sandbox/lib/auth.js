'use strict';
// Credential helpers shared by the sandboxes.
const crypto = require('node:crypto');

/** Constant-time comparison of two strings (false when lengths differ). */
function safeEqual(a, b) {
	const ba = Buffer.from(String(a), 'utf8');
	const bb = Buffer.from(String(b), 'utf8');
	return ba.length === bb.length && crypto.timingSafeEqual(ba, bb);
}

/** HMAC of `data` (string or Buffer) as hex, base64 ... */
function hmac(algorithm, key, data, encoding = 'hex') {
	return crypto.createHmac(algorithm, key).update(data).digest(encoding);
}

/** The token of an `Authorization: Bearer <token>` header (scheme in any case); null when there is none. */
function bearerToken(headers) {
	const m = /^bearer\s+(\S.*)$/i.exec(String(headers.authorization || '').trim());
	return m ? m[1].trim() : null;
}

module.exports = { safeEqual, hmac, bearerToken };
