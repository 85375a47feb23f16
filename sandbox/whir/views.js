'use strict';
// What the Whir API shows of a transaction, field order per endpoint as in https://whir.to/api:
//   createTransaction: id, status, depositAddress, depositAmount, payouts, fee, delay, refCode?, updated, created, signature
//   transactions item: the same without signature (and without depositAmount once expired)
//   transaction/{id}:  id, status, depositAddress, depositAmount, depositTxid, payouts, txid, fee, delay, refCode?, updated, created, signature
// Amounts are JSON numbers (RawNumber, exact text) where PHP would print the same text for them,
// strings otherwise (below 0.0001 PHP prints 1.0E-5; over 14 significant digits it rounds).
// The detail answer shows depositAmount as a string, like the doc's example. `delay` is a string.
const crypto = require('node:crypto');
const { RawNumber } = require('../lib/json');
const { unitsText } = require('../lib/money');
const { signFields } = require('./sign');
const { encodeSegwit, decodeAddress } = require('./address');

/** "2022-05-05T08:56:05+00:00" */
function iso(ms) {
	return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', '+00:00');
}

/** An amount as the API emits it: a JSON number when PHP would print the same text, else a string. */
function amountValue(units) {
	const text = unitsText(units);
	const significant = text.replace('.', '').replace(/^0+/, '').length;
	return units >= 10000n && significant <= 14 ? new RawNumber(text) : text;
}

/** The payouts in the format asked: 'object' {address: amount}, 'array' [address, ...] (the newer doc). */
function payoutsValue(tx, format) {
	const form = format === 'received' ? tx.form : format;
	if (form === 'array') return tx.payouts.map((p) => p.address);
	const out = {};
	for (const p of tx.payouts) out[p.address] = p.kind === 'string' ? p.text : amountValue(p.units);
	return out;
}

/** The fields after `payouts` that every answer shares. */
function tail(tx) {
	const out = { fee: amountValue(tx.feeUnits), delay: String(tx.delay) };
	if (tx.refCode !== null) out.refCode = tx.refCode;
	return Object.assign(out, { updated: iso(tx.updated), created: iso(tx.created) });
}

function listItem(app, tx) {
	const head = { id: tx.id, status: tx.status, depositAddress: tx.depositAddress };
	if (tx.status !== 'expired') head.depositAmount = amountValue(tx.depositUnits);
	return { ...head, payouts: payoutsValue(tx, app.settings.payoutsFormat), ...tail(tx) };
}

function createView(app, tx) {
	return signed(app, listItem(app, tx));
}

function detailView(app, tx) {
	const out = { id: tx.id, status: tx.status, depositAddress: tx.depositAddress };
	if (tx.status !== 'expired' || tx.receivedUnits !== null)
		out.depositAmount = unitsText(tx.receivedUnits ?? tx.depositUnits);
	Object.assign(out, {
		depositTxid: tx.depositTxid,
		payouts: payoutsValue(tx, app.settings.payoutsFormat),
		txid: tx.txid,
	});
	return signed(app, { ...out, ...tail(tx) });
}

/** Another valid address of the same network (the default lie of the "tamper" mode). */
function otherAddress(address) {
	const program = crypto
		.createHash('sha256')
		.update(`tampered:${address}`)
		.digest()
		.subarray(0, 20);
	return encodeSegwit(decodeAddress(address)?.network === 'mainnet' ? 'bc' : 'tb', 0, program);
}

/** Adds the signature as the signature mode says: normal, forged (other key), tamper (after signing), omit. */
function signed(app, fields) {
	const s = app.settings.signature;
	if (s.mode === 'omit') return fields;
	const out = {
		...fields,
		signature: signFields(fields, s.mode === 'forged' ? s.key : app.secretKey),
	};
	if (s.mode === 'tamper' && Object.prototype.hasOwnProperty.call(fields, s.field)) {
		out[s.field] = s.value !== undefined ? s.value : otherAddress(fields.depositAddress);
	}
	return out;
}

/** The sandbox's own view (control endpoints, state): every field, amounts as decimal strings. */
function controlView(store, tx) {
	return {
		id: tx.id,
		status: tx.status,
		depositAddress: tx.depositAddress,
		depositAmount: unitsText(tx.depositUnits),
		received: tx.receivedUnits === null ? null : unitsText(tx.receivedUnits),
		depositTxid: tx.depositTxid,
		payoutsForm: tx.form,
		payouts: tx.payouts.map((p) => ({ address: p.address, amount: unitsText(p.units) })),
		txid: tx.txid,
		fee: unitsText(tx.feeUnits),
		delay: tx.delay,
		refCode: tx.refCode,
		created: iso(tx.created),
		updated: iso(tx.updated),
		payoutsNotBefore: iso(store.dueAt(tx)),
		history: tx.history.map((h) => ({ status: h.status, at: iso(h.at) })),
	};
}

module.exports = { iso, amountValue, payoutsValue, listItem, createView, detailView, controlView };
