'use strict';
// Local sandbox of the WestWallet API (https://api.westwallet.io), following
// /work/shared/providers/westwallet.txt: same paths, auth, error codes and answer shapes, with an
// in-memory wallet (balances, transactions, addresses, invoices) and IPN delivery driven from the
// /_sandbox/ control endpoints or the in-process helpers. Never part of the published package.
//
// Auth, as the provider: X-API-KEY, X-ACCESS-TIMESTAMP (unix seconds), X-ACCESS-SIGN =
// hex HMAC-SHA256(privateKey, timestampHeaderText + payload). payload = the raw POST body bytes as
// received (never a re-serialization), or for GET the compact JSON of the query parameters in the
// order received (what the JS SDK signs), "" without parameters.
const { Router, startSandboxServer, deliver, safeEqual, hmacHex, toUnits, fromUnits } = require('../lib/http');
const { parseJson } = require('./json');
const data = require('./data');

const DEFAULTS = Object.freeze({
	publicKey: 'ww_sandbox_public_key',
	privateKey: 'ww_sandbox_private_key',
	timestampToleranceSeconds: 60,
	addressesPerDay: 1000,
});

const FIRST_ID = 611438200;
const PRIORITIES = ['low', 'medium', 'high'];
const SEND_STATUSES = ['pending', 'sending', 'completed', 'network_error'];
const RECEIVE_STATUSES = ['pending', 'completed'];
const DAY_MS = 24 * 60 * 60 * 1000;

/** A provider-shaped error: answered as HTTP `status` with {"error": code, ...extra}. */
class ApiError extends Error {
	constructor(status, code, extra = {}) {
		super(extra.message ? `${code}: ${extra.message}` : code);
		this.name = 'WestWalletSandboxError';
		this.status = status;
		this.code = code;
		this.body = { error: code, ...extra };
	}
}
function fail(status, code, extra) {
	throw new ApiError(status, code, extra);
}

// ---- small value helpers ------------------------------------------------------------------------

const PLAIN_DECIMAL = /^\d+(\.\d+)?$/;

/** "0.10000000" -> "0.1", "5.00000000" -> "5". */
function plain(units) {
	return fromUnits(units).replace(/\.?0+$/, '');
}
function asNumber(units) {
	return Number(fromUnits(units));
}
/** Units of a limit held as a JS number in currencies_data (0.0001, 5, 1e-7 ...). */
function numberUnits(n) {
	return toUnits(Number(n).toFixed(8));
}
function formatDate(ms) {
	return new Date(ms).toISOString().replace('T', ' ').slice(0, 19);
}
function isHttpUrl(value) {
	if (typeof value !== 'string' || !value) return false;
	try {
		const u = new URL(value);
		return (u.protocol === 'http:' || u.protocol === 'https:') && !!u.hostname;
	} catch {
		return false;
	}
}
function isBlank(v) {
	return v === undefined || v === null || v === '';
}
/** Integer parameter given as a JSON number or a digit string; undefined when absent. */
function intParam(v) {
	if (isBlank(v)) return undefined;
	if (typeof v === 'number' && Number.isInteger(v)) return v;
	if (typeof v === 'string' && /^-?\d+$/.test(v)) return Number(v);
	return NaN;
}
/**
 * The exact text of an amount: a JSON string as is, a JSON number as the digits the client sent.
 * Returns { text, units } (units null when the text is not a plain decimal with <= 8 decimals).
 */
function amountOf(parsed, obj, key) {
	const v = obj[key];
	let text = null;
	if (typeof v === 'string') text = v;
	else if (typeof v === 'number') text = (parsed && parsed.numberText(obj, key)) ?? String(v);
	const units = text !== null && PLAIN_DECIMAL.test(text) ? toUnits(text) : null;
	return { text, units };
}

// ---- state ----------------------------------------------------------------------------------------

function initialState() {
	const currencies = data.currencies();
	const balances = {};
	for (const c of currencies) balances[c.tickers[0]] = toUnits(data.INITIAL_BALANCES[c.tickers[0]] ?? '0');
	return { currencies, balances, transactions: [], addresses: [], invoices: [], nextId: FIRST_ID };
}

/** Transaction as the API shows it (field order of the doc's /wallet/transactions example). */
function publicTx(tx) {
	return {
		id: tx.id,
		created_at: tx.created_at,
		updated_at: tx.updated_at,
		type: tx.type,
		amount: Number(tx.amount),
		address: tx.address,
		dest_tag: tx.dest_tag,
		label: tx.label,
		currency: tx.currency,
		status: tx.status,
		description: tx.description,
		blockchain_confirmations: tx.blockchain_confirmations,
		blockchain_hash: tx.blockchain_hash,
		fee: tx.fee,
	};
}

/** Transaction as /address/invoice_transactions shows it (doc example: amount is a string). */
function invoiceTx(tx) {
	return {
		address: tx.address,
		amount: tx.amount,
		blockchain_confirmations: tx.blockchain_confirmations,
		blockchain_hash: tx.blockchain_hash,
		created_at: tx.created_at,
		currency: tx.currency,
		description: tx.description,
		dest_tag: tx.dest_tag,
		fee: tx.fee,
		id: tx.id,
		label: tx.label,
		status: tx.status,
		type: tx.type,
		updated_at: tx.updated_at,
	};
}

/** IPN form fields, in the doc's example order ("type" is not part of it). */
function ipnFields(tx) {
	return {
		id: String(tx.id),
		amount: tx.amount,
		address: tx.address,
		dest_tag: tx.dest_tag ?? '',
		label: tx.label ?? '',
		currency: tx.currency,
		status: tx.status,
		blockchain_confirmations: String(tx.blockchain_confirmations),
		fee: tx.fee,
		blockchain_hash: tx.blockchain_hash,
	};
}

function byCreated(a, b) {
	return a.created_ms - b.created_ms || a.id - b.id;
}

// ---- the sandbox ----------------------------------------------------------------------------------

async function start(opts = {}) {
	const publicKey = opts.publicKey ?? DEFAULTS.publicKey;
	const privateKey = opts.privateKey ?? DEFAULTS.privateKey;
	const tolerance = opts.timestampToleranceSeconds ?? DEFAULTS.timestampToleranceSeconds;
	const addressesPerDay = opts.addressesPerDay ?? DEFAULTS.addressesPerDay;
	const now = typeof opts.now === 'function' ? opts.now : () => Date.now();
	/** Behaviour switches, mutable at run time through sandbox.options. */
	const options = { balancesErrorField: opts.balancesErrorField === true };

	const state = initialState();
	const router = new Router();
	let sandbox = null;

	const findCurrency = (code) =>
		typeof code === 'string' ? state.currencies.find((c) => c.tickers.includes(code)) : undefined;
	const tickerOf = (cur) => cur.tickers[0];
	const findTx = (id) => {
		const n = intParam(id);
		return Number.isInteger(n) ? state.transactions.find((t) => t.id === n) : undefined;
	};
	const isOurAddress = (address) => state.addresses.some((a) => a.address === address);
	const credit = (ticker, units) => {
		state.balances[ticker] = (state.balances[ticker] ?? 0n) + units;
	};

	// ---- auth and body ----
	function authenticate(ctx) {
		const key = ctx.headers['x-api-key'];
		if (typeof key !== 'string' || !safeEqual(key, publicKey)) fail(401, 'wrong_auth');
		const ts = ctx.headers['x-access-timestamp'];
		if (typeof ts !== 'string' || !/^\d+$/.test(ts)) fail(401, 'wrong_hmac');
		if (Math.abs(now() / 1000 - Number(ts)) > tolerance) fail(401, 'wrong_hmac');
		let payload;
		if (ctx.method === 'GET') {
			const hasParams = !ctx.query.keys().next().done;
			payload = Buffer.from(hasParams ? JSON.stringify(Object.fromEntries(ctx.query)) : '', 'utf8');
		} else {
			payload = ctx.rawBody; // the bytes as received
		}
		const expected = hmacHex('sha256', privateKey, Buffer.concat([Buffer.from(ts, 'utf8'), payload]));
		const sign = ctx.headers['x-access-sign'];
		if (typeof sign !== 'string' || !safeEqual(sign, expected)) fail(401, 'wrong_hmac');
	}

	function parseBody(ctx) {
		const text = ctx.rawBody.toString('utf8');
		if (!text.trim()) return { value: {}, numberText: () => undefined };
		let parsed;
		try {
			parsed = parseJson(text);
		} catch {
			fail(400, 'bad_request');
		}
		const v = parsed.value;
		if (v === null || typeof v !== 'object' || Array.isArray(v)) fail(400, 'bad_request');
		return parsed;
	}

	/** Provider API route: auth (unless public), JSON object body for POST, ApiError -> answer. */
	function api(method, path, handler, { auth = true } = {}) {
		router.add(method, path, (ctx) => {
			try {
				if (auth) authenticate(ctx);
				const parsed = method === 'POST' ? parseBody(ctx) : null;
				return handler(ctx, parsed ? parsed.value : {}, parsed);
			} catch (e) {
				if (e instanceof ApiError) return { status: e.status, body: e.body };
				throw e;
			}
		});
	}

	/** Control route (no auth): JSON object body, handler returns the answer body. */
	function control(method, path, handler) {
		router.add(method, path, async (ctx) => {
			try {
				const text = ctx.rawBody.toString('utf8');
				let body = {};
				if (text.trim()) {
					try {
						body = JSON.parse(text);
					} catch {
						fail(400, 'bad_request', { message: 'body must be JSON' });
					}
				}
				if (body === null || typeof body !== 'object' || Array.isArray(body)) {
					fail(400, 'bad_request', { message: 'body must be a JSON object' });
				}
				return { status: 200, body: await handler(body, ctx) };
			} catch (e) {
				if (e instanceof ApiError) return { status: e.status, body: e.body };
				throw e;
			}
		});
	}

	// ---- shared operations ----
	function newAddress(cur, { label, ipn_url, invoice_token = null }) {
		let address;
		do address = data.generateAddress(tickerOf(cur), cur.address_regex);
		while (isOurAddress(address));
		const t = now();
		const rec = {
			address,
			dest_tag: cur.require_dest_tag ? data.generateDestTag() : '',
			currency: tickerOf(cur),
			label,
			ipn_url,
			invoice_token,
			created_at: formatDate(t),
			created_ms: t,
		};
		state.addresses.push(rec);
		return rec;
	}

	function checkAddressQuota(count) {
		const since = now() - DAY_MS;
		const recent = state.addresses.filter((a) => a.created_ms > since).length;
		if (recent + count > addressesPerDay) fail(400, 'too_much_addresses_per_day');
	}

	/** Withdrawal checks after the currency-level ones (order of the spec). Returns [code, extra] or null. */
	function checkWithdrawal(cur, w) {
		if (!isBlank(w.ipn_url) && !isHttpUrl(w.ipn_url)) return ['wrong_ipn_url'];
		if (typeof w.address !== 'string' || !new RegExp(cur.address_regex).test(w.address)) return ['bad_address'];
		if (cur.require_dest_tag) {
			const tag = w.dest_tag;
			const text = typeof tag === 'number' || typeof tag === 'string' ? String(tag) : '';
			if (!/^\d+$/.test(text) || Number(text) > 4294967295) return ['bad_dest_tag'];
		}
		if (isOurAddress(w.address)) return ['self_address'];
		if (w.units === null || w.units <= 0n) return ['bad_request'];
		if (w.units < numberUnits(cur.min_withdraw)) return ['min_withdraw_error'];
		if (w.units > numberUnits(cur.max_withdraw_per_transaction)) {
			return ['max_withdraw_error', { max_withdraw: cur.max_withdraw_per_transaction }];
		}
		return null;
	}

	function createSend(cur, w, feeUnits, feeText) {
		const ticker = tickerOf(cur);
		state.balances[ticker] -= w.units + feeUnits;
		const t = now();
		const tx = {
			id: state.nextId++,
			type: 'send',
			amount: plain(w.units),
			address: w.address,
			dest_tag: isBlank(w.dest_tag) ? '' : String(w.dest_tag),
			label: '',
			description: isBlank(w.description) ? '' : String(w.description),
			currency: ticker,
			status: 'pending',
			priority: w.priority,
			ipn_url: isBlank(w.ipn_url) ? null : w.ipn_url,
			blockchain_confirmations: 0,
			blockchain_hash: data.randomHex(32),
			fee: feeText,
			created_at: formatDate(t),
			updated_at: formatDate(t),
			created_ms: t,
			invoice_token: null,
		};
		state.transactions.push(tx);
		return tx;
	}

	function priorityOf(body) {
		const p = isBlank(body.priority) ? 'medium' : body.priority;
		if (!PRIORITIES.includes(p)) fail(400, 'bad_priority');
		return p;
	}

	function sendCurrency(code) {
		const cur = findCurrency(code);
		if (!cur) fail(400, 'currency_not_found');
		if (!cur.active || !cur.send_active) fail(400, 'currency_not_active');
		return cur;
	}

	function receiveCurrency(code) {
		const cur = findCurrency(code);
		if (!cur) fail(400, 'currency_not_found');
		if (!cur.active) fail(400, 'currency_not_active');
		if (!cur.receive_active) fail(400, 'deposit_not_allowed');
		return cur;
	}

	function ipnDelivery(tx, url, override) {
		const fields = ipnFields(tx);
		for (const [k, v] of Object.entries(override || {})) {
			if (v === null || v === undefined) delete fields[k];
			else fields[k] = typeof v === 'object' ? JSON.stringify(v) : String(v);
		}
		return deliver(sandbox.webhooks, url, {
			method: 'POST',
			body: new URLSearchParams(fields).toString(),
			headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
		});
	}

	// ---- provider API ----
	api('GET', '/wallet/currencies_data', () => ({ status: 200, body: state.currencies }), { auth: false });

	api('GET', '/wallet/balance', (ctx) => {
		const cur = findCurrency(ctx.query.get('currency'));
		if (!cur) fail(400, 'currency_not_found');
		const ticker = tickerOf(cur);
		return { status: 200, body: { balance: asNumber(state.balances[ticker]), currency: ticker, error: 'ok' } };
	});

	api('GET', '/wallet/balances', () => {
		const body = {};
		for (const [ticker, units] of Object.entries(state.balances)) body[ticker] = asNumber(units);
		// The doc's example has no "error" field here; both official SDKs (JS, Python) require
		// "error":"ok" on this answer, so it is an option (default: the doc).
		if (options.balancesErrorField) body.error = 'ok';
		return { status: 200, body };
	});

	api('POST', '/wallet/create_withdrawal', (ctx, body, parsed) => {
		const cur = sendCurrency(body.currency);
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
		const problem = checkWithdrawal(cur, w);
		if (problem) fail(400, problem[0], problem[1]);
		const ticker = tickerOf(cur);
		const feeText = data.FEES[ticker] ?? '0';
		const feeUnits = toUnits(feeText);
		if (units + feeUnits > state.balances[ticker]) fail(400, 'insufficient_funds');
		const tx = createSend(cur, w, feeUnits, feeText);
		return {
			status: 200,
			body: {
				id: tx.id,
				amount: Number(tx.amount),
				address: tx.address,
				dest_tag: tx.dest_tag,
				currency: tx.currency,
				status: tx.status,
				blockchain_hash: tx.blockchain_hash,
				fee: tx.fee,
				error: 'ok',
			},
		};
	});

	api('POST', '/wallet/create_withdrawal/many', (ctx, body, parsed) => {
		const cur = findCurrency(body.currency);
		if (!cur) fail(400, 'currency_not_found');
		if (!cur.active || !cur.send_active) fail(400, 'currency_not_active');
		const ticker = tickerOf(cur);
		if (!data.BULK_CURRENCIES.includes(ticker)) fail(400, 'bulk_not_supported');
		const priority = priorityOf(body);
		if (!Array.isArray(body.transactions) || body.transactions.length === 0) fail(400, 'bad_request');

		const entries = body.transactions.map((t, index) => {
			if (t === null || typeof t !== 'object' || Array.isArray(t)) {
				return { index, address: null, amountText: null, units: null, description: '', error: 'bad_request' };
			}
			const { text, units } = amountOf(parsed, t, 'amount');
			const w = { units, address: t.address, description: t.description, priority, ipn_url: t.ipn_url };
			const problem = checkWithdrawal(cur, w);
			return {
				index,
				w,
				address: t.address ?? null,
				amountText: text,
				units,
				description: isBlank(t.description) ? '' : String(t.description),
				error: problem ? problem[0] : null,
				extra: problem ? problem[1] : undefined,
			};
		});
		// The doc: "The first transaction is the transaction with the largest amount"; second and
		// subsequent ones get a 50% discount of the fixed fee. So: valid entries are processed largest
		// first against the running balance; the first one sent pays the full fee, the others half.
		// Results stay in request order.
		const fullFee = toUnits(data.FEES[ticker] ?? '0');
		const queue = entries
			.filter((e) => !e.error)
			.sort((a, b) => (a.units === b.units ? a.index - b.index : a.units > b.units ? -1 : 1));
		let sent = 0;
		for (const e of queue) {
			const fee = sent === 0 ? fullFee : fullFee / 2n;
			if (e.units + fee > state.balances[ticker]) {
				e.error = 'insufficient_funds';
				continue;
			}
			e.tx = createSend(cur, e.w, fee, fromUnits(fee));
			sent++;
		}
		const results = entries.map((e) => {
			if (e.tx) {
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
			return {
				address: e.address,
				amount: e.units !== null ? fromUnits(e.units) : e.amountText,
				description: e.description,
				error: e.error,
				...(e.extra || {}),
			};
		});
		return { status: 200, body: { error: 'ok', results } };
	});

	api('POST', '/wallet/transaction', (ctx, body) => {
		let tx;
		if (!isBlank(body.id)) {
			if (!Number.isInteger(intParam(body.id))) fail(400, 'bad_request');
			tx = findTx(body.id);
		} else if (!isBlank(body.label)) {
			const label = String(body.label);
			tx = state.transactions
				.filter((t) => t.label === label)
				.sort(byCreated)
				.pop();
		} else {
			fail(400, 'bad_request');
		}
		if (!tx) fail(404, 'not_found');
		return { status: 200, body: { ...publicTx(tx), error: 'ok' } };
	});

	api('POST', '/wallet/transactions', (ctx, body) => {
		let list = state.transactions.slice();
		if (!isBlank(body.currency)) {
			const cur = findCurrency(body.currency);
			if (!cur) fail(400, 'currency_not_found');
			list = list.filter((t) => t.currency === tickerOf(cur));
		}
		let limit = intParam(body.limit);
		const offset = intParam(body.offset) ?? 0;
		if (limit === undefined) limit = 10;
		if (!Number.isInteger(limit) || limit < 1 || !Number.isInteger(offset) || offset < 0) fail(400, 'bad_request');
		limit = Math.min(limit, 100);
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
		return { status: 200, body: { error: 'ok', result: list.slice(offset, offset + limit).map(publicTx) } };
	});

	api('POST', '/address/generate', (ctx, body) => {
		const cur = receiveCurrency(body.currency);
		if (!isHttpUrl(body.ipn_url)) fail(400, 'wrong_ipn_url');
		const label = isBlank(body.label) ? '' : String(body.label);
		if (label.length > 30) fail(400, 'bad_request');
		checkAddressQuota(1);
		const rec = newAddress(cur, { label, ipn_url: body.ipn_url });
		return {
			status: 200,
			body: { address: rec.address, dest_tag: rec.dest_tag, currency: rec.currency, label: rec.label, error: 'ok' },
		};
	});

	api('POST', '/address/create_invoice', (ctx, body, parsed) => {
		const list = body.currencies;
		if (!Array.isArray(list) || list.length === 0) fail(400, 'bad_request');
		const curs = [];
		for (const code of list) {
			const cur = receiveCurrency(code);
			if (!curs.includes(cur)) curs.push(cur);
		}
		const { units } = amountOf(parsed, body, 'amount');
		if (units === null || units <= 0n) fail(400, 'bad_request');
		if (!isHttpUrl(body.ipn_url)) fail(400, 'wrong_ipn_url');
		const ttl = intParam(body.ttl) ?? 15;
		if (!Number.isInteger(ttl) || ttl < 1 || ttl > 15) fail(400, 'bad_request');
		const label = isBlank(body.label) ? '' : String(body.label);
		if (label.length > 30) fail(400, 'bad_request');
		const inUsd = list.length > 1 || body.amount_in_usd === true || body.amount_in_usd === 'true' || body.amount_in_usd === 1;
		checkAddressQuota(curs.length);

		const token = data.randomHex(15);
		const t = now();
		const allowed = curs.map((cur) => {
			const ticker = tickerOf(cur);
			let amountUnits = units;
			if (inUsd) {
				// usd / rate, 8 decimals, rounded up so the payer never pays less than asked
				const rate = toUnits(data.USD_RATES[ticker] ?? '1');
				amountUnits = (units * 10n ** 8n + rate - 1n) / rate;
			}
			const rec = newAddress(cur, { label, ipn_url: body.ipn_url, invoice_token: token });
			return { address: rec.address, amount: plain(amountUnits), currency_code: ticker, dest_tag: rec.dest_tag };
		});
		const invoice = {
			token,
			currencies: curs.map(tickerOf),
			amount: plain(units),
			amount_in_usd: inUsd,
			ipn_url: body.ipn_url,
			success_url: isBlank(body.success_url) ? null : String(body.success_url),
			description: isBlank(body.description) ? null : String(body.description),
			label,
			ttl,
			created_at: formatDate(t),
			expire_at: formatDate(t + ttl * 60000),
			url: `${sandbox.url}/payment/${token}`,
			allowed_currencies_data: allowed,
		};
		state.invoices.push(invoice);
		return {
			status: 200,
			body: {
				allowed_currencies_data: allowed.map((a) => ({ ...a, amount: Number(a.amount) })),
				expire_at: invoice.expire_at,
				token,
				url: invoice.url,
				error: 'ok',
			},
		};
	});

	api('GET', '/address/invoice_transactions', (ctx) => {
		const token = ctx.query.get('token');
		if (!token) fail(400, 'bad_request');
		const invoice = state.invoices.find((i) => i.token === token);
		if (!invoice) fail(404, 'not_found');
		const addresses = new Set(invoice.allowed_currencies_data.map((a) => a.address));
		const result = state.transactions
			.filter((t) => t.type === 'receive' && addresses.has(t.address))
			.sort(byCreated)
			.map(invoiceTx);
		return { status: 200, body: { count: result.length, error: 'ok', result } };
	});

	// The invoice's `url` points here: a bare page so a demo link opens something useful.
	router.add('GET', '/payment/:token', (ctx) => {
		const invoice = state.invoices.find((i) => i.token === ctx.params.token);
		if (!invoice) return { status: 404, body: { error: 'not_found' } };
		const esc = (s) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
		const rows = invoice.allowed_currencies_data
			.map((a) => `<li>${esc(a.amount)} ${esc(a.currency_code)} to <code>${esc(a.address)}</code>${a.dest_tag ? ` (tag ${esc(a.dest_tag)})` : ''}</li>`)
			.join('');
		ctx.res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
		ctx.res.end(
			`<!doctype html><title>WestWallet sandbox invoice</title><h1>Sandbox invoice ${esc(invoice.token)}</h1>` +
				`<p>${esc(invoice.description ?? '')}</p><p>Expires ${esc(invoice.expire_at)} UTC</p><ul>${rows}</ul>` +
				`<p>Pay with POST /_sandbox/deposit {"token":"${esc(invoice.token)}","currency":"...","amount":"..."}</p>`,
		);
		return undefined;
	});

	// ---- control operations (shared by the /_sandbox/ endpoints and the in-process helpers) ----
	async function depositOp(input = {}) {
		let addr;
		if (!isBlank(input.address)) {
			const tag = isBlank(input.dest_tag) ? null : String(input.dest_tag);
			addr = state.addresses.find((a) => a.address === input.address && (tag === null || a.dest_tag === tag));
			if (!addr) fail(404, 'not_found', { message: `no generated address ${input.address}` });
		} else if (!isBlank(input.token)) {
			const invoice = state.invoices.find((i) => i.token === input.token);
			if (!invoice) fail(404, 'not_found', { message: `no invoice ${input.token}` });
			let code = input.currency;
			if (isBlank(code) && invoice.currencies.length === 1) code = invoice.currencies[0];
			const cur = findCurrency(code);
			const entry = cur && invoice.allowed_currencies_data.find((a) => a.currency_code === tickerOf(cur));
			if (!entry) fail(400, 'currency_not_found', { message: `invoice accepts ${invoice.currencies.join(', ')}` });
			addr = state.addresses.find((a) => a.address === entry.address);
		} else {
			fail(400, 'bad_request', { message: 'give address (generated by /address/generate) or token + currency' });
		}
		const { units } = amountOf(null, input, 'amount');
		if (units === null || units <= 0n) fail(400, 'bad_request', { message: 'amount must be a positive decimal' });
		const status = isBlank(input.status) ? 'completed' : input.status;
		if (!RECEIVE_STATUSES.includes(status)) fail(400, 'bad_request', { message: 'status must be pending or completed' });
		const confirmations = intParam(input.confirmations) ?? (status === 'completed' ? 1 : 0);
		if (!Number.isInteger(confirmations) || confirmations < 0) fail(400, 'bad_request', { message: 'bad confirmations' });
		const t = now();
		const tx = {
			id: state.nextId++,
			type: 'receive',
			amount: plain(units),
			address: addr.address,
			dest_tag: addr.dest_tag,
			label: addr.label,
			description: null,
			currency: addr.currency,
			status,
			priority: null,
			ipn_url: addr.ipn_url,
			blockchain_confirmations: confirmations,
			blockchain_hash: data.randomHex(32),
			fee: '0',
			created_at: formatDate(t),
			updated_at: status === 'completed' ? formatDate(t) : null,
			created_ms: t,
			invoice_token: addr.invoice_token,
		};
		state.transactions.push(tx);
		if (status === 'completed') credit(tx.currency, units);
		const delivery = tx.ipn_url ? await ipnDelivery(tx, tx.ipn_url) : null;
		return { transaction: publicTx(tx), delivery };
	}

	async function setStatusOp(id, status, { confirmations } = {}) {
		const tx = findTx(id);
		if (!tx) fail(404, 'not_found', { message: `no transaction ${id}` });
		const allowed = tx.type === 'send' ? SEND_STATUSES : RECEIVE_STATUSES;
		if (!allowed.includes(status)) fail(400, 'bad_request', { message: `${tx.type} status must be one of ${allowed.join(', ')}` });
		const conf = intParam(confirmations);
		if (conf !== undefined && (!Number.isInteger(conf) || conf < 0)) fail(400, 'bad_request', { message: 'bad confirmations' });
		const prev = tx.status;
		if (prev === status && conf === undefined) return { transaction: publicTx(tx), delivery: null };
		const units = toUnits(tx.amount);
		if (tx.type === 'send') {
			// A send holds amount + fee unless it failed (network_error gives the funds back).
			const total = units + toUnits(tx.fee);
			if (prev !== 'network_error' && status === 'network_error') credit(tx.currency, total);
			if (prev === 'network_error' && status !== 'network_error') credit(tx.currency, -total);
		} else {
			if (prev !== 'completed' && status === 'completed') credit(tx.currency, units);
			if (prev === 'completed' && status !== 'completed') credit(tx.currency, -units);
		}
		tx.status = status;
		tx.updated_at = formatDate(now());
		if (conf !== undefined) tx.blockchain_confirmations = conf;
		else if (status === 'completed') tx.blockchain_confirmations = Math.max(1, tx.blockchain_confirmations);
		const notify = prev !== status && status === 'completed' && tx.ipn_url;
		const delivery = notify ? await ipnDelivery(tx, tx.ipn_url) : null;
		return { transaction: publicTx(tx), delivery };
	}

	async function sendIpnOp(id, { url, override } = {}) {
		const tx = findTx(id);
		if (!tx) fail(404, 'not_found', { message: `no transaction ${id}` });
		const target = isBlank(url) ? tx.ipn_url : url;
		if (!target) fail(400, 'bad_request', { message: 'transaction has no ipn_url: give url' });
		if (override !== undefined && (override === null || typeof override !== 'object' || Array.isArray(override))) {
			fail(400, 'bad_request', { message: 'override must be an object' });
		}
		return { delivery: await ipnDelivery(tx, target, override) };
	}

	function setBalanceOp(currency, amount) {
		const cur = findCurrency(currency);
		if (!cur) fail(400, 'currency_not_found');
		const text = typeof amount === 'number' ? String(amount) : amount;
		const units = typeof text === 'string' && PLAIN_DECIMAL.test(text) ? toUnits(text) : null;
		if (units === null) fail(400, 'bad_request', { message: 'amount must be a decimal >= 0 (8 decimals max)' });
		state.balances[tickerOf(cur)] = units;
		return { currency: tickerOf(cur), balance: fromUnits(units) };
	}

	const CURRENCY_FLAGS = ['active', 'send_active', 'receive_active', 'require_dest_tag'];
	const CURRENCY_NUMBERS = ['min_receive', 'min_withdraw', 'max_withdraw_per_transaction', 'max_withdraw_transactions_per_day'];
	function setCurrencyOp(currency, patch = {}) {
		const cur = findCurrency(currency);
		if (!cur) fail(400, 'currency_not_found');
		for (const [k, v] of Object.entries(patch)) {
			if (k === 'currency') continue;
			if (CURRENCY_FLAGS.includes(k) && typeof v === 'boolean') cur[k] = v;
			else if (CURRENCY_NUMBERS.includes(k) && typeof v === 'number' && v >= 0) cur[k] = v;
			else fail(400, 'bad_request', { message: `cannot set ${k}` });
		}
		return { currency: cur };
	}

	function snapshot() {
		const balances = {};
		for (const [k, v] of Object.entries(state.balances)) balances[k] = fromUnits(v);
		return JSON.parse(
			JSON.stringify({ balances, transactions: state.transactions, addresses: state.addresses, invoices: state.invoices }),
		);
	}

	function reset() {
		Object.assign(state, initialState());
	}

	// ---- control endpoints ----
	control('POST', '/_sandbox/deposit', (body) => depositOp(body));
	control('POST', '/_sandbox/transactions/:id/status', (body, ctx) =>
		setStatusOp(ctx.params.id, body.status, { confirmations: body.confirmations }),
	);
	control('POST', '/_sandbox/ipn', (body) => sendIpnOp(body.id, { url: body.url, override: body.override }));
	control('POST', '/_sandbox/balance', (body) => setBalanceOp(body.currency, body.amount));
	control('POST', '/_sandbox/currency', (body) => setCurrencyOp(body.currency, body));
	control('POST', '/_sandbox/reset', () => {
		reset();
		return { ok: true };
	});
	control('GET', '/_sandbox/state', () => snapshot());

	sandbox = await startSandboxServer({
		router,
		port: opts.port ?? 0,
		host: opts.host ?? '127.0.0.1',
		name: 'westwallet',
		notFound: () => ({ status: 404, body: { error: 'not_found' } }),
		methodNotAllowed: () => ({ status: 405, body: { error: 'method_not_allowed' } }),
	});

	Object.assign(sandbox, {
		credentials: { publicKey, privateKey, baseUrl: sandbox.url },
		options,
		state,
		reset,
		snapshot,
		/** Balance of a currency as a decimal string ("1.50000000"). */
		balance: (currency) => {
			const cur = findCurrency(currency);
			return cur ? fromUnits(state.balances[tickerOf(cur)]) : undefined;
		},
		deposit: (input) => depositOp(input),
		setTransactionStatus: (id, status, options) => setStatusOp(id, status, options),
		sendIpn: (id, options) => sendIpnOp(id, options),
		setBalance: (currency, amount) => setBalanceOp(currency, amount),
		setCurrency: (currency, patch) => setCurrencyOp(currency, patch),
		/** Signs like the provider expects (for curl-like tests): headers for a body text or GET query object. */
		sign: (payload = '', timestamp = Math.floor(now() / 1000)) => {
			const text = typeof payload === 'string' ? payload : Object.keys(payload).length ? JSON.stringify(payload) : '';
			return {
				'X-API-KEY': publicKey,
				'X-ACCESS-TIMESTAMP': String(timestamp),
				'X-ACCESS-SIGN': hmacHex('sha256', privateKey, `${timestamp}${text}`),
			};
		},
		describe: () =>
			[
				`keys: X-API-KEY ${publicKey} / private ${privateKey} (HMAC-SHA256 of timestamp + raw body; ±${tolerance}s)`,
				'API: GET /wallet/currencies_data (public), /wallet/balance?currency=, /wallet/balances, /address/invoice_transactions?token=;',
				'     POST /wallet/create_withdrawal, /wallet/create_withdrawal/many, /wallet/transaction, /wallet/transactions, /address/generate, /address/create_invoice',
				'control (no auth): POST /_sandbox/deposit {address | token+currency, amount, status?, confirmations?} -> IPN',
				'  POST /_sandbox/transactions/:id/status {status, confirmations?}   POST /_sandbox/ipn {id, url?, override?}',
				'  POST /_sandbox/balance {currency, amount}   POST /_sandbox/currency {currency, active?, send_active?, receive_active?, ...}',
				'  POST /_sandbox/reset   GET /_sandbox/state   GET|DELETE /_sandbox/requests   POST|DELETE /_sandbox/faults   GET /_sandbox/webhooks',
			].join('\n'),
	});
	return sandbox;
}

module.exports = { start, DEFAULTS };
