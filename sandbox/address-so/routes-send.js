'use strict';
// Sends from a wallet or an account (POST, also GET with a query; form, JSON or query parameters)
// and fee estimates. A send is checked in this order: wallet/account and the `transfer` role,
// `sign` and the other required fields (VALIDATION_ERROR -3005), the signature under the accepted
// schemes (BAD_SIGN -3061; the request log records which scheme matched), the payment password
// (FORBIDEN -3062 when wrong), amount and addresses (INVALID_ADDRESS), fee_priority/tag/token_label,
// the wallet's spending limits (LIMIT_ERROR -3060), the balance for amount + fee (INSUFFICIENT_FUNDS
// -2500). Then it debits amount + fee, credits a sandbox recipient, and notifies webhooks.
const { apiRoute } = require('./auth');
const { fail } = require('./envelope');
const { blank } = require('./params');
const { verifySend } = require('./sign');
const { isValidAddress } = require('./address');
const { float } = require('./views');
const { coinOf, walletOf, accountOf, amountUnits } = require('./lookup');
const { notifyChange } = require('./callbacks');
const { safeEqual } = require('../lib/auth');

const W = '/api/coins/:coin/wallets/:wallet_id';

function feePriority(p) {
	const v = p.get('fee_priority');
	if (blank(v)) return 1;
	if (!['1', '2', '3'].includes(String(v).trim()))
		fail('VALIDATION_ERROR', 'The fee priority must be 1, 2 or 3.');
	return Number(String(v).trim());
}

/** The request-log entry of this request (to note the signature scheme that matched). */
function logEntry(ctx) {
	return ctx.sandbox.requests.find((e) => e.headers === ctx.req.headers);
}

function checkSignature(app, ctx, p, user) {
	const sign = p.get('sign');
	const pairs = p.pairs.filter((x) => x.key !== 'sign');
	const match = verifySend({
		pairs,
		sign,
		secret: user.secret_token,
		schemes: app.settings.schemes,
	});
	const entry = logEntry(ctx);
	if (entry)
		entry.signature = match
			? { scheme: match.scheme, schemes: match.schemes, form: match.form }
			: { scheme: null, schemes: [] };
	if (!match) fail('BAD_SIGN', 'Invalid sign.');
	return match;
}

function checkPaymentPassword(app, p, user) {
	const pp = p.get('payment_password');
	if (blank(pp)) {
		if (app.settings.requirePaymentPassword)
			fail('VALIDATION_ERROR', 'The payment password field is required.');
		return;
	}
	if (!user.payment_password || !safeEqual(String(pp), user.payment_password))
		fail('FORBIDEN', 'Wrong payment password.');
}

/** Spending limits of the wallet (A30-A33): per send (period null) or per `period` seconds. */
function checkLimits(app, wallet, amount) {
	const t = app.now();
	for (const l of app.store.limits.values()) {
		if (l.walletId !== wallet.id) continue;
		const spent =
			l.period === null
				? 0n
				: app.sends
						.filter((s) => s.walletId === wallet.id && s.at > t - l.period * 1000)
						.reduce((a, s) => a + s.amount, 0n);
		if (spent + amount > l.amount)
			fail('LIMIT_ERROR', `The send exceeds the wallet's limit ${l.id}.`);
	}
}

/** The optional send fields, checked: {odd, priority, tag, tokenLabel} (null when absent). */
function optionalFields(app, p, coin) {
	const odd = p.get('odd_address');
	if (!blank(odd) && !isValidAddress(coin.coin, String(odd)))
		fail(app.settings.invalidAddressCode, 'Invalid odd_address.');
	const priority = feePriority(p);
	const tag = p.get('tag');
	if (
		!blank(tag) &&
		(coin.coin !== 'xrp' || !/^\d{1,10}$/.test(String(tag)) || Number(tag) > 4294967295)
	)
		fail('VALIDATION_ERROR', 'The tag must be an integer from 0 to 4294967295 (Ripple only).');
	const tokenLabel = p.get('token_label');
	if (!blank(tokenLabel) && coin.coin !== 'eth')
		fail('VALIDATION_ERROR', 'The token label is only for Ethereum wallets.');
	return {
		odd: blank(odd) ? null : String(odd),
		priority,
		tag: blank(tag) ? null : Number(tag),
		tokenLabel: blank(tokenLabel) ? null : String(tokenLabel),
	};
}

/** Debits amount + fee, records the send, credits a sandbox recipient, notifies webhooks. */
function execute(app, { kind, source, wallet, coin, amount, recipient, spelling, match, opt }) {
	const fee = BigInt(coin.fees[opt.priority - 1]);
	if (source.balance < amount + fee) fail('INSUFFICIENT_FUNDS', 'Insufficient funds.');
	const tx = app.store.book(kind, source, -(amount + fee), { address: recipient, tag: opt.tag });
	app.sends.push({
		txid: tx.hash,
		kind,
		id: source.id,
		walletId: wallet.id,
		coin: coin.coin,
		amount,
		fee,
		fee_priority: opt.priority,
		recipient,
		spelling,
		scheme: match.scheme,
		odd_address: opt.odd,
		token_label: opt.tokenLabel,
		at: app.now(),
	});
	notifyChange(app, kind, source, tx);
	const target = app.store.findAddress(coin.coin, recipient);
	if (target) {
		const credit = app.store.book(target.kind, target.entity, amount, {
			address: source.address,
			hash: tx.hash,
			tag: tx.tag,
		});
		notifyChange(app, target.kind, target.entity, credit);
	}
	return tx;
}

function send(app, ctx, p, user, kind) {
	const coin = coinOf(app, ctx.params.coin);
	const wallet = walletOf(app, user, coin, ctx.params.wallet_id, ['transfer']);
	const source = kind === 'wallet' ? wallet : accountOf(app, wallet, ctx.params.account_id);
	if (blank(p.get('sign'))) fail('VALIDATION_ERROR', 'The sign field is required.');
	if (p.has('recipient') && p.has('recepient'))
		fail('VALIDATION_ERROR', 'Send recipient or recepient, not both.');
	const spelling = p.has('recepient') ? 'recepient' : 'recipient';
	const recipient = p.get(spelling);
	if (blank(recipient)) fail('VALIDATION_ERROR', 'The recipient field is required.');
	if (blank(p.get('amount'))) fail('VALIDATION_ERROR', 'The amount field is required.');
	const match = checkSignature(app, ctx, p, user);
	checkPaymentPassword(app, p, user);
	const amount = amountUnits(p.get('amount'), coin);
	if (!isValidAddress(coin.coin, String(recipient)))
		fail(app.settings.invalidAddressCode, 'Invalid address.');
	const opt = optionalFields(app, p, coin);
	checkLimits(app, wallet, amount);
	const tx = execute(app, {
		kind,
		source,
		wallet,
		coin,
		amount,
		recipient: String(recipient),
		spelling,
		match,
		opt,
	});
	return [{ txid: tx.hash }];
}

function estimateFee(app, ctx, p, user, kind) {
	const coin = coinOf(app, ctx.params.coin);
	const wallet = walletOf(app, user, coin, ctx.params.wallet_id);
	if (kind === 'account') accountOf(app, wallet, ctx.params.account_id);
	const amount = amountUnits(p.get('amount'), coin);
	const priority = feePriority(p);
	const fee = BigInt(coin.fees[priority - 1]);
	return {
		coin: coin.coin,
		fee_priority: priority,
		fee_int: fee.toString(),
		fee_float: float(fee, coin.coin),
		amount_int: amount.toString(),
		amount_float: float(amount, coin.coin),
		total_int: (amount + fee).toString(),
		total_float: float(amount + fee, coin.coin),
	};
}

function register(r, app) {
	const A = `${W}/accounts/:account_id`;
	for (const method of ['POST', 'GET']) {
		r.add(
			method,
			`${W}/send`,
			apiRoute(app, (ctx, p, u) => send(app, ctx, p, u, 'wallet')),
		);
		r.add(
			method,
			`${A}/send`,
			apiRoute(app, (ctx, p, u) => send(app, ctx, p, u, 'account')),
		);
		r.add(
			method,
			`${W}/estimate_fee`,
			apiRoute(app, (ctx, p, u) => estimateFee(app, ctx, p, u, 'wallet')),
		);
		r.add(
			method,
			`${A}/estimate_fee`,
			apiRoute(app, (ctx, p, u) => estimateFee(app, ctx, p, u, 'account')),
		);
	}
}

module.exports = { register };
