'use strict';
// WolvPay request checks, as the provider does them (https://wolvpay.com/docs): a fixed-window
// rate limit per presented key with X-RateLimit-* headers on every answer (429 + Retry-After over
// the limit), then `Authorization: Bearer <api key>` (401 otherwise).
const { HttpError } = require('../lib/router');
const { safeEqual, bearerToken } = require('../lib/auth');

/** The doc's `{success:false, error, code, message}` answer. */
const fail = (code, error, message) => ({
	status: code,
	body: { success: false, error, code, message },
});

/** A valid {limit, windowSeconds} or a 400. */
function checkRateLimit(rl) {
	const limit = Number(rl.limit);
	const windowSeconds = Number(rl.windowSeconds);
	if (!Number.isInteger(limit) || limit < 1 || !(windowSeconds > 0)) {
		throw new HttpError(400, {
			error: 'rateLimit needs an integer limit >= 1 and windowSeconds > 0',
		});
	}
	return { limit, windowSeconds };
}

class RateLimiter {
	constructor(now, config) {
		this.now = now;
		this.config = config; // { rateLimit: {limit, windowSeconds} }, read live
		this.buckets = new Map(); // presented token -> { start, count }
	}

	/** Counts one request of `key`: { limited, headers, retryAfter }. */
	consume(key) {
		const t = this.now();
		const { limit, windowSeconds } = this.config.rateLimit;
		const windowMs = windowSeconds * 1000;
		let b = this.buckets.get(key);
		if (!b || t >= b.start + windowMs) {
			b = { start: t, count: 0 };
			this.buckets.set(key, b);
		}
		b.count += 1;
		const end = b.start + windowMs;
		const headers = {
			'X-RateLimit-Limit': String(limit),
			'X-RateLimit-Remaining': String(Math.max(0, limit - b.count)),
			'X-RateLimit-Reset': String(Math.ceil(end / 1000)),
		};
		return {
			limited: b.count > limit,
			headers,
			retryAfter: Math.max(1, Math.ceil((end - t) / 1000)),
		};
	}

	/** The windows by (shortened) key, for the state snapshot. */
	windows() {
		return Object.fromEntries(
			[...this.buckets].map(([k, b]) => [k ? `${k.slice(0, 4)}…` : '(no key)', { ...b }]),
		);
	}
}

/** Rate limit then bearer check. Returns { stop: <answer> } or { headers } for the real answer. */
function guard(ctx, limiter, apiKey) {
	const token = bearerToken(ctx.headers);
	const rl = limiter.consume(token ?? '');
	if (rl.limited) {
		const r = fail(429, 'Too Many Requests', 'Rate limit exceeded. Try again later.');
		return { stop: { ...r, headers: { ...rl.headers, 'Retry-After': String(rl.retryAfter) } } };
	}
	if (token === null || !safeEqual(token, apiKey)) {
		const r = fail(401, 'Unauthorized', 'Invalid or missing API key.');
		return { stop: { ...r, headers: { ...rl.headers, 'WWW-Authenticate': 'Bearer' } } };
	}
	return { headers: rl.headers };
}

module.exports = { RateLimiter, guard, checkRateLimit, fail };
