'use strict';
// Whir's response signature, byte for byte as the PHP of https://whir.to/api computes it:
//   signature = base64( HMAC-SHA256( secret key, implode('|', values) ) )
// over the answer's values in the order they are emitted, the `signature` field excluded. A value
// is rendered as PHP turns it into a string: null and false -> "", true -> "1", a number -> its
// text; an object or list -> its keys joined by ",", then ",", then its values joined by ","
// (a list's keys are 0, 1, ...; an empty one gives ","; a nested object or list inside gives
// "Array", as PHP's implode does). Numbers are RawNumbers here, so the text signed is exactly the
// text sent (never a float re-printed).
const { RawNumber } = require('../lib/json');
const { hmac } = require('../lib/auth');

function scalarText(v) {
	if (v === null || v === undefined || v === false) return '';
	if (v === true) return '1';
	if (v instanceof RawNumber) return v.text;
	if (typeof v === 'object') return 'Array';
	return String(v);
}

/** One top-level value as the PHP array_map callback renders it. */
function valueText(v) {
	if (v !== null && typeof v === 'object' && !(v instanceof RawNumber)) {
		return `${Object.keys(v).join(',')},${Object.values(v).map(scalarText).join(',')}`;
	}
	return scalarText(v);
}

/** The string that is signed: the values of `fields` in order, `signature` left out, joined by "|". */
function canonicalString(fields) {
	return Object.entries(fields)
		.filter(([k]) => k !== 'signature')
		.map(([, v]) => valueText(v))
		.join('|');
}

/** base64 HMAC-SHA256 of the canonical string. */
function signFields(fields, secret) {
	return hmac('sha256', secret, canonicalString(fields), 'base64');
}

module.exports = { canonicalString, signFields };
