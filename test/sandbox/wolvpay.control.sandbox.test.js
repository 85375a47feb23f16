'use strict';
// The WolvPay sandbox's control surface: the forged and tampered deliveries of
// /_sandbox/webhooks/send, and the state and reset endpoints.
const { wolvpay, request, hmac, received, api, ctl, useSandbox } = require('./wolvpay.helpers');

let sb;
let receiverUrl;
useSandbox((env) => ({ sb, receiverUrl } = env));

describe('forged and tampered deliveries (/_sandbox/webhooks/send)', () => {
	let inv;
	let genuine;
	beforeEach(async () => {
		sb.setWebhookUrl(receiverUrl);
		inv = (
			await api('POST', '/invoices', { body: { amount: 55, coin: 'ltc', description: 'forge me' } })
		).json.data;
		const r = await ctl('/webhooks/send', { invoice_id: inv.invoice_id });
		expect(r.status).toBe(200);
		genuine = received.pop();
		expect(genuine.headers['x-wolvpay-signature']).toBe(
			hmac(sb.credentials.webhookSecret, genuine.raw),
		);
		expect(r.json.delivery).toMatchObject({ status: 200, body: genuine.raw.toString('utf8') });
	});

	test("tamper is applied after signing: the signature is the genuine body's", async () => {
		const r = await ctl('/webhooks/send', {
			invoice_id: inv.invoice_id,
			tamper: { status: 'PAID', coin_received: 1 },
		});
		expect(r.status).toBe(200);
		const d = received.pop();
		expect(JSON.parse(d.raw)).toMatchObject({
			invoice_id: inv.invoice_id,
			status: 'PAID',
			coin_received: 1,
		});
		expect(d.headers['x-wolvpay-signature']).toBe(hmac(sb.credentials.webhookSecret, genuine.raw));
		expect(d.headers['x-wolvpay-signature']).not.toBe(hmac(sb.credentials.webhookSecret, d.raw));
		expect(sb.state.invoices.get(inv.invoice_id).status).toBe('AWAITING_PAYMENT');
	});

	test('override is applied before signing: valid signature over a lie', async () => {
		await ctl('/webhooks/send', { invoice_id: inv.invoice_id, override: { status: 'PAID' } });
		const d = received.pop();
		expect(JSON.parse(d.raw).status).toBe('PAID');
		expect(d.headers['x-wolvpay-signature']).toBe(hmac(sb.credentials.webhookSecret, d.raw));
	});

	test('other secret, no signature, header case variant, raw body, other url', async () => {
		await ctl('/webhooks/send', { invoice_id: inv.invoice_id, secret: 'not_the_secret' });
		let d = received.pop();
		expect(d.raw.equals(genuine.raw)).toBe(true);
		expect(d.headers['x-wolvpay-signature']).toBe(hmac('not_the_secret', d.raw));
		expect(d.headers['x-wolvpay-signature']).not.toBe(hmac(sb.credentials.webhookSecret, d.raw));

		await ctl('/webhooks/send', { invoice_id: inv.invoice_id, omitSignature: true });
		d = received.pop();
		expect(d.headers['x-wolvpay-signature']).toBeUndefined();
		expect(d.raw.equals(genuine.raw)).toBe(true);

		await ctl('/webhooks/send', { invoice_id: inv.invoice_id, headerName: 'x-wolvpay-signature' });
		d = received.pop();
		expect(d.rawHeaders).toContain('x-wolvpay-signature');
		expect(d.rawHeaders).not.toContain('X-WolvPay-Signature');
		expect(d.headers['x-wolvpay-signature']).toBe(hmac(sb.credentials.webhookSecret, d.raw));
		// the genuine delivery uses the doc's spelling
		expect(genuine.rawHeaders).toContain('X-WolvPay-Signature');

		const raw = '{"invoice_id": "' + inv.invoice_id + '", "status": "PAID",  "amount": 55.0}';
		await ctl('/webhooks/send', { body: raw });
		d = received.pop();
		expect(d.raw.toString('utf8')).toBe(raw);
		expect(d.headers['x-wolvpay-signature']).toBe(hmac(sb.credentials.webhookSecret, raw));

		const r = await sb.sendWebhook(inv.invoice_id, {
			url: receiverUrl.replace('/hook', '/elsewhere'),
		});
		expect(r.delivery.status).toBe(200);
		expect(received.pop().url).toBe('/elsewhere');

		sb.setWebhookUrl(null);
		expect((await ctl('/webhooks/send', { invoice_id: inv.invoice_id })).status).toBe(400);
		expect(
			(await ctl('/webhooks/send', { invoice_id: 'INVdeadbeefdeadbeef', url: receiverUrl })).status,
		).toBe(404);
		expect(received).toHaveLength(0);
	});
});

describe('control endpoints', () => {
	test('state and reset', async () => {
		await api('POST', '/invoices', { body: { amount: 1, coin: 'btc' } });
		await ctl('/webhook-url', { url: receiverUrl });
		let s = await request('GET', `${sb.url}/_sandbox/state`);
		expect(s.json.invoices).toHaveLength(1);
		expect(s.json.webhookUrl).toBe(receiverUrl);
		expect(s.json.invoices[0]).toMatchObject({
			amount: '1',
			currency: 'USD',
			status: 'AWAITING_PAYMENT',
			coin: 'btc',
			white_label: true,
		});
		expect((await ctl('/reset')).status).toBe(200);
		s = await request('GET', `${sb.url}/_sandbox/state`);
		expect(s.json.invoices).toHaveLength(0);
		expect(s.json.webhookUrl).toBeNull();
		expect(sb.requests).toHaveLength(0);
		expect((await ctl('/webhook-url', { url: 'ftp://x' })).status).toBe(400);
		expect((await ctl('/rate-limit', { limit: 0 })).status).toBe(400);
	});
});
