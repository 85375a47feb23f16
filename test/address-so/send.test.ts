/**
 * Sends (wallet and account) over real HTTP: each signing scheme as the sandbox verifies it, the
 * bytes signed are the bytes sent, the payment password, the answer, and Check Outcome.
 */
import { addressSoMac, schemeOf } from '../../nodes/AddressSo/helpers/signature';
import { authenticatedRequests } from '../helpers/harness';
import type { AddressSoSandbox } from './setup';
import { ACCOUNT_11, BTC, byId, hits, run, runError, startSandbox, WALLET_5, XRP } from './setup';

let sb: AddressSoSandbox;
beforeAll(async () => {
	sb = await startSandbox();
});
afterAll(async () => sb.close());
beforeEach(() => {
	sb.reset();
	authenticatedRequests.length = 0;
});

const walletSend = (extra = {}) => ({
	resource: 'wallet',
	operation: 'send',
	...WALLET_5,
	amount: '0.001',
	recipient: BTC,
	additionalFields: {},
	options: {},
	...extra,
});

/** The raw body the sandbox received for the (only) send, split at its `sign`. */
function receivedSend(path = '/api/coins/btc/wallets/5/send') {
	const sends = hits(sb, path, 'POST');
	expect(sends).toHaveLength(1);
	const body = sends[0].body;
	const at = body.lastIndexOf('&sign=');
	return { request: sends[0], body, message: body.slice(0, at), sign: body.slice(at + 6) };
}

describe.each([
	['sdk2020', 'sdk-2020', 'recipient'],
	['sdk2019', 'sdk-2019', 'recipient'],
	['doc', 'doc', 'recepient'],
])('scheme %s', (scheme, sandboxScheme, spelling) => {
	test('the sandbox, accepting only this scheme, verifies the send; signed bytes = sent bytes', async () => {
		sb.setSchemes([sandboxScheme]);
		const [out] = await run(sb, walletSend(), [{}], {}, { signingScheme: scheme });
		expect(out).toMatchObject({ coin: 'btc', wallet_id: '5', amount: '0.001', recipient: BTC });
		expect(out.txid).toMatch(/^[0-9a-f]{64}$/);
		const { request, body, message, sign } = receivedSend();
		expect(request.signature?.scheme).toBe(sandboxScheme);
		expect(request.headers['content-type']).toBe('application/x-www-form-urlencoded');
		expect(message).toContain(`${spelling}=${BTC}`);
		expect(message).toContain(`payment_password=${String(sb.credentials.paymentPassword)}`);
		// one byte differing between what was signed and what was sent fails here
		expect(sign).toBe(addressSoMac(schemeOf(scheme), String(sb.credentials.secretToken), message));
		const signed = authenticatedRequests.find((r) => String(r.url).endsWith('/send'));
		expect(Buffer.from(String(signed?.body))).toEqual(Buffer.from(body));
	});

	test('a credential on another scheme is refused with BAD_SIGN, a proven refusal', async () => {
		sb.setSchemes([sandboxScheme]);
		const other = scheme === 'doc' ? 'sdk2020' : 'doc';
		const error = await runError(sb, walletSend(), { signingScheme: other });
		expect(error.message).toMatch(/\[-3061\]: BAD_SIGN/);
		expect(error.context.outcome).toBe('refused');
		expect(hits(sb, '/api/coins/btc/wallets/5/send')).toHaveLength(1);
	});
});

test('all optional fields are sent and signed; the payment password is checked by the sandbox', async () => {
	sb.setSettings({ requirePaymentPassword: true });
	await run(
		sb,
		walletSend({
			additionalFields: { feePriority: 3, oddAddress: '3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy' },
		}),
	);
	const { message } = receivedSend();
	expect(message).toBe(
		`amount=0.001&fee_priority=3&odd_address=3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy&payment_password=${String(sb.credentials.paymentPassword)}&recipient=${BTC}`,
	);
	sb.reset();
	sb.setSettings({ requirePaymentPassword: true });
	const wrong = await runError(sb, walletSend(), { paymentPassword: 'not-it' });
	expect(wrong.message).toMatch(/\[-3062\]/);
	expect(wrong.context.outcome).toBe('refused');
	expect(`${wrong.message}${wrong.description}`).not.toContain('not-it');
});

test('account send; INSUFFICIENT_FUNDS is a proven refusal', async () => {
	const [out] = await run(sb, {
		...walletSend(),
		resource: 'account',
		...ACCOUNT_11,
		amount: '0.1',
	});
	expect(out).toMatchObject({ account_id: '11', wallet_id: '5' });
	receivedSend('/api/coins/btc/wallets/5/accounts/11/send');
	const poor = await runError(sb, {
		...walletSend(),
		resource: 'account',
		...ACCOUNT_11,
		amount: '5',
	});
	expect(poor.message).toMatch(/\[-2500\]: INSUFFICIENT_FUNDS/);
	expect(poor.context.outcome).toBe('refused');
});

describe('unknown outcomes and Check Outcome', () => {
	test('a cut connection: one request, UNKNOWN; Check Outcome then finds the send', async () => {
		sb.faults.push({ path: '/api/coins/btc/wallets/5/send', drop: 'after', times: 5 });
		const [failed] = await run(sb, walletSend(), [{}], { continueOnFail: true });
		expect(hits(sb, '/api/coins/btc/wallets/5/send')).toHaveLength(1);
		const details = failed.details as {
			outcome: string;
			payout: { sentAt: string; wallet: string };
		};
		expect(details.outcome).toBe('unknown');
		expect(details.payout).toMatchObject({
			currency: 'btc',
			amount: '0.001',
			destination: BTC,
			wallet: '5',
		});
		const [check] = await run(
			sb,
			{ resource: 'wallet', operation: 'checkOutcome', ...WALLET_5, payoutSource: 'input' },
			[failed],
		);
		// the sandbox lists a send with its fee counted in: a person decides, never "not sent"
		expect(check.outcome).toBe('still_unknown');
		expect(check.transaction).toMatchObject({ address: BTC, amount_int: '-101000' });
	});

	test('a Ripple send with a destination tag is found by the tag', async () => {
		const [wallet] = await run(sb, {
			resource: 'wallet',
			operation: 'create',
			coin: 'xrp',
			label: 'x',
			options: {},
		});
		sb.setBalance({ wallet: wallet.id, amount_int: '50000000' });
		const xrp = { coin: 'xrp', wallet: byId(String(wallet.id)) };
		sb.faults.push({
			path: `/api/coins/xrp/wallets/${String(wallet.id)}/send`,
			drop: 'after',
			times: 1,
		});
		const [failed] = await run(
			sb,
			walletSend({ ...xrp, amount: '1.5', recipient: XRP, additionalFields: { tag: '12345' } }),
			[{}],
			{ continueOnFail: true },
		);
		const [check] = await run(
			sb,
			{ resource: 'wallet', operation: 'checkOutcome', ...xrp, payoutSource: 'input' },
			[failed],
		);
		expect(check).toMatchObject({
			outcome: 'sent',
			transaction: expect.objectContaining({ tag: 12345 }),
		});
		expect(
			hits(sb, `/api/coins/xrp/wallets/${String(wallet.id)}/transactions`)[0].query,
		).toMatchObject({ tag: '12345' });
	});

	test('no such send, sent long enough ago: not_sent; without time or tag: still_unknown', async () => {
		const manual = {
			resource: 'account',
			operation: 'checkOutcome',
			...ACCOUNT_11,
			payoutSource: 'manual',
			currency: 'btc',
			amount: '0.002',
			destination: BTC,
			reference: '',
		};
		const [gone] = await run(sb, {
			...manual,
			sentAt: new Date(Date.now() - 300_000).toISOString(),
		});
		expect(gone.outcome).toBe('not_sent');
		const [vague] = await run(sb, { ...manual, sentAt: '' });
		expect(vague.outcome).toBe('still_unknown');
		const wrongCoin = await runError(sb, { ...manual, currency: 'eth', sentAt: '' });
		expect(wrongCoin.message).toMatch(/^Coin is btc/);
	});
});

test('Safety Limits apply to sends: over the max amount, nothing is sent', async () => {
	const error = await runError(sb, {
		...walletSend({ amount: '0.01' }),
		safetyLimits: { maxAmounts: { limit: [{ currency: 'BTC', amount: '0.005' }] } },
	});
	expect(error.message).toMatch(/0\.005/);
	expect(hits(sb, '/api/coins/btc/wallets/5/send')).toHaveLength(0);
});
