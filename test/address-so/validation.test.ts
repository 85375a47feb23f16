/** Every check before sending: a clear error naming the field, and nothing sent to the endpoint. */
import type { IDataObject } from 'n8n-workflow';
import { checkAddress } from '../../nodes/shared/addresses';
import type { AddressSoSandbox } from './setup';
import { ACCOUNT_11, BTC, ETH, XRP, byId, runError, startSandbox, WALLET_5 } from './setup';

let sb: AddressSoSandbox;
beforeAll(async () => {
	sb = await startSandbox();
});
afterAll(async () => sb.close());
beforeEach(() => sb.reset());

const send = (extra: IDataObject = {}) => ({
	resource: 'wallet',
	operation: 'send',
	...WALLET_5,
	amount: '0.001',
	recipient: BTC,
	additionalFields: {},
	options: {},
	...extra,
});

/** Runs `parameters`, expects a refusal naming `field`, and no request to `path` (default: none but reads). */
async function refused(parameters: IDataObject, field: RegExp, path: RegExp = /./) {
	sb.requests.length = 0;
	const error = await runError(sb, parameters);
	expect(error).toBeDefined();
	expect(error.message).toMatch(field);
	expect(error.description).toMatch(/Nothing was sent/);
	const sent = sb.requests.filter(
		(r) =>
			path.test(r.path) && !(r.method === 'GET' && r.path === '/api/coins') && r.path !== '/login',
	);
	expect(sent.map((r) => `${r.method} ${r.path}`)).toEqual([]);
}

describe('send', () => {
	test.each<[string, IDataObject, RegExp]>([
		[
			'amount beyond the coin precision',
			{ amount: '0.123456789' },
			/^Amount has 9 decimal places; at most 8/,
		],
		['amount as a number', { amount: 0.1 }, /^Amount must be given as text/],
		['amount above the BTC supply', { amount: '21000000.00000001' }, /^Amount .*21,?000,?000/],
		['amount zero', { amount: '0' }, /^Amount must be greater than zero/],
		['amount with a comma', { amount: '0,1' }, /^Amount "0,1" is not a plain decimal/],
		['negative amount', { amount: '-1' }, /^Amount "-1" is not a plain decimal/],
		[
			'recipient with a typo (checksum)',
			{ recipient: BTC.slice(0, -1) + '3' },
			/^Recipient ".*" is not a valid BTC address: the checksum/,
		],
		['recipient of another coin', { recipient: ETH }, /^Recipient ".*" is not a valid BTC address/],
		[
			'recipient on testnet',
			{ recipient: 'mipcBbFg9gMiCh81Kj8tqqdgoZub1ZJRfn' },
			/^Recipient .* testnet/i,
		],
		['recipient with a space', { recipient: ` ${BTC}` }, /^Recipient .* contains spaces/],
		[
			'odd address invalid',
			{ additionalFields: { oddAddress: 'nope' } },
			/^Odd Address "nope" is not a valid BTC address/,
		],
		['fee priority 4', { additionalFields: { feePriority: 4 } }, /^Fee Priority must be at most 3/],
		[
			'tag not digits',
			{ additionalFields: { tag: '12a' } },
			/^Destination Tag "12a" is not a destination tag/,
		],
		[
			'tag beyond 32 bits',
			{ additionalFields: { tag: '4294967296' } },
			/^Destination Tag must be at most 4294967295/,
		],
		[
			'token label with spaces',
			{ additionalFields: { assetLabel: 'erc 20' } },
			/^Token Label "erc 20" contains spaces/,
		],
		['unknown coin', { coin: 'doge' }, /^Coin "doge" is not an Address.so coin/],
		['coin with a path', { coin: 'btc/../x' }, /^Coin .* is not a coin code/],
		['wallet not an ID', { wallet: byId('5/send') }, /^Wallet "5\/send" is not a valid id/],
		[
			'network option: testnet refuses mainnet',
			{ options: { network: 'testnet' } },
			/^Recipient .* not a valid BTC address/,
		],
	])('%s', async (_label, extra, field) => {
		await refused(send(extra), field, /\/send$/);
	});

	test('ETH: mixed case must carry a valid EIP-55 checksum; XRP: classic address checked', async () => {
		await refused(
			send({ coin: 'eth', wallet: byId('7'), recipient: ETH.replace('a', 'A') }),
			/^Recipient .* EIP-55 checksum/,
			/\/send$/,
		);
		expect(checkAddress('XRP', XRP)).toEqual({ valid: true, kind: 'classic' });
		expect(checkAddress('XRP', XRP.slice(0, -1) + 'j')?.valid).toBe(false);
		expect(checkAddress('XRP', 'XVLhHMPHU98es4dbozjVtdWzVrDjtV18pX8yuPT7y4xaEHi')?.reason).toMatch(
			/X-addresses/,
		);
		expect(checkAddress('XRP', '1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2')?.reason).toMatch(
			/starts with "r"/,
		);
	});

	test('the account send checks the account too', async () => {
		await refused(
			{ ...send(), resource: 'account', ...ACCOUNT_11, account: byId('..') },
			/^Account "\.\." is not a valid id/,
			/\/send$/,
		);
	});
});

describe('other operations', () => {
	test.each<[string, IDataObject, RegExp]>([
		[
			'wallet label as an object',
			{ resource: 'wallet', operation: 'create', coin: 'btc', label: { a: 1 }, options: {} },
			/^Label must be text/,
		],
		[
			'wallet label missing',
			{ resource: 'wallet', operation: 'create', coin: 'btc', label: '', options: {} },
			/^Label is required/,
		],
		[
			'permission unknown',
			{
				resource: 'wallet',
				operation: 'setPermissions',
				...WALLET_5,
				userId: '2',
				permissions: ['root'],
				options: {},
			},
			/^Permissions "root" is not one of/,
		],
		[
			'permission user not numeric',
			{
				resource: 'wallet',
				operation: 'setPermissions',
				...WALLET_5,
				userId: 'me',
				permissions: ['view'],
				options: {},
			},
			/^User ID "me"/,
		],
		[
			'limit amount with too many decimals',
			{ resource: 'wallet', operation: 'setLimit', ...WALLET_5, amount: '0.000000001', period: 0 },
			/^Amount has 9 decimal places/,
		],
		[
			'limit period negative',
			{ resource: 'wallet', operation: 'setLimit', ...WALLET_5, amount: '1', period: -1 },
			/^Period must be at least 0/,
		],
		[
			'limit ID not numeric',
			{ resource: 'limit', operation: 'update', limitId: 'x', amount: '1', options: {} },
			/^Limit ID "x"/,
		],
		[
			'archive IDs not numeric',
			{ resource: 'account', operation: 'archive', ...WALLET_5, accountIds: '1, b' },
			/^Account IDs "b"/,
		],
		[
			'archive IDs empty',
			{ resource: 'account', operation: 'archive', ...WALLET_5, accountIds: ' , ' },
			/^Account IDs is required/,
		],
		[
			'webhook URL not http(s)',
			{
				resource: 'webhook',
				operation: 'create',
				url: 'ftp://x',
				type: 'wallet',
				...WALLET_5,
				options: {},
			},
			/^URL "ftp:\/\/x" is not a valid http\(s\) URL/,
		],
		[
			'webhook type unknown',
			{
				resource: 'webhook',
				operation: 'create',
				url: 'https://a.b',
				type: 'user',
				...WALLET_5,
				options: {},
			},
			/^Type must be wallet or account/,
		],
		[
			'webhook ID with a path',
			{ resource: 'webhook', operation: 'get', webhookId: '../1', options: {} },
			/^Webhook ID/,
		],
		[
			'e-mail not an e-mail',
			{ resource: 'user', operation: 'signUp', email: 'nobody' },
			/^Email "nobody" is not an e-mail address/,
		],
		[
			'tariff ID not numeric',
			{ resource: 'user', operation: 'requestTariff', tariffId: 'pro', email: 'a@b.co' },
			/^Tariff ID "pro"/,
		],
		[
			'secret-token link token odd',
			{ resource: 'user', operation: 'getSecretToken', requestToken: 'a b' },
			/^Link or Link Token/,
		],
		[
			'estimate amount with too many decimals',
			{
				resource: 'wallet',
				operation: 'estimateFee',
				...WALLET_5,
				amount: '1.123456789',
				feePriority: 1,
				options: {},
			},
			/^Amount has 9 decimal places/,
		],
		[
			'transactions tag not digits',
			{
				resource: 'wallet',
				operation: 'getTransactions',
				...WALLET_5,
				returnAll: true,
				options: { tag: 'x' },
			},
			/^Destination Tag "x"/,
		],
		[
			'limit 0 items',
			{ resource: 'webhook', operation: 'getAll', returnAll: false, limit: 0, options: {} },
			/^Limit must be a whole number/,
		],
	])('%s', async (_label, parameters, field) => {
		await refused(parameters, field);
	});
});
