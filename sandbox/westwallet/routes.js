'use strict';
// The WestWallet API endpoints of the sandbox (paths, error codes and answer shapes of
// https://westwallet.io/api_docs): wallet, withdrawals and transaction history here, addresses and
// invoices in addresses.js. Every handler gets (app, ctx, body, parsed): body is the JSON object
// of a POST, parsed gives the exact text of its numbers.
const { parseWithNumberTexts } = require('../lib/json');
const { toUnits, fromUnits } = require('../lib/money');
const { authenticate } = require('./auth');
const {
	fail,
	isBlank,
	intParam,
	amountOf,
	priorityOf,
	sendCurrency,
	withdrawalProblem,
} = require('./checks');
const { publicTx, tickerOf, byCreated, SEND_STATUSES } = require('./state');
const addresses = require('./addresses');
const data = require('./data');

function parseBody(ctx) {
	const text = ctx.rawBody.toString('utf8');
	if (!text.trim()) return { value: {}, numberText: () => undefined };
	let parsed;
	try {
		parsed = parseWithNumberTexts(text);
	} catch {
		fail(400, 'bad_request');
	}
	const v = parsed.value;
	if (v === null || typeof v !== 'object' || Array.isArray(v)) fail(400, 'bad_request');
	return parsed;
}

function balance(app, ctx) {
	const cur = app.wallet.findCurrency(ctx.query.get('currency'));
	if (!cur) fail(400, 'currency_not_found');
	const ticker = tickerOf(cur);
	return {
		body: {
			balance: Number(fromUnits(app.wallet.balances[ticker])),
			currency: ticker,
			error: 'ok',
		},
	};
}

function balances(app) {
	const body = {};
	for (const [ticker, units] of Object.entries(app.wallet.balances))
		body[ticker] = Number(fromUnits(units));
	// The doc's example has no "error" field here; both official SDKs (JS, Python) require
	// "error":"ok" on this answer, so it is an option (default: the doc).
	if (app.options.balancesErrorField) body.error = 'ok';
	return { body };
}

function createWithdrawal(app, ctx, body, parsed) {
	const { wallet } = app;
	const cur = sendCurrency(wallet, body.currency);
	const priority = priorityOf(body);
	const { units } = amountOf(parsed, body, 'amount');
	const w = {
		units,
		address: body.address,
		dest_tag: body.dest_tag,
		description: body.description,
		priority,
		ipn_url: body.ipn_url,
	};
	const problem = withdrawalProblem(wallet, cur, w);
	if (problem) fail(400, problem[0], problem[1]);
	const ticker = tickerOf(cur);
	const feeText = data.FEES[ticker] ?? '0';
	const feeUnits = toUnits(feeText);
	if (units + feeUnits > wallet.balances[ticker]) fail(400, 'insufficient_funds');
	const tx = wallet.createSend(cur, w, feeUnits, feeText);
	const { id, address, dest_tag, currency, status, blockchain_hash, fee } = tx;
	return {
		body: {
			id,
			amount: Number(tx.amount),
			address,
			dest_tag,
			currency,
			status,
			blockchain_hash,
			fee,
			error: 'ok',
		},
	};
}

/** One entry of a bulk request, checked on its own: { index, w, address, amountText, units, description, error, extra }. */
function bulkEntry(app, cur, priority, parsed, t, index) {
	if (t === null || typeof t !== 'object' || Array.isArray(t)) {
		return {
			index,
			address: null,
			amountText: null,
			units: null,
			description: '',
			error: 'bad_request',
		};
	}
	const { text, units } = amountOf(parsed, t, 'amount');
	const w = { units, address: t.address, description: t.description, priority, ipn_url: t.ipn_url };
	const problem = withdrawalProblem(app.wallet, cur, w);
	const description = isBlank(t.description) ? '' : String(t.description);
	return {
		index,
		w,
		address: t.address ?? null,
		amountText: text,
		units,
		description,
		error: problem ? problem[0] : null,
		extra: problem ? problem[1] : undefined,
	};
}

/**
 * The doc: "The first transaction is the transaction with the largest amount"; second and
 * subsequent ones get a 50% discount of the fixed fee. So valid entries are sent largest first
 * against the running balance; the first one sent pays the full fee, the others half.
 */
function sendBulk(wallet, cur, entries) {
	const ticker = tickerOf(cur);
	const fullFee = toUnits(data.FEES[ticker] ?? '0');
	const queue = entries
		.filter((e) => !e.error)
		.sort((a, b) => (a.units === b.units ? a.index - b.index : a.units > b.units ? -1 : 1));
	let sent = 0;
	for (const e of queue) {
		const fee = sent === 0 ? fullFee : fullFee / 2n;
		if (e.units + fee > wallet.balances[ticker]) {
			e.error = 'insufficient_funds';
			continue;
		}
		e.tx = wallet.createSend(cur, e.w, fee, fromUnits(fee));
		sent++;
	}
}

function bulkResult(e) {
	if (!e.tx) {
		const amount = e.units !== null ? fromUnits(e.units) : e.amountText;
		return {
			address: e.address,
			amount,
			description: e.description,
			error: e.error,
			...(e.extra || {}),
		};
	}
	const tx = e.tx;
	return {
		address: tx.address,
		amount: fromUnits(e.units),
		blockchain_hash: tx.blockchain_hash,
		currency: tx.currency,
		error: 'ok',
		fee: tx.fee,
		id: tx.id,
		status: tx.status,
		description: tx.description,
		type: tx.type,
		dest_tag: tx.dest_tag,
		label: tx.label,
		blockchain_confirmations: tx.blockchain_confirmations,
		created_at: tx.created_at,
		updated_at: tx.updated_at,
	};
}

function createWithdrawalMany(app, ctx, body, parsed) {
	const cur = sendCurrency(app.wallet, body.currency);
	if (!data.BULK_CURRENCIES.includes(tickerOf(cur))) fail(400, 'bulk_not_supported');
	const priority = priorityOf(body);
	if (!Array.isArray(body.transactions) || body.transactions.length === 0) fail(400, 'bad_request');
	const entries = body.transactions.map((t, index) =>
		bulkEntry(app, cur, priority, parsed, t, index),
	);
	sendBulk(app.wallet, cur, entries);
	return { body: { error: 'ok', results: entries.map(bulkResult) } }; // results in request order
}

function transaction(app, ctx, body) {
	let tx;
	if (!isBlank(body.id)) {
		if (!Number.isInteger(intParam(body.id))) fail(400, 'bad_request');
		tx = app.wallet.findTx(intParam(body.id));
	} else if (!isBlank(body.label)) {
		const label = String(body.label);
		tx = app.wallet.transactions
			.filter((t) => t.label === label)
			.sort(byCreated)
			.pop();
	} else {
		fail(400, 'bad_request');
	}
	if (!tx) fail(404, 'not_found');
	return { body: { ...publicTx(tx), error: 'ok' } };
}

function transactions(app, ctx, body) {
	let list = app.wallet.transactions.slice();
	if (!isBlank(body.currency)) {
		const cur = app.wallet.findCurrency(body.currency);
		if (!cur) fail(400, 'currency_not_found');
		list = list.filter((t) => t.currency === tickerOf(cur));
	}
	const limit = intParam(body.limit) ?? 10;
	const offset = intParam(body.offset) ?? 0;
	if (!Number.isInteger(limit) || limit < 1 || !Number.isInteger(offset) || offset < 0)
		fail(400, 'bad_request');
	if (!isBlank(body.type)) {
		if (!['send', 'receive'].includes(body.type)) fail(400, 'bad_request');
		list = list.filter((t) => t.type === body.type);
	}
	if (!isBlank(body.status)) {
		if (!SEND_STATUSES.includes(body.status)) fail(400, 'bad_request');
		list = list.filter((t) => t.status === body.status);
	}
	const order = isBlank(body.order) ? 'desc' : body.order;
	if (!['asc', 'desc'].includes(order)) fail(400, 'bad_request');
	list.sort(byCreated);
	if (order === 'desc') list.reverse();
	return {
		body: { error: 'ok', result: list.slice(offset, offset + Math.min(limit, 100)).map(publicTx) },
	};
}

const ROUTES = [
	['GET', '/wallet/currencies_data', (app) => ({ body: app.wallet.currencies }), { auth: false }],
	['GET', '/wallet/balance', balance],
	['GET', '/wallet/balances', balances],
	['POST', '/wallet/create_withdrawal', createWithdrawal],
	['POST', '/wallet/create_withdrawal/many', createWithdrawalMany],
	['POST', '/wallet/transaction', transaction],
	['POST', '/wallet/transactions', transactions],
	['POST', '/address/generate', addresses.generate],
	['POST', '/address/create_invoice', addresses.createInvoice],
	['GET', '/address/invoice_transactions', addresses.invoiceTransactions],
];

/** Registers the API on `router`: auth (unless public), JSON object body for POST, then the handler. */
function register(router, app) {
	for (const [method, path, handler, { auth = true } = {}] of ROUTES) {
		router.add(method, path, (ctx) => {
			if (auth) authenticate(ctx, app.config);
			const parsed = method === 'POST' ? parseBody(ctx) : null;
			return handler(app, ctx, parsed ? parsed.value : {}, parsed);
		});
	}
	router.add('GET', '/payment/:token', (ctx) => addresses.paymentPage(app, ctx));
}

module.exports = { register };
