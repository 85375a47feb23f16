'use strict';
// Transfers of the Wyre sandbox (v3): records and the state machine (creation from a request
// body, W14, is in routes-transfers.js)
//   UNCONFIRMED --confirm--> PENDING --> COMPLETED --> REVERSED
//        |                     '-----> FAILED
//        '--(expiresAt passed)--> EXPIRED
// Confirming debits the source (InsufficientFundsException when short); completing credits the
// destination when it is a wallet or an account; failing refunds the source; reversing takes the
// credit back and refunds the source. Each step appends a statusHistories entry, records wallet
// transactions (the wallet callbacks) and emits a 'transfer' event (notifyUrl, subscriptions).
const { CURRENCIES } = require('./data');
const c = require('./checks');
const { networkTxId } = require('./state');

const STATUS = ['UNCONFIRMED', 'PENDING', 'COMPLETED', 'FAILED', 'EXPIRED', 'REVERSED'];
const FROM = {
	PENDING: ['UNCONFIRMED'],
	COMPLETED: ['PENDING'],
	FAILED: ['PENDING'],
	EXPIRED: ['UNCONFIRMED'],
	REVERSED: ['COMPLETED'],
};
const HISTORY = {
	UNCONFIRMED: [0, 'Initiating Transfer', 'INITIATED'],
	PENDING: [1000, 'Transfer Pending', 'PENDING'],
	COMPLETED: [5100, 'Transfer Completed', 'COMPLETED'],
	FAILED: [6000, 'Transfer Failed', 'FAILED'],
	EXPIRED: [6100, 'Quote Expired', 'FAILED'],
	REVERSED: [6200, 'Transfer Reversed', 'FAILED'],
};

/** A new UNCONFIRMED transfer record with `fields` (stored; no event). */
function newTransfer(app, fields) {
	const { store } = app;
	const t = app.now();
	const transfer = {
		id: store.newId('TF', store.transfers),
		seq: ++store.seq,
		status: 'UNCONFIRMED',
		fees: 0n,
		rate: null,
		customId: null,
		message: null,
		notifyUrl: null,
		notifyId: null,
		createdAt: t,
		updatedAt: t,
		completedAt: null,
		cancelledAt: null,
		expiresAt: t,
		failureReason: null,
		reversalReason: null,
		blockchainTx: null,
		statusHistories: [],
		...fields,
	};
	history(app, transfer, 'UNCONFIRMED');
	store.transfers.set(transfer.id, transfer);
	return transfer;
}

function requireFunds(app, holder, currency, units) {
	if (app.store.balance(holder, currency).available < units)
		throw c.wyreError(
			'InsufficientFundsException',
			`Insufficient funds in ${currency} for this transfer`,
			{
				errorCode: 'insufficientFunds.default',
				problematicField: 'sourceAmount',
			},
		);
}

function history(app, transfer, status) {
	const [order, detail, state] = HISTORY[status];
	transfer.statusHistories.push({
		id: app.store.newId('SH').slice(3),
		transferId: transfer.id,
		createdAt: app.now(),
		type: transfer.kind === 'deposit' ? 'INCOMING' : 'OUTGOING',
		statusOrder: order,
		statusDetail: detail,
		state,
		failedState: state === 'FAILED' ? status : null,
	});
}

class TransitionError extends Error {}

/** Moves a transfer to `status` (balances, wallet transactions, event). Throws TransitionError. */
function move(app, transfer, status, { reason = null } = {}) {
	if (!(FROM[status] || []).includes(transfer.status))
		throw new TransitionError(
			`Transfer ${transfer.id} is ${transfer.status} and cannot become ${status}`,
		);
	const { store } = app;
	const src = holderOf(app, transfer.source);
	const dst = holderOf(app, transfer.dest);
	const tx = (holder, fields) =>
		holder &&
		store.addWalletTx(holder, {
			source: transfer.source,
			dest: transfer.dest,
			metadata: { transferId: transfer.id },
			senderProvidedId: transfer.customId,
			message: transfer.message,
			...fields,
		});
	if (status === 'PENDING' && src) {
		requireFunds(app, src, transfer.sourceCurrency, transfer.debit);
		store.adjust(src, transfer.sourceCurrency, -transfer.debit);
		tx(src, {
			currency: transfer.sourceCurrency,
			amount: transfer.debit,
			fees: transfer.fees,
			direction: 'OUTGOING',
		});
	}
	if (status === 'COMPLETED') {
		transfer.completedAt = app.now();
		if (transfer.kind === 'deposit') {
			if (!dst) throw new TransitionError(`the wallet of transfer ${transfer.id} no longer exists`);
			store.adjust(dst, transfer.destCurrency, transfer.credit, 'available');
			store.confirmWalletTx(store.walletTxs.get(transfer.pendingTx));
		} else if (dst) {
			store.adjust(dst, transfer.destCurrency, transfer.credit);
			tx(dst, { currency: transfer.destCurrency, amount: transfer.credit, direction: 'INCOMING' });
		} else if (/^(bitcoin|ethereum):/.test(transfer.dest)) {
			transfer.blockchainTx = {
				networkTxId: networkTxId(transfer.dest.split(':')[0], transfer.id),
				blockchain: transfer.dest.split(':')[0],
			};
		}
	}
	if (status === 'FAILED') {
		transfer.failureReason = reason || 'Failed by the sandbox';
		transfer.cancelledAt = app.now();
		if (transfer.kind === 'deposit') {
			if (!dst) throw new TransitionError(`the wallet of transfer ${transfer.id} no longer exists`);
			store.adjust(dst, transfer.destCurrency, -transfer.credit, 'total');
			const pending = store.walletTxs.get(transfer.pendingTx);
			Object.assign(pending, { status: 'CANCELLED', cancelledAt: app.now() });
			store.emit({ kind: 'walletTx', tx: pending, holder: dst });
		} else if (src) {
			store.adjust(src, transfer.sourceCurrency, transfer.debit);
			tx(src, {
				source: transfer.dest,
				dest: transfer.source,
				currency: transfer.sourceCurrency,
				amount: transfer.debit,
				direction: 'INCOMING',
				message: `Refund for transfer ${transfer.id}`,
			});
		}
	}
	if (status === 'EXPIRED') transfer.cancelledAt = app.now();
	if (status === 'REVERSED') {
		transfer.reversalReason = reason || 'Reversed by the sandbox';
		if (dst) {
			store.adjust(dst, transfer.destCurrency, -transfer.credit);
			tx(dst, {
				source: transfer.dest,
				dest: transfer.source,
				currency: transfer.destCurrency,
				amount: transfer.credit,
				direction: 'OUTGOING',
				message: `Reversal of transfer ${transfer.id}`,
			});
		}
		if (src) {
			store.adjust(src, transfer.sourceCurrency, transfer.debit);
			tx(src, {
				source: transfer.dest,
				dest: transfer.source,
				currency: transfer.sourceCurrency,
				amount: transfer.debit,
				direction: 'INCOMING',
				message: `Reversal of transfer ${transfer.id}`,
			});
		}
	}
	transfer.status = status;
	transfer.updatedAt = app.now();
	history(app, transfer, status);
	store.emit({ kind: 'transfer', transfer });
	if (status === 'PENDING' && app.settings.autoComplete) move(app, transfer, 'COMPLETED');
	return transfer;
}

function holderOf(app, srnText) {
	const [type, id] = [
		srnText.slice(0, srnText.indexOf(':')),
		srnText.slice(srnText.indexOf(':') + 1),
	];
	return app.store.holder({ type, id });
}

/** A transfer that starts PENDING (deposits, wallet orders): stored, history, event. */
function startPending(app, fields) {
	const transfer = newTransfer(app, fields);
	transfer.status = 'PENDING';
	history(app, transfer, 'PENDING');
	return transfer;
}

/** An external deposit into a wallet or account: a PENDING incoming transfer (completed when `confirm`). */
function deposit(app, holder, { currency, units, from, confirm = true }) {
	const { store } = app;
	const chain = CURRENCIES[currency].chain;
	const transfer = startPending(app, {
		kind: 'deposit',
		owner: store.ownerOf(holder),
		source: chain ? `${chain}:${from}` : `service:${from}`,
		dest: `${holder.owner ? 'wallet' : 'account'}:${holder.id}`,
		sourceCurrency: currency,
		destCurrency: currency,
		debit: units,
		credit: units,
		blockchainTx: chain
			? {
					networkTxId: networkTxId(chain, `${holder.id}:${app.now()}:${store.seq}`),
					blockchain: chain,
				}
			: null,
	});
	store.adjust(holder, currency, units, 'total');
	const metadata = { transferId: transfer.id };
	if (chain)
		metadata[`${chain === 'bitcoin' ? 'BTC' : 'ETH'}NetworkTxId`] =
			transfer.blockchainTx.networkTxId;
	const tx = store.addWalletTx(holder, {
		source: transfer.source,
		dest: transfer.dest,
		currency,
		amount: units,
		status: 'PENDING',
		direction: 'INCOMING',
		metadata,
	});
	transfer.pendingTx = tx.id;
	store.emit({ kind: 'transfer', transfer });
	if (confirm) move(app, transfer, 'COMPLETED');
	return transfer;
}

/** Expires UNCONFIRMED transfers whose quote has run out. */
function sweep(app) {
	const t = app.now();
	for (const tr of app.store.transfers.values())
		if (tr.status === 'UNCONFIRMED' && t >= tr.expiresAt) move(app, tr, 'EXPIRED');
}

module.exports = {
	STATUS,
	newTransfer,
	startPending,
	requireFunds,
	move,
	deposit,
	sweep,
	TransitionError,
};
