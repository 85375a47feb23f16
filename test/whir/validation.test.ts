/**
 * Everything Transaction → Create checks before sending: each problem names the row and field,
 * says that nothing was sent, and the sandbox receives no request at all. Addresses are checked by
 * their checksum: every one-character mutation of a valid address is refused.
 */
import type { IDataObject } from 'n8n-workflow';
import type { WhirSandbox } from './setup';
import { BTC, createParameters, run, runExpectingError, startSandbox } from './setup';

let sb: WhirSandbox;
beforeAll(async () => {
	sb = await startSandbox();
});
afterAll(async () => sb.close());
beforeEach(() => sb.reset());

const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const BECH32 = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';

/** `address` with the character at `k` replaced by the next one of its alphabet. */
function mutate(address: string, k: number): string {
	const bech = /^bc1/.test(address);
	const alphabet = bech ? BECH32 : BASE58;
	const next = alphabet[(alphabet.indexOf(address[k]) + 1) % alphabet.length];
	return address.slice(0, k) + next + address.slice(k + 1);
}

async function expectRefused(
	parameters: IDataObject,
	message: string | RegExp,
	input: IDataObject[] = [{}],
	extra: IDataObject = {},
) {
	const error = await runExpectingError(sb, parameters, input, extra);
	if (typeof message === 'string') expect(error.message).toBe(message);
	else expect(error.message).toMatch(message);
	expect(error.description).toMatch(/Nothing was sent/);
	expect(sb.requests).toHaveLength(0);
	return error;
}

describe('addresses (checksums, network, kind)', () => {
	test.each([
		['P2PKH', BTC.p2pkh, 1],
		['P2SH', BTC.p2sh, 1],
		['P2WPKH (bech32)', BTC.p2wpkh, 4],
	])(
		'every one-character mutation of a valid %s address is refused',
		async (_kind, address, from) => {
			for (let k = from; k < address.length; k++) {
				const bad = mutate(address, k);
				await expectRefused(
					createParameters([[bad, '0.001']]),
					new RegExp(`^Payout 1 → Address "${bad}" is not a valid Bitcoin mainnet address: `),
				);
			}
		},
	);

	test('a testnet address on mainnet, and a mainnet address on testnet', async () => {
		await expectRefused(
			createParameters([
				[BTC.p2wpkh, '0.001'],
				[BTC.testnet, '0.001'],
			]),
			`Payout 2 → Address "${BTC.testnet}" is not a valid Bitcoin mainnet address: this is a testnet address (a mainnet address is required)`,
		);
		await expectRefused(
			createParameters([[BTC.p2pkh, '0.001']], { options: { network: 'testnet' } }),
			/is not a valid Bitcoin testnet address: this is a mainnet address/,
		);
	});

	test('a segwit version no wallet spends yet, an address of another coin, spaces, an empty row', async () => {
		const v2 = 'bc1zw508d6qejxtdg4y5r3zarvaryvaxxpcs';
		await expectRefused(
			createParameters([[v2, '0.001']]),
			`Payout 1 → Address "${v2}" is a witness-v2 segwit address, which no wallet spends yet`,
		);
		await expectRefused(
			createParameters([['LVg2kJoFNg45Nbpy53h7Fe1wKyeXVRhMH9', '0.001']]),
			/not a valid Bitcoin mainnet address: unknown address prefix for BTC \(this looks like an address for LTC\)/,
		);
		await expectRefused(
			createParameters([[` ${BTC.p2pkh}`, '0.001']]),
			/Payout 1 → Address " 1BgG.*" contains spaces/,
		);
		await expectRefused(createParameters([['', '0.001']]), 'Payout 1 → Address is required');
	});

	test('the same address twice, also a bech32 address in another letter case', async () => {
		await expectRefused(
			createParameters([
				[BTC.p2pkh, '0.001'],
				[BTC.p2sh, '0.002'],
				[BTC.p2pkh, '0.003'],
			]),
			`Payout 3 → Address "${BTC.p2pkh}" is already paid by Payout 1; one transaction pays each address once`,
		);
		await expectRefused(
			createParameters([
				[BTC.p2wpkh, '0.001'],
				[BTC.p2wpkh.toUpperCase(), '0.002'],
			]),
			/Payout 2 → Address .* is already paid by Payout 1/,
		);
	});

	test('input items as payouts: a bad address names the item; the same address in two items is refused', async () => {
		const items = {
			resource: 'transaction',
			operation: 'create',
			payoutSource: 'items',
			address: '={{ $json.a }}',
			amount: '={{ $json.m }}',
			delay: 0,
			options: {},
		};
		await expectRefused(
			items,
			/^Address "1BgGZ9tcN4rm9KBzDn7KprQz87SZ26SAMh" is not a valid Bitcoin mainnet address/,
			[
				{ a: BTC.p2sh, m: '0.1' },
				{ a: '1BgGZ9tcN4rm9KBzDn7KprQz87SZ26SAMh', m: '0.1' },
			],
		);
		const error = await expectRefused(
			items,
			`Item 3 → Address "${BTC.p2sh}" is already paid by Item 1; one transaction pays each address once`,
			[
				{ a: BTC.p2sh, m: '0.1' },
				{ a: BTC.p2pkh, m: '0.1' },
				{ a: BTC.p2sh, m: '0.2' },
			],
		);
		expect(error.context.itemIndex).toBe(2);
		// Without Continue On Fail the run fails; with it, an invalid item never leaves the others to
		// go out as a partial transaction, and every item gets an error item (none passes through).
		const blocking = [
			{ a: BTC.p2sh, m: '0.1' },
			{ a: BTC.p2pkh, m: '-1' },
		];
		await expectRefused(items, /^Amount \(BTC\) "-1" is not a plain decimal/, blocking);
		const out = await run(sb, items, blocking, { continueOnFail: true });
		expect(sb.requests).toHaveLength(0);
		expect(out.map((o) => o.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
		expect(out[0].json.error).toBe(
			'Not sent because of item 2: Item 2 cannot be a payout, so the transaction paying all items is not sent',
		);
		expect(out[0].json.details).toMatchObject({
			code: 'blocked_by_item',
			item: 2,
			outcome: 'not_sent',
		});
		expect(out[1].json.error).toMatch(/^Amount \(BTC\) "-1" is not a plain decimal/);
		expect(out[1].json.details).toMatchObject({
			code: 'invalid_input',
			field: 'Amount (BTC)',
			outcome: 'not_sent',
		});
	});
});

describe('amounts, delay, ref code, payouts', () => {
	test.each([
		['9 decimals', '0.000000001', 'has 9 decimal places; at most 8 are allowed for BTC'],
		['zero', '0.00', 'must be greater than zero'],
		['negative', '-0.1', 'is not a plain decimal number'],
		['exponent', '1e-3', 'is not a plain decimal number'],
		['a comma', '0,1', 'is not a plain decimal number'],
		['a number (precision may be lost)', 0.1, 'must be given as text'],
		['empty', '', 'is required'],
		['absurdly large', '1' + '0'.repeat(20), 'is too large'],
		[
			'above the 21 million BTC that can ever exist',
			'21000000.00000001',
			'is more than all the BTC that can ever exist (21000000)',
		],
	])('an amount that is %s', async (_label, amount, problem) => {
		await expectRefused(
			createParameters([
				[BTC.p2pkh, '0.1'],
				[BTC.p2sh, amount as string],
			]),
			new RegExp(`^Payout 2 → Amount \\(BTC\\) .*${problem.replace(/[()]/g, '\\$&')}`),
		);
	});

	test('delay: not negative, not fractional; ref code: one token; payouts: at least one', async () => {
		await expectRefused(
			createParameters([[BTC.p2pkh, '0.1']], { delay: -1 }),
			'Delay (Hours) must be at least 0',
		);
		await expectRefused(
			createParameters([[BTC.p2pkh, '0.1']], { delay: 1.5 }),
			'Delay (Hours) must be a whole number (got 1.5)',
		);
		await expectRefused(
			createParameters([[BTC.p2pkh, '0.1']], { refCode: 'two words' }),
			'Ref Code "two words" contains spaces or line breaks',
		);
		await expectRefused(createParameters([]), 'Payouts must list at least one payout');
	});

	test('Safety Limits: a payout above Max Amount per Payout for BTC sends nothing', async () => {
		const error = await runExpectingError(
			sb,
			createParameters(
				[
					[BTC.p2pkh, '0.01'],
					[BTC.p2sh, '0.5'],
				],
				{ safetyLimits: { maxAmounts: { limit: [{ currency: 'BTC', amount: '0.1' }] } } },
			),
		);
		expect(error.message).toMatch(/Max Amount per Payout" exceeded: item 1 would send 0.5 BTC/);
		expect(sb.requests).toHaveLength(0);
	});
});
