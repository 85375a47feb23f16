'use strict';
// Wallet orders of the Wyre sandbox: a reservation (W33, routes-orders.js; valid 1 h, single use) is paid on the
// hosted checkout page (page.js) or with POST /_sandbox/orders, which makes a wallet order
//   RUNNING_CHECKS -> PROCESSING -> COMPLETE
//          '-------------'-------> FAILED
// COMPLETE delivers the crypto with a COMPLETED transfer (source `service:Debit Card`) to the
// order's dest (a wallet or account is credited, with its wallet callback). Every status after
// RUNNING_CHECKS sends the wallet-order webhook (notify.js) to the account's W40 webhooks.
const { toUnits, normalizeDecimal } = require('../lib/money');
const { RawNumber } = require('../lib/json');
const { CURRENCIES } = require('./data');
const c = require('./checks');
const { price } = require('./quote');
const { startPending, move } = require('./transfers');

const ORDER_FROM = {
	PROCESSING: ['RUNNING_CHECKS'],
	COMPLETE: ['PROCESSING'],
	FAILED: ['RUNNING_CHECKS', 'PROCESSING'],
};

/** The reservation of `id`, usable now; throws `fail(message)` otherwise. */
function usableReservation(app, id, fail) {
	const r = app.store.reservations.get(id);
	if (!r) throw fail(`reservation ${id} not found`);
	if (r.orderId) throw fail(`reservation ${id} was already used by order ${r.orderId}`);
	if (app.now() >= r.expiresAt) throw fail(`reservation ${id} has expired`);
	return r;
}

/** The destination given with the order (the reservation had none): a checked SRN. */
function orderDest(app, value, fail) {
	if (typeof value !== 'string' || !value)
		throw fail('the reservation has no dest: pass dest (an SRN)');
	let srn;
	try {
		srn = c.parseSrn(value, 'dest');
	} catch {
		throw fail(`dest ${value} is not an SRN`);
	}
	if (srn.type === 'bitcoin' || srn.type === 'ethereum') {
		if (!c.validAddress(srn.type, srn.id))
			throw fail(`${srn.id} is not a valid ${srn.type} address`);
	} else if (!(srn.type === 'wallet' || srn.type === 'account') || !app.store.holder(srn)) {
		throw fail(
			`dest ${value} must be an existing wallet: or account:, or a bitcoin: / ethereum: address`,
		);
	}
	return srn.srn;
}

/**
 * Places a wallet order on a reservation (the customer paid). o: {email?, amount?, dest?,
 * walletType?} fill what the reservation left open. Throws `fail(message)` on bad input.
 */
function createOrder(app, reservationIdText, o, fail) {
	const r = usableReservation(app, reservationIdText, fail);
	const sourceCurrency = r.sourceCurrency || 'USD';
	const dest = r.dest || orderDest(app, o.dest, fail);
	const chain = /^(bitcoin|ethereum):/.exec(dest);
	const destCurrency = r.destCurrency || (chain && chain[1] === 'ethereum' ? 'ETH' : 'BTC');
	if (chain && CURRENCIES[destCurrency].chain !== chain[1])
		throw fail(`${destCurrency} cannot be sent to a ${chain[1]} address`);
	let sourceUnits = r.sourceUnits;
	let destUnits = r.destUnits;
	if (sourceUnits === null && destUnits === null) {
		const raw = o.amount instanceof RawNumber ? o.amount.text : o.amount;
		const text = typeof raw === 'string' ? normalizeDecimal(raw) : null;
		const u = text === null ? null : toUnits(text, CURRENCIES[sourceCurrency].decimals);
		if (!u) throw fail(`the reservation has no amount: pass amount (${sourceCurrency})`);
		sourceUnits = u * 10n ** BigInt(c.SCALE - CURRENCIES[sourceCurrency].decimals);
	}
	const p = price({
		sourceCurrency,
		destCurrency,
		sourceUnits,
		destUnits,
		includesFees: r.amountIncludeFees,
		external: !!chain,
	});
	if (p.tooSmall) throw fail('the amount is too small to cover the fees');
	if (
		o.walletType !== undefined &&
		o.walletType !== null &&
		!['DEBIT_CARD', 'APPLE_PAY'].includes(o.walletType)
	)
		throw fail('walletType must be DEBIT_CARD or APPLE_PAY');
	const walletType = o.walletType || (r.paymentMethod === 'apple-pay' ? 'APPLE_PAY' : 'DEBIT_CARD');
	const email = typeof o.email === 'string' && o.email ? o.email : r.email;
	const order = {
		id: app.store.newId('WO', app.store.orders),
		seq: ++app.store.seq,
		createdAt: app.now(),
		owner: r.owner,
		status: 'RUNNING_CHECKS',
		transferId: null,
		sourceCurrency,
		destCurrency,
		debit: p.debit,
		credit: p.credit,
		fees: p.fees,
		rate: p.rate,
		dest,
		walletType,
		email: email || null,
		errorMessage: null,
		failedReason: null,
		accountId: r.owner,
		paymentMethodName: walletType === 'APPLE_PAY' ? 'Apple Pay' : 'Visa ****4242',
		reservation: r.id,
		referenceId: r.referenceId,
		address: r.address,
	};
	r.orderId = order.id;
	app.store.orders.set(order.id, order);
	app.store.emit({ kind: 'order', order });
	return order;
}

class OrderTransitionError extends Error {}

/** One order step; COMPLETE creates and completes the delivering transfer. */
function moveOrder(app, order, status, reason) {
	if (!(ORDER_FROM[status] || []).includes(order.status))
		throw new OrderTransitionError(
			`Order ${order.id} is ${order.status} and cannot become ${status}`,
		);
	if (status === 'COMPLETE') {
		const t = startPending(app, {
			kind: 'order',
			owner: order.owner,
			source: 'service:Debit Card',
			dest: order.dest,
			sourceCurrency: order.sourceCurrency,
			destCurrency: order.destCurrency,
			debit: order.debit,
			credit: order.credit,
			fees: order.fees,
			rate: order.rate,
			message: `Wallet order ${order.id}`,
		});
		move(app, t, 'COMPLETED');
		order.transferId = t.id;
	}
	if (status === 'FAILED') {
		order.failedReason = reason || 'Card declined';
		order.errorMessage = order.failedReason;
	}
	order.status = status;
	app.store.emit({ kind: 'order', order });
	return order;
}

/** Control endpoints: POST /_sandbox/orders and /_sandbox/orders/:id/status. */
function registerControl(route, app) {
	const { withDeliveries, text, bad } = require('./control');
	const { orderView } = require('./views');
	route('POST', '/orders', (b) =>
		withDeliveries(app, () => ({
			order: orderView(createOrder(app, text(b.reservation), b, (m) => bad(m))),
		})),
	);
	route('POST', '/orders/:id/status', (b, ctx) => {
		const order = app.store.orders.get(ctx.params.id);
		if (!order) throw bad(`unknown order ${ctx.params.id}`, 404);
		const status = text(b.status).toUpperCase();
		if (!ORDER_FROM[status]) throw bad('status must be PROCESSING, COMPLETE or FAILED');
		return withDeliveries(app, () => {
			try {
				moveOrder(app, order, status, b.reason ? text(b.reason) : null);
			} catch (e) {
				if (e instanceof OrderTransitionError) throw bad(e.message, 409);
				throw e;
			}
			return { order: orderView(order) };
		});
	});
}

module.exports = {
	createOrder,
	moveOrder,
	usableReservation,
	registerControl,
	OrderTransitionError,
};
