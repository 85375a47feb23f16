'use strict';
// Wyre's error answers and the value checks of the sandbox. Every error is
// {language, exceptionId, errorCode, message, type, transient, compositeType, subType,
// problematicField, problematicValue} with the HTTP status of its type (inventory §4).
const crypto = require('node:crypto');
const { HttpError } = require('../lib/router');
const { RawNumber, parseLossless } = require('../lib/json');
const { toUnits, normalizeDecimal } = require('../lib/money');
const { CURRENCIES } = require('./data');

const SCALE = 18; // every balance and amount is held as BigInt units at 18 decimals

const STATUS_OF = {
	ValidationException: 400,
	FieldRequiredException: 400,
	InsufficientFundsException: 400,
	TransferException: 400,
	AccessDeniedException: 401,
	NotFoundException: 404,
	RateLimitException: 429,
	UnknownException: 500,
};

/** The error body of `type` (its HTTP status from STATUS_OF unless `status` is given). */
function errorBody(type, message, o = {}) {
	return {
		language: 'en',
		exceptionId: crypto.randomBytes(4).toString('hex').toUpperCase().slice(0, 6),
		errorCode: o.errorCode || 'unknown',
		message,
		type,
		transient: o.transient ?? type === 'UnknownException',
		compositeType: '',
		subType: o.subType ?? null,
		problematicField: o.problematicField ?? null,
		problematicValue: o.problematicValue ?? null,
	};
}

/** A thrown Wyre error answer. */
function wyreError(type, message, o = {}) {
	return new HttpError(o.status || STATUS_OF[type] || 400, errorBody(type, message, o), o.headers);
}

const accessDenied = (message, errorCode = 'accessDenied.invalidSession') =>
	wyreError('AccessDeniedException', message, { errorCode });
const notFound = (what, id) =>
	wyreError('NotFoundException', `${what} ${id} not found`, { errorCode: 'notFound' });
const invalid = (field, message, subType = 'INVALID_VALUE', value) =>
	wyreError('ValidationException', message, {
		errorCode: `validation.${subType === 'FIELD_REQUIRED' ? 'fieldRequired' : 'invalidValue'}`,
		subType,
		problematicField: field,
		problematicValue: value === undefined ? null : String(value),
	});
const required = (field) =>
	wyreError('FieldRequiredException', `${field} is required`, {
		errorCode: 'validation.fieldRequired',
		subType: 'FIELD_REQUIRED',
		problematicField: field,
	});

/** The JSON object body; an empty body is {} (a body-less POST). Anything else is a 400. */
function jsonBody(ctx) {
	const raw = ctx.rawBody.toString('utf8');
	if (!raw.trim()) return {};
	const body = parseLossless(raw);
	if (!body || typeof body !== 'object' || Array.isArray(body))
		throw wyreError('ValidationException', 'The request body must be a JSON object', {
			errorCode: 'validation.invalidJson',
			subType: 'INVALID_VALUE',
		});
	return body;
}

const blank = (v) => v === undefined || v === null || v === '';

/** An optional string field (numbers are refused: these are names, ids, texts). */
function optText(body, field, max = 1024) {
	const v = body[field];
	if (blank(v)) return null;
	if (typeof v !== 'string') throw invalid(field, `${field} must be a string`);
	if (v.length > max) throw invalid(field, `${field} is longer than ${max} characters`);
	return v;
}

function reqText(body, field, max) {
	if (blank(body[field])) throw required(field);
	return optText(body, field, max);
}

/** true/false (also the strings "true"/"false"); `dflt` when absent. */
function optBool(body, field, dflt = false) {
	const v = body[field];
	if (blank(v)) return dflt;
	if (v === true || v === 'true') return true;
	if (v === false || v === 'false') return false;
	throw invalid(field, `${field} must be true or false`, 'INVALID_VALUE', v);
}

/** A supported currency code (case-insensitive); `subType` names the refusal. */
function currencyCode(body, field, subType = 'INVALID_VALUE') {
	const v = body[field];
	if (blank(v)) throw required(field);
	const code = typeof v === 'string' ? v.toUpperCase() : '';
	if (!CURRENCIES[code]) throw invalid(field, `${field} ${v} is not supported`, subType, v);
	return code;
}

/**
 * A positive amount of `currency` (JSON number or decimal string) as units at SCALE; at most the
 * currency's decimals. Null when absent.
 */
function amountUnits(body, field, currency) {
	const v = body[field];
	if (blank(v)) return null;
	const text =
		v instanceof RawNumber
			? normalizeDecimal(v.text)
			: typeof v === 'string'
				? normalizeDecimal(v)
				: null;
	const units = text === null ? null : toUnits(text, CURRENCIES[currency].decimals);
	if (units === null)
		throw invalid(
			field,
			`${field} must be a positive decimal with at most ${CURRENCIES[currency].decimals} decimals for ${currency}`,
			'INVALID_VALUE',
			v instanceof RawNumber ? v.text : v,
		);
	if (units === 0n)
		throw invalid(
			field,
			`${field} must be greater than zero`,
			'TRANSACTION_AMOUNT_TOO_SMALL',
			text,
		);
	return units * 10n ** BigInt(SCALE - CURRENCIES[currency].decimals);
}

/** An http(s) URL field, or null when absent. */
function optUrl(body, field) {
	const v = optText(body, field, 2048);
	if (v === null) return null;
	try {
		const u = new URL(v);
		if (u.protocol === 'http:' || u.protocol === 'https:') return v;
	} catch {
		// fall through
	}
	throw invalid(field, `${field} must be an http(s) URL`, 'INVALID_VALUE', v);
}

const SRN_TYPES = ['wallet', 'account', 'paymentmethod', 'transfer', 'bitcoin', 'ethereum'];

/** `type:rest` with a known type (prefix case-insensitive: paymentMethod: = paymentmethod:). */
function parseSrn(value, field) {
	if (blank(value)) throw required(field);
	const m = typeof value === 'string' ? /^([A-Za-z]+):(.+)$/.exec(value) : null;
	const type = m && m[1].toLowerCase();
	if (!m || !SRN_TYPES.includes(type))
		throw invalid(
			field,
			`${field} must be an SRN such as wallet:WA_... or bitcoin:<address>`,
			'INVALID_VALUE',
			value,
		);
	return { type, id: m[2], srn: `${type}:${m[2]}` };
}

const BTC_ADDRESS = /^(bc1|tb1)[02-9ac-hj-np-z]{11,71}$|^[123mn][1-9A-HJ-NP-Za-km-z]{25,34}$/;
const ETH_ADDRESS = /^0x[0-9a-fA-F]{40}$/;
/** The blockchain an external address belongs to, checked by shape. */
function validAddress(chain, address) {
	return chain === 'bitcoin' ? BTC_ADDRESS.test(address) : ETH_ADDRESS.test(address);
}

/** A non-negative integer query parameter (or `dflt`). */
function intParam(query, name, dflt, { min = 0, max = Number.MAX_SAFE_INTEGER } = {}) {
	const all = query.getAll(name);
	if (!all.length || all[0] === '') return dflt;
	const v = all[0];
	if (!/^\d{1,16}$/.test(v) || Number(v) < min || Number(v) > max)
		throw invalid(name, `${name} must be an integer from ${min} to ${max}`, 'INVALID_VALUE', v);
	return Number(v);
}

/** offset (0), limit (25, at most 1000), from / to (ms epoch, creation time bounds). */
function paging(query) {
	return {
		offset: intParam(query, 'offset', 0),
		limit: intParam(query, 'limit', 25, { min: 1, max: 1000 }),
		from: intParam(query, 'from', null),
		to: intParam(query, 'to', null),
	};
}

/** One page of `items` (already newest first): {data, position, recordsTotal, recordsFiltered}. */
function page(items, p, createdAt = (x) => x.createdAt) {
	const filtered = items.filter(
		(x) => (p.from === null || createdAt(x) >= p.from) && (p.to === null || createdAt(x) <= p.to),
	);
	return {
		data: filtered.slice(p.offset, p.offset + p.limit),
		position: p.offset,
		recordsTotal: items.length,
		recordsFiltered: filtered.length,
	};
}

module.exports = {
	SCALE,
	STATUS_OF,
	errorBody,
	wyreError,
	accessDenied,
	notFound,
	invalid,
	required,
	jsonBody,
	blank,
	optText,
	reqText,
	optBool,
	currencyCode,
	amountUnits,
	optUrl,
	parseSrn,
	validAddress,
	intParam,
	paging,
	page,
};
