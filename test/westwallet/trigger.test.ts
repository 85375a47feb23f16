/**
 * WestWallet Trigger: IPNs are unsigned form-urlencoded POSTs, so the trigger combines a secret
 * token in the URL, a source-IP allowlist and a confirmation of the transaction through the API.
 * Every rejection answers 401/403 and hands nothing to the workflow (no execution).
 */
import type { IDataObject } from 'n8n-workflow';
import type { WestWalletSandbox } from './setup';
import { deliverIpn, hook, startSandbox } from './setup';

const TOKEN = 'test-secret-token-0123456789';
const WESTWALLET_IP = '5.188.51.47';

let sb: WestWalletSandbox;
let depositTx: IDataObject;
let depositIpnBody: string;

beforeAll(async () => {
	sb = await startSandbox();
});
afterAll(async () => sb.close());

beforeEach(async () => {
	sb.reset();
	// A deposit to a generated address; its IPN goes to a closed port, and we take the exact bytes
	// the sandbox sent from its delivery log.
	const { transaction, delivery } = await createDeposit('completed');
	depositTx = transaction;
	depositIpnBody = String(delivery!.body);
	sb.requests.length = 0;
});

async function createDeposit(status: string) {
	const state = sb as unknown as { state: { addresses: IDataObject[] } };
	const addressCount = state.state.addresses.length;
	// Generate an address through the sandbox API helper path (signed like a client would).
	const body = JSON.stringify({
		currency: 'BTC',
		ipn_url: 'http://127.0.0.1:9/ipn',
		label: `order-${addressCount}`,
	});
	const headers = (sb as unknown as { sign: (p: string) => Record<string, string> }).sign(body);
	const res = await fetch(`${sb.url}/address/generate`, {
		method: 'POST',
		body,
		headers: { ...headers, 'Content-Type': 'application/json' },
	});
	const addr = (await res.json()) as IDataObject;
	return sb.deposit({ address: addr.address, amount: '0.25', status });
}

function form(_body: string): Record<string, string> {
	return { 'content-type': 'application/x-www-form-urlencoded' };
}

test('the IPN is form-urlencoded with the documented fields', () => {
	const fields = Object.fromEntries(new URLSearchParams(depositIpnBody));
	expect(fields).toMatchObject({
		id: String(depositTx.id),
		amount: '0.25',
		currency: 'BTC',
		status: 'completed',
	});
});

test('a valid IPN is accepted: 200, one execution, with the data the API confirmed', async () => {
	const r = await deliverIpn(
		sb,
		{},
		{
			rawBody: depositIpnBody,
			body: {},
			headers: form(depositIpnBody),
			query: { token: TOKEN },
			ip: WESTWALLET_IP,
		},
	);
	expect(r.status).toBe(200);
	expect(r.sent).toBe('OK');
	expect(r.startsExecution).toBe(true);
	expect(r.items).toHaveLength(1);
	expect(r.items[0]).toMatchObject({
		id: depositTx.id,
		type: 'receive',
		status: 'completed',
		currency: 'BTC',
	});
	// The API was asked about exactly this transaction.
	expect(sb.requests.map((q) => [q.path, q.body])).toEqual([
		['/wallet/transaction', JSON.stringify({ id: depositTx.id })],
	]);
});

test('the raw body is read with readRawBody() when n8n did not pre-read it', async () => {
	const r = await deliverIpn(
		sb,
		{},
		{
			rawBody: depositIpnBody,
			headers: form(depositIpnBody),
			query: { token: TOKEN },
			ip: WESTWALLET_IP,
			lazyRawBody: true,
		},
	);
	expect(r.startsExecution).toBe(true);
});

test('IPv6-mapped addresses match the allowlist', async () => {
	const r = await deliverIpn(
		sb,
		{},
		{ rawBody: depositIpnBody, query: { token: TOKEN }, ip: `::ffff:${WESTWALLET_IP}` },
	);
	expect(r.startsExecution).toBe(true);
});

describe('rejections start no execution', () => {
	const cases: Array<
		[string, IDataObject, () => { rawBody: string; query?: IDataObject; ip?: string }, number]
	> = [
		['missing token', {}, () => ({ rawBody: depositIpnBody, query: {}, ip: WESTWALLET_IP }), 401],
		[
			'wrong token',
			{},
			() => ({
				rawBody: depositIpnBody,
				query: { token: 'test-secret-token-0123456788' },
				ip: WESTWALLET_IP,
			}),
			401,
		],
		[
			'token with a different length',
			{},
			() => ({ rawBody: depositIpnBody, query: { token: TOKEN + 'x' }, ip: WESTWALLET_IP }),
			401,
		],
		[
			'disallowed IP',
			{},
			() => ({ rawBody: depositIpnBody, query: { token: TOKEN }, ip: '203.0.113.9' }),
			403,
		],
		[
			'unknown transaction id',
			{},
			() => ({
				rawBody: depositIpnBody.replace(/id=\d+/, 'id=999999999'),
				query: { token: TOKEN },
				ip: WESTWALLET_IP,
			}),
			401,
		],
		[
			'tampered amount',
			{},
			() => ({
				rawBody: depositIpnBody.replace('amount=0.25', 'amount=250'),
				query: { token: TOKEN },
				ip: WESTWALLET_IP,
			}),
			401,
		],
		[
			'tampered currency',
			{},
			() => ({
				rawBody: depositIpnBody.replace('currency=BTC', 'currency=ETH'),
				query: { token: TOKEN },
				ip: WESTWALLET_IP,
			}),
			401,
		],
		[
			'tampered address',
			{},
			() => ({
				rawBody: depositIpnBody.replace(
					/address=[^&]+/,
					'address=3KJFvx88XUtqUgannLDZFm7XzHXACGLuJL',
				),
				query: { token: TOKEN },
				ip: WESTWALLET_IP,
			}),
			401,
		],
		[
			'status the API does not confirm',
			{},
			() => ({
				rawBody: depositIpnBody.replace('status=completed', 'status=pending'),
				query: { token: TOKEN },
				ip: WESTWALLET_IP,
			}),
			401,
		],
		['empty body', {}, () => ({ rawBody: '', query: { token: TOKEN }, ip: WESTWALLET_IP }), 401],
		[
			'malformed body',
			{},
			() => ({ rawBody: '%%%garbage{{', query: { token: TOKEN }, ip: WESTWALLET_IP }),
			401,
		],
		[
			'malformed JSON body',
			{},
			() => ({ rawBody: '{"id": 1', query: { token: TOKEN }, ip: WESTWALLET_IP }),
			401,
		],
	];
	test.each(cases)('%s', async (_name, params, request, status) => {
		const r = await deliverIpn(sb, params, request());
		expect(r.status).toBe(status);
		expect(r.startsExecution).toBe(false);
		expect(r.response.noWebhookResponse).toBe(true);
		expect(String(r.sent)).toMatch(/^(Unauthorized|Forbidden)$/);
	});
});

test('status and type filters: an authentic IPN that is filtered out gets 200 and no execution', async () => {
	const pending = await createDeposit('pending');
	const body = String(pending.delivery!.body);
	const r1 = await deliverIpn(
		sb,
		{ statuses: ['completed'] },
		{ rawBody: body, query: { token: TOKEN }, ip: WESTWALLET_IP },
	);
	expect(r1.status).toBe(200);
	expect(r1.startsExecution).toBe(false);
	const r2 = await deliverIpn(
		sb,
		{ statuses: ['pending', 'completed'] },
		{ rawBody: body, query: { token: TOKEN }, ip: WESTWALLET_IP },
	);
	expect(r2.startsExecution).toBe(true);
	const r3 = await deliverIpn(
		sb,
		{ types: ['send'] },
		{ rawBody: depositIpnBody, query: { token: TOKEN }, ip: WESTWALLET_IP },
	);
	expect(r3.status).toBe(200);
	expect(r3.startsExecution).toBe(false);
});

test('without API confirmation the IPN fields are emitted as received (amounts stay text)', async () => {
	const r = await deliverIpn(
		undefined,
		{ confirmViaApi: false, allowedIps: '' },
		{ rawBody: depositIpnBody, query: { token: TOKEN }, ip: '198.51.100.1' },
	);
	expect(r.startsExecution).toBe(true);
	expect(r.items[0]).toMatchObject({ id: String(depositTx.id), amount: '0.25' });
});

test('an allowlist with ranges', async () => {
	const ok = await deliverIpn(
		sb,
		{ allowedIps: '10.0.0.0/8, 127.0.0.1' },
		{ rawBody: depositIpnBody, query: { token: TOKEN }, ip: '10.20.30.40' },
	);
	expect(ok.startsExecution).toBe(true);
	const no = await deliverIpn(
		sb,
		{ allowedIps: '10.0.0.0/8' },
		{ rawBody: depositIpnBody, query: { token: TOKEN }, ip: '11.0.0.1' },
	);
	expect(no.status).toBe(403);
});

describe('activation checks the settings', () => {
	test('a short secret token is refused', async () => {
		await expect(hook({ secretToken: 'short' }, 'create')).rejects.toThrow(
			/at least 16 characters/,
		);
	});
	test('an invalid allowlist is refused', async () => {
		await expect(hook({ allowedIps: '5.188.51.47, not-an-ip' }, 'create')).rejects.toThrow(
			/Allowed IPs: "not-an-ip"/,
		);
	});
	test('valid settings activate; nothing to unregister', async () => {
		expect(await hook({}, 'checkExists')).toBe(false);
		expect(await hook({}, 'create')).toBe(true);
		expect(await hook({}, 'delete')).toBe(true);
	});
});

test('when the API cannot confirm (our credential refused), the IPN gets 503 and starts nothing', async () => {
	const setup = { ...sb, credentials: { ...sb.credentials, privateKey: 'not-the-private-key' } };
	const r = await deliverIpn(
		setup as WestWalletSandbox,
		{},
		{ rawBody: depositIpnBody, query: { token: TOKEN }, ip: WESTWALLET_IP },
	);
	expect(r.status).toBe(503);
	expect(r.startsExecution).toBe(false);
});
