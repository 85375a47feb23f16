'use strict';
// Invoice state of the WolvPay sandbox: creation, coin selection, the status lifecycle and expiry.
// Amounts are decimal strings; coin amounts are computed with BigInt fixed point. What the API
// shows of an invoice is in views.js.
const crypto = require('node:crypto');
const { COIN_BY_CODE, FX_PER_USD } = require('./data.js');
const { toUnits, fromUnits, trimDecimal, divUnits, mulUnits } = require('../lib/money');

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
	return mulUnits(
		toUnits(c.usd, PRICE_SCALE),
		PRICE_SCALE,
		toUnits(FX_PER_USD[currency], PRICE_SCALE),
		PRICE_SCALE,
		PRICE_SCALE,
	);
}

/** amount (fiat, BigInt at AMOUNT_SCALE) / price, rounded UP to the coin's precision; trimmed text. */
function coinAmountFor(amountUnits, currency, coin) {
	const c = COIN_BY_CODE.get(coin);
	const units = divUnits(
		amountUnits,
		AMOUNT_SCALE,
		priceUnits(coin, currency),
		PRICE_SCALE,
		c.decimals,
		true,
	);
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
		if (inv.coin || inv.status !== STATUS.AWAITING_SELECTION)
			return 'A cryptocurrency has already been selected for this invoice.';
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
		if (!from.includes(inv.status))
			throw new TransitionError(`invalid transition: ${inv.status} -> ${to}`);
		if (to === STATUS.PAID) inv.coin_received = coinReceived ?? inv.coin_amount;
		if (to === STATUS.UNDERPAID) {
			const dec = COIN_BY_CODE.get(inv.coin).decimals;
			const due = toUnits(inv.coin_amount, dec);
			const got = coinReceived !== undefined ? toUnits(coinReceived, dec) : due / 2n;
			if (got === null || got >= due)
				throw new TransitionError('coin_received must be a decimal below coin_amount', 400);
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
			if (
				(inv.status === STATUS.AWAITING_SELECTION || inv.status === STATUS.AWAITING_PAYMENT) &&
				t >= inv.expires
			) {
				this.setStatus(inv, STATUS.EXPIRED, t);
				out.push(inv);
			}
		}
		return out;
	}

	url(inv) {
		return `${this.baseUrl}/invoice/${inv.invoice_id}`;
	}
}

module.exports = {
	InvoiceStore,
	TransitionError,
	STATUS,
	coinAmountFor,
	priceUnits,
	sqlTime,
	isoTime,
	PRICE_SCALE,
	AMOUNT_SCALE,
};
