'use strict';
// The in-memory wallet of the WestWallet sandbox: currencies, balances (BigInt units), transactions,
// generated addresses and invoices, the operations that change them, and the shapes the API shows.
const { toUnits, fromUnits, unitsText } = require('../lib/money');
const data = require('./data');

const FIRST_ID = 611438200;
const DAY_MS = 24 * 60 * 60 * 1000;
const SEND_STATUSES = ['pending', 'sending', 'completed', 'network_error'];
const RECEIVE_STATUSES = ['pending', 'completed'];

/** "2024-01-15 12:00:00" (UTC), the API's timestamp format. */
function formatDate(ms) {
	return new Date(ms).toISOString().replace('T', ' ').slice(0, 19);
}
const tickerOf = (cur) => cur.tickers[0];
const byCreated = (a, b) => a.created_ms - b.created_ms || a.id - b.id;

class Wallet {
	constructor({ now, addressesPerDay }) {
		Object.defineProperty(this, 'now', { value: now });
		Object.defineProperty(this, 'addressesPerDay', { value: addressesPerDay });
		this.reset();
	}

	reset() {
		this.currencies = data.currencies();
		this.balances = {};
		for (const c of this.currencies)
			this.balances[tickerOf(c)] = toUnits(data.INITIAL_BALANCES[tickerOf(c)] ?? '0');
		this.transactions = [];
		this.addresses = [];
		this.invoices = [];
		this.nextId = FIRST_ID;
	}

	findCurrency(code) {
		return typeof code === 'string'
			? this.currencies.find((c) => c.tickers.includes(code))
			: undefined;
	}

	findTx(id) {
		const n =
			typeof id === 'number' ? id : typeof id === 'string' && /^-?\d+$/.test(id) ? Number(id) : NaN;
		return Number.isInteger(n) ? this.transactions.find((t) => t.id === n) : undefined;
	}

	isOurAddress(address) {
		return this.addresses.some((a) => a.address === address);
	}

	credit(ticker, units) {
		this.balances[ticker] = (this.balances[ticker] ?? 0n) + units;
	}

	/** True when `count` more addresses stay within the daily quota. */
	addressQuotaAllows(count) {
		const since = this.now() - DAY_MS;
		return (
			this.addresses.filter((a) => a.created_ms > since).length + count <= this.addressesPerDay
		);
	}

	newAddress(cur, { label, ipn_url, invoice_token = null }) {
		let address;
		do address = data.generateAddress(tickerOf(cur), cur.address_regex);
		while (this.isOurAddress(address));
		const t = this.now();
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
		this.addresses.push(rec);
		return rec;
	}

	/** A withdrawal: amount + fee leave the balance now. w: {units, address, dest_tag, description, priority, ipn_url}. */
	createSend(cur, w, feeUnits, feeText) {
		const ticker = tickerOf(cur);
		this.balances[ticker] -= w.units + feeUnits;
		const blank = (v) => v === undefined || v === null || v === '';
		const t = this.now();
		return this.add({
			id: this.nextId++,
			type: 'send',
			amount: unitsText(w.units),
			address: w.address,
			dest_tag: blank(w.dest_tag) ? '' : String(w.dest_tag),
			label: '',
			description: blank(w.description) ? '' : String(w.description),
			currency: ticker,
			status: 'pending',
			priority: w.priority,
			ipn_url: blank(w.ipn_url) ? null : w.ipn_url,
			blockchain_confirmations: 0,
			blockchain_hash: data.randomHex(32),
			fee: feeText,
			created_at: formatDate(t),
			updated_at: formatDate(t),
			created_ms: t,
			invoice_token: null,
		});
	}

	/** A deposit into one of our addresses (addr: a record of this.addresses); credited when completed. */
	createReceive(addr, { units, status, confirmations }) {
		const t = this.now();
		const tx = this.add({
			id: this.nextId++,
			type: 'receive',
			amount: unitsText(units),
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
		});
		if (status === 'completed') this.credit(tx.currency, units);
		return tx;
	}

	add(tx) {
		this.transactions.push(tx);
		return tx;
	}

	/** Moves a transaction to `status`, adjusting the balance: a send holds amount + fee unless it failed. */
	setStatus(tx, status, conf) {
		const prev = tx.status;
		const units = toUnits(tx.amount);
		if (tx.type === 'send') {
			const total = units + toUnits(tx.fee);
			if (prev !== 'network_error' && status === 'network_error') this.credit(tx.currency, total);
			if (prev === 'network_error' && status !== 'network_error') this.credit(tx.currency, -total);
		} else {
			if (prev !== 'completed' && status === 'completed') this.credit(tx.currency, units);
			if (prev === 'completed' && status !== 'completed') this.credit(tx.currency, -units);
		}
		tx.status = status;
		tx.updated_at = formatDate(this.now());
		if (conf !== undefined) tx.blockchain_confirmations = conf;
		else if (status === 'completed')
			tx.blockchain_confirmations = Math.max(1, tx.blockchain_confirmations);
		return prev;
	}

	/** Balance of a currency as a decimal string ("1.50000000"), undefined for an unknown one. */
	balanceText(currency) {
		const cur = this.findCurrency(currency);
		return cur ? fromUnits(this.balances[tickerOf(cur)]) : undefined;
	}

	snapshot() {
		const balances = {};
		for (const [k, v] of Object.entries(this.balances)) balances[k] = fromUnits(v);
		return JSON.parse(
			JSON.stringify({
				balances,
				transactions: this.transactions,
				addresses: this.addresses,
				invoices: this.invoices,
			}),
		);
	}
}

// ---- what the API shows -----------------------------------------------------------------------

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

/** Transaction as /address/invoice_transactions shows it (doc example: amount is a string, keys sorted). */
function invoiceTx(tx) {
	const keys = [
		'address',
		'amount',
		'blockchain_confirmations',
		'blockchain_hash',
		'created_at',
		'currency',
		'description',
		'dest_tag',
		'fee',
		'id',
		'label',
		'status',
		'type',
		'updated_at',
	];
	return Object.fromEntries(keys.map((k) => [k, tx[k]]));
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

module.exports = {
	Wallet,
	publicTx,
	invoiceTx,
	ipnFields,
	formatDate,
	tickerOf,
	byCreated,
	SEND_STATUSES,
	RECEIVE_STATUSES,
};
