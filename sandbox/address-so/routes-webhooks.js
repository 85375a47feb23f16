'use strict';
// Webhooks CRUD (/api/webhooks), the PHP SDK's wallet spending limits (/api/wallets/{id}/limits,
// /limits/{id} and /api/limits/{id}) and its balance-deposit address (/api/invoice/deposit).
// An unknown webhook or limit (or another user's) is DEFAUL_CODE_ERROR -3000.
const { apiRoute } = require('./auth');
const { fail } = require('./envelope');
const { blank } = require('./params');
const { webhookView, float } = require('./views');
const { walletOf, amountUnits, intId } = require('./lookup');
const { makeAddress } = require('./address');

function checkUrl(v) {
	if (blank(v)) fail('VALIDATION_ERROR', 'The url field is required.');
	try {
		const u = new URL(String(v).trim());
		if (u.protocol === 'http:' || u.protocol === 'https:') return String(v).trim();
	} catch {
		// fall through
	}
	return fail('VALIDATION_ERROR', 'The url format is invalid.');
}

function entityOf(app, user, type, id) {
	if (type === 'wallet') return walletOf(app, user, null, id);
	const a = app.store.accounts.get(intId(id));
	if (!a || a.archived || !app.store.roles(app.store.wallets.get(a.walletId), user.id).length)
		fail('ACCOUNT_NOT_FOUND', `Account ${id} not found.`);
	return a;
}

function createHook(app, user, p) {
	const url = checkUrl(p.get('url'));
	const type = p.get('type');
	if (blank(type)) fail('VALIDATION_ERROR', 'The type field is required.');
	if (!['wallet', 'account'].includes(String(type)))
		fail('VALIDATION_ERROR', 'The selected type is invalid.');
	const id = p.get('entity_id');
	if (blank(id)) fail('VALIDATION_ERROR', 'The entity id field is required.');
	if (!/^\d+$/.test(String(id))) fail('VALIDATION_ERROR', 'The entity id must be an integer.');
	const entity = entityOf(app, user, String(type), id);
	const h = {
		id: app.store.seq.webhook++,
		userId: user.id,
		url,
		type: String(type),
		entityId: entity.id,
	};
	app.store.webhooks.set(h.id, h);
	return webhookView(app.store, h);
}

function hookOf(app, user, id) {
	const h = app.store.webhooks.get(intId(id));
	if (!h || h.userId !== user.id) fail('DEFAULT', `Webhook ${id} not found.`);
	return h;
}

function limitView(app, l) {
	const coin = app.store.wallets.get(l.walletId)?.coin || 'btc';
	return {
		id: l.id,
		wallet_id: l.walletId,
		amount: float(l.amount, coin),
		amount_int: l.amount.toString(),
		period: l.period,
	};
}

function limitOf(app, user, id) {
	const l = app.store.limits.get(intId(id));
	if (!l) fail('DEFAULT', `Limit ${id} not found.`);
	const w = app.store.wallets.get(l.walletId);
	if (!w || !app.store.roles(w, user.id).includes('admin'))
		fail('DEFAULT', `Limit ${id} not found.`);
	return { l, w };
}

function createLimit(app, user, walletId, p) {
	const w = walletOf(app, user, null, walletId, ['admin']);
	const amount = amountUnits(p.get('amount'), app.store.coin(w.coin));
	const period = p.get('period');
	if (!blank(period) && !/^\d+$/.test(String(period).trim()))
		fail('VALIDATION_ERROR', 'The period must be an integer (seconds).');
	const l = {
		id: app.store.seq.limit++,
		walletId: w.id,
		amount,
		period: blank(period) ? null : Number(period),
	};
	app.store.limits.set(l.id, l);
	return limitView(app, l);
}

function register(r, app) {
	const api = (method, path, fn) => r.add(method, path, apiRoute(app, fn));
	api('POST', '/api/webhooks', (ctx, p, u) => createHook(app, u, p));
	api('GET', '/api/webhooks', (ctx, p, u) =>
		[...app.store.webhooks.values()]
			.filter((h) => h.userId === u.id)
			.map((h) => webhookView(app.store, h)),
	);
	api('GET', '/api/webhooks/:id', (ctx, p, u) =>
		webhookView(app.store, hookOf(app, u, ctx.params.id)),
	);
	api('PUT', '/api/webhooks/:id', (ctx, p, u) => {
		const h = hookOf(app, u, ctx.params.id);
		h.url = checkUrl(p.get('url'));
		return webhookView(app.store, h);
	});
	api('DELETE', '/api/webhooks/:id', (ctx, p, u) => {
		app.store.webhooks.delete(hookOf(app, u, ctx.params.id).id);
		return { delete: true };
	});
	api('GET', '/api/wallets/:wallet_id/limits', (ctx, p, u) => {
		const w = walletOf(app, u, null, ctx.params.wallet_id);
		return [...app.store.limits.values()]
			.filter((l) => l.walletId === w.id)
			.map((l) => limitView(app, l));
	});
	api('POST', '/api/wallets/:wallet_id/limits', (ctx, p, u) =>
		createLimit(app, u, ctx.params.wallet_id, p),
	);
	for (const base of ['/limits/:id', '/api/limits/:id']) {
		api('POST', base, (ctx, p, u) => {
			const { l, w } = limitOf(app, u, ctx.params.id);
			l.amount = amountUnits(p.get('amount'), app.store.coin(w.coin));
			return limitView(app, l);
		});
		api('DELETE', base, (ctx, p, u) => {
			const { l } = limitOf(app, u, ctx.params.id);
			app.store.limits.delete(l.id);
			return { id: l.id, deleted: true };
		});
	}
	api('GET', '/api/invoice/deposit', (ctx, p, u) => ({
		coin: 'btc',
		address: makeAddress('btc', `invoice-deposit-${u.id}`),
	}));
}

module.exports = { register };
