'use strict';
// Address.so sandbox, the "User" section: login, sliding 10-minute auth tokens on the test clock
// (-3058 after 10 idle minutes), logout, signup, the e-mailed secret-token link (once a minute,
// 30 minutes, single use), forgot password (once a day), tariffs, 2FA switch.
const { D, harness, errorOf, resultOf, request } = require('./address-so.helpers');

const h = harness();

describe('login and the sliding auth token', () => {
	test('login answers the doc user shape with a fresh 32-hex auth_token and the api_token', async () => {
		const r = await h.user('POST', '/login', null, { username: D.email, password: D.password });
		const { user } = resultOf(r);
		expect(user).toMatchObject({
			id: 1,
			email: D.email,
			status: 10,
			api_token: D.apiToken,
			tariff_id: 2,
		});
		expect(user.auth_token).toMatch(/^[0-9a-f]{32}$/);
		expect(user.tariff).toMatchObject({
			id: 2,
			name: 'Professional',
			requests_per_sec: 100,
			max_wallets: 100,
		});
		expect(Object.keys(user)).toEqual([
			'id',
			'name',
			'email',
			'status',
			'api_token',
			'created_at',
			'updated_at',
			'tariff_id',
			'tariff_expires',
			'google2fa_secret',
			'auth_token',
			'tariff',
		]);
		const again = await h.login();
		expect(again).not.toBe(user.auth_token);
	});

	test('query-string and JSON logins work too; wrong or missing credentials are -3005', async () => {
		const q = await h.user(
			'POST',
			`/login?username=${encodeURIComponent(D.email)}&password=${D.password}`,
		);
		expect(resultOf(q).user.email).toBe(D.email);
		const j = await request('POST', `${h.sb.url}/login`, {
			body: { username: D.email, password: D.password },
		});
		expect(resultOf(j).user.email).toBe(D.email);
		const wrong = await h.user('POST', '/login', null, { username: D.email, password: 'nope' });
		expect(wrong.status).toBe(422);
		expect(errorOf(wrong).code).toBe(-3005);
		const missing = await h.user('POST', '/login', null, { password: D.password });
		expect(errorOf(missing)).toEqual({ code: -3005, message: 'The username field is required.' });
	});

	test('the token lives 10 minutes after the LAST user request, then -3058', async () => {
		const token = await h.login();
		await h.advance({ advanceMinutes: 9, advanceSeconds: 59 });
		expect(resultOf(await h.user('GET', '/user', token)).user.auth_token).toBe(token);
		await h.advance({ advanceMinutes: 9 }); // 18:59 after login, 9 after the last use
		expect(resultOf(await h.user('GET', '/user/tariffs', token))).toHaveLength(2);
		await h.advance({ advanceMinutes: 10 }); // 10 idle minutes
		const r = await h.user('GET', '/user', token);
		expect(r.status).toBe(401);
		expect(errorOf(r).code).toBe(-3058);
		await h.advance({ advanceSeconds: 1 });
		expect(errorOf(await h.user('GET', '/user', token)).code).toBe(-3058);
	});

	test('API requests do not extend the auth token', async () => {
		const token = await h.login();
		await h.advance({ advanceMinutes: 6 });
		resultOf(await h.api('GET', '/api/coins'));
		await h.advance({ advanceMinutes: 4 });
		expect(errorOf(await h.user('GET', '/user', token)).code).toBe(-3058);
	});

	test('missing, unknown and logged-out tokens are -3058; logout says which token went', async () => {
		expect(errorOf(await h.user('GET', '/user', null)).code).toBe(-3058);
		expect(errorOf(await h.user('GET', '/user', 'f'.repeat(32))).code).toBe(-3058);
		const token = await h.login();
		const out = await h.user('POST', '/logout', token);
		expect(resultOf(out)).toBe(`Token ${token} removed`);
		expect(errorOf(await h.user('GET', '/user', token)).code).toBe(-3058);
		expect(errorOf(await h.user('POST', '/logout', token)).code).toBe(-3058);
	});

	test('with 2FA required, login needs the code (-3057)', async () => {
		await h.ctl('POST', '/settings', { require2fa: true });
		const r = await h.user('POST', '/login', null, { username: D.email, password: D.password });
		expect(errorOf(r).code).toBe(-3057);
		const ok = await h.user('POST', '/login', null, {
			username: D.email,
			password: D.password,
			code: '000000',
		});
		expect(resultOf(ok).user.auth_token).toMatch(/^[0-9a-f]{32}$/);
	});
});

describe('signup and forgot password', () => {
	test('signup creates a user whose mailed 16-digit password logs in', async () => {
		const r = await h.user('POST', '/signup', null, { email: 'new@example.com' });
		const { user } = resultOf(r);
		expect(user).toMatchObject({ email: 'new@example.com', id: 3, tariff_id: 1, name: null });
		expect(user.api_token).toMatch(/^[0-9a-f]{128}$/);
		expect(user.tariff_expires).toEqual({
			date: expect.stringMatching(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6}$/),
			timezone_type: 3,
			timezone: 'UTC',
		});
		const mail = (await h.ctl('GET', '/mail?to=new@example.com&kind=signup')).json;
		expect(mail).toHaveLength(1);
		expect(mail[0].password).toMatch(/^\d{16}$/);
		const token = await h.login('new@example.com', mail[0].password);
		expect(resultOf(await h.user('GET', '/user', token)).user.tariff.id).toBe(1);
		expect(resultOf(await h.api('GET', '/api/wallets', { token: user.api_token }))).toEqual([]);
	});

	test('signup refuses a taken, invalid or missing e-mail with -3005', async () => {
		for (const email of [D.email, 'not-an-email', '']) {
			expect(errorOf(await h.user('POST', '/signup', null, { email })).code).toBe(-3005);
		}
	});

	test('forgot password: always success, a new password at most once a day', async () => {
		expect(
			resultOf(await h.user('POST', '/forgot-password', null, { email: 'nobody@example.com' })),
		).toBe('success');
		expect(resultOf(await h.user('POST', '/forgot-password', null, { email: D.email }))).toBe(
			'success',
		);
		const [m1] = (await h.ctl('GET', `/mail?to=${D.email}&kind=forgot-password`)).json;
		expect(m1.password).toMatch(/^\d{16}$/);
		const old = await h.user('POST', '/login', null, { username: D.email, password: D.password });
		expect(errorOf(old).code).toBe(-3005);
		await h.login(D.email, m1.password);
		await h.advance({ advanceHours: 23 });
		expect(resultOf(await h.user('POST', '/forgot-password', null, { email: D.email }))).toBe(
			'success',
		);
		expect((await h.ctl('GET', '/mail?kind=forgot-password')).json).toHaveLength(1);
		await h.advance({ advanceHours: 1 });
		resultOf(await h.user('POST', '/forgot-password', null, { email: D.email }));
		expect((await h.ctl('GET', '/mail?kind=forgot-password')).json).toHaveLength(2);
		expect(errorOf(await h.user('POST', '/forgot-password', null, { email: '' })).code).toBe(-3005);
	});
});

describe('the secret-token link', () => {
	test('request -> mailed link token -> secret token, single use', async () => {
		const token = await h.login();
		const r = await h.user('POST', '/request-secret-token', token);
		expect(r.json).toEqual({ result: 'success', errors: expect.anything() });
		const link = (await h.ctl('GET', '/secret-token-link')).json;
		expect(link.token).toMatch(/^[0-9a-f]{64}$/);
		expect(link.link).toBe(
			`http://address.so/user/secret-token?request-secret-token=${link.token}`,
		);
		const got = await h.user('GET', `/user/secret-token?request-secret-token=${link.token}`);
		expect(resultOf(got)).toEqual({ secret_token: D.secretToken });
		const twice = await h.user('GET', `/user/secret-token?request-secret-token=${link.token}`);
		expect(errorOf(twice).code).toBe(-3062);
		expect(errorOf(await h.user('GET', '/user/secret-token')).code).toBe(-3005);
	});

	test('once per minute (-3060), and the link token expires after 30 minutes', async () => {
		const token = await h.login();
		resultOf(await h.user('POST', '/request-secret-token', token));
		const again = await h.user('POST', '/request-secret-token', token);
		expect(again.status).toBe(429);
		expect(errorOf(again).code).toBe(-3060);
		await h.advance({ advanceSeconds: 60 });
		resultOf(await h.user('POST', '/request-secret-token', token));
		const link = (await h.ctl('GET', '/secret-token-link')).json;
		await h.advance({ advanceMinutes: 30 });
		expect(
			errorOf(await h.user('GET', `/user/secret-token?request-secret-token=${link.token}`)).code,
		).toBe(-3062);
		expect(errorOf(await h.user('POST', '/request-secret-token', null)).code).toBe(-3058);
	});
});

describe('tariffs', () => {
	test('the plan list, and a plan change request', async () => {
		const token = await h.login();
		const list = resultOf(await h.user('GET', '/user/tariffs', token));
		expect(
			list.map((t) => [t.id, t.name, t.requests_per_sec, t.max_accounts, t.is_default]),
		).toEqual([
			[1, 'Free plan', 3, 15, true],
			[2, 'Professional', 100, 10000, false],
		]);
		expect(
			resultOf(
				await h.user('POST', '/user/tariff-request', token, {
					tariff_id: '1',
					email: 'me@example.com',
				}),
			),
		).toBe('success');
		expect((await h.ctl('GET', '/state')).json.tariffRequests).toEqual([
			expect.objectContaining({ user_id: 1, tariff_id: 1, email: 'me@example.com' }),
		]);
		expect(
			errorOf(
				await h.user('POST', '/user/tariff-request', token, {
					tariff_id: '9',
					email: 'me@example.com',
				}),
			).code,
		).toBe(-3005);
		expect(
			errorOf(await h.user('POST', '/user/tariff-request', token, { tariff_id: '1' })).code,
		).toBe(-3005);
	});
});
