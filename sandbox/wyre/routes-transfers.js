'use strict';
// Transfers of the Wyre sandbox: create (W14), confirm (W15), get (W16), list (W17, newest first,
// offset/limit/from/to) and track (W20). The state machine is in transfers.js.
const c = require('./checks');
const views = require('./views');
const { createTransfer, move, TransitionError } = require('./transfers');

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
