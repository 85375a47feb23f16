'use strict';
// Value checks of the WestWallet sandbox and its error answer: {"error": code, ...extra} with the
// HTTP status the doc gives (400 for validation, 401 auth, 404 not found).
const { HttpError } = require('../lib/router');
const { PLAIN_DECIMAL, toUnits } = require('../lib/money');

const PRIORITIES = ['low', 'medium', 'high'];

/** Stops the request with the provider's error body. */
function fail(status, code, extra = {}) {
	const e = new HttpError(status, { error: code, ...extra });
	e.message = extra.message ? `${code}: ${extra.message}` : code;
	e.code = code;
	throw e;
}

function isBlank(v) {
	return v === undefined || v === null || v === '';
}

function isHttpUrl(value) {
	if (typeof value !== 'string' || !value) return false;
	try {
		const u = new URL(value);
		return (u.protocol === 'http:' || u.protocol === 'https:') && !!u.hostname;
	} catch {
		return false;
	}
}

/** Integer parameter given as a JSON number or a digit string; undefined when absent, NaN when bad. */
function intParam(v) {
	if (isBlank(v)) return undefined;
	if (typeof v === 'number' && Number.isInteger(v)) return v;
	if (typeof v === 'string' && /^-?\d+$/.test(v)) return Number(v);
	return NaN;
}

/**
 * The exact text of an amount: a JSON string as is, a JSON number as the digits the client sent.
 * Returns { text, units } (units null when the text is not a plain decimal with <= 8 decimals).
 */
function amountOf(parsed, obj, key) {
	const v = obj[key];
	let text = null;
	if (typeof v === 'string') text = v;
	else if (typeof v === 'number') text = (parsed && parsed.numberText(obj, key)) ?? String(v);
	const units = text !== null && PLAIN_DECIMAL.test(text) ? toUnits(text) : null;
	return { text, units };
}

/** Units of a limit held as a JS number in currencies_data (0.0001, 5, 1e-7 ...). */
function numberUnits(n) {
	return toUnits(Number(n).toFixed(8));
}

function priorityOf(body) {
	const p = isBlank(body.priority) ? 'medium' : body.priority;
	if (!PRIORITIES.includes(p)) fail(400, 'bad_priority');
	return p;
}

/** A currency that can be sent now (else currency_not_found / currency_not_active). */
function sendCurrency(wallet, code) {
	const cur = wallet.findCurrency(code);
	if (!cur) fail(400, 'currency_not_found');
	if (!cur.active || !cur.send_active) fail(400, 'currency_not_active');
	return cur;
}

/** A currency that can receive now (else currency_not_found / currency_not_active / deposit_not_allowed). */
function receiveCurrency(wallet, code) {
	const cur = wallet.findCurrency(code);
	if (!cur) fail(400, 'currency_not_found');
	if (!cur.active) fail(400, 'currency_not_active');
	if (!cur.receive_active) fail(400, 'deposit_not_allowed');
	return cur;
}

/** Withdrawal checks after the currency-level ones (order of the spec). Returns [code, extra] or null. */
function withdrawalProblem(wallet, cur, w) {
	if (!isBlank(w.ipn_url) && !isHttpUrl(w.ipn_url)) return ['wrong_ipn_url'];
	if (typeof w.address !== 'string' || !new RegExp(cur.address_regex).test(w.address))
		return ['bad_address'];
	if (cur.require_dest_tag) {
		const tag = w.dest_tag;
		const text = typeof tag === 'number' || typeof tag === 'string' ? String(tag) : '';
		if (!/^\d+$/.test(text) || Number(text) > 4294967295) return ['bad_dest_tag'];
	}
	if (wallet.isOurAddress(w.address)) return ['self_address'];
	if (w.units === null || w.units <= 0n) return ['bad_request'];
	if (w.units < numberUnits(cur.min_withdraw)) return ['min_withdraw_error'];
	if (w.units > numberUnits(cur.max_withdraw_per_transaction)) {
		return ['max_withdraw_error', { max_withdraw: cur.max_withdraw_per_transaction }];
	}
	return null;
}

/** A label of at most 30 characters ("" when absent). */
function labelOf(v) {
	const label = isBlank(v) ? '' : String(v);
	if (label.length > 30) fail(400, 'bad_request');
	return label;
}

module.exports = {
	fail,
	isBlank,
	isHttpUrl,
	intParam,
	amountOf,
	priorityOf,
	sendCurrency,
	receiveCurrency,
	withdrawalProblem,
	labelOf,
};
