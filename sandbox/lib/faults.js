'use strict';
// Fault injection, shared by the sandboxes: make the next matching API request(s) go wrong on
// purpose. A fault is matched on the exact path (and the method when given) and used `times` times:
//   {path, status, body?, headers?}            answer this status INSTEAD of acting (nothing changes)
//   {path, status, after: true, body?, ...}    act (state changes), THEN answer this status
//   {path, drop: 'before' | 'after'}          close the connection without an answer, before / after acting
//   {path, delayMs}                            wait this long before answering (or dropping); combines with the above
//   {..., skip: n}                             let the first n matching requests through untouched
// `body` is sent as is when a string (HTML, half a JSON document ...), else as JSON; without it the
// provider's own error body for that status is used. `headers` override the answer's headers.
const { HttpError } = require('./router');

const MAX_DELAY_MS = 10 * 60 * 1000;

/** Validates a fault given to POST /_sandbox/faults; returns it with defaults, or throws a 400. */
function checkFault(input) {
	const bad = (message) => {
		throw new HttpError(400, { error: 'invalid fault', message });
	};
	if (!input || typeof input !== 'object' || Array.isArray(input)) bad('a fault is a JSON object');
	const f = { times: 1, ...input };
	if (typeof f.path !== 'string' || !f.path.startsWith('/'))
		bad('path must be the exact request path, e.g. "/wallet/balance"');
	if (f.method !== undefined) {
		if (typeof f.method !== 'string' || !f.method) bad('method must be a string such as "POST"');
		f.method = f.method.toUpperCase();
	}
	if (f.status !== undefined && !(Number.isInteger(f.status) && f.status >= 100 && f.status <= 599))
		bad('status must be an HTTP status (100-599)');
	if (f.drop !== undefined && f.drop !== 'before' && f.drop !== 'after')
		bad('drop must be "before" or "after"');
	if (f.after !== undefined && typeof f.after !== 'boolean') bad('after must be true or false');
	if (f.after && f.status === undefined) bad('after: true goes with a status');
	if (
		f.delayMs !== undefined &&
		!(Number.isInteger(f.delayMs) && f.delayMs >= 0 && f.delayMs <= MAX_DELAY_MS)
	) {
		bad(`delayMs must be an integer from 0 to ${MAX_DELAY_MS}`);
	}
	if (
		f.headers !== undefined &&
		(f.headers === null || typeof f.headers !== 'object' || Array.isArray(f.headers))
	)
		bad('headers must be an object');
	if (!(Number.isInteger(f.times) && f.times >= 1)) bad('times must be an integer >= 1');
	if (f.skip !== undefined && !(Number.isInteger(f.skip) && f.skip >= 0))
		bad('skip must be an integer >= 0');
	if (f.status === undefined && f.drop === undefined && f.delayMs === undefined)
		bad('give status, drop or delayMs');
	return f;
}

/** The list of armed faults (tests may also push onto `list` directly). */
class Faults {
	constructor() {
		this.list = [];
	}

	add(input) {
		const f = checkFault(input);
		this.list.push(f);
		return f;
	}

	clear() {
		this.list.length = 0;
	}

	/** The fault for this request, used up by one (undefined when none is armed). */
	take(method, path) {
		const i = this.list.findIndex(
			(f) => f.path === path && (!f.method || f.method.toUpperCase() === method),
		);
		if (i < 0) return undefined;
		const f = this.list[i];
		if (f.skip > 0) {
			f.skip--;
			return undefined;
		}
		f.times = (f.times ?? 1) - 1;
		if (f.times <= 0) this.list.splice(i, 1);
		return f;
	}
}

/** What a fault does to one request: { before, after } each 'drop', 'answer' or null, and delayMs. */
function plan(fault) {
	if (!fault) return { before: null, after: null, delayMs: 0 };
	const delayMs = fault.delayMs || 0;
	if (fault.drop === 'before') return { before: 'drop', after: null, delayMs };
	if (fault.drop === 'after') return { before: null, after: 'drop', delayMs };
	if (fault.status !== undefined)
		return fault.after
			? { before: null, after: 'answer', delayMs }
			: { before: 'answer', after: null, delayMs };
	return { before: null, after: null, delayMs };
}

module.exports = { Faults, checkFault, plan };
