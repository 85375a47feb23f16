/**
 * Wyre's error bodies: every documented type becomes an error naming the type, sub-type, field and
 * what to do; which answers prove a refusal; transient reads retried, writes and transfers never;
 * a money request answered with nothing provable is an UNKNOWN outcome.
 */
import type { IDataObject } from 'n8n-workflow';
import { explainWyreError, parseWyreError } from '../../nodes/Wyre/transport';
import type { WyreSandbox } from './setup';
import { apiRequests, rl, run, startSandbox, WALLET, WALLET2 } from './setup';

let sb: WyreSandbox;
beforeAll(async () => {
	sb = await startSandbox();
});
afterAll(async () => sb.close());
beforeEach(() => sb.reset());

const wyreBody = (type: string, o: IDataObject = {}) => ({
	language: 'en',
	exceptionId: 'TLFN89',
	errorCode: 'some.code',
	message: `A ${type} happened`,
	type,
	transient: false,
	...o,
});

const transfer = {
	resource: 'transfer',
	operation: 'create',
	sourceType: 'wallet',
	source: WALLET,
	sourceCurrency: 'BTC',
	sourceAmount: '0.01',
	destType: 'wallet',
	dest: WALLET2,
};
const walletGet = { resource: 'wallet', operation: 'get', walletId: rl(WALLET) };

describe('every documented error type', () => {
	it.each([
		['ValidationException', 400, /correct the field/],
		['FieldRequiredException', 400, /required field is missing/],
		['InsufficientFundsException', 400, /not hold enough funds/],
		['AccessDeniedException', 401, /check the Wyre credential/],
		['TransferException', 400, /refused the transfer/],
		['MFARequiredException', 400, /multi-factor/],
		['CustomerSupportException', 400, /customer support/],
		['NotFoundException', 404, /Nothing was found/],
		['NotFoundException', 400, /Nothing was found/],
		['RateLimitException', 429, /Too many requests/],
		['UnknownException', 500, /internal error/],
	])('%s (HTTP %i) on a read', async (type, status, advice) => {
		sb.faults.push({
			path: `/v2/wallet/${WALLET}`,
			status,
			body: wyreBody(type),
			headers: { 'Retry-After': '0' },
			times: 10,
		});
		const out = await run(sb, walletGet, [{}], { continueOnFail: true });
		const json = out[0].json;
		expect(json.error).toContain(`Wyre error [${type}]`);
		expect(json.error).toMatch(advice);
		const details = json.details as IDataObject;
		expect(details.code).toBe(type);
		expect(details.provider).toMatchObject({ type, exceptionId: 'TLFN89' });
	});

	it('names the sub-type and the problematic field, with what to do', async () => {
		sb.faults.push({
			path: '/v3/transfers',
			status: 400,
			body: wyreBody('ValidationException', {
				subType: 'TRANSACTION_AMOUNT_TOO_SMALL',
				problematicField: 'sourceAmount',
				problematicValue: '0.01',
			}),
		});
		const out = await run(sb, transfer, [{}], { continueOnFail: true });
		expect(out[0].json.error).toMatch(
			/ValidationException.*sub-type TRANSACTION_AMOUNT_TOO_SMALL, field "sourceAmount".*below the minimum/,
		);
		expect((out[0].json.details as IDataObject).outcome).toBe('refused');
	});

	it('parses only Wyre error bodies; anything else is its HTTP status', () => {
		expect(parseWyreError(200, { id: 'WA_1' })).toBeUndefined();
		expect(parseWyreError(502, '<html>bad gateway</html>')).toEqual({
			code: 'http_502',
			message: 'Wyre answered HTTP 502.',
		});
		expect(parseWyreError(400, { type: 'ValidationException', message: 'x' })?.code).toBe(
			'ValidationException',
		);
		expect(explainWyreError('http_502', 502)).toMatch(/internal error/);
	});
});

describe('retries and outcomes', () => {
	it('a read answered with a transient error is retried', async () => {
		sb.faults.push({
			path: `/v2/wallet/${WALLET}`,
			status: 400,
			body: wyreBody('ValidationException', { transient: true }),
			times: 1,
		});
		const out = await run(sb, walletGet);
		expect(out[0].json.id).toBe(WALLET);
		expect(apiRequests(sb).filter((r) => r.path === `/v2/wallet/${WALLET}`)).toHaveLength(2);
	});

	it('a read answered 429 RateLimitException is retried after Retry-After', async () => {
		sb.faults.push({
			path: `/v2/wallet/${WALLET}`,
			status: 429,
			headers: { 'Retry-After': '0' },
			times: 1,
		});
		const out = await run(sb, walletGet);
		expect(out[0].json.id).toBe(WALLET);
	});

	it('a write answered with a transient error is not retried (and proves a refusal)', async () => {
		sb.faults.push({
			path: '/v2/wallets',
			status: 400,
			body: wyreBody('ValidationException', { transient: true }),
			times: 5,
		});
		const out = await run(sb, { resource: 'wallet', operation: 'create', name: 'x' }, [{}], {
			continueOnFail: true,
		});
		expect(out[0].json.error).toMatch(/ValidationException/);
		expect(apiRequests(sb).filter((r) => r.path === '/v2/wallets')).toHaveLength(1);
	});

	it.each([
		['a 500 after acting', { status: 500, after: true }],
		['a 429 after acting', { status: 429, after: true }],
		['a cut connection after acting', { drop: 'after' }],
		['an unreadable 200', { status: 200, body: '<html>ok</html>' }],
	])('a transfer answered with %s is an UNKNOWN outcome, sent once', async (_name, fault) => {
		sb.faults.push({ path: '/v3/transfers', times: 5, ...fault });
		const out = await run(sb, transfer, [{}, {}], { continueOnFail: true });
		expect(out[0].json.error).toMatch(/UNKNOWN/);
		expect(out[0].json.message).toMatch(/Check Outcome.*Custom ID/);
		const details = out[0].json.details as IDataObject;
		expect(details.outcome).toBe('unknown');
		expect((details.payout as IDataObject).reference).toMatch(/^n8n-/);
		// the run stopped: the second item was not sent
		expect((out[1].json.details as IDataObject).outcome).toBe('not_sent');
		expect(apiRequests(sb).filter((r) => r.path === '/v3/transfers')).toHaveLength(1);
	});

	it.each([
		['no transfer id', { status: 'PENDING' }],
		['another Custom ID', { id: 'TF_OTHER', customId: 'someone-else' }],
	])('a 200 answer with %s is an UNKNOWN outcome', async (_name, body) => {
		sb.faults.push({ path: '/v3/transfers', status: 200, body, times: 1 });
		const out = await run(sb, transfer, [{}], { continueOnFail: true });
		expect(out[0].json.error).toMatch(/outcome of this transfer is UNKNOWN/);
		expect((out[0].json.details as IDataObject).outcome).toBe('unknown');
	});

	it('a refused transfer (insufficient funds) is refused, the next item still sent', async () => {
		const out = await run(
			sb,
			{ ...transfer, sourceAmount: '={{ $json.amount }}' },
			[{ amount: '999' }, { amount: '0.01' }],
			{ continueOnFail: true },
		);
		expect(out[0].json.error).toMatch(/InsufficientFundsException/);
		expect((out[0].json.details as IDataObject).outcome).toBe('refused');
		expect(String(out[1].json.id)).toMatch(/^TF_/);
	});
});
