'use strict';
// Static data of the Wyre sandbox: keys, currencies and their fixed sandbox USD prices (the one
// table behind GET /v3/rates and every exchange), fees, expiry windows, profile fields, limits and
// the seed state every reset starts from. Amounts are decimal strings (BigInt inside).

const DEFAULTS = Object.freeze({
	apiKey: 'wyre_sandbox_api_key',
	secretKey: 'wyre_sandbox_secret_key',
	timestampToleranceMs: 5 * 60 * 1000,
});

const MINUTE_MS = 60 * 1000;
const HOUR_MS = 60 * MINUTE_MS;

/**
 * Supported currencies: `decimals` bounds the amounts accepted and shown, `usd` is the fixed
 * sandbox price, `chain` the blockchain a deposit address / external destination belongs to.
 */
const CURRENCIES = {
	USD: { decimals: 2, usd: '1', fiat: true },
	EUR: { decimals: 2, usd: '1.1', fiat: true },
	GBP: { decimals: 2, usd: '1.25', fiat: true },
	BTC: { decimals: 8, usd: '50000', chain: 'bitcoin' },
	ETH: { decimals: 18, usd: '2500', chain: 'ethereum' },
	USDC: { decimals: 6, usd: '1', chain: 'ethereum' },
	DAI: { decimals: 18, usd: '1', chain: 'ethereum' },
};

/** Currencies a wallet gets a deposit address for (ERC-20 tokens arrive on the ETH address). */
const DEPOSIT_CURRENCIES = ['BTC', 'ETH'];

/** Exchange fee (percent of the source amount) and network fees per external destination currency. */
const FEES = {
	exchangePercent: '1',
	network: { BTC: '0.0001', ETH: '0.001', USDC: '2', DAI: '2' },
};

/** How long an UNCONFIRMED transfer's quote holds: fiat sources 15 min, crypto sources 10 min. */
const QUOTE_MS = { fiat: 15 * MINUTE_MS, crypto: 10 * MINUTE_MS };
const RESERVATION_MS = HOUR_MS;

/** The profile fields of a v3 account, per account type (document fields take an upload). */
const PROFILE_FIELDS = {
	INDIVIDUAL: [
		['individualLegalName', 'STRING'],
		['individualCellphoneNumber', 'CELLPHONE'],
		['individualEmail', 'EMAIL'],
		['individualResidenceAddress', 'ADDRESS'],
		['individualGovernmentId', 'DOCUMENT'],
		['individualDateOfBirth', 'DATE'],
		['individualSsn', 'STRING'],
		['individualSourceOfFunds', 'PAYMENT_METHOD'],
		['individualProofOfAddress', 'DOCUMENT'],
	],
	BUSINESS: [
		['businessLegalName', 'STRING'],
		['businessEmail', 'EMAIL'],
		['businessAddress', 'ADDRESS'],
		['businessTaxId', 'STRING'],
		['businessFormationDocs', 'DOCUMENT'],
		['businessRegistrationNumber', 'STRING'],
	],
};
const DOCUMENT_TYPES = ['image/jpeg', 'image/png', 'application/pdf'];

/** Transfer limits of GET /v3/limits and debit-card (wallet order) limits of W38, in USD. */
const LIMITS = {
	transfers: { DAILY: '50000', WEEKLY: '150000', YEARLY: '1000000' },
	walletOrders: { daily: '1000', weekly: '2500', yearly: '10000' },
};

/** The state every start and reset begins with. */
const SEED = {
	accounts: [
		{
			id: 'AC_SANDBOX0001',
			type: 'BUSINESS',
			country: 'US',
			status: 'APPROVED',
			parent: null,
			email: 'treasury@sandbox.example',
			profile: {
				businessLegalName: 'Sandbox Treasury LLC',
				businessEmail: 'treasury@sandbox.example',
			},
			balances: { USD: '10000', BTC: '1', ETH: '10' },
		},
		{
			id: 'AC_SANDBOX0002',
			type: 'INDIVIDUAL',
			country: 'US',
			status: 'APPROVED',
			parent: 'AC_SANDBOX0001',
			email: 'alice@sandbox.example',
			profile: { individualLegalName: 'Alice Sandbox', individualEmail: 'alice@sandbox.example' },
			balances: { USD: '100' },
		},
	],
	wallets: [
		{
			id: 'WA_SANDBOX0001',
			owner: 'AC_SANDBOX0001',
			name: 'sandbox-main',
			type: 'DEFAULT',
			notes: 'Seed wallet',
			balances: { BTC: '0.5', ETH: '4', USD: '2500' },
		},
		{
			id: 'WA_SANDBOX0002',
			owner: 'AC_SANDBOX0001',
			name: 'sandbox-savings',
			type: 'SAVINGS',
			notes: null,
			balances: { BTC: '0.1', ETH: '1', USD: '100' },
		},
	],
	paymentMethods: [
		{
			id: 'PA_SANDBOX0001',
			owner: 'AC_SANDBOX0001',
			linkType: 'LOCAL_TRANSFER',
			currency: 'USD',
			country: 'US',
			name: 'Sandbox Checking ****6789',
			last4Digits: '6789',
			beneficiaryType: 'INDIVIDUAL',
		},
	],
};

module.exports = {
	DEFAULTS,
	MINUTE_MS,
	HOUR_MS,
	CURRENCIES,
	DEPOSIT_CURRENCIES,
	FEES,
	QUOTE_MS,
	RESERVATION_MS,
	PROFILE_FIELDS,
	DOCUMENT_TYPES,
	LIMITS,
	SEED,
};
