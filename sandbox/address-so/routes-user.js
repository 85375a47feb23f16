'use strict';
// The doc's "User" section, at the root of the API host: login, signup, user info, the secret-token
// link flow, forgot password, tariffs, logout. Parameters come from the query, a form or a JSON body.
const crypto = require('node:crypto');
const { publicRoute, userRoute } = require('./auth');
const { fail } = require('./envelope');
const { blank } = require('./params');
const { userView, tariffView } = require('./views');
const { safeEqual } = require('../lib/auth');
const { LINK_TOKEN_TTL_MS, SECRET_REQUEST_INTERVAL_MS, FORGOT_INTERVAL_MS } = require('./data');

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function required(p, name, label = name.replace(/_/g, ' ')) {
	const v = p.get(name);
	if (blank(v)) fail('VALIDATION_ERROR', `The ${label} field is required.`);
	return String(v).trim();
}

function login(app, p) {
	const username = required(p, 'username');
	const password = required(p, 'password');
	const u = app.store.userByEmail(username);
	if (!u || !safeEqual(password, u.password))
		fail('VALIDATION_ERROR', 'These credentials do not match our records.');
	if (app.settings.require2fa) {
		const code = p.get('code') ?? p.get('one_time_password');
		if (blank(code) || String(code).trim() !== app.defaults.twoFactorCode)
			fail('GOOGLE_2FA_ERROR', 'The two-factor authentication code is missing or wrong.');
	}
	return userView(app.store, u, app.store.newSession(u.id));
}

function signup(app, p) {
	const email = required(p, 'email');
	if (!EMAIL.test(email)) fail('VALIDATION_ERROR', 'The email must be a valid email address.');
	if (app.store.userByEmail(email)) fail('VALIDATION_ERROR', 'The email has already been taken.');
	const u = app.store.createUser(email);
	app.store.sendMail(email, 'signup', { password: u.password });
	return {
		user: {
			email: u.email,
			name: u.name,
			api_token: u.api_token,
			google2fa_secret: u.google2fa_secret,
			updated_at: u.updated_at,
			created_at: u.created_at,
			id: u.id,
			tariff_id: u.tariff_id,
			tariff_expires: { date: `${u.tariff_expires}.000000`, timezone_type: 3, timezone: 'UTC' },
		},
	};
}

function requestSecretToken(app, user) {
	const t = app.now();
	if (
		user.lastSecretRequestAt !== null &&
		t - user.lastSecretRequestAt < SECRET_REQUEST_INTERVAL_MS
	)
		fail('LIMIT_ERROR', 'The secret token can be requested only once per minute.');
	user.lastSecretRequestAt = t;
	const token = crypto.randomBytes(32).toString('hex');
	app.store.links.set(token, { userId: user.id, createdAt: t });
	app.store.sendMail(user.email, 'secret-token', {
		token,
		link: `http://address.so/user/secret-token?request-secret-token=${token}`,
	});
	return 'success';
}

function getSecretToken(app, p) {
	const token = required(p, 'request-secret-token');
	const link = app.store.links.get(token);
	app.store.links.delete(token); // single use
	if (!link || app.now() - link.createdAt >= LINK_TOKEN_TTL_MS)
		fail('FORBIDEN', 'The request secret token is invalid, used or expired.');
	return { secret_token: app.store.users.get(link.userId).secret_token };
}

function forgotPassword(app, p) {
	const email = required(p, 'email');
	const u = app.store.userByEmail(email);
	const t = app.now();
	if (u && (u.lastForgotAt === null || t - u.lastForgotAt >= FORGOT_INTERVAL_MS)) {
		u.lastForgotAt = t;
		u.password = String(crypto.randomInt(1e7, 1e8)) + String(crypto.randomInt(1e7, 1e8));
		app.store.sendMail(u.email, 'forgot-password', { password: u.password });
	}
	return 'success';
}

function tariffRequest(app, p, user) {
	const id = required(p, 'tariff_id', 'tariff id');
	if (!/^\d+$/.test(id)) fail('VALIDATION_ERROR', 'The tariff id must be an integer.');
	if (!app.store.tariff(id)) fail('VALIDATION_ERROR', 'The selected tariff id is invalid.');
	const email = required(p, 'email');
	if (!EMAIL.test(email)) fail('VALIDATION_ERROR', 'The email must be a valid email address.');
	app.store.tariffRequests.push({
		user_id: user.id,
		tariff_id: Number(id),
		email,
		at: new Date(app.now()).toISOString(),
	});
	return 'success';
}

function register(r, app) {
	r.add(
		'POST',
		'/login',
		publicRoute(app, (ctx, p) => login(app, p)),
	);
	r.add(
		'POST',
		'/signup',
		publicRoute(app, (ctx, p) => signup(app, p)),
	);
	r.add(
		'GET',
		'/user',
		userRoute(app, (ctx, p, u, token) => userView(app.store, u, token)),
	);
	r.add(
		'POST',
		'/request-secret-token',
		userRoute(app, (ctx, p, u) => requestSecretToken(app, u)),
	);
	r.add(
		'GET',
		'/user/secret-token',
		publicRoute(app, (ctx, p) => getSecretToken(app, p)),
	);
	r.add(
		'POST',
		'/forgot-password',
		publicRoute(app, (ctx, p) => forgotPassword(app, p)),
	);
	r.add(
		'GET',
		'/user/tariffs',
		userRoute(app, () => app.store.tariffs.map((t) => tariffView(t))),
	);
	r.add(
		'POST',
		'/user/tariff-request',
		userRoute(app, (ctx, p, u) => tariffRequest(app, p, u)),
	);
	r.add(
		'POST',
		'/logout',
		userRoute(app, (ctx, p, u, token) => {
			app.store.sessions.delete(token);
			return `Token ${token} removed`;
		}),
	);
}

module.exports = { register };
