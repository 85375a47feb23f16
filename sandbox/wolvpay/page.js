'use strict';
// The hosted invoice page (`data.url` of hosted invoices): a plain HTML page showing the invoice,
// with buttons that play the customer's and the blockchain's part (choose a coin, pay, ...), so a
// demo can be clicked through in a browser. Sandbox-only; the real page is WolvPay's.
const { COINS } = require('./data.js');

const esc = (s) =>
	String(s ?? '').replace(
		/[&<>"']/g,
		(c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c],
	);

function button(action, label, extra = '') {
	return `<form method="post"><input type="hidden" name="action" value="${action}">${extra}<button>${esc(label)}</button></form>`;
}

function renderInvoicePage(v, message) {
	const rows = [
		['Invoice', v.invoice_id],
		['Status', v.status],
		['Amount', `${v.amount} ${v.currency}`],
		['Description', v.description ?? ''],
		['Coin', v.coin ?? '(not selected)'],
		['Coin amount', v.coin_amount ?? ''],
		['Coin received', v.coin_received],
		['Deposit address', v.coin_address ?? ''],
		['Created', v.created_at + ' UTC'],
		['Expires', v.expires_at + ' UTC'],
	];
	const actions = [];
	if (v.status === 'AWAITING_SELECTION') {
		const options = COINS.map(
			(c) => `<option value="${c.coin}">${esc(c.name)} (${c.coin})</option>`,
		).join('');
		actions.push(button('select', 'Choose coin', `<select name="coin">${options}</select> `));
		actions.push(button('expire', 'Let it expire'));
	}
	if (v.status === 'AWAITING_PAYMENT') {
		actions.push(button('confirming', 'Payment seen (confirming)'));
		actions.push(button('pay', 'Pay in full'));
		actions.push(button('underpay', 'Pay half (underpaid)'));
		actions.push(button('expire', 'Let it expire'));
	}
	if (v.status === 'CONFIRMING_PAYMENT') {
		actions.push(button('pay', 'Confirm payment (paid)'));
		actions.push(button('underpay', 'Confirm half (underpaid)'));
	}
	const back =
		v.redirect_url && ['PAID', 'UNDERPAID'].includes(v.status)
			? `<p><a href="${esc(v.redirect_url)}">Return to the merchant</a></p>`
			: '';
	return `<!doctype html>
<html><head><meta charset="utf-8"><title>WolvPay sandbox invoice ${esc(v.invoice_id)}</title>
<style>body{font-family:sans-serif;max-width:42em;margin:2em auto}td{padding:.2em .8em}form{display:inline-block;margin:.3em}</style></head>
<body><h1>WolvPay sandbox invoice</h1><p><em>Local sandbox: no real money moves.</em></p>
${message ? `<p><strong>${esc(message)}</strong></p>` : ''}
<table>${rows.map(([k, x]) => `<tr><td>${esc(k)}</td><td>${esc(x)}</td></tr>`).join('')}</table>
<div>${actions.join('\n')}</div>${back}
</body></html>`;
}

function renderNotFound(id) {
	return `<!doctype html><html><head><meta charset="utf-8"><title>Invoice not found</title></head><body><h1>Invoice not found</h1><p>${esc(id)}</p></body></html>`;
}

module.exports = { renderInvoicePage, renderNotFound };
