'use strict';
// Whir's error answer ({code, description}, code = the HTTP status) and the checks of
// POST /createTransaction and GET /transactions. The first problem found is answered, in the
// order: payouts (presence, form, then each entry: address, amount; duplicates), delay, refCode.
const { HttpError } = require('../lib/router');
const { RawNumber, duplicateKeys } = require('../lib/json');
const { toUnits, normalizeDecimal } = require('../lib/money');
const { isValidAddress, canonicalAddress } = require('./address');

/** The provider's error answer as a thrown HttpError. */
function whirError(status, description) {
	return new HttpError(status, { code: status, description });
}
const invalid = (description) => whirError(400, description);

/** A request value in an error description (numbers as sent). */
const shown = (v) =>
	v instanceof RawNumber ? v.text : typeof v === 'string' ? v : JSON.stringify(v);

const AMOUNT_RULE = 'must be a positive decimal with at most 8 decimals';

/**
 * Units of a payout amount: a JSON string must be a plain decimal ("0.001"); a JSON number may use
 * any JSON notation (0.001, 1e-3) but the same rule applies to its value. Null when invalid.
 */
function amountUnits(v) {
	let text = null;
	if (typeof v === 'string') text = /^\d+(\.\d+)?$/.test(v) ? v : null;
	else if (v instanceof RawNumber) text = v.text.startsWith('-') ? null : normalizeDecimal(v.text);
	const units = text === null ? null : toUnits(text);
	return units !== null && units > 0n ? units : null;
}

/** [{address, amount}] from either accepted form, plus the form's name; throws 400 on anything else. */
function payoutEntries(raw) {
	if (raw === undefined || raw === null) throw invalid('Missing payouts.');
	if (Array.isArray(raw)) {
		if (raw.length && raw.every((p) => typeof p === 'string')) {
			throw invalid(
				'Payout amounts are missing: send payouts as {"<address>": "<amount>"} or [{"address": ..., "amount": ...}].',
			);
		}
		const entries = raw.map((p, i) => {
			if (p === null || typeof p !== 'object' || Array.isArray(p))
				throw invalid(`Invalid payout at position ${i}: expected {"address", "amount"}.`);
			return { address: p.address, amount: p.amount };
		});
		return { form: 'array', entries };
	}
	if (typeof raw !== 'object' || raw instanceof RawNumber)
		throw invalid(
			'Invalid payouts: expected {"<address>": "<amount>"} or a list of {"address", "amount"}.',
		);
	const dup = duplicateKeys(raw)[0];
	if (dup !== undefined) throw invalid(`Duplicate payout address: ${dup}.`);
	return {
		form: 'object',
		entries: Object.entries(raw).map(([address, amount]) => ({ address, amount })),
	};
}

/** Checked payouts: { form, payouts: [{address, units, kind: 'string'|'number', text}] }. */
function checkPayouts(raw, { acceptTestnet }) {
	const { form, entries } = payoutEntries(raw);
	if (entries.length === 0) throw invalid('Payouts must not be empty.');
	const seen = new Set();
	const payouts = entries.map(({ address, amount }) => {
		if (typeof address !== 'string' || !isValidAddress(address, { acceptTestnet }))
			throw invalid(`Invalid BTC address: ${shown(address)}.`);
		const units = amountUnits(amount);
		if (units === null) throw invalid(`Invalid amount for ${address}: ${AMOUNT_RULE}.`);
		const key = canonicalAddress(address);
		if (seen.has(key)) throw invalid(`Duplicate payout address: ${address}.`);
		seen.add(key);
		return {
			address,
			units,
			kind: typeof amount === 'string' ? 'string' : 'number',
			text: typeof amount === 'string' ? amount : null,
		};
	});
	return { form, payouts };
}

/** Whole hours >= 0 given as a JSON integer or a digit string ("1" in the doc); 0 when absent. */
function checkDelay(v) {
	if (v === undefined || v === null || v === '') return 0;
	const text = v instanceof RawNumber ? v.text : typeof v === 'string' ? v : null;
	if (text === null || !/^\d+$/.test(text) || !Number.isSafeInteger(Number(text))) {
		throw invalid('Invalid delay: must be a whole number of hours, 0 or more.');
	}
	return Number(text);
}

/** An optional affiliate code (a non-empty string); null when absent. */
function checkRefCode(v) {
	if (v === undefined || v === null || v === '') return null;
	if (typeof v !== 'string' || v.length > 64)
		throw invalid('Invalid refCode: must be a string of at most 64 characters.');
	return v;
}

/** A query parameter that must be a whole number >= min, or the default when absent. */
function queryInt(query, name, dflt, min) {
	const v = query.get(name);
	if (v === null || v === '') return dflt;
	if (!/^\d+$/.test(v) || Number(v) < min || !Number.isSafeInteger(Number(v)))
		throw invalid(`Invalid ${name}: must be a whole number${min ? ` of at least ${min}` : ''}.`);
	return Number(v);
}

module.exports = {
	whirError,
	amountUnits,
	checkPayouts,
	checkDelay,
	checkRefCode,
	queryInt,
	AMOUNT_RULE,
};
