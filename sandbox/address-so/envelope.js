'use strict';
// Address.so's answer envelope: `{result, errors}`. Success has `errors` null or [] (the doc shows
// both; by default the sandbox alternates them, `POST /_sandbox/settings {successErrors}` fixes
// one); failure has `result: null, errors: {code, message}`. The doc gives no HTTP statuses for
// errors: by default the sandbox maps codes to statuses (data.js httpStatusFor), or answers 200.
const { CODES, httpStatusFor } = require('./data');

/** A provider error raised anywhere in a handler: `code` is a name of CODES or a number. */
class ApiFailure extends Error {
	constructor(code, message, headers = {}) {
		super(message);
		this.name = 'AddressSoFailure';
		this.code = typeof code === 'number' ? code : CODES[code];
		if (this.code === undefined) throw new Error(`unknown error code ${code}`);
		this.headers = headers;
	}
}

const fail = (code, message, headers) => {
	throw new ApiFailure(code, message, headers);
};

/** The `errors` value of the next success answer. */
function successErrors(app) {
	const mode = app.settings.successErrors;
	if (mode === 'null') return null;
	if (mode === 'array') return [];
	app.successCount = (app.successCount || 0) + 1;
	return app.successCount % 2 ? null : [];
}

function ok(app, result, headers = {}) {
	return { status: 200, body: { result, errors: successErrors(app) }, headers };
}

function failure(app, err, headers = {}) {
	const status = app.settings.errorStatus === '200' ? 200 : httpStatusFor(err.code);
	return {
		status,
		body: { result: null, errors: { code: err.code, message: err.message } },
		headers: { ...headers, ...err.headers },
	};
}

module.exports = { ApiFailure, fail, ok, failure };
