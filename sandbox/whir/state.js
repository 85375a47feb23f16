'use strict';
// Transactions of the Whir sandbox and their lifecycle, on the sandbox clock:
//   pending --deposit--> confirming --confirm--> processing --(delay over)--> complete
//   pending --(72 h unpaid, or expire)--> expired
// `delay` hours count from creation: confirm goes straight to complete when they are over, and a
// processing transaction completes by itself once they are (checked on every request, the time
// recorded being the moment it became due). `updated` changes on each transition.
const crypto = require('node:crypto');
const { encodeSegwit } = require('./address');
const { FEE, HOUR_MS } = require('./data');

const ID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

class TransitionError extends Error {
	constructor(message, status = 409) {
		super(message);
		this.status = status;
	}
}

const randomHex = (bytes) => crypto.randomBytes(bytes).toString('hex');

/** fee (units) for a payouts' sum (units): 0.5 % rounded up, plus the fixed part. */
function feeFor(sumUnits) {
	return (sumUnits * FEE.perThousand + 999n) / 1000n + FEE.fixedUnits;
}

class TransactionStore {
	/** now(): the sandbox clock (ms); pendingTtlHours: when unpaid transactions expire. */
	constructor({ now, pendingTtlHours }) {
		this.now = now;
		this.ttlMs = pendingTtlHours * HOUR_MS;
		this.reset();
	}

	reset() {
		this.transactions = new Map();
		this.seq = 0;
	}

	newId() {
		let id;
		do
			id = Array.from({ length: 16 }, () => ID_ALPHABET[crypto.randomInt(ID_ALPHABET.length)]).join(
				'',
			);
		while (this.transactions.has(id));
		return id;
	}

	/** A valid P2WPKH deposit address, different for every transaction. */
	depositAddressFor(id, testnet) {
		const program = crypto
			.createHash('sha256')
			.update(`whir-sandbox-deposit:${id}:${randomHex(8)}`)
			.digest()
			.subarray(0, 20);
		return encodeSegwit(testnet ? 'tb' : 'bc', 0, program);
	}

	/** fields: { form, payouts (checked), delay, refCode, testnet }. */
	create({ form, payouts, delay, refCode, testnet }) {
		const t = this.now();
		const id = this.newId();
		const sumUnits = payouts.reduce((s, p) => s + p.units, 0n);
		const feeUnits = feeFor(sumUnits);
		const tx = {
			id,
			seq: ++this.seq,
			status: 'pending',
			depositAddress: this.depositAddressFor(id, testnet),
			form,
			payouts,
			sumUnits,
			feeUnits,
			depositUnits: sumUnits + feeUnits,
			delay,
			refCode,
			created: t,
			updated: t,
			depositTxid: null,
			receivedUnits: null,
			txid: null,
			history: [{ status: 'pending', at: t }],
		};
		this.transactions.set(id, tx);
		return tx;
	}

	get(id) {
		return this.transactions.get(id);
	}

	/** Newest first. */
	list() {
		return [...this.transactions.values()].sort((a, b) => b.created - a.created || b.seq - a.seq);
	}

	dueAt(tx) {
		return tx.created + tx.delay * HOUR_MS;
	}

	setStatus(tx, status, at = this.now()) {
		tx.status = status;
		tx.updated = at;
		tx.history.push({ status, at });
	}

	/** Lets the clock act: unpaid transactions expire, processing ones whose delay is over complete. */
	sweep() {
		const t = this.now();
		for (const tx of this.transactions.values()) {
			if (tx.status === 'pending' && t >= tx.created + this.ttlMs)
				this.setStatus(tx, 'expired', tx.created + this.ttlMs);
			if (tx.status === 'processing' && t >= this.dueAt(tx))
				this.finish(tx, null, Math.max(this.dueAt(tx), tx.updated));
		}
	}

	require(tx, ...statuses) {
		if (!statuses.includes(tx.status))
			throw new TransitionError(
				`invalid transition: the transaction is ${tx.status} (needs ${statuses.join(' or ')})`,
			);
	}

	/** The deposit is seen: pending -> confirming. receivedUnits defaults to the amount asked. */
	deposit(tx, { receivedUnits, txid } = {}) {
		this.require(tx, 'pending');
		tx.receivedUnits = receivedUnits ?? tx.depositUnits;
		tx.depositTxid = txid || randomHex(32);
		this.setStatus(tx, 'confirming');
	}

	/** One confirmation: -> complete when the delay is over, else processing (waiting for it). */
	confirm(tx) {
		this.require(tx, 'confirming');
		if (this.now() >= this.dueAt(tx)) this.finish(tx);
		else this.setStatus(tx, 'processing');
	}

	/** Payouts sent: confirming/processing -> complete; refused while the delay is not over. */
	complete(tx, { txid } = {}) {
		this.require(tx, 'confirming', 'processing');
		const due = this.dueAt(tx);
		if (this.now() < due) {
			throw new TransitionError(
				`the delay of ${tx.delay} h is not over: payouts start at ${new Date(due).toISOString()} (advance the clock)`,
			);
		}
		this.finish(tx, txid);
	}

	finish(tx, txid, at) {
		tx.txid = txid || randomHex(32);
		this.setStatus(tx, 'complete', at);
	}

	expire(tx) {
		this.require(tx, 'pending');
		this.setStatus(tx, 'expired');
	}
}

module.exports = { TransactionStore, TransitionError, feeFor };
