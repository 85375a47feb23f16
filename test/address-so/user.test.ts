/** The user operations over real HTTP: session header, public endpoints, and no secret in any output. */
import type { AddressSoSandbox } from './setup';
import { allText, hits, run, runError, startSandbox } from './setup';

let sb: AddressSoSandbox;
beforeAll(async () => {
	sb = await startSandbox();
});
afterAll(async () => sb.close());
beforeEach(() => sb.reset());

const user = (operation: string, extra = {}) => ({ resource: 'user', operation, ...extra });
const secrets = () =>
	['password', 'apiToken', 'secretToken', 'paymentPassword'].map((k) => String(sb.credentials[k]));

test('Get: logs in once, sends X-Auth-Token, hides every token of the answer', async () => {
	const [me] = await run(sb, user('get'));
	expect(me).toMatchObject({ email: sb.credentials.email });
	expect(me.auth_token).toBe('***');
	expect(me.api_token).toBe('***');
	expect(hits(sb, '/login', 'POST')).toHaveLength(1);
	const [get] = hits(sb, '/user', 'GET');
	const session = sb.snapshot().sessions[0].token as string;
	expect(get.headers['x-auth-token']).toBe(session);
	expect(get.headers['x-api-token']).toBeUndefined();
	expect(allText(me)).not.toContain(session);
	for (const s of secrets()) expect(allText(me)).not.toContain(s);
});

test('an empty API token is taken from the log-in answer', async () => {
	const coins = await run(
		sb,
		{ resource: 'coin', operation: 'getAll', returnAll: true },
		[{}],
		{},
		{ apiToken: '' },
	);
	expect(coins.length).toBeGreaterThan(0);
	expect(hits(sb, '/api/coins')[0].headers['x-api-token']).toBe(sb.credentials.apiToken);
});

test('Sign Up and Forgot Password are public (no token sent); always success', async () => {
	const [created] = await run(sb, user('signUp', { email: 'new.user@example.com' }));
	expect(created).toMatchObject({ email: 'new.user@example.com' });
	const [signup] = hits(sb, '/signup', 'POST');
	expect(signup.body).toBe('email=new.user%40example.com');
	expect(signup.headers['x-auth-token']).toBeUndefined();
	expect(hits(sb, '/login')).toHaveLength(0);
	const [reset] = await run(sb, user('forgotPassword', { email: sb.credentials.email }));
	expect(reset).toEqual({ result: 'success' });
	// always "success", as documented (a second reset the same day is silently not made)
	expect(await run(sb, user('forgotPassword', { email: sb.credentials.email }))).toEqual([
		{ result: 'success' },
	]);
});

test('Request Secret Token (once a minute), then Get Secret Token from the link', async () => {
	expect(await run(sb, user('requestSecretToken'))).toEqual([{ result: 'success' }]);
	const again = await runError(sb, user('requestSecretToken'));
	expect(again.message).toMatch(/\[-3060\].*once per minute/);
	const { link } = sb.secretTokenLink();
	// the credential already holds this secret token: it is not shown again
	const [known] = await run(sb, user('getSecretToken', { requestToken: link }));
	expect(known.secret_token).toBe('***');
	expect(known.note).toMatch(/already/);
	sb.advanceClock({ advanceMinutes: 2 });
	await run(sb, user('requestSecretToken'));
	const { token } = sb.secretTokenLink();
	const [fresh] = await run(
		sb,
		user('getSecretToken', { requestToken: token }),
		[{}],
		{},
		{ secretToken: '' },
	);
	expect(fresh.secret_token).toBe(sb.credentials.secretToken);
	expect(hits(sb, '/user/secret-token')[1].query).toEqual({ 'request-secret-token': token });
	// the link works once
	const used = await runError(sb, user('getSecretToken', { requestToken: token }));
	expect(used.message).toMatch(/Address\.so error/);
});

test('Get Tariffs, Request Tariff', async () => {
	const tariffs = await run(sb, user('getTariffs'));
	expect(tariffs.map((t) => t.name)).toEqual(expect.arrayContaining(['Free plan', 'Professional']));
	expect(typeof tariffs[0].price).toBe('string');
	const [requested] = await run(
		sb,
		user('requestTariff', { tariffId: '2', email: 'boss@example.com' }),
	);
	expect(requested).toEqual({ tariff_id: '2', result: 'success' });
	expect(hits(sb, '/user/tariff-request')[0].body).toBe('tariff_id=2&email=boss%40example.com');
});

test('Log Out: the session ends; the token it names is not output', async () => {
	const [out] = await run(sb, user('logOut'));
	expect(String(out.result)).toMatch(/^Token \*\*\* removed$/);
	expect(sb.snapshot().sessions).toHaveLength(0);
});
