/** Every check refuses bad input naming the field, and nothing reaches the sandbox. */
import type { IDataObject } from 'n8n-workflow';
import type { WyreSandbox } from './setup';
import { apiRequests, rl, runError, startSandbox, WALLET, WALLET2 } from './setup';

let sb: WyreSandbox;
beforeAll(async () => {
	sb = await startSandbox();
});
afterAll(async () => sb.close());
beforeEach(() => sb.reset());

const transfer = (extra: IDataObject = {}) => ({
	resource: 'transfer',
	operation: 'create',
	sourceType: 'wallet',
	source: WALLET,
	sourceCurrency: 'BTC',
	sourceAmount: '0.01',
	destType: 'wallet',
	dest: WALLET2,
	destCurrency: 'BTC',
	...extra,
});

async function refused(parameters: IDataObject, message: RegExp, input: IDataObject[] = [{}]) {
	const error = await runError(sb, parameters, input);
	expect(error.message).toMatch(message);
	expect(error.description ?? '').toMatch(/Nothing was sent/);
	expect(apiRequests(sb)).toHaveLength(0);
}

describe('Transfer → Create refuses before sending', () => {
	it.each([
		[
			'a raw SRN without a type',
			{ destType: 'raw', dest: `WA_X` },
			/Destination "WA_X" is not an SRN/,
		],
		[
			'an unknown SRN type',
			{ destType: 'raw', dest: 'paypal:me' },
			/Destination .*SRN type "paypal"/,
		],
		[
			'a service: SRN (read-only)',
			{ sourceType: 'raw', source: 'service:Interest' },
			/Source .*SRN type "service"/,
		],
		[
			'a wallet id with a slash',
			{ dest: 'WA_1/../x' },
			/Destination "WA_1\/..\/x" is not a valid id/,
		],
		['a wallet id "..", ', { dest: '..' }, /Destination "\.\." is not a valid id/],
		['a wallet id of another kind', { dest: 'AC_SANDBOX0001' }, /Destination .*a Wyre wallet id/],
		[
			'a Bitcoin address with a bad checksum',
			{ destType: 'bitcoin', dest: 'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdx' },
			/Destination .*not a valid Bitcoin address/,
		],
		[
			'an Ethereum address with a bad checksum',
			{
				destType: 'ethereum',
				dest: '0x9E01E0E60dF079136a7a1d4ed97d709D5Fe3e341'.replace('E01', 'e01'),
			},
			/Destination .*not a valid Ethereum address/,
		],
		[
			'an email without a domain',
			{ destType: 'email', dest: 'bob@' },
			/Destination "bob@" is not an email address/,
		],
		['both amounts', { destAmount: '0.01' }, /Source Amount \/ Destination Amount are both set/],
		['neither amount', { sourceAmount: '' }, /Source Amount \/ Destination Amount are both empty/],
		[
			'more decimals than BTC has',
			{ sourceAmount: '0.000000001' },
			/Source Amount has 9 decimal places; at most 8 .*BTC/,
		],
		[
			'more decimals than USD has',
			{ sourceCurrency: 'USD', sourceAmount: '1.001' },
			/Source Amount has 3 decimal places; at most 2 .*USD/,
		],
		[
			'an amount with a comma',
			{ sourceAmount: '0,1' },
			/Source Amount "0,1" is not a plain decimal/,
		],
		[
			'an amount given as a number',
			{ sourceAmount: '={{ 0.1 }}' },
			/Source Amount must be given as text/,
		],
		[
			'a destination amount without its currency',
			{ sourceAmount: '', destAmount: '1', destCurrency: '' },
			/Destination Currency is required/,
		],
		['a currency that is not a code', { sourceCurrency: 'bit coin' }, /Source Currency/],
		[
			'an object from an expression',
			{ additionalFields: { message: '={{ $json.obj }}' } },
			/Message must be text, but the value is an object/,
		],
		[
			'a Custom ID with spaces',
			{ additionalFields: { customId: 'a b' } },
			/Custom ID "a b" contains spaces/,
		],
		[
			'a Notify URL that is not http(s)',
			{ additionalFields: { notifyUrl: 'ftp://x' } },
			/Notify URL "ftp:\/\/x" is not a valid http/,
		],
		[
			'a sub-account id with a slash',
			{ wyreOptions: { masqueradeAs: 'AC_1/x' } },
			/Act as Sub-Account "AC_1\/x" is not a valid id/,
		],
		[
			'a sub-account that is not an account id',
			{ wyreOptions: { masqueradeAs: 'bob' } },
			/Act as Sub-Account "bob" is not a Wyre account id/,
		],
	])('%s', async (_name, extra, message) => {
		await refused(transfer(extra), message, [{ obj: { a: 1 } }]);
	});

	it('"[object Object]" can never be sent: an object as the source value is refused', async () => {
		await refused(
			transfer({ source: '={{ $json.obj }}' }),
			/Source must be text, but the value is an object/,
			[{ obj: { a: 1 } }],
		);
	});
});

describe('ids in paths refuse "/" and ".."', () => {
	it.each([
		[
			{ resource: 'transfer', operation: 'get', transferId: 'TF_1/../../v2/account' },
			/Transfer ID .*not a valid id/,
		],
		[
			{ resource: 'transfer', operation: 'track', transferId: '..' },
			/Transfer ID "\.\." is not a valid id/,
		],
		[
			{ resource: 'transfer', operation: 'confirm', transferId: 'TF_1%2F' },
			/Transfer ID .*not a valid id/,
		],
		[
			{ resource: 'wallet', operation: 'get', walletId: rl('WA_1/x') },
			/Wallet "WA_1\/x" is not a valid id/,
		],
		[
			{ resource: 'wallet', operation: 'delete', walletId: rl('../WA_1') },
			/Wallet .*not a valid id/,
		],
		[
			{ resource: 'account', operation: 'get', accountId: rl('AC_1/..') },
			/Account .*not a valid id/,
		],
		[
			{ resource: 'paymentMethod', operation: 'get', paymentMethodId: rl('PA_1?x=1') },
			/Payment Method .*not a valid id/,
		],
		[
			{ resource: 'subscription', operation: 'delete', subscriptionId: '../x' },
			/Subscription ID .*not a valid id/,
		],
		[{ resource: 'order', operation: 'get', orderId: 'WO_1/x' }, /Order ID .*not a valid id/],
	])('%j', async (parameters, message) => {
		await refused(parameters, message);
	});
});

describe('other operations refuse bad input before sending', () => {
	it.each([
		[
			{ resource: 'wallet', operation: 'create', name: '={{ $json.obj }}' },
			/Name must be text, but the value is an object/,
		],
		[
			{ resource: 'wallet', operation: 'create', name: 'x', type: 'GOLD' },
			/Type must be DEFAULT, ENTERPRISE or SAVINGS/,
		],
		[
			{
				resource: 'wallet',
				operation: 'create',
				name: 'x',
				additionalFields: { callbackUrl: 'nope' },
			},
			/Callback URL "nope" is not a valid/,
		],
		[
			{
				resource: 'subscription',
				operation: 'create',
				subscribeToType: 'wallet',
				subscribeTo: WALLET,
				notifyTarget: 'x',
			},
			/Notify URL "x" is not a valid/,
		],
		[
			{ resource: 'account', operation: 'create', type: 'INDIVIDUAL', country: 'usa' },
			/Country "usa" is not a two-letter/,
		],
		[
			{
				resource: 'account',
				operation: 'create',
				type: 'INDIVIDUAL',
				country: 'US',
				profileFields: { field: [{ fieldId: 'a b', value: 'x' }] },
			},
			/Field ID "a b" contains spaces/,
		],
		[
			{
				resource: 'account',
				operation: 'create',
				type: 'INDIVIDUAL',
				country: 'US',
				profileFields: { field: [{ fieldId: 'addr', json: true, value: '{' }] },
			},
			/Value is not valid JSON/,
		],
		[
			{ resource: 'order', operation: 'reserve', amount: '10.001', sourceCurrency: 'USD' },
			/Amount has 3 decimal places/,
		],
		[
			{ resource: 'order', operation: 'reserve', dest: 'ethereum:0xnothex' },
			/Destination \(SRN\) .*not a valid Ethereum address/,
		],
		[
			{ resource: 'order', operation: 'reserve', additionalFields: { phone: '555-1234' } },
			/phone must be in E\.164/,
		],
		[
			{
				resource: 'order',
				operation: 'calculateLimits',
				walletType: 'DEBIT_CARD',
				street1: 'a',
				city: 'b',
				state: 'c',
				postalCode: 'd',
				country: 'U',
			},
			/Country "U" is not a two-letter/,
		],
		[
			{
				resource: 'webhook',
				operation: 'registerWalletOrder',
				owner: rl('AC_SANDBOX0001'),
				webhook: 'javascript:alert(1)',
			},
			/Webhook URL .*not a valid http/,
		],
		[
			{ resource: 'transfer', operation: 'getAll', returnAll: false, limit: 0 },
			/Limit must be at least 1/,
		],
		[
			{
				resource: 'transfer',
				operation: 'getAll',
				returnAll: true,
				filters: { from: 'yesterday' },
			},
			/Created After "yesterday" is not a date/,
		],
		[
			{ resource: 'rate', operation: 'get', as: 'csv' },
			/Rate Form "csv" is not divisor, multiplier or priced/,
		],
	])('%j', async (parameters, message) => {
		await refused(parameters, message, [{ obj: { a: 1 } }]);
	});
});
