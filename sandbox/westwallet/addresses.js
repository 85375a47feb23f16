'use strict';
// WestWallet address endpoints of the sandbox: deposit addresses, invoices (one address per
// accepted currency), an invoice's transactions, and the bare payment page an invoice's `url` opens.
const { toUnits, unitsText } = require('../lib/money');
const {
	fail,
	isBlank,
	isHttpUrl,
	intParam,
	amountOf,
	receiveCurrency,
	labelOf,
} = require('./checks');
const { invoiceTx, tickerOf, byCreated, formatDate } = require('./state');
const data = require('./data');

function generate(app, ctx, body) {
	const cur = receiveCurrency(app.wallet, body.currency);
	if (!isHttpUrl(body.ipn_url)) fail(400, 'wrong_ipn_url');
	const label = labelOf(body.label);
	if (!app.wallet.addressQuotaAllows(1)) fail(400, 'too_much_addresses_per_day');
	const rec = app.wallet.newAddress(cur, { label, ipn_url: body.ipn_url });
	return {
		body: {
			address: rec.address,
			dest_tag: rec.dest_tag,
			currency: rec.currency,
			label: rec.label,
			error: 'ok',
		},
	};
}

/** The invoice's fields after the doc's checks (in the doc's order). */
function invoiceRequest(app, body, parsed) {
	const list = body.currencies;
	if (!Array.isArray(list) || list.length === 0) fail(400, 'bad_request');
	const curs = [];
	for (const code of list) {
		const cur = receiveCurrency(app.wallet, code);
		if (!curs.includes(cur)) curs.push(cur);
	}
	const { units } = amountOf(parsed, body, 'amount');
	if (units === null || units <= 0n) fail(400, 'bad_request');
	if (!isHttpUrl(body.ipn_url)) fail(400, 'wrong_ipn_url');
	const ttl = intParam(body.ttl) ?? 15;
	if (!Number.isInteger(ttl) || ttl < 1 || ttl > 15) fail(400, 'bad_request');
	const label = labelOf(body.label);
	const inUsd =
		list.length > 1 ||
		body.amount_in_usd === true ||
		body.amount_in_usd === 'true' ||
		body.amount_in_usd === 1;
	if (!app.wallet.addressQuotaAllows(curs.length)) fail(400, 'too_much_addresses_per_day');
	return { curs, units, ttl, label, inUsd };
}

function createInvoice(app, ctx, body, parsed) {
	const { curs, units, ttl, label, inUsd } = invoiceRequest(app, body, parsed);
	const token = data.randomHex(15);
	const t = app.wallet.now();
	const allowed = curs.map((cur) => {
		const ticker = tickerOf(cur);
		let amountUnits = units;
		if (inUsd) {
			// usd / rate, 8 decimals, rounded up so the payer never pays less than asked
			const rate = toUnits(data.USD_RATES[ticker] ?? '1');
			amountUnits = (units * 10n ** 8n + rate - 1n) / rate;
		}
		const rec = app.wallet.newAddress(cur, { label, ipn_url: body.ipn_url, invoice_token: token });
		return {
			address: rec.address,
			amount: unitsText(amountUnits),
			currency_code: ticker,
			dest_tag: rec.dest_tag,
		};
	});
	const invoice = {
		token,
		currencies: curs.map(tickerOf),
		amount: unitsText(units),
		amount_in_usd: inUsd,
		ipn_url: body.ipn_url,
		success_url: isBlank(body.success_url) ? null : String(body.success_url),
		description: isBlank(body.description) ? null : String(body.description),
		label,
		ttl,
		created_at: formatDate(t),
		expire_at: formatDate(t + ttl * 60000),
		url: `${app.sandbox.url}/payment/${token}`,
		allowed_currencies_data: allowed,
	};
	app.wallet.invoices.push(invoice);
	const shown = allowed.map((a) => ({ ...a, amount: Number(a.amount) }));
	return {
		body: {
			allowed_currencies_data: shown,
			expire_at: invoice.expire_at,
			token,
			url: invoice.url,
			error: 'ok',
		},
	};
}

function invoiceTransactions(app, ctx) {
	const token = ctx.query.get('token');
	if (!token) fail(400, 'bad_request');
	const invoice = app.wallet.invoices.find((i) => i.token === token);
	if (!invoice) fail(404, 'not_found');
	const addrs = new Set(invoice.allowed_currencies_data.map((a) => a.address));
	const result = app.wallet.transactions
		.filter((t) => t.type === 'receive' && addrs.has(t.address))
		.sort(byCreated)
		.map(invoiceTx);
	return { body: { count: result.length, error: 'ok', result } };
}

/** The invoice's `url` points here: a bare page so a demo link opens something useful. */
function paymentPage(app, ctx) {
	const invoice = app.wallet.invoices.find((i) => i.token === ctx.params.token);
	if (!invoice) return { status: 404, body: { error: 'not_found' } };
	const esc = (s) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
	const rows = invoice.allowed_currencies_data
		.map(
			(a) =>
				`<li>${esc(a.amount)} ${esc(a.currency_code)} to <code>${esc(a.address)}</code>${a.dest_tag ? ` (tag ${esc(a.dest_tag)})` : ''}</li>`,
		)
		.join('');
	return {
		status: 200,
		headers: { 'Content-Type': 'text/html; charset=utf-8' },
		body:
			`<!doctype html><title>WestWallet sandbox invoice</title><h1>Sandbox invoice ${esc(invoice.token)}</h1>` +
			`<p>${esc(invoice.description ?? '')}</p><p>Expires ${esc(invoice.expire_at)} UTC</p><ul>${rows}</ul>` +
			`<p>Pay with POST /_sandbox/deposit {"token":"${esc(invoice.token)}","currency":"...","amount":"..."}</p>`,
	};
}

module.exports = { generate, createInvoice, invoiceTransactions, paymentPage };
