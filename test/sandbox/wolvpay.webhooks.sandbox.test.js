'use strict';
// The WolvPay sandbox's invoice lifecycle and its webhooks, the signature checked over the raw
// bytes received.
const {
	wolvpay,
	crypto,
	WEBHOOK_FIELDS,
	request,
	hmac,
	received,
	api,
	ctl,
	useSandbox,
} = require('./wolvpay.helpers');

let sb;
let receiverUrl;
useSandbox((env) => ({ sb, receiverUrl } = env));

describe('lifecycle and webhooks', () => {
	function verified(d) {
		const sig = d.headers['x-wolvpay-signature'];
		return (
			typeof sig === 'string' &&
			crypto.timingSafeEqual(
				Buffer.from(sig),
				Buffer.from(hmac(sb.credentials.webhookSecret, d.raw)),
			)
		);
	}

	test("selection -> confirming -> paid, each with a signed webhook of the doc's payload", async () => {
		expect((await ctl('/webhook-url', { url: receiverUrl })).status).toBe(200);
		const inv = (
			await api('POST', '/invoices', {
				body: '{"amount": 100.00, "description": "Order 7"}',
				headers: { 'Content-Type': 'application/json' },
			})
		).json.data;
		expect(received).toHaveLength(0); // creation sends nothing

		const sel = await api('POST', `/invoices/${inv.invoice_id}`, { body: { coin: 'btc' } });
		expect(sel.status).toBe(200);
		await sb.idle();
		expect(received).toHaveLength(1);

		const conf = await ctl(`/invoices/${inv.invoice_id}/confirming`);
		expect(conf.status).toBe(200);
		expect(conf.json.invoice.status).toBe('CONFIRMING_PAYMENT');
		expect(conf.json.delivery).toMatchObject({ url: receiverUrl, status: 200, error: null });
		const paid = await ctl(`/invoices/${inv.invoice_id}/pay`);
		expect(paid.status).toBe(200);
		expect(paid.json.invoice).toMatchObject({
			status: 'PAID',
			coin_received: sel.json.data.coin_amount.toString(),
		});
		expect(received).toHaveLength(3);

		const statuses = [];
		for (const d of received) {
			expect(d.url).toBe('/hook');
			expect(d.headers['content-type']).toBe('application/json');
			expect(verified(d)).toBe(true);
			const text = d.raw.toString('utf8');
			expect(text).toContain('"amount":100.00,');
			const body = JSON.parse(text);
			expect(Object.keys(body)).toEqual(WEBHOOK_FIELDS);
			expect(body).toMatchObject({
				invoice_id: inv.invoice_id,
				amount: 100,
				description: 'Order 7',
				coin: 'BTC',
				coin_amount: sel.json.data.coin_amount,
				coin_address: sel.json.data.coin_address,
				redirect_url: null,
			});
			expect(body.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
			statuses.push([body.status, body.coin_received]);
		}
		expect(statuses).toEqual([
			['AWAITING_PAYMENT', 0],
			['CONFIRMING_PAYMENT', 0],
			['PAID', sel.json.data.coin_amount],
		]);
		// a byte flipped anywhere breaks the signature
		const bad = {
			...received[2],
			raw: Buffer.from(received[2].raw.toString().replace('"PAID"', '"PAIF"')),
		};
		expect(verified(bad)).toBe(false);
		// the delivery log records what was sent
		expect(sb.webhooks).toHaveLength(3);
		expect(sb.webhooks[2].body).toBe(received[2].raw.toString('utf8'));

		const g = await api('GET', `/invoices/${inv.invoice_id}`);
		expect(g.json.data).toMatchObject({ status: 'PAID', coin_received: sel.json.data.coin_amount });

		// impossible transitions
		for (const action of ['pay', 'underpay', 'confirming', 'expire']) {
			const r = await ctl(`/invoices/${inv.invoice_id}/${action}`);
			expect(r.status).toBe(409);
			expect(r.json.error).toBe('invalid transition');
		}
		expect(received).toHaveLength(3);
		expect((await ctl('/invoices/INVdeadbeefdeadbeef/pay')).status).toBe(404);
	});

	test('invalid transitions from AWAITING_SELECTION; underpay default half; expiry; in-process helpers', async () => {
		sb.setWebhookUrl(receiverUrl);
		const a = (await api('POST', '/invoices', { body: { amount: 10 } })).json.data;
		for (const action of ['pay', 'underpay', 'confirming']) {
			const r = await ctl(`/invoices/${a.invoice_id}/${action}`);
			expect(r.status).toBe(409);
			expect(r.json.error).toBe('invalid transition');
		}
		await expect(sb.pay(a.invoice_id)).rejects.toMatchObject({ status: 409 });
		const e = await sb.expire(a.invoice_id);
		expect(e.invoice.status).toBe('EXPIRED');
		expect(e.delivery.status).toBe(200);
		expect(JSON.parse(received[0].raw)).toMatchObject({
			status: 'EXPIRED',
			coin: null,
			coin_amount: null,
			coin_received: 0,
		});

		const b = (await api('POST', '/invoices', { body: { amount: 10, coin: 'trc20_usdt' } })).json
			.data;
		expect(b.coin_amount).toBe(10);
		const u = await ctl(`/invoices/${b.invoice_id}/underpay`);
		expect(u.status).toBe(200);
		expect(u.json.invoice).toMatchObject({ status: 'UNDERPAID', coin_received: '5' });
		expect(JSON.parse(received[1].raw)).toMatchObject({
			status: 'UNDERPAID',
			coin: 'TRC20_USDT',
			coin_amount: 10,
			coin_received: 5,
		});

		const c = (await api('POST', '/invoices', { body: { amount: 10, coin: 'trc20_usdt' } })).json
			.data;
		const cu = await sb.underpay(c.invoice_id, { coin_received: '7.25' });
		expect(cu.invoice.coin_received).toBe('7.25');
		expect(cu.delivery.status).toBe(200);
		await expect(sb.underpay(c.invoice_id)).rejects.toMatchObject({ status: 409 });

		const d = (await api('POST', '/invoices', { body: { amount: 10, coin: 'trc20_usdt' } })).json
			.data;
		await expect(sb.underpay(d.invoice_id, { coin_received: '10' })).rejects.toMatchObject({
			status: 400,
		});
		const conf = await sb.confirming(d.invoice_id);
		expect(conf.invoice.status).toBe('CONFIRMING_PAYMENT');
		const p = await sb.pay(d.invoice_id, { coin_amount: '10.5' });
		expect(p.invoice).toMatchObject({ status: 'PAID', coin_received: '10.5' });
		expect(JSON.parse(p.delivery.body)).toMatchObject({ status: 'PAID', coin_received: 10.5 });

		// no webhook URL: transitions still work, delivery is null
		sb.setWebhookUrl(null);
		const f = (await api('POST', '/invoices', { body: { amount: 1, coin: 'btc' } })).json.data;
		const fp = await ctl(`/invoices/${f.invoice_id}/pay`);
		expect(fp.json).toMatchObject({ invoice: { status: 'PAID' }, delivery: null });
	});

	test('invoices expire by themselves after 24 h (injected clock) and notify', async () => {
		let t = Date.UTC(2025, 5, 1, 15, 24, 48);
		const c = await wolvpay.start({ now: () => t, webhookUrl: receiverUrl });
		try {
			const call = (m, p, body) =>
				request(m, c.credentials.baseUrl + p, {
					headers: {
						Authorization: `Bearer ${c.credentials.apiKey}`,
						'Content-Type': 'application/json',
					},
					body,
				});
			const inv = (await call('POST', '/invoices', { amount: 20, coin: 'btc' })).json.data;
			expect(inv.created_at).toBe('2025-06-01 15:24:48');
			expect(inv.expires_at).toBe('2025-06-02 15:24:48');
			t += 24 * 3600 * 1000 - 1;
			expect((await call('GET', `/invoices/${inv.invoice_id}`)).json.data.status).toBe(
				'AWAITING_PAYMENT',
			);
			t += 1;
			expect((await call('GET', `/invoices/${inv.invoice_id}`)).json.data.status).toBe('EXPIRED');
			await c.idle();
			expect(received).toHaveLength(1);
			const body = JSON.parse(received[0].raw);
			expect(body).toMatchObject({
				invoice_id: inv.invoice_id,
				status: 'EXPIRED',
				created_at: '2025-06-01T15:24:48Z',
			});
			expect(received[0].headers['x-wolvpay-signature']).toBe(
				hmac(c.credentials.webhookSecret, received[0].raw),
			);
		} finally {
			await c.close();
		}
	});

	test('hosted page buttons drive a hosted invoice', async () => {
		sb.setWebhookUrl(receiverUrl);
		const h = (await api('POST', '/invoices', { body: { amount: 30, white_label: false } })).json
			.data;
		const form = (body) =>
			request('POST', h.url, {
				headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
				body,
			});
		expect((await form('action=select&coin=eth')).status).toBe(303);
		expect((await api('GET', `/invoices/${h.invoice_id}`)).json.data).toEqual({
			invoice_id: h.invoice_id,
			url: h.url,
			status: 'AWAITING_PAYMENT',
		});
		expect((await form('action=pay')).status).toBe(303);
		expect((await api('GET', `/invoices/${h.invoice_id}`)).json.data.status).toBe('PAID');
		await sb.idle();
		expect(received.map((d) => JSON.parse(d.raw).status)).toEqual(['AWAITING_PAYMENT', 'PAID']);
	});
});
