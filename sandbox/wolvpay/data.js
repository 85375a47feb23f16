'use strict';
// Static reference data of the WolvPay sandbox: the 36 fiat currencies of the doc, fixed exchange
// rates (units of the currency per 1 USD) and the coins of the doc's `available_coins` list with
// fixed sandbox USD prices. Everything is a decimal string: prices are derived with BigInt.

/** The doc's "Supported Fiat Currencies" (36 codes), in the doc's order. */
const FIAT_CODES = [
	'AED',
	'AUD',
	'BGN',
	'BRL',
	'CAD',
	'CHF',
	'CNY',
	'COP',
	'CZK',
	'DKK',
	'EUR',
	'GBP',
	'HKD',
	'HUF',
	'IDR',
	'INR',
	'JPY',
	'LKR',
	'MXN',
	'MYR',
	'NGN',
	'NOK',
	'PHP',
	'PLN',
	'RON',
	'RUB',
	'SEK',
	'SGD',
	'THB',
	'TRY',
	'TWD',
	'UAH',
	'UGX',
	'USD',
	'VND',
	'ZAR',
];

/** Fixed sandbox exchange rates: how many units of the currency one US dollar buys. */
const FX_PER_USD = {
	AED: '3.6725',
	AUD: '1.52',
	BGN: '1.72',
	BRL: '5.45',
	CAD: '1.37',
	CHF: '0.80',
	CNY: '7.18',
	COP: '4000',
	CZK: '21.9',
	DKK: '6.57',
	EUR: '0.88',
	GBP: '0.74',
	HKD: '7.80',
	HUF: '350',
	IDR: '16300',
	INR: '85.5',
	JPY: '145',
	LKR: '300',
	MXN: '18.9',
	MYR: '4.25',
	NGN: '1530',
	NOK: '10.1',
	PHP: '56.5',
	PLN: '3.75',
	RON: '4.45',
	RUB: '79',
	SEK: '9.6',
	SGD: '1.29',
	THB: '32.5',
	TRY: '39.5',
	TWD: '29.5',
	UAH: '41.5',
	UGX: '3600',
	USD: '1',
	VND: '26000',
	ZAR: '17.8',
};

/**
 * Coins in the order of the doc's `available_coins` example. `usd` is the fixed sandbox price,
 * `min` the minimum_transaction_coin, `decimals` the precision of coin amounts, `family` picks the
 * shape of the fake deposit address.
 */
const COINS = [
	{ coin: 'bch', name: 'Bitcoin Cash', usd: '450.25', min: '0.001', decimals: 8, family: 'bch' },
	{
		coin: 'btc',
		name: 'Bitcoin',
		usd: '105649.8096322775',
		min: '0.00008',
		decimals: 8,
		family: 'btc',
	},
	{ coin: 'ltc', name: 'Litecoin', usd: '88.3877848318', min: '0.002', decimals: 8, family: 'ltc' },
	{ coin: 'bep20_usdc', name: 'USD Coin (BEP20)', usd: '1', min: '1', decimals: 6, family: 'evm' },
	{ coin: 'bep20_usdt', name: 'Tether (BEP20)', usd: '1', min: '1', decimals: 6, family: 'evm' },
	{ coin: 'eth', name: 'Ethereum', usd: '2500.5', min: '0.001', decimals: 8, family: 'evm' },
	{ coin: 'sol_sol', name: 'Solana', usd: '150.75', min: '0.01', decimals: 9, family: 'sol' },
	{ coin: 'doge', name: 'Dogecoin', usd: '0.2', min: '1', decimals: 8, family: 'doge' },
	{ coin: 'polygon_pol', name: 'Polygon', usd: '0.25', min: '1', decimals: 8, family: 'evm' },
	{ coin: 'trx', name: 'TRON', usd: '0.27', min: '1', decimals: 6, family: 'tron' },
	{ coin: 'erc20_usdc', name: 'USD Coin (ERC20)', usd: '1', min: '5', decimals: 6, family: 'evm' },
	{
		coin: 'polygon_usdc',
		name: 'USD Coin (Polygon)',
		usd: '1',
		min: '1',
		decimals: 6,
		family: 'evm',
	},
	{ coin: 'sol_usdc', name: 'USD Coin (Solana)', usd: '1', min: '1', decimals: 6, family: 'sol' },
	{ coin: 'erc20_usdt', name: 'Tether (ERC20)', usd: '1', min: '5', decimals: 6, family: 'evm' },
	{
		coin: 'polygon_usdt',
		name: 'Tether (Polygon)',
		usd: '1',
		min: '1',
		decimals: 6,
		family: 'evm',
	},
	{ coin: 'sol_usdt', name: 'Tether (Solana)', usd: '1', min: '1', decimals: 6, family: 'sol' },
	{ coin: 'trc20_usdt', name: 'Tether (TRC20)', usd: '1', min: '1', decimals: 6, family: 'tron' },
];

const COIN_BY_CODE = new Map(COINS.map((c) => [c.coin, c]));

/** Sandbox fee shown in the invoice list (the doc's example: 2.00 USD fee on 100, 2 %). */
const FEE_PERCENT = 2n;

module.exports = { FIAT_CODES, FX_PER_USD, COINS, COIN_BY_CODE, FEE_PERCENT };
