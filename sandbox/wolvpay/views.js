'use strict';
// What the WolvPay API shows of its data (https://wolvpay.com/docs): the coin list, the invoice in
// the create / retrieve / update / list answers, the webhook payload, and the sandbox's own full
// view. Numbers the doc shows as JSON numbers are RawNumbers, so their exact text goes out.
const { COINS, FIAT_CODES, FX_PER_USD, FEE_PERCENT } = require('./data.js');
const { RawNumber } = require('../lib/json');
const { toUnits, fromUnits, divUnits } = require('../lib/money');
const { STATUS, priceUnits, sqlTime, isoTime, PRICE_SCALE, AMOUNT_SCALE } = require('./state.js');

const num = (s) => (s === null || s === undefined ? null : new RawNumber(s));

function pricesOf(coin) {
	const out = {};
	for (const cur of FIAT_CODES) out[cur] = fromUnits(priceUnits(coin, cur), PRICE_SCALE);
	return out;
}

/** The GET /coins list. */
function coinList() {
	return COINS.map((c) => ({
		coin: c.coin,
		name: c.name,
		logo: `assets/images/coins/${c.coin}.png`,
		minimum_transaction_coin: fromUnits(toUnits(c.min, 18), 18),
		prices: pricesOf(c.coin),
	}));
}

/** The first fields of every white-label invoice answer. */
function invoiceHead(inv) {
	return {
		invoice_id: inv.invoice_id,
		amount: num(inv.amount),
		description: inv.description,
		status: inv.status,
		coin: inv.coin,
		coin_amount: num(inv.coin_amount),
	};
}

/** The doc's invoice shape: hosted invoices show only id/url/status; GET adds coin_received. */
function invoiceView(store, inv, { withReceived }) {
	if (!inv.white_label)
		return { invoice_id: inv.invoice_id, url: store.url(inv), status: inv.status };
	const data = invoiceHead(inv);
	if (withReceived) data.coin_received = num(inv.coin_received);
	Object.assign(data, {
		coin_address: inv.coin_address,
		redirect_url: inv.redirect_url,
		created_at: sqlTime(inv.created),
		expires_at: sqlTime(inv.expires),
	});
	if (inv.status === STATUS.AWAITING_SELECTION) data.available_coins = COINS.map((c) => c.coin);
	return data;
}

/** POST /invoices answer data. */
const createView = (store, inv) => invoiceView(store, inv, { withReceived: false });
/** GET /invoices/{id} answer data. */
const retrieveView = (store, inv) => invoiceView(store, inv, { withReceived: true });

/** POST /invoices/{id} (coin selected) answer data. */
function updateView(inv) {
	return {
		...invoiceHead(inv),
		coin_address: inv.coin_address,
		redirect_url: inv.redirect_url,
		updated_at: sqlTime(inv.updated),
	};
}

/** One item of GET /invoices (amounts as strings, like the doc). */
function listView(inv) {
	const [i, f = ''] = inv.amount.split('.');
	const amountUsd = divUnits(
		inv.amountUnits,
		AMOUNT_SCALE,
		toUnits(FX_PER_USD[inv.currency], PRICE_SCALE),
		PRICE_SCALE,
		8,
		false,
	);
	const feeUsd = (amountUsd * FEE_PERCENT + 50n * 10n ** 6n) / (100n * 10n ** 6n); // cents, half up
	let feeCoin = null;
	if (inv.coin_amount !== null) {
		const units = toUnits(inv.coin_amount, AMOUNT_SCALE);
		feeCoin = fromUnits((units * FEE_PERCENT + 50n * 10n ** 10n) / (100n * 10n ** 10n), 8);
	}
	return {
		invoice_id: inv.invoice_id,
		amount: `${i}.${f.padEnd(2, '0')}`,
		description: inv.description,
		status: inv.status,
		coin: inv.coin,
		coin_amount: inv.coin_amount,
		coin_address: inv.coin_address,
		fee_amount_coin: feeCoin,
		fee_amount_usd: fromUnits(feeUsd, 2),
		apply_fee: 0,
		white_label: inv.white_label ? 1 : 0,
		redirect_url: inv.redirect_url,
		created_at: sqlTime(inv.created),
		updated_at: sqlTime(inv.updated),
	};
}

/** The webhook body's fields, exactly the doc's payload (coin upper-case, ISO created_at, as the doc shows). */
function webhookPayload(inv) {
	return {
		invoice_id: inv.invoice_id,
		amount: num(inv.amount),
		description: inv.description,
		status: inv.status,
		coin: inv.coin ? inv.coin.toUpperCase() : null,
		coin_amount: num(inv.coin_amount),
		coin_received: num(inv.coin_received),
		coin_address: inv.coin_address,
		redirect_url: inv.redirect_url,
		created_at: isoTime(inv.created),
	};
}

/** The sandbox's own view (control endpoints, state): every field, decimals as strings. */
function controlView(store, inv) {
	return {
		invoice_id: inv.invoice_id,
		white_label: inv.white_label,
		url: inv.white_label ? null : store.url(inv),
		amount: inv.amount,
		currency: inv.currency,
		status: inv.status,
		coin: inv.coin,
		coin_amount: inv.coin_amount,
		coin_received: inv.coin_received,
		coin_address: inv.coin_address,
		description: inv.description,
		redirect_url: inv.redirect_url,
		created_at: sqlTime(inv.created),
		expires_at: sqlTime(inv.expires),
		updated_at: sqlTime(inv.updated),
		history: inv.history.slice(),
	};
}

module.exports = {
	coinList,
	createView,
	retrieveView,
	updateView,
	listView,
	webhookPayload,
	controlView,
};
