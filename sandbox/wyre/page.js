'use strict';
// The hosted checkout page a reservation URL points at (GET /purchase?reservation=…, no auth): it
// shows the reservation and two buttons. "Pay" places the wallet order and plays it to COMPLETE
// (RUNNING_CHECKS -> PROCESSING -> COMPLETE, webhooks and the delivering transfer included);
// "Decline" places it and fails it. Then the browser goes to redirectUrl / failureRedirectUrl
// (with orderId, transferId, referenceId) when the reservation has one, else back to the page.
const { unitsText } = require('../lib/money');
const { HttpError } = require('../lib/router');
const { createOrder, moveOrder, usableReservation } = require('./orders');

const esc = (s) =>
	String(s ?? '').replace(
		/[&<>"']/g,
		(ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch],
	);
const fail = (message) => new HttpError(400, message);
const html = (status, body) => ({
	status,
	headers: { 'Content-Type': 'text/html; charset=utf-8' },
	body,
});

function render(r, message) {
	const row = (k, v) => (v ? `<tr><th>${esc(k)}</th><td>${esc(v)}</td></tr>` : '');
	const amount =
		r.sourceUnits !== null
			? `${unitsText(r.sourceUnits, 18)} ${r.sourceCurrency || 'USD'}`
			: r.destUnits !== null
				? `${unitsText(r.destUnits, 18)} ${r.destCurrency || 'BTC'} (to receive)`
				: '';
	return `<!doctype html><html><head><meta charset="utf-8"><title>Wyre sandbox checkout</title></head><body>
<h1>Wyre sandbox checkout</h1>
${message ? `<p role="status">${esc(message)}</p>` : ''}
<table>${row('Reservation', r.id)}${row('Amount', amount)}${row('Receive', r.destCurrency)}${row('Destination', r.dest)}${row('Email', r.email)}${row('Reference', r.referenceId)}${row('Order', r.orderId)}</table>
${
	r.orderId
		? ''
		: `<form method="post" action="/purchase">
<input type="hidden" name="reservation" value="${esc(r.id)}">
${r.sourceUnits === null && r.destUnits === null ? '<label>Amount (USD) <input name="amount" value="100"></label>' : ''}
${r.dest ? '' : '<label>Destination SRN <input name="dest" value="wallet:WA_SANDBOX0001"></label>'}
<label>Email <input name="email" value="${esc(r.email || 'buyer@sandbox.example')}"></label>
<button name="action" value="pay">Pay</button> <button name="action" value="decline">Decline</button>
</form>`
}
</body></html>`;
}

function show(app, ctx) {
	const id = ctx.query.get('reservation') || '';
	const r = app.store.reservations.get(id);
	if (!r) return html(404, `<!doctype html><p>Unknown reservation ${esc(id)}</p>`);
	return html(200, render(r, ctx.query.get('message')));
}

function act(app, ctx) {
	const form = new URLSearchParams(ctx.rawBody.toString('utf8'));
	const id = form.get('reservation') || '';
	const back = (message) => ({
		status: 303,
		headers: {
			Location: `/purchase?reservation=${encodeURIComponent(id)}&message=${encodeURIComponent(message)}`,
		},
		body: '',
	});
	let r;
	let order;
	try {
		r = usableReservation(app, id, fail);
		order = createOrder(
			app,
			id,
			{ email: form.get('email'), amount: form.get('amount'), dest: form.get('dest') },
			fail,
		);
	} catch (e) {
		if (e instanceof HttpError) return back(e.body);
		throw e;
	}
	const pay = form.get('action') === 'pay';
	if (pay) {
		moveOrder(app, order, 'PROCESSING');
		moveOrder(app, order, 'COMPLETE');
	} else moveOrder(app, order, 'FAILED', 'Declined on the sandbox checkout page');
	const target = pay ? r.redirectUrl : r.failureRedirectUrl;
	if (!target) return back(`Order ${order.id} ${order.status}`);
	const u = new URL(target);
	u.searchParams.set('orderId', order.id);
	if (order.transferId) u.searchParams.set('transferId', order.transferId);
	if (order.referenceId) u.searchParams.set('referenceId', order.referenceId);
	return { status: 303, headers: { Location: u.href }, body: '' };
}

function register(router, app) {
	router.add('GET', '/purchase', (ctx) => show(app, ctx));
	router.add('POST', '/purchase', (ctx) => act(app, ctx));
}

module.exports = { register };
