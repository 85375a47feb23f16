'use strict';
// Coins, wallets, accounts, permissions and transaction lists (X-API-TOKEN). Paths as the doc's,
// plus the SDKs' additions: GET /api/coins/{coin}, create account under /wallets/{id}/accounts (the
// doc's /wallets/accounts with a wallet_id parameter works too), archive accounts.
const { apiRoute } = require('./auth');
const { fail } = require('./envelope');
const { blank } = require('./params');
const { COINS, ROLES } = require('./data');
const { walletView, accountView, txView } = require('./views');
const { coinOf, walletOf, accountOf, limitParam, intId } = require('./lookup');

const W = '/api/coins/:coin/wallets/:wallet_id';

const coinView = (c) => ({ id: c.id, coin: c.coin, name: c.name, precision: c.precision });

function txList(app, kind, entity, p) {
	const limit = limitParam(p, 100);
	let list = app.store.transactionsOf(kind, entity.id);
	const tag = p.get('tag');
	if (!blank(tag)) list = list.filter((t) => String(t.tag) === String(tag).trim());
	return list.slice(-limit).map((t) => txView(t, entity.coin, app.settings.amountIntType));
}

function createWallet(app, user, coin, p) {
	const label = p.get('label');
	if (blank(label)) fail('VALIDATION_ERROR', 'The label field is required.');
	if (String(label).length > 255)
		fail('VALIDATION_ERROR', 'The label may not be greater than 255 characters.');
	const max = app.store.tariff(user.tariff_id).max_wallets;
	const owned = [...app.store.wallets.values()].filter((w) =>
		app.store.roles(w, user.id).includes('admin'),
	);
	if (owned.length >= max) fail('LIMIT_ERROR', `Your tariff allows ${max} wallets.`);
	return walletView(app.store.createWallet(user.id, coin.coin, String(label)));
}

function createAccount(app, user, wallet) {
	const max = app.store.tariff(user.tariff_id).max_accounts;
	const count = [...app.store.accounts.values()].filter(
		(a) =>
			!a.archived && app.store.roles(app.store.wallets.get(a.walletId), user.id).includes('admin'),
	).length;
	if (count >= max) fail('LIMIT_ERROR', `Your tariff allows ${max} accounts.`);
	return accountView(app.store.createAccount(wallet));
}

function setPermissions(app, user, wallet, p) {
	const userId = p.get('user_id');
	if (blank(userId)) fail('VALIDATION_ERROR', 'The user id field is required.');
	if (!app.store.users.has(intId(userId)))
		fail('VALIDATION_ERROR', 'The selected user id is invalid.');
	const roles = p.list('permissions');
	if (!roles || !roles.length) fail('VALIDATION_ERROR', 'The permissions field is required.');
	const removeAll = roles.length === 1 && roles[0] === '0';
	if (!removeAll && roles.some((r) => !ROLES.includes(r)))
		fail('VALIDATION_ERROR', `The permissions may only be: ${ROLES.join(', ')}.`);
	const id = intId(userId);
	wallet.permissions = wallet.permissions.filter((x) => x.user_id !== id);
	if (!removeAll) wallet.permissions.push({ user_id: id, roles: [...new Set(roles)] });
	return walletView(wallet);
}

function deleteWallet(app, wallet) {
	const funded = app.store.accountsOf(wallet.id, { archived: true }).some((a) => a.balance !== 0n);
	if (wallet.balance !== 0n || funded)
		fail('WALLET_EXCEPTION', 'Only a wallet with a zero balance can be deleted.');
	for (const a of app.store.accountsOf(wallet.id, { archived: true }))
		app.store.accounts.delete(a.id);
	app.store.wallets.delete(wallet.id);
	return { id: wallet.id, deleted: true };
}

function register(r, app) {
	const api = (method, path, fn) => r.add(method, path, apiRoute(app, fn));
	const coin = (ctx) => coinOf(app, ctx.params.coin);
	const wallet = (ctx, u, roles) => walletOf(app, u, coin(ctx), ctx.params.wallet_id, roles);
	api('GET', '/api/coins', () => COINS.map(coinView));
	api('GET', '/api/coins/:coin', (ctx) => coinView(coin(ctx)));
	api('GET', '/api/wallets', (ctx, p, u) => app.store.walletsOf(u.id).map(walletView));
	api('GET', '/api/coins/:coin/wallets', (ctx, p, u) =>
		app.store.walletsOf(u.id, coin(ctx).coin).map(walletView),
	);
	api('POST', '/api/coins/:coin/wallets', (ctx, p, u) => createWallet(app, u, coin(ctx), p));
	api('POST', '/api/coins/:coin/wallets/accounts', (ctx, p, u) => {
		const c = coin(ctx);
		if (blank(p.get('wallet_id'))) fail('VALIDATION_ERROR', 'The wallet id field is required.');
		return createAccount(app, u, walletOf(app, u, c, p.get('wallet_id'), ['admin']));
	});
	api('GET', W, (ctx, p, u) => walletView(wallet(ctx, u)));
	api('PUT', W, (ctx, p, u) => {
		const w = wallet(ctx, u, ['admin']);
		const label = p.get('label');
		if (label !== undefined) {
			if (String(label).length > 255)
				fail('VALIDATION_ERROR', 'The label may not be greater than 255 characters.');
			if (!blank(label)) w.label = String(label);
		}
		return walletView(w);
	});
	api('DELETE', W, (ctx, p, u) => deleteWallet(app, wallet(ctx, u, ['admin'])));
	api('POST', `${W}/permissions`, (ctx, p, u) =>
		setPermissions(app, u, wallet(ctx, u, ['admin']), p),
	);
	api('GET', `${W}/transactions`, (ctx, p, u) =>
		txList(app, 'wallet', wallet(ctx, u, ['view', 'admin']), p),
	);
	api('POST', `${W}/accounts`, (ctx, p, u) => createAccount(app, u, wallet(ctx, u, ['admin'])));
	api('GET', `${W}/accounts`, (ctx, p, u) => {
		const w = wallet(ctx, u);
		return app.store.accountsOf(w.id).slice(0, limitParam(p, 3000)).map(accountView);
	});
	api('DELETE', `${W}/accounts/archive`, (ctx, p, u) => {
		const w = wallet(ctx, u, ['admin']);
		const ids = p.list('accounts');
		if (!ids || !ids.length) fail('VALIDATION_ERROR', 'The accounts field is required.');
		const found = ids.map((id) => accountOf(app, w, id));
		for (const a of found) a.archived = true;
		return { archived: found.map((a) => a.id) };
	});
	api('GET', `${W}/accounts/:account_id`, (ctx, p, u) =>
		accountView(accountOf(app, wallet(ctx, u), ctx.params.account_id)),
	);
	api('DELETE', `${W}/accounts/:account_id`, (ctx, p, u) => {
		const a = accountOf(app, wallet(ctx, u, ['admin']), ctx.params.account_id);
		if (a.balance !== 0n)
			fail('WALLET_EXCEPTION', 'Only an account with a zero balance can be deleted.');
		app.store.accounts.delete(a.id);
		return { id: a.id, deleted: true };
	});
	api('GET', `${W}/accounts/:account_id/transactions`, (ctx, p, u) => {
		const w = wallet(ctx, u, ['view', 'admin']);
		return txList(app, 'account', accountOf(app, w, ctx.params.account_id), p);
	});
}

module.exports = { register, coinView };
