/** Transfers against the sandbox: create (money), confirm (money), get, list, track, check outcome. */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { derivedCustomId } from '../../nodes/Wyre/actions/transfer/transfer.helpers';
import type { WyreSandbox } from './setup';
import {
	apiRequests,
	BTC_ADDRESS,
	op,
	run,
	runError,
	startSandbox,
	WALLET,
	WALLET2,
} from './setup';

let sb: WyreSandbox;
beforeAll(async () => {
	sb = await startSandbox();
});
afterAll(async () => sb.close());
beforeEach(() => sb.reset());

const create = (extra: IDataObject = {}, fields: IDataObject = {}) => ({
	resource: 'transfer',
	operation: 'create',
	sourceType: 'wallet',
	source: WALLET,
	sourceCurrency: 'BTC',
	sourceAmount: '0.01',
	destType: 'wallet',
	dest: WALLET2,
	destCurrency: 'BTC',
	additionalFields: fields,
	...extra,
});

describe('Transfer → Create', () => {
	it('sends one signed POST /v3/transfers with the amount as exact text and a derived customId', async () => {
		const [tx] = await op(sb, 'transfer', 'create', create({}, { message: 'rent ✓' }));
		expect(tx.id).toMatch(/^TF_/);
		expect(tx.status).toBe('UNCONFIRMED');
		const sent = apiRequests(sb).filter((r) => r.path === '/v3/transfers');
		expect(sent).toHaveLength(1);
		const body = JSON.parse(sent[0].body);
		expect(body).toMatchObject({
			source: `wallet:${WALLET}`,
			sourceCurrency: 'BTC',
			sourceAmount: '0.01',
			dest: `wallet:${WALLET2}`,
			destCurrency: 'BTC',
			message: 'rent ✓',
		});
		expect(Object.keys(body)).toEqual([
			'source',
			'sourceCurrency',
			'sourceAmount',
			'dest',
			'destCurrency',
			'message',
			'customId',
		]);
		expect(body.customId).toMatch(/^n8n-/);
		expect(tx.customId).toBe(body.customId);
		// exact amounts: every amount of the answer is decimal text
		expect(typeof tx.sourceAmount).toBe('string');
		expect(typeof tx.destAmount).toBe('string');
		expect(sent[0].query.format).toBe('json_numberstring');
	});

	it('pays an external Bitcoin address by destination amount, auto-confirmed', async () => {
		const [tx] = await op(
			sb,
			'transfer',
			'create',
			create(
				{ destType: 'bitcoin', dest: BTC_ADDRESS, sourceAmount: '', destAmount: '0.001' },
				{ autoConfirm: true, amountIncludesFees: false, customId: 'order-42' },
			),
		);
		expect(tx.status).toBe('PENDING');
		expect(tx.dest).toBe(`bitcoin:${BTC_ADDRESS}`);
		expect(tx.destAmount).toBe('0.001');
		expect(tx.customId).toBe('order-42');
	});

	it('a raw SRN is sent with its type in lower case', async () => {
		await op(sb, 'transfer', 'create', create({ destType: 'raw', dest: `Wallet:${WALLET2}` }));
		const body = JSON.parse(apiRequests(sb).find((r) => r.path === '/v3/transfers')!.body);
		expect(body.dest).toBe(`wallet:${WALLET2}`);
	});

	it('a reused Custom ID is refused by Wyre: the item is refused, not unknown', async () => {
		await op(sb, 'transfer', 'create', create({}, { customId: 'same-1' }));
		const out = await run(sb, create({}, { customId: 'same-1' }), [{}], { continueOnFail: true });
		expect(out[0].json.error).toMatch(/ValidationException/);
		expect(out[0].json.error).toMatch(/SENDER_PROVIDED_ID_IN_USE/);
		expect((out[0].json.details as IDataObject).outcome).toBe('refused');
	});

	it('derives the same Custom ID for the same execution, node, run and item, another for any other', () => {
		const ctx = (execution: string | undefined, node = 'n1', runIndex = 0) =>
			({
				getExecutionId: () => execution,
				getNode: () => ({ id: node, name: 'Wyre' }),
				getWorkflow: () => ({ id: 'wf' }),
				getWorkflowDataProxy: () => ({ $runIndex: runIndex }),
			}) as unknown as IExecuteFunctions;
		const a = derivedCustomId(ctx('42'), 0);
		expect(a).toMatch(/^n8n-42-[0-9a-f]{8}-0-0$/);
		expect(derivedCustomId(ctx('42'), 0)).toBe(a);
		expect(derivedCustomId(ctx('42'), 1)).not.toBe(a);
		expect(derivedCustomId(ctx('42', 'n2'), 0)).not.toBe(a);
		expect(derivedCustomId(ctx('42', 'n1', 1), 0)).not.toBe(a);
		expect(derivedCustomId(ctx('43'), 0)).not.toBe(a);
		// without an execution id (a test run): a random tag, never a fixed one
		expect(derivedCustomId(ctx(undefined), 0)).not.toBe(derivedCustomId(ctx(undefined), 0));
	});

	it('Safety Limits refuse an amount above the maximum before anything is sent', async () => {
		const error = await runError(
			sb,
			create({
				safetyLimits: { maxAmounts: { limit: [{ currency: 'BTC', amount: '0.001' }] } },
			}),
		);
		expect(error.message).toMatch(/Max Amount per Payout/);
		expect(apiRequests(sb)).toHaveLength(0);
	});

	it('Safety Limits: Allowed Destinations compares the destination SRN', async () => {
		const error = await runError(
			sb,
			create({ safetyLimits: { allowedDestinations: `wallet:${WALLET}` } }),
		);
		expect(error.message).toMatch(/Allowed Destinations/);
		expect(apiRequests(sb)).toHaveLength(0);
		await op(
			sb,
			'transfer',
			'create',
			create({ safetyLimits: { allowedDestinations: `wallet:${WALLET2}` } }),
		);
	});
});

describe('Transfer → Confirm, Get, Get Many, Track', () => {
	it('confirms an UNCONFIRMED transfer with a body-less POST signed over the URL alone', async () => {
		const [created] = await op(sb, 'transfer', 'create', create());
		sb.requests.length = 0;
		const [tx] = await op(sb, 'transfer', 'confirm', { transferId: created.id });
		expect(tx.status).toBe('PENDING');
		const confirm = apiRequests(sb).find((r) => r.path.endsWith('/confirm'))!;
		expect(confirm.method).toBe('POST');
		expect(confirm.body).toBe('');
		expect(confirm.headers['content-type']).toBeUndefined();
		expect(confirm.headers['x-api-signature']).toBe(sb.sign(`${sb.url}${confirm.url}`, ''));
		// the transfer was read first (safety limits see its amount), then confirmed once
		expect(apiRequests(sb).map((r) => `${r.method} ${r.path}`)).toEqual([
			`GET /v3/transfers/${String(created.id)}`,
			`POST /v3/transfers/${String(created.id)}/confirm`,
		]);
	});

	it('refuses to confirm a transfer that is not UNCONFIRMED, naming the field', async () => {
		const [created] = await op(sb, 'transfer', 'create', create({}, { autoConfirm: true }));
		const error = await runError(sb, {
			resource: 'transfer',
			operation: 'confirm',
			transferId: created.id,
		});
		expect(error.message).toMatch(/Transfer ID .*PENDING/);
		expect(apiRequests(sb).filter((r) => r.path.endsWith('/confirm'))).toHaveLength(0);
	});

	it('Expected Source Amount: confirms only the amount stated, else nothing is sent', async () => {
		const [created] = await op(sb, 'transfer', 'create', create());
		const amount = String(created.sourceAmount);
		const error = await runError(sb, {
			resource: 'transfer',
			operation: 'confirm',
			transferId: created.id,
			expectedAmount: '0.00000001',
		});
		expect(error.message).toMatch(/Expected Source Amount.*debits/);
		expect(apiRequests(sb).filter((r) => r.path.endsWith('/confirm'))).toHaveLength(0);
		const [tx] = await op(sb, 'transfer', 'confirm', {
			transferId: created.id,
			expectedAmount: `${amount}000`,
		});
		expect(tx.status).toBe('PENDING');
	});

	it('Safety Limits apply to Confirm with the amount read from the transfer', async () => {
		const [created] = await op(sb, 'transfer', 'create', create());
		const error = await runError(sb, {
			resource: 'transfer',
			operation: 'confirm',
			transferId: created.id,
			safetyLimits: { maxAmounts: { limit: [{ currency: 'BTC', amount: '0.005' }] } },
		});
		expect(error.message).toMatch(/Max Amount per Payout/);
		expect(apiRequests(sb).filter((r) => r.path.endsWith('/confirm'))).toHaveLength(0);
	});

	it('gets, lists (Return All / Limit, from/to) and tracks transfers', async () => {
		const [a] = await op(sb, 'transfer', 'create', create({}, { autoConfirm: true }));
		await op(sb, 'transfer', 'create', create());
		const [got] = await op(sb, 'transfer', 'get', { transferId: a.id });
		expect(got.id).toBe(a.id);
		expect(Array.isArray(got.statusHistories)).toBe(true);
		const all = await op(sb, 'transfer', 'getAll', { returnAll: true });
		expect(all.length).toBeGreaterThanOrEqual(2);
		const one = await op(sb, 'transfer', 'getAll', { returnAll: false, limit: 1 });
		expect(one).toHaveLength(1);
		const future = new Date(Date.now() + 3600_000).toISOString();
		const none = await op(sb, 'transfer', 'getAll', { returnAll: true, filters: { from: future } });
		expect(none).toHaveLength(0);
		const list = apiRequests(sb).filter((r) => r.path === '/v3/transfers' && r.method === 'GET');
		expect(list[list.length - 1].query.from).toBe(String(Date.parse(future)));
		await sb.setTransferStatus(String(a.id), 'COMPLETED');
		const [track] = await op(sb, 'transfer', 'track', { transferId: a.id });
		expect(track.transferId ?? track.id).toBe(a.id);
	});
});

describe('Transfer → Check Outcome', () => {
	it('finds a transfer by its Custom ID from a payout error item', async () => {
		await op(sb, 'transfer', 'create', create({}, { customId: 'find-me' }));
		const payout = {
			currency: 'BTC',
			amount: '0.01',
			destination: `wallet:${WALLET2}`,
			reference: 'find-me',
			sentAt: new Date().toISOString(),
		};
		const [result] = await op(sb, 'transfer', 'checkOutcome', {}, [{ details: { payout } }]);
		expect(result.outcome).toBe('sent');
		expect((result.transaction as IDataObject).customId).toBe('find-me');
	});

	it('reports not_sent for a Custom ID no transfer carries (sent long ago)', async () => {
		const [result] = await op(sb, 'transfer', 'checkOutcome', {
			payoutSource: 'manual',
			reference: 'never-sent',
			sentAt: new Date(Date.now() - 3600_000).toISOString(),
		});
		expect(result.outcome).toBe('not_sent');
	});

	it('is still unknown right after sending', async () => {
		const [result] = await op(sb, 'transfer', 'checkOutcome', {
			payoutSource: 'manual',
			reference: 'just-now',
			sentAt: new Date().toISOString(),
		});
		expect(result.outcome).toBe('still_unknown');
	});
});
