'use strict';
// Fixed data of the Address.so sandbox: credentials, the seeded user(s), tariffs, coins (with their
// precision, fees by priority and address rules), error codes and the seeded wallets/accounts.

const DEFAULTS = Object.freeze({
	email: 'sandbox@address.so',
	password: 'addr_sandbox_password',
	apiToken: 'addr_sandbox_api_token',
	secretToken: 'addr_sandbox_secret_token',
	paymentPassword: 'addr_sandbox_payment_password',
	viewerEmail: 'viewer@address.so',
	viewerPassword: 'addr_sandbox_viewer_password',
	viewerApiToken: 'addr_sandbox_viewer_api_token',
	viewerSecretToken: 'addr_sandbox_viewer_secret_token',
	twoFactorCode: '000000',
});

const MINUTE_MS = 60 * 1000;
const AUTH_TOKEN_TTL_MS = 10 * MINUTE_MS; // sliding: since the user's last request
const LINK_TOKEN_TTL_MS = 30 * MINUTE_MS; // the e-mailed request-secret-token
const SECRET_REQUEST_INTERVAL_MS = MINUTE_MS; // POST /request-secret-token: once a minute
const FORGOT_INTERVAL_MS = 24 * 60 * MINUTE_MS; // POST /forgot-password: once a day

/** The doc's error codes (its spelling); duplicates in the doc: -3000 and -3005. */
const CODES = Object.freeze({
	DEFAULT: -3000,
	WALLET_EXCEPTION: -2999,
	VALIDATION_ERROR: -3005,
	GOOGLE_2FA_ERROR: -3057,
	AUTH_TOKEN_ERROR: -3058,
	API_TOKEN_ERROR: -3059,
	LIMIT_ERROR: -3060,
	BAD_SIGN: -3061,
	FORBIDEN: -3062,
	COIN_NOT_FOUND: -2401,
	WALLET_NOT_FOUND: -2402,
	ACCOUNT_NOT_FOUND: -2403,
	INSUFFICIENT_FUNDS: -2500,
	PERMISSION_DENIED: -2011,
	INVALID_ADDRESS: -1095,
});

/** HTTP status of an error answer (the doc gives none; `POST /_sandbox/settings {errorStatus:"200"}`). */
function httpStatusFor(code) {
	if (code === CODES.VALIDATION_ERROR) return 422;
	if (code === CODES.AUTH_TOKEN_ERROR || code === CODES.API_TOKEN_ERROR) return 401;
	if (code === CODES.LIMIT_ERROR) return 429;
	if (
		[CODES.BAD_SIGN, CODES.FORBIDEN, CODES.PERMISSION_DENIED, CODES.GOOGLE_2FA_ERROR].includes(code)
	)
		return 403;
	if ([CODES.COIN_NOT_FOUND, CODES.WALLET_NOT_FOUND, CODES.ACCOUNT_NOT_FOUND].includes(code))
		return 404;
	return 400;
}

const TARIFFS = Object.freeze([
	Object.freeze({
		id: 1,
		name: 'Free plan',
		price: 0,
		requests_per_sec: 3,
		requests_per_hour: 300,
		requests_per_month: 300000,
		max_wallets: 5,
		max_accounts: 15,
		created_at: '2018-10-30 13:38:58',
		updated_at: '2018-10-30 13:38:58',
		is_default: true,
	}),
	Object.freeze({
		id: 2,
		name: 'Professional',
		price: 5000,
		requests_per_sec: 100,
		requests_per_hour: 100000,
		requests_per_month: 1000000000,
		max_wallets: 100,
		max_accounts: 10000,
		created_at: '2018-11-13 14:35:01',
		updated_at: '2018-11-13 14:40:13',
		is_default: false,
	}),
]);

/**
 * Coins: id, code, name, precision (decimals of one coin), fees in base units for fee_priority
 * 1 (normal), 2 (medium), 3 (high). Ids and names of the first four as in the doc (its "Litcoin").
 */
const COINS = Object.freeze([
	{
		id: 1,
		coin: 'eth',
		name: 'Ethereum',
		precision: 18,
		fees: ['420000000000000', '630000000000000', '1050000000000000'],
	},
	{ id: 2, coin: 'btc', name: 'Bitcoin', precision: 8, fees: ['1000', '5000', '10000'] },
	{ id: 3, coin: 'ltc', name: 'Litcoin', precision: 8, fees: ['10000', '50000', '100000'] },
	{ id: 4, coin: 'dash', name: 'Dash', precision: 8, fees: ['1000', '2000', '5000'] },
	{ id: 5, coin: 'xrp', name: 'Ripple', precision: 6, fees: ['12', '20', '50'] },
]);
const COIN_BY_CODE = new Map(COINS.map((c) => [c.coin, c]));

const ROLES = Object.freeze(['admin', 'view', 'order', 'transfer']);
const SEED_CREATED = '2026-01-05 10:00:00';

/** Seeded wallets and accounts (ids fixed; addresses derived in state.js from `seed`). */
const SEED = Object.freeze({
	users: [
		{ id: 1, key: 'main', name: null },
		{ id: 2, key: 'viewer', name: 'Viewer' },
	],
	wallets: [
		{
			id: 5,
			coin: 'btc',
			label: 'Sandbox BTC wallet',
			balance: '150000000',
			seed: 'btc-wallet-5',
			viewer: ['view'],
		},
		{
			id: 7,
			coin: 'eth',
			label: 'Sandbox ETH wallet',
			balance: '12345678901234567890123',
			seed: 'eth-wallet-7',
		},
	],
	accounts: [{ id: 11, wallet: 5, balance: '25000000', seed: 'btc-account-11' }],
	transactions: [
		{ owner: 'wallet', id: 5, amount: '150000000', seed: 'tx-btc-wallet-5', ageSeconds: 86400 },
		{
			owner: 'wallet',
			id: 7,
			amount: '5000000000000000',
			seed: 'tx-eth-wallet-7',
			ageSeconds: 7200,
		},
		{ owner: 'account', id: 11, amount: '25000000', seed: 'tx-btc-account-11', ageSeconds: 3600 },
	],
});

module.exports = {
	DEFAULTS,
	MINUTE_MS,
	AUTH_TOKEN_TTL_MS,
	LINK_TOKEN_TTL_MS,
	SECRET_REQUEST_INTERVAL_MS,
	FORGOT_INTERVAL_MS,
	CODES,
	httpStatusFor,
	TARIFFS,
	COINS,
	COIN_BY_CODE,
	ROLES,
	SEED,
	SEED_CREATED,
};
