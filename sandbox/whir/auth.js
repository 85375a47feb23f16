'use strict';
// Whir request checks (https://whir.to/api): the maintenance switch answers 503 for everything
// under the API, then private methods need `Authorization: Bearer <api key>` (401 when missing or
// wrong) and a key that is not blocked (403). Public methods (status, validateAddress) need no key.
const { safeEqual, bearerToken } = require('../lib/auth');
const { whirError } = require('./checks');
const { TEXT } = require('./data');

/** Throws the provider's error answer unless the request may go on. */
function guard(app, ctx, { isPublic }) {
	if (app.settings.maintenance) throw whirError(503, TEXT.maintenance);
	if (isPublic) return;
	const token = bearerToken(ctx.headers);
	if (token === null) throw whirError(401, TEXT.missingKey);
	if (!safeEqual(token, app.apiKey)) throw whirError(401, TEXT.invalidKey);
	if (app.settings.blocked) throw whirError(403, TEXT.blocked);
}

module.exports = { guard };
