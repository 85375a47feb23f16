'use strict';
// Wyre request authentication (inventory §1):
// - signature mode: `X-Api-Key` + `X-Api-Signature` = hex HMAC-SHA256(secret key, full URL as
//   received + raw body bytes). The full URL is `http://` + Host header + the request target exactly
//   as it arrived (every query parameter, in its order and encoding); `https://` is accepted too
//   (a TLS proxy in front). The query must hold exactly one `timestamp` in milliseconds within the
//   tolerance (default ±5 min); a replay inside the window is accepted unless settings.rejectReplays
//   is on. A GET, or a body-less POST, signs the URL alone; a POST that sends
//   `{}` signs the URL + `{}`: the bytes received decide.
// - bearer mode: `Authorization: Bearer <secret key>`, no timestamp.
// - `masqueradeAs=<AC_… | account:AC_…>` (query, part of the signed URL): act as a sub-account of
//   the key's account; anything else is 401.
// Then the per-key rate limit (when one is set): 429 RateLimitException with Retry-After.
const { safeEqual, hmac, bearerToken } = require('../lib/auth');
const { accessDenied, wyreError } = require('./checks');

function header(ctx, name) {
	const v = ctx.headers[name];
	return Array.isArray(v) ? v[0] : v;
}

function checkTimestamp(app, ctx) {
	const all = ctx.query.getAll('timestamp');
	if (all.length !== 1 || !/^\d{1,16}$/.test(all[0]))
		throw accessDenied(
			'The timestamp query parameter (milliseconds since the epoch) is missing or invalid',
			'accessDenied.invalidTimestamp',
		);
	const skew = Math.abs(app.now() - Number(all[0]));
	if (skew > app.settings.timestampToleranceMs)
		throw accessDenied(
			`The timestamp is outside the allowed window of ${app.settings.timestampToleranceMs} ms (it must be in milliseconds)`,
			'accessDenied.invalidTimestamp',
		);
}

function checkSignature(app, ctx, apiKey) {
	if (!safeEqual(apiKey, app.apiKey)) throw accessDenied('Invalid API key');
	const signature = header(ctx, 'x-api-signature');
	if (!signature) throw accessDenied('X-Api-Signature is missing', 'accessDenied.invalidSignature');
	const host = header(ctx, 'host') || '';
	const ok = ['http://', 'https://'].some((scheme) => {
		const data = Buffer.concat([Buffer.from(`${scheme}${host}${ctx.rawUrl}`, 'utf8'), ctx.rawBody]);
		return safeEqual(signature, hmac('sha256', app.secretKey, data));
	});
	if (!ok) throw accessDenied('Invalid request signature', 'accessDenied.invalidSignature');
	checkTimestamp(app, ctx);
	if (app.settings.rejectReplays) checkReplay(app, signature);
}

/** With settings.rejectReplays: a signature is good once inside the timestamp window. */
function checkReplay(app, signature) {
	const t = app.now();
	for (const [sig, until] of app.seenSignatures) if (until < t) app.seenSignatures.delete(sig);
	if (app.seenSignatures.has(signature))
		throw accessDenied('This signed request was already used (replay)', 'accessDenied.replay');
	app.seenSignatures.set(signature, t + 2 * app.settings.timestampToleranceMs);
}

/** The account the request acts for: the key's account, or the sub-account it masquerades as. */
function actingAccount(app, ctx) {
	const master = app.store.accounts.get(app.accountId);
	const all = ctx.query.getAll('masqueradeAs');
	if (!all.length) return master;
	const id = all.length === 1 ? all[0].replace(/^account:/i, '') : '';
	const sub = app.store.accounts.get(id);
	if (!sub || sub.parent !== master.id)
		throw accessDenied(
			`Cannot masquerade as ${all.join(',')}: not a sub-account of this API key's account`,
			'accessDenied.masquerade',
		);
	return sub;
}

function rateLimit(app, key) {
	const rl = app.settings.rateLimit;
	if (!rl || !rl.limit) return;
	const t = app.now();
	let b = app.rateWindows.get(key);
	if (!b || t >= b.start + rl.windowSeconds * 1000) {
		b = { start: t, count: 0 };
		app.rateWindows.set(key, b);
	}
	b.count += 1;
	if (b.count > rl.limit) {
		const retryAfter = Math.max(1, Math.ceil((b.start + rl.windowSeconds * 1000 - t) / 1000));
		throw wyreError('RateLimitException', 'Rate limit exceeded, slow down', {
			errorCode: 'rateLimit.exceeded',
			transient: true,
			headers: { 'Retry-After': String(retryAfter) },
		});
	}
}

/**
 * Authenticates the request; resolves with { account, mode } or throws the Wyre 401/429 answer.
 * `open`: the endpoint also answers without credentials (rates, wallet order lookup): when none
 * are given, { account: null, mode: 'none' }; when some are given they must be valid.
 */
function guard(app, ctx, { open = false } = {}) {
	const apiKey = header(ctx, 'x-api-key');
	const bearer = bearerToken(ctx.headers);
	let mode;
	if (apiKey !== undefined) {
		checkSignature(app, ctx, apiKey);
		mode = 'signature';
	} else if (bearer !== null) {
		if (!safeEqual(bearer, app.secretKey)) throw accessDenied('Invalid bearer token');
		mode = 'bearer';
	} else if (open) {
		return { account: null, mode: 'none' };
	} else {
		throw accessDenied(
			'Missing credentials: send X-Api-Key and X-Api-Signature, or a bearer token',
		);
	}
	rateLimit(app, app.apiKey);
	return { account: actingAccount(app, ctx), mode };
}

module.exports = { guard };
