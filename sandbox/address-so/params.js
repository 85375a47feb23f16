'use strict';
// Request parameters as Address.so takes them: from the query string, a form body or a JSON body
// (the doc's "Query params" arrive in all three ways from the official clients; the body wins over
// the query for the same name). Keeps the order received and each pair's raw text, for signatures.
const { parseLossless, RawNumber } = require('../lib/json');
const { fail } = require('./envelope');

function decodeComponent(text) {
	try {
		return decodeURIComponent(text.replace(/\+/g, ' '));
	} catch {
		return text;
	}
}

/** `a=1&b=2` -> [{key, value, raw}] (empty segments skipped). */
function parseQueryText(text) {
	if (!text) return [];
	return text
		.split('&')
		.filter((seg) => seg !== '')
		.map((seg) => {
			const i = seg.indexOf('=');
			const k = i < 0 ? seg : seg.slice(0, i);
			const v = i < 0 ? '' : seg.slice(i + 1);
			return { key: decodeComponent(k), value: decodeComponent(v), raw: seg };
		});
}

const scalar = (v) => (v instanceof RawNumber ? v.text : v === true ? '1' : v === false ? '' : v);

/** A JSON object -> pairs; nested arrays/objects as `key[i]` (no raw text: JSON carries none). */
function jsonPairs(obj, prefix = '') {
	const out = [];
	for (const [k, v] of Object.entries(obj)) {
		const key = prefix ? `${prefix}[${k}]` : k;
		if (v !== null && typeof v === 'object' && !(v instanceof RawNumber))
			out.push(...jsonPairs(v, key));
		else if (v !== null) out.push({ key, value: String(scalar(v)) });
	}
	return out;
}

function bodyPairs(ctx) {
	const text = ctx.rawBody.toString('utf8');
	if (!text.trim()) return [];
	const type = String(ctx.headers['content-type'] || '').toLowerCase();
	if (type.includes('json') || (!type.includes('form') && /^\s*[{[]/.test(text))) {
		const obj = parseLossless(text);
		if (obj === undefined || obj === null || typeof obj !== 'object' || Array.isArray(obj)) {
			fail('VALIDATION_ERROR', 'The request body is not valid JSON.');
		}
		return jsonPairs(obj);
	}
	return parseQueryText(text);
}

/**
 * The request's parameters: {pairs, get(name), list(name), has(name)}. `name[]` and `name[i]`
 * collect into list(name); get() gives the last plain value (body over query).
 */
function readParams(ctx) {
	const q = ctx.rawUrl.indexOf('?');
	const pairs = [...parseQueryText(q < 0 ? '' : ctx.rawUrl.slice(q + 1)), ...bodyPairs(ctx)];
	const get = (name) => {
		let v;
		for (const p of pairs) if (p.key === name) v = p.value;
		return v;
	};
	const list = (name) => {
		const re = new RegExp(`^${name.replace(/[^\w]/g, '\\$&')}\\[[^\\]]*\\]$`);
		const items = pairs.filter((p) => re.test(p.key)).map((p) => p.value);
		if (items.length) return items;
		const plain = get(name);
		return plain === undefined
			? undefined
			: String(plain)
					.split(',')
					.filter((s) => s !== '');
	};
	const has = (name) => pairs.some((p) => p.key === name);
	return { pairs, get, list, has };
}

/** A blank value: missing or only whitespace. */
const blank = (v) => v === undefined || v === null || String(v).trim() === '';

module.exports = { readParams, parseQueryText, blank };
