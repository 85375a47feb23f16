'use strict';
// WolvPay answer shapes and value checks. The doc has two error formats: the envelope
// {success:false, error, code, message} and the request error {error:{type, message, code, param}}.
const { RawNumber } = require('../lib/json');
const { toUnits, normalizeDecimal } = require('../lib/money');
const { FIAT_CODES, COIN_BY_CODE } = require('./data.js');
const { fail } = require('./auth.js');

const ok = (code, result, data) => ({ status: code, body: { success: true, result, code, data } });
const requestError = (message, code, param) => ({
	status: 400,
	body: { error: { type: 'invalid_request_error', message, code, ...(param ? { param } : {}) } },
});
const invalidJson = () =>
	requestError('Data must be sent as JSON in the request body.', 'invalid_json');
const badCoin = () =>
	fail(400, 'Bad Request', 'The provided cryptocurrency code is not supported or not enabled.');
const invoiceNotFound = () => fail(404, 'Not Found', 'Invoice not found.');

const isJsonContentType = (ct) =>
	/^application\/([\w.-]+\+)?json\s*(;|$)/i.test(String(ct || '').trim());
const blank = (v) => v === undefined || v === null || v === '';
const text = (v) =>
	blank(v)
		? null
		: v instanceof RawNumber
			? v.text
			: typeof v === 'object'
				? JSON.stringify(v)
				: String(v);

/** A decimal from a JSON value (RawNumber, number or string) -> normalized text, or null. */
function decimalText(v) {
	if (v instanceof RawNumber)
		return v.text.startsWith('-') ? null : /[eE]/.test(v.text) ? normalizeDecimal(v.text) : v.text;
	if (typeof v === 'number')
		return Number.isFinite(v) && v >= 0 ? normalizeDecimal(String(v)) : null;
	if (typeof v === 'string') return normalizeDecimal(v);
	return null;
}

function whiteLabelOf(v) {
	if (blank(v)) return true;
	if (v === false || v === 0 || (v instanceof RawNumber && Number(v.text) === 0)) return false;
	if (typeof v === 'string' && ['0', 'false', 'no', 'off'].includes(v.trim().toLowerCase()))
		return false;
	return true;
}

/** A coin code as the API takes it (trimmed, lower case), or '' when it is no string. */
const coinCode = (v) => (typeof v === 'string' ? v.trim().toLowerCase() : '');

/** Validates POST /invoices fields; returns { fields } or { error: <answer> }. */
function validateCreate(body) {
	if (blank(body.amount))
		return {
			error: requestError('Missing required parameter: amount', 'missing_parameter', 'amount'),
		};
	const amountText = decimalText(body.amount);
	const units = amountText === null ? null : toUnits(amountText, 18);
	if (units === null || units <= 0n) {
		return {
			error: requestError(
				'Invalid parameter: amount must be a positive number.',
				'invalid_parameter',
				'amount',
			),
		};
	}
	let currency = 'USD';
	if (!blank(body.currency)) {
		currency = typeof body.currency === 'string' ? body.currency.trim().toUpperCase() : '';
		if (!FIAT_CODES.includes(currency))
			return { error: fail(400, 'Bad Request', 'Unsupported currency.') };
	}
	let coin = null;
	if (!blank(body.coin)) {
		coin = coinCode(body.coin);
		if (!COIN_BY_CODE.has(coin)) return { error: badCoin() };
	}
	return {
		fields: {
			amountText,
			currency,
			coin,
			description: text(body.description),
			redirectUrl: text(body.redirect_url),
			whiteLabel: whiteLabelOf(body.white_label),
		},
	};
}

/** A positive integer query parameter, or the default. */
function parseIntParam(v, dflt) {
	if (v === null || !/^\s*\d+\s*$/.test(v)) return dflt;
	const n = Number(v);
	return n >= 1 ? n : dflt;
}

module.exports = {
	ok,
	fail,
	requestError,
	invalidJson,
	badCoin,
	invoiceNotFound,
	isJsonContentType,
	blank,
	text,
	decimalText,
	coinCode,
	validateCreate,
	parseIntParam,
};
