/**
 * The shared payout runner and Safety Limits, exercised through one real money operation
 * (WestWallet Withdrawal → Create against its sandbox): what every provider's money operations get.
 */
import type { IDataObject } from 'n8n-workflow';
import { summarize } from '../../nodes/shared/payouts/runner';
import type { WestWalletSandbox } from '../westwallet/setup';
import { BTC_ADDRESS, BTC_ADDRESS_2, BTC_ADDRESS_3, run, startSandbox } from '../westwallet/setup';

let sb: WestWalletSandbox;
beforeAll(async () => {
	sb = await startSandbox();
});
afterAll(async () => sb.close());
beforeEach(() => sb.reset());

const sends = () => sb.requests.filter((r) => r.path === '/wallet/create_withdrawal');
const payout = (safetyLimits: IDataObject = {}) => ({
	resource: 'withdrawal',
	operation: 'create',
	currency: 'BTC',
	amount: '={{ $json.amount }}',
	address: '={{ $json.to }}',
	additionalFields: {},
	options: {},
	safetyLimits,
});
const rows = [
	{ to: BTC_ADDRESS, amount: '0.01' },
	{ to: BTC_ADDRESS_2, amount: '0.02' },
	{ to: BTC_ADDRESS_3, amount: '0.03' },
];

async function failure(parameters: IDataObject, input: IDataObject[], extra = {}) {
	return run(sb, parameters, input, extra).then(
		() => {
			throw new Error('expected the run to fail');
		},
		(e) => e as Error & { description?: string; context: IDataObject },
	);
}

describe('payout runner', () => {
	test('every item is checked before anything is sent: a bad row 3 sends nothing', async () => {
		const error = await failure(payout(), [
			...rows.slice(0, 2),
			{ to: BTC_ADDRESS_3, amount: '0,03' },
		]);
		expect(error.message).toMatch(/^Amount "0,03" is not a plain decimal/);
		expect(sends()).toHaveLength(0);
	});

	test('an unknown outcome stops the run; the error reports per item what was sent', async () => {
		// The 2nd withdrawal is carried out, then answered 500.
		sb.faults.push({
			path: '/wallet/create_withdrawal',
			status: 500,
			after: true,
			skip: 1,
			times: 1,
		});
		const error = await failure(payout(), rows);
		expect(error.message).toMatch(/UNKNOWN/);
		expect(error.description).toMatch(
			/Per item: item 1: sent; item 2: UNKNOWN outcome; item 3: not sent\./,
		);
		expect(error.description).toMatch(/To resume safely/);
		const results = error.context.itemResults as IDataObject[];
		expect(results.map((r) => r.status)).toEqual(['sent', 'unknown', 'not_sent']);
		expect((results[0].result as IDataObject[])[0]).toMatchObject({
			status: 'pending',
			address: BTC_ADDRESS,
		});
		expect((results[1].payouts as IDataObject[])[0]).toMatchObject({
			currency: 'BTC',
			amount: '0.02',
			destination: BTC_ADDRESS_2,
			sentAt: expect.any(String),
		});
		expect(sends()).toHaveLength(2);
		expect(sb.snapshot().transactions.filter((t) => t.type === 'send')).toHaveLength(2); // the 2nd WAS carried out
	});

	test('with Continue On Fail, every item gets its output: sent, unknown, not sent', async () => {
		sb.faults.push({ path: '/wallet/create_withdrawal', drop: 'after', skip: 1, times: 1 });
		const out = await run(sb, payout(), rows, { continueOnFail: true });
		expect(out.map((o) => o.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		expect(out[0].json).toMatchObject({ status: 'pending' });
		expect(out[1].json).toMatchObject({
			details: { outcome: 'unknown', payout: { destination: BTC_ADDRESS_2, amount: '0.02' } },
		});
		expect(out[2].json).toMatchObject({
			details: { outcome: 'not_sent', payout: { destination: BTC_ADDRESS_3 } },
		});
		expect(String(out[2].json.error)).toMatch(
			/Not sent: an earlier payout of this run has an UNKNOWN outcome/,
		);
		expect(sends()).toHaveLength(2);
	});

	test('a documented refusal does not stop a Continue On Fail run', async () => {
		sb.faults.push({
			path: '/wallet/create_withdrawal',
			status: 400,
			body: { error: 'insufficient_funds' },
			times: 1,
		});
		const out = await run(sb, payout(), rows, { continueOnFail: true });
		expect(out.map((o) => (o.json.details as IDataObject | undefined)?.outcome ?? 'sent')).toEqual([
			'refused',
			'sent',
			'sent',
		]);
		expect(sends()).toHaveLength(3);
	});

	test('summarize groups item ranges', () => {
		const r = (status: string) => ({ status }) as never;
		expect(summarize([r('sent'), r('sent'), r('refused'), r('not_sent')])).toBe(
			'items 1–2: sent; item 3: refused; item 4: not sent',
		);
	});
});

describe('Safety Limits', () => {
	test('Max Amount per Payout: a payout above the limit sends nothing, naming the limit and the item', async () => {
		const error = await failure(
			payout({ maxAmounts: { limit: [{ currency: 'btc', amount: '0.025' }] } }),
			rows,
		);
		expect(error.message).toBe(
			'Safety limit "Max Amount per Payout" exceeded: item 3 would send 0.03 BTC, the limit is 0.025 BTC',
		);
		expect(error.description).toMatch(/Nothing was sent/);
		expect(sends()).toHaveLength(0);
	});

	test('Allowed Destinations: an address not in the list sends nothing', async () => {
		const error = await failure(
			payout({ allowedDestinations: `${BTC_ADDRESS}\n${BTC_ADDRESS_2}` }),
			rows,
		);
		expect(error.message).toBe(
			`Safety limit "Allowed Destinations": item 3 would send to ${BTC_ADDRESS_3}, which is not in the list`,
		);
		expect(sends()).toHaveLength(0);
	});

	test('Max Payouts per Execution: counted over the whole run before the first request', async () => {
		const error = await failure(payout({ maxPayouts: 2 }), rows);
		expect(error.message).toMatch(
			/^Safety limit "Max Payouts per Execution" \(2\) exceeded at item 3/,
		);
		expect(sends()).toHaveLength(0);
		const ok = await run(sb, payout({ maxPayouts: 3 }), rows);
		expect(ok).toHaveLength(3);
	});

	test('limits are read once per run, so an input row cannot raise its own limit', async () => {
		const error = await failure(
			payout({ maxAmounts: { limit: [{ currency: 'BTC', amount: '={{ $json.limit }}' }] } }),
			[
				{ to: BTC_ADDRESS, amount: '0.01', limit: '0.01' },
				{ to: BTC_ADDRESS_2, amount: '5', limit: '100' },
			],
		);
		expect(error.message).toMatch(/item 2 would send 5 BTC, the limit is 0.01 BTC/);
		expect(sends()).toHaveLength(0);
	});

	test('an invalid limit is an error before anything is sent', async () => {
		const error = await failure(
			payout({ maxAmounts: { limit: [{ currency: 'BTC', amount: 'lots' }] } }),
			rows,
		);
		expect(error.message).toMatch(
			/^Safety Limits → Max Amount per Payout \(BTC\) "lots" is not a plain decimal/,
		);
		expect(sends()).toHaveLength(0);
	});
});

describe('Safety Limits when an AI agent runs the node as a tool', () => {
	const asTool = { type: 'n8n-nodes-crypto-payments.westWalletTool' };

	test('without limits, the tool refuses to pay', async () => {
		const error = await failure(payout(), [rows[0]], asTool);
		expect(error.message).toMatch(/^Refused: this payout was requested by an AI agent/);
		expect(sends()).toHaveLength(0);
	});

	test('with Continue On Fail the refusal is an error item per input item, never a pass-through', async () => {
		const out = await run(sb, payout(), rows.slice(0, 2), { ...asTool, continueOnFail: true });
		expect(sends()).toHaveLength(0);
		expect(out.map((o) => o.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
		expect(out[0].json.error).toMatch(/^Refused: this payout was requested by an AI agent/);
		expect(out[1].json.error).toMatch(/^Not sent because of item 1: Refused: this payout/);
		for (const o of out)
			expect(o.json.details).toMatchObject({
				code: 'ai_tool_without_limits',
				limit: 'Allow Unlimited Payouts From AI Agents',
				outcome: 'not_sent',
			});
	});

	test('a count limit alone is not enough; with an amount limit for the currency it pays', async () => {
		await failure(payout({ maxPayouts: 1 }), [rows[0]], asTool);
		const out = await run(
			sb,
			payout({ maxPayouts: 1, maxAmounts: { limit: [{ currency: 'BTC', amount: '0.05' }] } }),
			[rows[0]],
			asTool,
		);
		expect(out).toHaveLength(1);
		expect(sends()).toHaveLength(1);
	});

	test('"Allow Unlimited Payouts From AI Agents" is the explicit way out', async () => {
		const out = await run(sb, payout({ allowUnlimitedForAi: true }), [rows[0]], asTool);
		expect(out).toHaveLength(1);
	});

	test('the same node run by a workflow (not a tool) needs no limits', async () => {
		const out = await run(sb, payout(), [rows[0]]);
		expect(out).toHaveLength(1);
	});
});
