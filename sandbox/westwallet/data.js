'use strict';
// Static sandbox data: the currencies (GET /wallet/currencies_data shape of the doc), starting
// balances, fixed withdrawal fees, fixed USD rates for invoices, and address generators that always
// produce an address matching the currency's own address_regex.
const crypto = require('node:crypto');

const BTC_REGEX =
	'^([13][a-km-zA-HJ-NP-Z1-9]{25,34})|^(bc1([qpzry9x8gf2tvdw0s3jn54khce6mua7l]{39}|[qpzry9x8gf2tvdw0s3jn54khce6mua7l]{59}))$';

function currency(name, ticker, address_regex, limits, extra = {}) {
	return {
		name,
		address_regex,
		require_dest_tag: false,
		tickers: [ticker],
		min_receive: limits.min_receive,
		min_withdraw: limits.min_withdraw,
		max_withdraw_per_transaction: limits.max_withdraw_per_transaction,
		max_withdraw_transactions_per_day: 1000000,
		active: true,
		send_active: true,
		receive_active: true,
		...extra,
	};
}

/** Fresh copy of the currency list (state owns it; reset() takes a new copy). */
function currencies() {
	return [
		currency('Bitcoin', 'BTC', BTC_REGEX, {
			min_receive: 0.0005,
			min_withdraw: 0.0001,
			max_withdraw_per_transaction: 5,
		}),
		currency('Ethereum', 'ETH', '^0x[a-fA-F0-9]{40}$', {
			min_receive: 0.005,
			min_withdraw: 0.001,
			max_withdraw_per_transaction: 100,
		}),
		currency(
			'Ripple',
			'XRP',
			'^r[1-9A-HJ-NP-Za-km-z]{24,34}$',
			{ min_receive: 1, min_withdraw: 1, max_withdraw_per_transaction: 100000 },
			{ require_dest_tag: true },
		),
		currency('USDT TRC-20', 'USDTTRC', '^[T][a-km-zA-HJ-NP-Z1-9]{25,34}$', {
			min_receive: 10,
			min_withdraw: 1,
			max_withdraw_per_transaction: 100000,
		}),
		currency('Litecoin', 'LTC', '^[LM3][a-km-zA-HJ-NP-Z1-9]{26,33}$|^ltc1[a-z0-9]{39,59}$', {
			min_receive: 0.01,
			min_withdraw: 0.001,
			max_withdraw_per_transaction: 500,
		}),
		currency('Dogecoin', 'DOGE', '^D[5-9A-HJ-NP-U][1-9A-HJ-NP-Za-km-z]{32}$', {
			min_receive: 10,
			min_withdraw: 5,
			max_withdraw_per_transaction: 1000000,
		}),
		currency(
			'Zcash',
			'ZEC',
			'^t1[a-km-zA-HJ-NP-Z1-9]{33}$',
			{ min_receive: 0.01, min_withdraw: 0.001, max_withdraw_per_transaction: 500 },
			{ active: false, send_active: false, receive_active: false },
		),
	];
}

const INITIAL_BALANCES = {
	BTC: '1.5',
	ETH: '10',
	XRP: '1000',
	USDTTRC: '5000',
	LTC: '50',
	DOGE: '100000',
	ZEC: '0',
};

/** Fixed withdrawal fee per currency (the text is what create_withdrawal answers in `fee`). */
const FEES = {
	BTC: '0.0001',
	ETH: '0.001',
	XRP: '0.1',
	USDTTRC: '1',
	LTC: '0.001',
	DOGE: '2',
	ZEC: '0.0001',
};

/** Fixed sandbox USD prices, used when an invoice amount is given in USD. */
const USD_RATES = {
	BTC: '60000',
	ETH: '3000',
	XRP: '0.5',
	USDTTRC: '1',
	LTC: '80',
	DOGE: '0.1',
	ZEC: '30',
};

/** Currencies the doc allows for POST /wallet/create_withdrawal/many. */
const BULK_CURRENCIES = ['BTC', 'BCH', 'BTG', 'BSV', 'ADA', 'DASH', 'DOGE', 'LTC', 'XMR', 'ZEC'];

const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const BECH32 = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const HEX = '0123456789abcdef';

function pick(alphabet, n) {
	let s = '';
	for (let k = 0; k < n; k++) s += alphabet[crypto.randomInt(alphabet.length)];
	return s;
}

const GENERATORS = {
	BTC: () => 'bc1q' + pick(BECH32, 38),
	ETH: () => '0x' + pick(HEX, 40),
	XRP: () => 'r' + pick(BASE58, 33),
	USDTTRC: () => 'T' + pick(BASE58, 33),
	LTC: () => 'ltc1q' + pick(BECH32, 38),
	DOGE: () => 'D' + pick('56789ABCDEFGHJKLMNPQRSTU', 1) + pick(BASE58, 32),
	ZEC: () => 't1' + pick(BASE58, 33),
};

/** A new deposit address for `ticker` that matches `regex` (falls back to a base58 string). */
function generateAddress(ticker, regex) {
	const re = new RegExp(regex);
	const gen = GENERATORS[ticker] || (() => pick(BASE58, 34));
	for (let n = 0; n < 100; n++) {
		const a = gen();
		if (re.test(a)) return a;
	}
	throw new Error(`sandbox cannot generate an address matching ${regex}`);
}

/** XRP-style destination tag: 9-10 digits, below 2^32. */
function generateDestTag() {
	return String(crypto.randomInt(100000000, 4294967295));
}

function randomHex(bytes) {
	return crypto.randomBytes(bytes).toString('hex');
}

module.exports = {
	currencies,
	INITIAL_BALANCES,
	FEES,
	USD_RATES,
	BULK_CURRENCIES,
	generateAddress,
	generateDestTag,
	randomHex,
};
