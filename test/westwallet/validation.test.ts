/**
 * The WestWallet node's the refusal of bad input before anything is sent, run through n8n-core's execution context
 * with the real credential signing, over real HTTP against the local sandbox (which checks the
 * signature on the raw bytes exactly as WestWallet does).
 */
import type { IDataObject } from 'n8n-workflow';
import type { WestWalletSandbox } from './setup';
import { BTC_ADDRESS, apiCalls, run, useWestWalletSandbox } from './setup';

let sb: WestWalletSandbox;
useWestWalletSandbox((started) => (sb = started));

describe('Bad input is rejected before anything is sent', () => {
	const base = {
		resource: 'withdrawal',
		operation: 'create',
		currency: 'BTC',
		amount: '0.1',
		address: BTC_ADDRESS,
		additionalFields: {},
		options: {},
	};
	const cases: Array<[string, IDataObject, RegExp]> = [
		['exponent amount', { amount: '1e-5' }, /^Amount .*not a plain decimal/],
		['empty amount', { amount: '' }, /^Amount is required/],
		['negative amount', { amount: '-1' }, /^Amount .*not a plain decimal/],
		['comma amount', { amount: '0,1' }, /^Amount .*not a plain decimal/],
		['NaN amount', { amount: 'NaN' }, /^Amount .*not a plain decimal/],
		['zero amount', { amount: '0.000' }, /^Amount must be greater than zero/],
		['number amount', { amount: '={{ 0.1 }}' }, /^Amount must be given as text/],
		[
			'address failing the currency regex',
			{ address: '0x57689002367b407f031f1BB5Ef2923F103015A32' },
			/^Address .*not a valid Bitcoin address/,
		],
		[
			'missing destination tag',
			{ currency: 'XRP', address: 'rw2ciyaNshpHe7bCHo4bRWq6pqqynnWKQg' },
			/^Destination Tag is required for XRP/,
		],
		[
			'bad priority',
			{ additionalFields: { priority: 'urgent' } },
			/^Priority must be low, medium or high/,
		],
		['bad IPN URL', { additionalFields: { ipnUrl: 'ftp://x' } }, /^IPN URL .*not a valid http/],
		['unknown currency', { currency: 'FOO' }, /^Currency "FOO" is not a WestWallet currency/],
		[
			'bulk for a non-bulk currency',
			{
				operation: 'createMany',
				inputMode: 'items',
				currency: 'ETH',
				address: '0x57689002367b407f031f1BB5Ef2923F103015A32',
				priority: 'medium',
			},
			/^Currency "ETH" cannot be sent in bulk/,
		],
		[
			'bulk with a bad amount',
			{ operation: 'createMany', inputMode: 'items', amount: '1e3', priority: 'medium' },
			/^Amount /,
		],
		[
			'address label over 30 chars',
			{
				resource: 'address',
				operation: 'generate',
				ipnUrl: 'https://e.x/i',
				additionalFields: { label: 'x'.repeat(31) },
			},
			/^Label is 31 characters/,
		],
		[
			'address without IPN URL',
			{ resource: 'address', operation: 'generate', ipnUrl: '', additionalFields: {} },
			/^IPN URL /,
		],
		[
			'invoice ttl over 15',
			{
				resource: 'invoice',
				operation: 'create',
				currencies: ['BTC'],
				amount: '1',
				ipnUrl: 'https://e.x/i',
				additionalFields: { ttl: 16 },
			},
			/^Lifetime \(Minutes\) must be/,
		],
		[
			'invoice label over 30',
			{
				resource: 'invoice',
				operation: 'create',
				currencies: ['BTC'],
				amount: '1',
				ipnUrl: 'https://e.x/i',
				additionalFields: { label: 'y'.repeat(31) },
			},
			/^Label is 31/,
		],
		[
			'invoice bad amount',
			{
				resource: 'invoice',
				operation: 'create',
				currencies: ['BTC'],
				amount: '1.2.3',
				ipnUrl: 'https://e.x/i',
				additionalFields: {},
			},
			/^Amount /,
		],
		[
			'transaction id not a number',
			{ resource: 'transaction', operation: 'get', by: 'id', transactionId: '12a' },
			/^Transaction ID "12a" is not a transaction ID/,
		],
	];
	test.each(cases)('%s', async (_name, override, message) => {
		let error: Error | undefined;
		try {
			await run(sb, { ...base, ...override });
		} catch (e) {
			error = e as Error;
		}
		expect(error).toBeDefined();
		expect(error!.message).toMatch(message);
		expect((error as { description?: string }).description).toMatch(/Nothing was sent/);
		expect(apiCalls(sb)).toHaveLength(0);
	});

	test('with Continue On Fail, a bad item is reported and the good one is still sent', async () => {
		const out = await run(
			sb,
			{ ...base, amount: '={{ $json.amt }}' },
			[{ amt: '1e-5' }, { amt: '0.2' }],
			{ continueOnFail: true },
		);
		expect(out[0]).toMatchObject({
			pairedItem: { item: 0 },
			json: { error: expect.stringMatching(/^Amount/) },
		});
		expect(out[1]).toMatchObject({
			pairedItem: { item: 1 },
			json: { status: 'pending', error: 'ok' },
		});
		expect(apiCalls(sb)).toHaveLength(1);
	});

	test('bulk: an invalid item stops the run before any request (without Continue On Fail)', async () => {
		await expect(
			run(
				sb,
				{
					resource: 'withdrawal',
					operation: 'createMany',
					inputMode: 'items',
					currency: 'BTC',
					priority: 'medium',
					address: '={{ $json.to }}',
					amount: '0.01',
					options: {},
				},
				[{ to: BTC_ADDRESS }, { to: 'not-an-address' }],
			),
		).rejects.toThrow(/Address "not-an-address" is not a valid Bitcoin address/);
		expect(apiCalls(sb)).toHaveLength(0);
	});
});
