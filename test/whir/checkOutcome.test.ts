/**
 * Transaction → Check Outcome: after a Create whose outcome was UNKNOWN, finds out from Whir's list
 * whether the transaction was created (same payouts, created around the send time).
 */
import type { IDataObject } from 'n8n-workflow';
import type { WhirSandbox } from './setup';
import { BTC, apiCreate, createParameters, run, runExpectingError, startSandbox } from './setup';

let sb: WhirSandbox;
beforeAll(async () => {
	sb = await startSandbox();
});
afterAll(async () => sb.close());
beforeEach(() => sb.reset());

const CREATE = '/api/createTransaction';
const rows: Array<[string, string]> = [
	[BTC.p2wpkh, '0.001'],
	[BTC.p2sh, '0.002'],
];
const check = (input: IDataObject[]) =>
	run(sb, { resource: 'transaction', operation: 'checkOutcome', payoutSource: 'input' }, input);
const manual = (destination: string, amount: string, sentAt: string) =>
	run(sb, {
		resource: 'transaction',
		operation: 'checkOutcome',
		payoutSource: 'manual',
		destination,
		amount,
		sentAt,
		network: 'mainnet',
	});

/** The error output of a Create whose answer was lost. */
async function unknownCreate(fault: IDataObject): Promise<IDataObject> {
	sb.faults.push({ path: CREATE, ...fault });
	const [out] = await run(sb, createParameters(rows), [{}], { continueOnFail: true });
	expect((out.json.details as IDataObject).outcome).toBe('unknown');
	return out.json;
}

test('created although the answer was lost: "sent", with the transaction', async () => {
	const failed = await unknownCreate({ drop: 'after' });
	const [created] = sb.snapshot().transactions;
	const [out] = await check([failed]);
	expect(out.json).toEqual(
		expect.objectContaining({
			outcome: 'sent',
			transaction: expect.objectContaining({ id: created.id }),
			payouts: (failed.details as IDataObject).payouts,
		}),
	);
});

test('not created (the request failed before Whir acted): "not_sent" once the send is a minute old', async () => {
	const failed = await unknownCreate({ status: 500 });
	expect(sb.snapshot().transactions).toHaveLength(0);
	const [recent] = await check([failed]);
	expect(recent.json).toEqual(
		expect.objectContaining({
			outcome: 'still_unknown',
			reason: 'Sent less than a minute ago: check again in a minute',
		}),
	);
	const old = new Date(Date.now() - 5 * 60_000).toISOString();
	const payouts = ((failed.details as IDataObject).payouts as IDataObject[]).map((p) => ({
		...p,
		sentAt: old,
	}));
	const [later] = await check([
		{ ...failed, details: { ...(failed.details as IDataObject), payouts } },
	]);
	expect(later.json.outcome).toBe('not_sent');
});

test('manual entry: found by address, amount and time; a different amount is not it', async () => {
	await apiCreate(sb, { [BTC.p2pkh]: '0.0042', [BTC.p2sh]: '0.1' });
	const now = new Date().toISOString();
	expect((await manual(BTC.p2pkh, '0.00420000', now))[0].json.outcome).toBe('sent');
	const old = new Date(Date.now() - 5 * 60_000).toISOString();
	expect((await manual(BTC.p2pkh, '0.0043', old))[0].json.outcome).toBe('not_sent');
});

test('two matching transactions around the time: "still_unknown" (check by hand)', async () => {
	await apiCreate(sb, { [BTC.p2pkh]: '0.0042' });
	await apiCreate(sb, { [BTC.p2pkh]: '0.0042' });
	const [out] = await manual(BTC.p2pkh, '0.0042', new Date().toISOString());
	expect(out.json).toEqual(
		expect.objectContaining({
			outcome: 'still_unknown',
			reason: '2 transactions with these payouts were created around then: check them by hand',
		}),
	);
});

test('a list-form answer (addresses only) still matches by address', async () => {
	await apiCreate(sb, { [BTC.p2pkh]: '0.0042' });
	sb.setPayoutsFormat('array');
	expect((await manual(BTC.p2pkh, '0.0042', new Date().toISOString()))[0].json.outcome).toBe(
		'sent',
	);
});

test('bad input: no payout in the item, a bad address', async () => {
	const error = await runExpectingError(
		sb,
		{ resource: 'transaction', operation: 'checkOutcome', payoutSource: 'input' },
		[{ foo: 1 }],
	);
	expect(error.message).toMatch(/has no "details.payout" or "details.payouts" field/);
	const bad = await runExpectingError(sb, {
		resource: 'transaction',
		operation: 'checkOutcome',
		payoutSource: 'manual',
		destination: '1BgGZ9tcN4rm9KBzDn7KprQz87SZ26SAMh',
		amount: '0.1',
		sentAt: new Date().toISOString(),
	});
	expect(bad.message).toMatch(/^Address .* is not a valid Bitcoin mainnet address/);
	expect(sb.requests).toHaveLength(0);
});
