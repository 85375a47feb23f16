'use strict';
// The five Whir API endpoints of the sandbox (https://whir.to/api), under /api:
//   GET  /status                    public: {status, timestamp, datetime}
//   GET  /validateAddress/{address} public: {result: "true"|"false"} (a string, as in the doc's example)
//   POST /createTransaction         {payouts, delay?, refCode?} -> the new transaction, signed
//   GET  /transactions?limit&offset newest first; limit echoed as a string
//   GET  /transaction/{id}          the transaction with depositTxid and txid, signed
// Anything else under the API (a wrong method too) is 404 with the same {code, description} body.
const { parseLossless } = require('../lib/json');
const { guard } = require('./auth');
const { whirError, checkPayouts, checkDelay, checkRefCode, queryInt } = require('./checks');
const { isValidAddress } = require('./address');
const { TEXT } = require('./data');
const views = require('./views');

const BASE = '/api';

function status(app) {
	const t = app.now();
	return { body: { status: 'ok', timestamp: Math.floor(t / 1000), datetime: views.iso(t) } };
}

function validateAddress(app, ctx) {
	return {
		body: {
			result: isValidAddress(ctx.params.address, { acceptTestnet: app.settings.acceptTestnet })
				? 'true'
				: 'false',
		},
	};
}

function createTransaction(app, ctx) {
	const body = parseLossless(ctx.rawBody.toString('utf8'));
	if (body === null || typeof body !== 'object' || Array.isArray(body))
		throw whirError(400, TEXT.invalidJson);
	const { acceptTestnet } = app.settings;
	const { form, payouts } = checkPayouts(body.payouts, { acceptTestnet });
	const delay = checkDelay(body.delay);
	const refCode = checkRefCode(body.refCode);
	const tx = app.store.create({ form, payouts, delay, refCode, testnet: acceptTestnet });
	return { body: views.createView(app, tx) };
}

function transactions(app, ctx) {
	const limit = queryInt(ctx.query, 'limit', 30, 1);
	const offset = queryInt(ctx.query, 'offset', 0, 0);
	const all = app.store.list();
	return {
		body: {
			transactions: all.slice(offset, offset + limit).map((tx) => views.listItem(app, tx)),
			totalTransactions: all.length,
			limit: String(limit),
			offset,
		},
	};
}

function transaction(app, ctx) {
	const tx = app.store.get(ctx.params.id);
	if (!tx) throw whirError(404, TEXT.noTransaction);
	return { body: views.detailView(app, tx) };
}

const ROUTES = [
	['GET', '/status', status, { isPublic: true }],
	['GET', '/validateAddress/:address', validateAddress, { isPublic: true }],
	['POST', '/createTransaction', createTransaction, { isPublic: false }],
	['GET', '/transactions', transactions, { isPublic: false }],
	['GET', '/transaction/:id', transaction, { isPublic: false }],
];

function register(router, app) {
	for (const [method, path, handler, access] of ROUTES) {
		router.add(method, `${BASE}${path}`, (ctx) => {
			guard(app, ctx, access);
			app.store.sweep();
			return handler(app, ctx);
		});
	}
}

/** Unknown endpoint or method: 404 (503 while in maintenance), provider-shaped. */
function fallbacks(router, app) {
	const notFound = () => {
		const e = whirError(
			app.settings.maintenance ? 503 : 404,
			app.settings.maintenance ? TEXT.maintenance : TEXT.noEndpoint,
		);
		return { status: e.status, body: e.body };
	};
	return { notFound, methodNotAllowed: notFound };
}

module.exports = { register, fallbacks, BASE };
