'use strict';
// WolvPay e2e trigger cases: paid, filtered, tampered, forged, unsigned and wrong-IP webhooks.
const crypto = require('node:crypto');
const { sandboxCall } = require('../../lib/sandboxes');
const { request } = require('../../lib/http');

function triggerCases() {
	const control = (ctx, route, body = {}) =>
		sandboxCall(ctx.sandbox.url, 'POST', route, body).then((res) => {
			if (res.status !== 200) throw new Error(`sandbox ${route} -> ${res.status} ${res.text}`);
			return res.json;
		});
	const newInvoice = async (ctx, amount) =>
		(await control(ctx, '/_sandbox/invoices/bulk', { count: 1, amount, coin: 'btc' }))
			.invoice_ids[0];
	const send = async (ctx, extra) => {
		const { delivery } = await control(ctx, '/_sandbox/webhooks/send', {
			invoice_id: ctx.state.invoiceId,
			...extra,
		});
		if (delivery.error) throw new Error(`sandbox delivery failed: ${delivery.error}`);
		return delivery.status;
	};
	return [
		{
			name: 'a signed webhook for a paid invoice (delivered by the sandbox)',
			status: [200],
			execution: true,
			async deliver(ctx) {
				ctx.state.invoiceId = await newInvoice(ctx, '49.90');
				const { delivery } = await control(ctx, `/_sandbox/invoices/${ctx.state.invoiceId}/pay`);
				if (!delivery || delivery.error)
					throw new Error(`sandbox delivery failed: ${delivery && delivery.error}`);
				ctx.state.body = delivery.body;
				return delivery.status;
			},
			check(items, ctx) {
				expect(items).toHaveLength(1);
				expect(items[0]).toEqual(
					expect.objectContaining({ invoice_id: ctx.state.invoiceId, status: 'PAID', coin: 'BTC' }),
				);
				expect(String(items[0].amount)).toMatch(/^49\.90?$/);
			},
		},
		{
			name: 'a signed webhook with a status the trigger does not watch (CONFIRMING_PAYMENT)',
			status: [200],
			execution: false,
			async deliver(ctx) {
				const id = await newInvoice(ctx, '5.00');
				const { delivery } = await control(ctx, `/_sandbox/invoices/${id}/confirming`);
				return delivery.status;
			},
		},
		{
			name: 'a tampered webhook (body changed after signing)',
			status: [401, 403],
			execution: false,
			deliver: (ctx) => send(ctx, { tamper: { amount: 1 } }),
		},
		{
			name: 'a forged webhook (signed with another secret)',
			status: [401, 403],
			execution: false,
			deliver: (ctx) => send(ctx, { secret: 'not-the-webhook-secret' }),
		},
		{
			name: 'an unauthenticated webhook (no signature)',
			status: [401, 403],
			execution: false,
			deliver: (ctx) => send(ctx, { omitSignature: true }),
		},
		{
			name: 'a correctly signed webhook from a wrong IP (127.0.0.2)',
			status: [403],
			execution: false,
			async deliver(ctx) {
				const body = ctx.state.body;
				const sig = crypto
					.createHmac('sha256', ctx.sandbox.credentials.webhookSecret)
					.update(body)
					.digest('hex');
				const res = await request(ctx.webhookUrl, {
					method: 'POST',
					headers: { 'Content-Type': 'application/json', 'X-WolvPay-Signature': sig },
					body,
					localAddress: '127.0.0.2',
				});
				return res.status;
			},
		},
	];
}

module.exports = { triggerCases };
