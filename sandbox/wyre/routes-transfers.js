'use strict';
// Transfers of the Wyre sandbox: create (W14), confirm (W15), get (W16), list (W17, newest first,
// offset/limit/from/to) and track (W20). The state machine is in transfers.js.
const c = require('./checks');
const views = require('./views');
const { CURRENCIES, QUOTE_MS } = require('./data');
const { price } = require('./quote');
const { newTransfer, requireFunds, move, TransitionError } = require('./transfers');

/** A source or destination SRN the acting account may use; returns {srn, holder?, chain?, pm?}. */
function endpoint(app, account, value, field) {
	const srn = c.parseSrn(value, field);
	const { store } = app;
	if (srn.type === 'wallet' || srn.type === 'account') {
		const holder = store.holder(srn);
		if (!holder || (store.ownerOf(holder) !== account.id && field === 'source'))
			throw c.invalid(
				field,
				`${field} ${srn.srn} does not exist or is not yours`,
				'INVALID_VALUE',
				value,
			);
		return { srn: srn.srn, holder };
	}
	if (srn.type === 'paymentmethod') {
		const pm = store.paymentMethods.get(srn.id);
		if (!pm || pm.owner !== account.id)
			throw c.invalid(field, `payment method ${srn.id} not found`, 'INVALID_PAYMENT_METHOD', value);
		if (pm.status !== 'ACTIVE')
			throw c.invalid(
				field,
				`payment method ${srn.id} is not active`,
				'PAYMENT_METHOD_INACTIVE',
				value,
			);
		return { srn: srn.srn, pm };
	}
	if ((srn.type === 'bitcoin' || srn.type === 'ethereum') && field === 'dest') {
		if (!c.validAddress(srn.type, srn.id))
			throw c.invalid(
				field,
				`${srn.id} is not a valid ${srn.type} address`,
				'INVALID_VALUE',
				value,
			);
		return { srn: srn.srn, chain: srn.type };
	}
	throw c.invalid(
		field,
		`${srn.type}: cannot be used as a transfer ${field}`,
		'INVALID_VALUE',
		value,
	);
}

/** Validates a create body; returns the new transfer (UNCONFIRMED, or confirmed when autoConfirm). */
function createTransfer(app, account, body) {
	const { store } = app;
	const source = endpoint(app, account, body.source, 'source');
	const sourceCurrency = c.currencyCode(body, 'sourceCurrency', 'UNSUPPORTED_SOURCE_CURRENCY');
	const dest = endpoint(app, account, body.dest, 'dest');
	const destCurrency = c.blank(body.destCurrency)
		? sourceCurrency
		: c.currencyCode(body, 'destCurrency');
	if (source.srn.toLowerCase() === dest.srn.toLowerCase())
		throw c.invalid('dest', 'source and dest are the same', 'CANNOT_SEND_SELF_FUNDS', body.dest);
	if (source.pm && source.pm.currency !== sourceCurrency)
		throw c.invalid(
			'sourceCurrency',
			`the payment method charges ${source.pm.currency}`,
			'PAYMENT_METHOD_UNSUPPORTED_CHARGE_CURRENCY',
			sourceCurrency,
		);
	if (dest.pm && dest.pm.currency !== destCurrency)
		throw c.invalid(
			'destCurrency',
			`the payment method takes ${dest.pm.currency}`,
			'PAYMENT_METHOD_UNSUPPORTED_DEPOSIT_CURRENCY',
			destCurrency,
		);
	if (dest.chain && CURRENCIES[destCurrency].chain !== dest.chain)
		throw c.invalid(
			'destCurrency',
			`${destCurrency} cannot be sent to a ${dest.chain} address`,
			'INVALID_VALUE',
			destCurrency,
		);
	const sourceUnits = c.amountUnits(body, 'sourceAmount', sourceCurrency);
	const destUnits = c.amountUnits(body, 'destAmount', destCurrency);
	if ((sourceUnits === null) === (destUnits === null))
		throw sourceUnits === null
			? c.required('sourceAmount')
			: c.invalid('destAmount', 'give sourceAmount or destAmount, not both');
	const includesFees = c.optBool(body, 'amountIncludesFees');
	const autoConfirm = c.optBool(body, 'autoConfirm');
	const customId = c.optText(body, 'customId', 256);
	const message = c.optText(body, 'message', 1024);
	const notifyUrl = c.optUrl(body, 'notifyUrl');
	const p = price({
		sourceCurrency,
		destCurrency,
		sourceUnits,
		destUnits,
		includesFees,
		external: !!dest.chain,
	});
	if (p.tooSmall)
		throw c.invalid(
			sourceUnits !== null ? 'sourceAmount' : 'destAmount',
			'The amount is too small to cover the fees',
			'TRANSACTION_AMOUNT_TOO_SMALL',
		);
	if (customId !== null)
		for (const t of store.transfers.values())
			if (t.owner === account.id && t.customId === customId)
				throw c.invalid(
					'customId',
					`customId ${customId} is already used by transfer ${t.id}`,
					'SENDER_PROVIDED_ID_IN_USE',
					customId,
				);
	if (source.holder) requireFunds(app, source.holder, sourceCurrency, p.debit);
	const transfer = newTransfer(app, {
		kind: 'outgoing',
		owner: account.id,
		source: source.srn,
		dest: dest.srn,
		sourceCurrency,
		destCurrency,
		debit: p.debit,
		credit: p.credit,
		fees: p.fees,
		rate: p.rate,
		customId,
		message,
		notifyUrl,
		notifyId: notifyUrl ? store.newId('DA') : null,
		expiresAt: app.now() + (CURRENCIES[sourceCurrency].fiat ? QUOTE_MS.fiat : QUOTE_MS.crypto),
	});
	if (autoConfirm) move(app, transfer, 'PENDING');
	return transfer;
}

function ownTransfer(app, account, id) {
	const t = app.store.transfers.get(id);
	if (!t || t.owner !== account.id) throw c.notFound('Transfer', id);
	return t;
}

function confirm({ app, ctx, account }) {
	c.jsonBody(ctx); // empty, {} or any JSON object: the signature covered whatever was sent
	const t = ownTransfer(app, account, ctx.params.id);
	try {
		move(app, t, 'PENDING');
	} catch (e) {
		if (!(e instanceof TransitionError)) throw e;
		throw c.wyreError('TransferException', e.message, {
			errorCode: 'transfer.notConfirmable',
			subType: t.status,
		});
	}
	return { body: views.transferView(t) };
}

function register(add, app) {
	add('POST', '/v3/transfers', ({ ctx, account }) => ({
		body: views.transferView(createTransfer(app, account, c.jsonBody(ctx))),
	}));
	add('POST', '/v3/transfers/:id/confirm', confirm);
	add('GET', '/v3/transfers/:id', ({ ctx, account }) => ({
		body: views.transferView(ownTransfer(app, account, ctx.params.id)),
	}));
	add('GET', '/v3/transfers', ({ ctx, account }) => {
		const p = c.page(app.store.owned(app.store.transfers, account.id), c.paging(ctx.query));
		return { body: { ...p, data: p.data.map(views.transferView) } };
	});
	add('GET', '/v2/transfer/:id/track', ({ ctx, account }) => ({
		body: views.trackView(ownTransfer(app, account, ctx.params.id)),
	}));
}

module.exports = { register, ownTransfer };
