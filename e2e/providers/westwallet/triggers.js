'use strict';
// WestWallet e2e trigger cases: valid, filtered, tampered, forged and unauthenticated IPNs.
const crypto = require('node:crypto');
const { sandboxCall } = require('../../lib/sandboxes');
const { request } = require('../../lib/http');
const { IPN_TOKEN } = require('./constants');

/** A signed call to the sandbox's provider API (as a WestWallet client would make it). */
async function signedPost(sandbox, path, body) {
	const text = JSON.stringify(body);
	const ts = String(Math.floor(Date.now() / 1000));
	const sign = crypto
		.createHmac('sha256', sandbox.credentials.privateKey)
		.update(ts + text)
		.digest('hex');
	const res = await request(`${sandbox.url}${path}`, {
		method: 'POST',
		headers: {
			'Content-Type': 'application/json',
			'X-API-KEY': sandbox.credentials.publicKey,
			'X-ACCESS-TIMESTAMP': ts,
			'X-ACCESS-SIGN': sign,
		},
		body: text,
	});
	if (res.status !== 200) throw new Error(`${path} -> ${res.status} ${res.text}`);
	return res.json;
}

/**
 * Deliveries to the active trigger, in order. Each: {name, deliver(ctx) -> HTTP status n8n answered,
 * status: expected statuses, execution: whether it must start one, check(triggerItems)}.
 * ctx: {sandbox, webhookUrl (production URL without query), state (shared between cases)}
 */
function triggerCases() {
	const control = (ctx, route, body) =>
		sandboxCall(ctx.sandbox.url, 'POST', route, body).then((res) => {
			if (res.status !== 200) throw new Error(`sandbox ${route} -> ${res.status} ${res.text}`);
			return res.json;
		});
	const viaSandbox = async (ctx, body) => {
		const { delivery } = await control(ctx, '/_sandbox/ipn', { id: ctx.state.txId, ...body });
		if (delivery.error) throw new Error(`sandbox delivery failed: ${delivery.error}`);
		return delivery.status;
	};
	return [
		{
			name: 'a valid IPN for a completed deposit (delivered by the sandbox)',
			status: [200],
			execution: true,
			async deliver(ctx) {
				const addr = await signedPost(ctx.sandbox, '/address/generate', {
					currency: 'LTC',
					ipn_url: `${ctx.webhookUrl}?token=${IPN_TOKEN}`,
					label: 'e2e-trigger',
				});
				ctx.state.address = addr.address;
				const { transaction, delivery } = await control(ctx, '/_sandbox/deposit', {
					address: addr.address,
					amount: '0.75',
					status: 'completed',
				});
				ctx.state.txId = transaction.id;
				ctx.state.ipnBody = delivery.body;
				if (delivery.error) throw new Error(`sandbox delivery failed: ${delivery.error}`);
				return delivery.status;
			},
			check(items, ctx) {
				expect(items).toHaveLength(1);
				expect(items[0]).toEqual(
					expect.objectContaining({
						id: ctx.state.txId,
						type: 'receive',
						currency: 'LTC',
						address: ctx.state.address,
						status: 'completed',
						label: 'e2e-trigger',
					}),
				);
				expect(String(items[0].amount)).toBe('0.75');
			},
		},
		{
			name: 'an authentic IPN with a status the trigger does not watch (pending)',
			status: [200],
			execution: false,
			async deliver(ctx) {
				const { delivery } = await control(ctx, '/_sandbox/deposit', {
					address: ctx.state.address,
					amount: '1.25',
					status: 'pending',
				});
				return delivery.status;
			},
		},
		{
			name: 'a tampered IPN (amount changed; the API does not confirm it)',
			status: [401, 403],
			execution: false,
			deliver: (ctx) => viaSandbox(ctx, { override: { amount: '75' } }),
		},
		{
			name: 'a forged IPN (unknown transaction id)',
			status: [401, 403],
			execution: false,
			deliver: (ctx) => viaSandbox(ctx, { override: { id: '999999999' } }),
		},
		{
			name: 'an IPN with a wrong token',
			status: [401, 403],
			execution: false,
			deliver: (ctx) =>
				viaSandbox(ctx, { url: `${ctx.webhookUrl}?token=not-the-secret-token-0000` }),
		},
		{
			name: 'an unauthenticated IPN (no token)',
			status: [401, 403],
			execution: false,
			deliver: (ctx) => viaSandbox(ctx, { url: ctx.webhookUrl }),
		},
		{
			name: 'a valid IPN from a wrong IP (127.0.0.2)',
			status: [403],
			execution: false,
			async deliver(ctx) {
				const res = await request(`${ctx.webhookUrl}?token=${IPN_TOKEN}`, {
					method: 'POST',
					headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
					body: ctx.state.ipnBody,
					localAddress: '127.0.0.2',
				});
				return res.status;
			},
		},
	];
}

module.exports = { triggerCases };
