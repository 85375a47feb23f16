'use strict';
// Address.so request checks, wrapped around every route:
//   user routes  `X-Auth-Token` = an auth_token from POST /login, valid for 10 minutes after the
//                user's LAST user request (sliding; the sandbox clock), removed by /logout
//                -> AUTH_TOKEN_ERROR -3058 when missing, unknown or expired
//   API routes   `X-API-TOKEN` = the user's api_token -> API_TOKEN_ERROR -3059; then the tariff's
//                requests_per_sec / _hour / _month (fixed windows) -> LIMIT_ERROR -3060 with
//                Retry-After; X-RateLimit-Limit/Remaining/Reset (the month's) on every answer
// A handler returns its result (wrapped in the success envelope) or throws ApiFailure.
const { ApiFailure, fail, ok, failure } = require('./envelope');
const { readParams } = require('./params');
const { AUTH_TOKEN_TTL_MS } = require('./data');

/** Runs `fn`, turning its result or ApiFailure into the envelope. */
async function run(app, ctx, fn, headers = {}) {
	try {
		const result = await fn();
		if (result && result.__answer) return result.__answer;
		return ok(app, result, headers);
	} catch (e) {
		if (e instanceof ApiFailure) return failure(app, e, headers);
		throw e;
	}
}

/** A public route (login, signup, secret-token link, forgot-password). */
const publicRoute = (app, fn) => (ctx) => run(app, ctx, () => fn(ctx, readParams(ctx)));

/** The session of an X-Auth-Token, touched (sliding expiry); AUTH_TOKEN_ERROR otherwise. */
function session(app, ctx) {
	const token = String(ctx.headers['x-auth-token'] || '').trim();
	if (!token) fail('AUTH_TOKEN_ERROR', 'The X-Auth-Token header is required.');
	const s = app.store.sessions.get(token);
	const t = app.now();
	if (!s || t - s.lastUsed >= AUTH_TOKEN_TTL_MS) {
		if (s) app.store.sessions.delete(token);
		fail('AUTH_TOKEN_ERROR', 'Auth token is invalid or expired.');
	}
	s.lastUsed = t;
	return { token, user: app.store.users.get(s.userId) };
}

const userRoute = (app, fn) => (ctx) =>
	run(app, ctx, () => {
		const s = session(app, ctx);
		return fn(ctx, readParams(ctx), s.user, s.token);
	});

function monthBounds(ms) {
	const d = new Date(ms);
	const start = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
	const end = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
	return { start, end };
}

/** Counts one API request of the user: {headers, retryAfter|null}. */
function consume(app, user) {
	const t = app.now();
	const tariff = app.store.tariff(user.tariff_id);
	const month = monthBounds(t);
	const windows = [
		['sec', Math.floor(t / 1000) * 1000, 1000, tariff.requests_per_sec],
		['hour', Math.floor(t / 3600000) * 3600000, 3600000, tariff.requests_per_hour],
		['month', month.start, month.end - month.start, tariff.requests_per_month],
	];
	const counters = app.rate.get(user.id) || {};
	app.rate.set(user.id, counters);
	let retryAfter = null;
	for (const [name, start, length, limit] of windows) {
		if (!counters[name] || counters[name].start !== start) counters[name] = { start, count: 0 };
		counters[name].count += 1;
		if (counters[name].count > limit) {
			const wait = Math.max(1, Math.ceil((start + length - t) / 1000));
			retryAfter = Math.max(retryAfter || 0, wait);
		}
	}
	const headers = {
		'X-RateLimit-Limit': String(tariff.requests_per_month),
		'X-RateLimit-Remaining': String(Math.max(0, tariff.requests_per_month - counters.month.count)),
		'X-RateLimit-Reset': String(Math.floor(month.end / 1000)),
	};
	return { headers, retryAfter };
}

/** An X-API-TOKEN route: fn(ctx, params, user). */
const apiRoute = (app, fn) => async (ctx) => {
	const token = String(ctx.headers['x-api-token'] || '').trim();
	const user = token ? app.store.userByApiToken(token) : undefined;
	if (!user) {
		return run(app, ctx, () =>
			fail('API_TOKEN_ERROR', token ? 'Invalid API token.' : 'The X-API-TOKEN header is required.'),
		);
	}
	const rl = consume(app, user);
	if (rl.retryAfter !== null) {
		const headers = { ...rl.headers, 'Retry-After': String(rl.retryAfter) };
		return run(app, ctx, () => fail('LIMIT_ERROR', 'Too many requests for your tariff.'), headers);
	}
	return run(app, ctx, () => fn(ctx, readParams(ctx), user), rl.headers);
};

module.exports = { publicRoute, userRoute, apiRoute, run, session };
