'use strict';
// What the Wyre API shows of the sandbox's objects. Amounts are RawNumber (exact decimal text as a
// JSON number); `format=json_numberstring` turns every amount into a string (formatted()).
// Times are ms epoch numbers.
const { RawNumber } = require('../lib/json');
const { unitsText } = require('../lib/money');
const { CURRENCIES } = require('./data');
const { SCALE } = require('./checks');

const amount = (units) => new RawNumber(unitsText(units, SCALE));

/** {CUR: amount} of a holder's balances: 'total' or 'available'. */
function balanceMap(holder, which) {
	const out = {};
	for (const [cur, b] of holder.balances) out[cur] = amount(b[which]);
	return out;
}

function walletView(w) {
	return {
		owner: `account:${w.owner}`,
		callbackUrl: w.callbackUrl,
		depositAddresses: { ...w.depositAddresses },
		totalBalances: balanceMap(w, 'total'),
		availableBalances: balanceMap(w, 'available'),
		srn: `wallet:${w.id}`,
		balances: balanceMap(w, 'available'),
		id: w.id,
		createdAt: w.createdAt,
		name: w.name,
		notes: w.notes,
		type: w.type,
		pusherChannel: `wallet_${w.id.slice(3).toLowerCase()}`,
		verificationData: null,
	};
}

function profileFields(store, acc) {
	return [...store.profileFieldTypes(acc)].map(([fieldId, fieldType]) => {
		const f = acc.profile[fieldId];
		return {
			fieldId,
			fieldType,
			value: f ? f.value : null,
			note: null,
			status: f ? f.status : 'OPEN',
		};
	});
}

/** The v3 account (W5-W8). */
function accountView(store, acc) {
	return {
		id: acc.id,
		status: acc.status,
		type: acc.type,
		country: acc.country,
		createdAt: acc.createdAt,
		depositAddresses: { ...acc.depositAddresses },
		totalBalances: balanceMap(acc, 'total'),
		availableBalances: balanceMap(acc, 'available'),
		profileFields: profileFields(store, acc),
	};
}

/** The legacy v2 account (W4). */
function legacyAccountView(store, acc) {
	return {
		id: acc.id,
		createdAt: acc.createdAt,
		updatedAt: acc.updatedAt,
		type: acc.type,
		status: acc.status,
		country: acc.country,
		email: acc.email,
		srn: `account:${acc.id}`,
		depositAddresses: { ...acc.depositAddresses },
		totalBalances: balanceMap(acc, 'total'),
		availableBalances: balanceMap(acc, 'available'),
		subaccount: acc.parent !== null,
		verificationStatuses: {
			email: 'VERIFIED',
			identity: acc.status === 'APPROVED' ? 'VERIFIED' : 'PENDING',
		},
	};
}

function paymentMethodView(pm) {
	return {
		id: pm.id,
		owner: `account:${pm.owner}`,
		createdAt: pm.createdAt,
		name: pm.name,
		defaultCurrency: pm.currency,
		status: pm.status,
		statusMessage: null,
		waitingPrompts: [],
		linkType: pm.linkType,
		beneficiaryType: pm.beneficiaryType || 'INDIVIDUAL',
		supportsDeposit: true,
		nameOnMethod: pm.nameOnMethod || null,
		last4Digits: pm.last4Digits,
		countryCode: pm.country,
		nickname: null,
		rejectionMessage: null,
		disabled: pm.status === 'DISABLED',
		supportsPayment: true,
		chargeableCurrencies: [pm.currency],
		depositableCurrencies: [pm.currency],
		blockchains: { ...pm.blockchains },
		srn: `paymentmethod:${pm.id}`,
	};
}

function transferView(t) {
	const fees = { [t.sourceCurrency]: amount(t.fees) };
	if (t.destCurrency !== t.sourceCurrency) fees[t.destCurrency] = amount(0n);
	return {
		id: t.id,
		owner: `account:${t.owner}`,
		status: t.status,
		source: t.source,
		dest: t.dest,
		sourceCurrency: t.sourceCurrency,
		destCurrency: t.destCurrency,
		sourceAmount: amount(t.debit),
		destAmount: amount(t.credit),
		exchangeRate: t.rate === null ? null : amount(t.rate),
		fees,
		totalFees: amount(t.fees),
		customId: t.customId,
		message: t.message,
		createdAt: t.createdAt,
		updatedAt: t.updatedAt,
		completedAt: t.completedAt,
		cancelledAt: t.cancelledAt,
		expiresAt: t.expiresAt,
		failureReason: t.failureReason,
		reversalReason: t.reversalReason,
		reversingSubStatus: null,
		pendingSubStatus: null,
		blockchainTx: t.blockchainTx ? { ...t.blockchainTx } : null,
		estimatedArrival: t.createdAt + 60 * 60 * 1000,
		statusHistories: t.statusHistories.map((h) => ({ ...h })),
	};
}

/** W20: the tracking view of a transfer. */
function trackView(t) {
	const done = t.statusHistories.filter((h) => h.state !== 'FAILED');
	const failed = t.statusHistories.filter((h) => h.state === 'FAILED');
	const entry = (h) => ({ statusDetails: h.statusDetail, state: h.state, createdAt: h.createdAt });
	return {
		transferId: t.id,
		feeCurrency: t.sourceCurrency,
		fee: amount(t.fees),
		fees: { [t.sourceCurrency]: amount(t.fees) },
		sourceCurrency: t.sourceCurrency,
		destCurrency: t.destCurrency,
		sourceAmount: amount(t.debit),
		destAmount: amount(t.credit),
		destSrn: t.dest,
		from: t.source,
		to: t.dest,
		rate: t.rate === null ? null : amount(t.rate),
		customId: t.customId,
		status: t.status,
		blockchainNetworkTx: t.blockchainTx ? t.blockchainTx.networkTxId : null,
		message: t.message,
		transferHistoryEntryType: t.kind === 'deposit' ? 'INCOMING' : 'OUTGOING',
		successTimeline: done.map(entry),
		failedTimeline: failed.map(entry),
		failureReason: t.failureReason,
		reversalReason: t.reversalReason,
	};
}

/** A wallet transaction: the body of a wallet callback (as the API doc's examples). */
function walletTxView(tx) {
	return {
		createdAt: tx.createdAt,
		id: tx.id,
		source: tx.source,
		dest: tx.dest,
		currency: tx.currency,
		amount: amount(tx.amount),
		status: tx.status,
		confirmedAt: tx.confirmedAt,
		cancelledAt: tx.cancelledAt ?? null,
		reversedAt: null,
		message: tx.message,
		allowOverdraft: true,
		authorizer: null,
		senderProvidedId: tx.senderProvidedId,
		reversedBy: null,
		fees: amount(tx.fees || 0n),
		feesDest: null,
		metadata: { ...tx.metadata },
		tags: [],
		sourceFees: null,
		destFees: null,
	};
}

function subscriptionView(s) {
	return {
		id: s.id,
		subscribed: s.subscribed,
		notifyTarget: s.notifyTarget,
		createdAt: s.createdAt,
		failure: s.failure,
		failCount: s.failCount,
	};
}

/** A wallet order (W37; also what POST /_sandbox/orders answers). */
function orderView(o) {
	return {
		id: o.id,
		createdAt: o.createdAt,
		owner: `account:${o.owner}`,
		status: o.status,
		transferId: o.transferId,
		sourceAmount: amount(o.debit),
		purchaseAmount: amount(o.credit),
		sourceCurrency: o.sourceCurrency,
		destCurrency: o.destCurrency,
		dest: o.dest,
		walletType: o.walletType,
		email: o.email,
		errorMessage: o.errorMessage,
		accountId: o.accountId,
		paymentMethodName: o.paymentMethodName,
		reservationId: o.reservation,
		referenceId: o.referenceId,
	};
}

/** Every RawNumber as a string (format=json_numberstring). */
function numberStrings(v) {
	if (v instanceof RawNumber) return v.text;
	if (Array.isArray(v)) return v.map(numberStrings);
	if (v && typeof v === 'object')
		return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, numberStrings(x)]));
	return v;
}

/** The answer body in the requested format (json: numbers, json_numberstring: strings). */
function formatted(body, format) {
	return format === 'json_numberstring' ? numberStrings(body) : body;
}

const decimalsOf = (cur) => CURRENCIES[cur].decimals;

module.exports = {
	amount,
	walletView,
	accountView,
	legacyAccountView,
	paymentMethodView,
	transferView,
	trackView,
	walletTxView,
	subscriptionView,
	orderView,
	numberStrings,
	formatted,
	decimalsOf,
};
