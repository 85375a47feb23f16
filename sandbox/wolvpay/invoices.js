'use strict';
// Invoice state of the WolvPay sandbox: creation, coin selection, the status lifecycle and the
// response shapes of the doc (create / retrieve / update / list / webhook payload). Amounts are
// decimal strings; coin amounts are computed with BigInt fixed point.
const crypto = require('node:crypto');
const { COINS, COIN_BY_CODE, FIAT_CODES, FX_PER_USD, FEE_PERCENT } = require('./data.js');
const { RawNumber, toUnits, fromUnits, trimDecimal, divUnits, mulUnits } = require('./json.js');

const PRICE_SCALE = 10; // the doc's prices have 10 decimals
const AMOUNT_SCALE = 18;
const DAY_MS = 24 * 60 * 60 * 1000;

const STATUS = Object.freeze({
	AWAITING_SELECTION: 'AWAITING_SELECTION',
	AWAITING_PAYMENT: 'AWAITING_PAYMENT',
	CONFIRMING_PAYMENT: 'CONFIRMING_PAYMENT',
	PAID: 'PAID',
	UNDERPAID: 'UNDERPAID',
	EXPIRED: 'EXPIRED',
});

/** Allowed sandbox transitions (coin selection is separate: AWAITING_SELECTION -> AWAITING_PAYMENT). */
const TRANSITIONS = {
	CONFIRMING_PAYMENT: ['AWAITING_PAYMENT'],
	PAID: ['AWAITING_PAYMENT', 'CONFIRMING_PAYMENT'],
	UNDERPAID: ['AWAITING_PAYMENT', 'CONFIRMING_PAYMENT'],
	EXPIRED: ['AWAITING_SELECTION', 'AWAITING_PAYMENT'],
};

/** Price of one coin in a fiat currency, as BigInt units at PRICE_SCALE. */
function priceUnits(coin, currency) {
	const c = COIN_BY_CODE.get(coin);
	return mulUnits(toUnits(c.usd, PRICE_SCALE), PRICE_SCALE, toUnits(FX_PER_USD[currency], PRICE_SCALE), PRICE_SCALE, PRICE_SCALE);
}

function pricesOf(coin) {
	const out = {};
	for (const cur of FIAT_CODES) out[cur] = fromUnits(priceUnits(coin, cur), PRICE_SCALE);
	return out;
}

/** The GET /coins list. */
function coinList() {
	return COINS.map((c) => ({
		coin: c.coin,
		name: c.name,
		logo: `assets/images/coins/${c.coin}.png`,
		minimum_transaction_coin: fromUnits(toUnits(c.min, 18), 18),
		prices: pricesOf(c.coin),
	}));
}

/** amount (fiat, BigInt at AMOUNT_SCALE) / price, rounded UP to the coin's precision; trimmed text. */
function coinAmountFor(amountUnits, currency, coin) {
	const c = COIN_BY_CODE.get(coin);
	const units = divUnits(amountUnits, AMOUNT_SCALE, priceUnits(coin, currency), PRICE_SCALE, c.decimals, true);
	return trimDecimal(fromUnits(units, c.decimals));
}

/** A deterministic fake deposit address of the right shape for the coin's network. */
function addressFor(invoiceId, coin) {
	const c = COIN_BY_CODE.get(coin);
	const h = crypto.createHash('sha256').update(`${invoiceId}:${coin}`).digest();
	const hex = h.toString('hex');
	const alphabet = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
	const b58 = (n) => {
		let out = '';
		for (let k = 0; k < n; k++) out += alphabet[(h[k % h.length] + k * 13) % 58];
		return out;
	};
	switch (c.family) {
		case 'btc':
			return 'bc1q' + hex.slice(0, 38);
		case 'ltc':
			return 'ltc1q' + hex.slice(0, 38);
		case 'bch':
			return 'bitcoincash:q' + hex.slice(0, 41);
		case 'doge':
			return 'D' + b58(33);
		case 'tron':
			return 'T' + b58(33);
		case 'sol':
			return b58(44);
		default:
			return '0x' + hex.slice(0, 40);
	}
}

function pad(n) {
	return String(n).padStart(2, '0');
}
/** "2025-06-01 15:24:48" (UTC), the API's timestamp format. */
function sqlTime(ms) {
	const d = new Date(ms);
	return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}
/** "2023-09-15T14:30:00Z", the webhook payload's timestamp format (per the doc's example). */
function isoTime(ms) {
	return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

const num = (s) => (s === null || s === undefined ? null : new RawNumber(s));

class TransitionError extends Error {
	constructor(message, status = 409) {
		super(message);
		this.status = status;
		this.code = 'INVALID_TRANSITION';
	}
}

class InvoiceStore {
	constructor({ now, baseUrl }) {
		this.now = now;
		this.baseUrl = baseUrl;
		this.invoices = new Map();
		this.seq = 0;
	}

	reset() {
		this.invoices.clear();
		this.seq = 0;
	}

	newId() {
		let id;
		do id = 'INV' + crypto.randomBytes(8).toString('hex');
		while (this.invoices.has(id));
		return id;
	}

	/**
	 * fields: { amountText (normalized decimal text), currency, coin|null, description|null,
	 * redirectUrl|null, whiteLabel }, all validated by the caller.
	 */
	create(fields) {
		const t = this.now();
		const id = this.newId();
		const inv = {
			invoice_id: id,
			seq: ++this.seq,
			white_label: fields.whiteLabel,
			amount: fields.amountText,
			amountUnits: toUnits(fields.amountText, AMOUNT_SCALE),
			currency: fields.currency,
			status: STATUS.AWAITING_SELECTION,
			coin: null,
			coin_amount: null,
			coin_received: '0',
			coin_address: null,
			description: fields.description ?? null,
			redirect_url: fields.redirectUrl ?? null,
			created: t,
			expires: t + DAY_MS,
			updated: t,
			history: [{ status: STATUS.AWAITING_SELECTION, at: sqlTime(t) }],
		};
		if (fields.coin) this.applyCoin(inv, fields.coin, t);
		this.invoices.set(id, inv);
		return inv;
	}

	get(id) {
		return this.invoices.get(id);
	}

	/** Newest first. */
	list() {
		return [...this.invoices.values()].sort((a, b) => b.seq - a.seq);
	}

	applyCoin(inv, coin, t) {
		inv.coin = coin;
		inv.coin_amount = coinAmountFor(inv.amountUnits, inv.currency, coin);
		inv.coin_address = addressFor(inv.invoice_id, coin);
		this.setStatus(inv, STATUS.AWAITING_PAYMENT, t);
	}

	setStatus(inv, status, t = this.now()) {
		inv.status = status;
		inv.updated = t;
		inv.history.push({ status, at: sqlTime(t) });
	}

	/** Why a coin cannot be selected (the 402 message), or null. Hosted check is the caller's. */
	selectionBlocker(inv) {
		if (inv.status === STATUS.EXPIRED) return 'Invoice has expired.';
		if (inv.coin || inv.status !== STATUS.AWAITING_SELECTION) return 'A cryptocurrency has already been selected for this invoice.';
		return null;
	}

	selectCoin(inv, coin) {
		const why = this.selectionBlocker(inv);
		if (why) throw new TransitionError(why);
		this.applyCoin(inv, coin, this.now());
		return inv;
	}

	/** Lifecycle transition used by the control endpoints; throws TransitionError when impossible. */
	transition(inv, to, { coinReceived } = {}) {
		const from = TRANSITIONS[to] || [];
		if (!from.includes(inv.status)) throw new TransitionError(`invalid transition: ${inv.status} -> ${to}`);
		if (to === STATUS.PAID) inv.coin_received = coinReceived ?? inv.coin_amount;
		if (to === STATUS.UNDERPAID) {
			const dec = COIN_BY_CODE.get(inv.coin).decimals;
			const due = toUnits(inv.coin_amount, dec);
			const got = coinReceived !== undefined ? toUnits(coinReceived, dec) : due / 2n;
			if (got === null || got >= due) throw new TransitionError('coin_received must be a decimal below coin_amount', 400);
			inv.coin_received = trimDecimal(fromUnits(got, dec));
		}
		this.setStatus(inv, to);
		return inv;
	}

	/** Expires AWAITING_* invoices whose expires_at has passed; returns them. */
	sweep() {
		const t = this.now();
		const out = [];
		for (const inv of this.invoices.values()) {
			if ((inv.status === STATUS.AWAITING_SELECTION || inv.status === STATUS.AWAITING_PAYMENT) && t >= inv.expires) {
				this.setStatus(inv, STATUS.EXPIRED, t);
				out.push(inv);
			}
		}
		return out;
	}

	url(inv) {
		return `${this.baseUrl}/invoice/${inv.invoice_id}`;
	}

	// ---- response shapes -------------------------------------------------------------------

	/** POST /invoices answer data. */
	createView(inv) {
		return this.invoiceView(inv, { withReceived: false });
	}

	/** GET /invoices/{id} answer data. */
	retrieveView(inv) {
		return this.invoiceView(inv, { withReceived: true });
	}

	/** The doc's invoice shape: hosted invoices show only id/url/status; GET adds coin_received. */
	invoiceView(inv, { withReceived }) {
		if (!inv.white_label) return { invoice_id: inv.invoice_id, url: this.url(inv), status: inv.status };
		const data = {
			invoice_id: inv.invoice_id,
			amount: num(inv.amount),
			description: inv.description,
			status: inv.status,
			coin: inv.coin,
			coin_amount: num(inv.coin_amount),
		};
		if (withReceived) data.coin_received = num(inv.coin_received);
		Object.assign(data, {
			coin_address: inv.coin_address,
			redirect_url: inv.redirect_url,
			created_at: sqlTime(inv.created),
			expires_at: sqlTime(inv.expires),
		});
		if (inv.status === STATUS.AWAITING_SELECTION) data.available_coins = COINS.map((c) => c.coin);
		return data;
	}

	/** POST /invoices/{id} (coin selected) answer data. */
	updateView(inv) {
		return {
			invoice_id: inv.invoice_id,
			amount: num(inv.amount),
			description: inv.description,
			status: inv.status,
			coin: inv.coin,
			coin_amount: num(inv.coin_amount),
			coin_address: inv.coin_address,
			redirect_url: inv.redirect_url,
			updated_at: sqlTime(inv.updated),
		};
	}

	/** One item of GET /invoices (amounts as strings, like the doc). */
	listView(inv) {
		const [i, f = ''] = inv.amount.split('.');
		const amountUsd = divUnits(inv.amountUnits, AMOUNT_SCALE, toUnits(FX_PER_USD[inv.currency], PRICE_SCALE), PRICE_SCALE, 8, false);
		const feeUsd = (amountUsd * FEE_PERCENT + 50n * 10n ** 6n) / (100n * 10n ** 6n); // cents, half up
		let feeCoin = null;
		if (inv.coin_amount !== null) {
			const units = toUnits(inv.coin_amount, AMOUNT_SCALE);
			feeCoin = fromUnits((units * FEE_PERCENT + 50n * 10n ** 10n) / (100n * 10n ** 10n), 8);
		}
		return {
			invoice_id: inv.invoice_id,
			amount: `${i}.${f.padEnd(2, '0')}`,
			description: inv.description,
			status: inv.status,
			coin: inv.coin,
			coin_amount: inv.coin_amount,
			coin_address: inv.coin_address,
			fee_amount_coin: feeCoin,
			fee_amount_usd: fromUnits(feeUsd, 2),
			apply_fee: 0,
			white_label: inv.white_label ? 1 : 0,
			redirect_url: inv.redirect_url,
			created_at: sqlTime(inv.created),
			updated_at: sqlTime(inv.updated),
		};
	}

	/** The webhook body's fields, exactly the doc's payload (coin upper-case, ISO created_at, as the doc shows). */
	webhookPayload(inv) {
		return {
			invoice_id: inv.invoice_id,
			amount: num(inv.amount),
			description: inv.description,
			status: inv.status,
			coin: inv.coin ? inv.coin.toUpperCase() : null,
			coin_amount: num(inv.coin_amount),
			coin_received: num(inv.coin_received),
			coin_address: inv.coin_address,
			redirect_url: inv.redirect_url,
			created_at: isoTime(inv.created),
		};
	}

	/** The sandbox's own view (control endpoints, state): every field, decimals as strings. */
	controlView(inv) {
		return {
			invoice_id: inv.invoice_id,
			white_label: inv.white_label,
			url: inv.white_label ? null : this.url(inv),
			amount: inv.amount,
			currency: inv.currency,
			status: inv.status,
			coin: inv.coin,
			coin_amount: inv.coin_amount,
			coin_received: inv.coin_received,
			coin_address: inv.coin_address,
			description: inv.description,
			redirect_url: inv.redirect_url,
			created_at: sqlTime(inv.created),
			expires_at: sqlTime(inv.expires),
			updated_at: sqlTime(inv.updated),
			history: inv.history.slice(),
		};
	}
}

module.exports = { InvoiceStore, TransitionError, STATUS, coinList, coinAmountFor, priceUnits, sqlTime, isoTime };
