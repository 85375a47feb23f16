'use strict';
// The Wyre sandbox's state: accounts (and sub-accounts), wallets, payment methods, wallet
// transactions, subscriptions, wallet-order webhooks, balances. Transfers live in transfers.js and
// wallet orders in orders.js, on this store. Balances are BigInt units at 18 decimals per currency:
// `total` (everything, pending deposits included) and `available` (spendable).
// Every change that a provider would announce goes through emit(event) (notify.js listens).
const crypto = require('node:crypto');
const { toUnits } = require('../lib/money');
const { SEED, DEPOSIT_CURRENCIES, PROFILE_FIELDS } = require('./data');
const { SCALE } = require('./checks');

const ID_ALPHABET = 'ABCDEFGHJKLMNPQRTUVWXYZ23456789';
const BECH32 = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';

function digest(text) {
	return crypto.createHash('sha256').update(text).digest();
}

/** A deterministic deposit address of the right shape for the currency's chain. */
function depositAddress(ownerId, currency) {
	const h = digest(`${ownerId}:${currency}`);
	if (currency === 'BTC')
		return 'bc1q' + [...h.subarray(0, 38)].map((b) => BECH32[b % 32]).join('');
	return '0x' + h.toString('hex').slice(0, 40);
}

/** A fake blockchain transaction id. */
function networkTxId(chain, seed) {
	const hex = digest(`tx:${seed}`).toString('hex');
	return chain === 'ethereum' ? `0x${hex}` : hex;
}

class Store {
	constructor({ now }) {
		this.now = now;
		this.listeners = [];
		this.reset();
	}

	reset() {
		this.accounts = new Map();
		this.wallets = new Map();
		this.paymentMethods = new Map();
		this.transfers = new Map();
		this.walletTxs = new Map();
		this.subscriptions = new Map();
		this.reservations = new Map();
		this.orders = new Map();
		this.orderWebhooks = [];
		this.seq = 0;
		this.seed();
	}

	seed() {
		const t = this.now();
		for (const a of SEED.accounts) {
			const acc = this.addAccount({ ...a, createdAt: t });
			for (const [k, v] of Object.entries(a.profile))
				acc.profile[k] = { value: v, status: 'APPROVED' };
			this.seedBalances(acc, a.balances);
		}
		for (const w of SEED.wallets)
			this.seedBalances(this.addWallet({ ...w, callbackUrl: null }), w.balances);
		for (const p of SEED.paymentMethods) this.addPaymentMethod({ ...p, status: 'ACTIVE' });
	}

	seedBalances(holder, balances) {
		for (const [cur, amount] of Object.entries(balances)) {
			const u = toUnits(amount, SCALE);
			holder.balances.set(cur, { total: u, available: u });
		}
	}

	on(listener) {
		this.listeners.push(listener);
	}

	emit(event) {
		for (const l of this.listeners) l(event);
	}

	newId(prefix, map) {
		let id;
		do {
			id = prefix + '_';
			for (const b of crypto.randomBytes(11)) id += ID_ALPHABET[b % ID_ALPHABET.length];
		} while (map && map.has(id));
		return id;
	}

	addAccount({ id, type, country, status = 'OPEN', parent = null, email = null, createdAt }) {
		const acc = {
			id: id || this.newId('AC', this.accounts),
			seq: ++this.seq,
			type,
			country,
			status,
			parent,
			email,
			createdAt: createdAt ?? this.now(),
			updatedAt: createdAt ?? this.now(),
			profile: {},
			documents: [],
			balances: new Map(),
			depositAddresses: {},
		};
		for (const c of DEPOSIT_CURRENCIES) acc.depositAddresses[c] = depositAddress(acc.id, c);
		this.accounts.set(acc.id, acc);
		return acc;
	}

	profileFieldTypes(acc) {
		return new Map(PROFILE_FIELDS[acc.type] || []);
	}

	/** Wallet names are unique per owning account. */
	walletByName(owner, name) {
		for (const w of this.wallets.values()) if (w.owner === owner && w.name === name) return w;
		return undefined;
	}

	addWallet({ id, owner, name, type = 'DEFAULT', callbackUrl = null, notes = null }) {
		const t = this.now();
		const w = {
			id: id || this.newId('WA', this.wallets),
			seq: ++this.seq,
			owner,
			name,
			type,
			callbackUrl,
			notes,
			createdAt: t,
			balances: new Map(),
			depositAddresses: {},
		};
		for (const c of DEPOSIT_CURRENCIES) w.depositAddresses[c] = depositAddress(w.id, c);
		this.wallets.set(w.id, w);
		return w;
	}

	addPaymentMethod(fields) {
		const pm = {
			id: fields.id || this.newId('PA', this.paymentMethods),
			seq: ++this.seq,
			createdAt: this.now(),
			blockchains: {},
			...fields,
		};
		this.paymentMethods.set(pm.id, pm);
		return pm;
	}

	/** The account or wallet an SRN names (any owner), or undefined. */
	holder(srn) {
		if (srn.type === 'wallet') return this.wallets.get(srn.id);
		if (srn.type === 'account') return this.accounts.get(srn.id);
		return undefined;
	}

	/** Which account owns a holder (a wallet's owner, an account itself). */
	ownerOf(holder) {
		return holder.owner || holder.id;
	}

	/** The wallet (or account) a deposit address belongs to. */
	holderByAddress(address) {
		for (const h of [...this.wallets.values(), ...this.accounts.values()])
			if (Object.values(h.depositAddresses).includes(address)) return h;
		return undefined;
	}

	balance(holder, currency) {
		if (!holder.balances.has(currency)) holder.balances.set(currency, { total: 0n, available: 0n });
		return holder.balances.get(currency);
	}

	/** Adds (or with a negative amount removes) units; `which`: 'both', 'total' or 'available'. */
	adjust(holder, currency, units, which = 'both') {
		const b = this.balance(holder, currency);
		if (which !== 'available') b.total += units;
		if (which !== 'total') b.available += units;
	}

	/** A wallet transaction (the wallet callback's payload) on `holder`; emitted. */
	addWalletTx(holder, fields) {
		const t = this.now();
		const tx = {
			id: this.newId('TR', this.walletTxs),
			seq: ++this.seq,
			holder: holder.id,
			createdAt: t,
			status: 'CONFIRMED',
			confirmedAt: t,
			message: null,
			senderProvidedId: null,
			metadata: {},
			...fields,
		};
		if (tx.status !== 'CONFIRMED') tx.confirmedAt = null;
		this.walletTxs.set(tx.id, tx);
		this.emit({ kind: 'walletTx', tx, holder });
		return tx;
	}

	/** A pending wallet transaction becomes CONFIRMED; emitted. */
	confirmWalletTx(tx) {
		tx.status = 'CONFIRMED';
		tx.confirmedAt = this.now();
		const holder = this.wallets.get(tx.holder) || this.accounts.get(tx.holder);
		this.emit({ kind: 'walletTx', tx, holder });
		return tx;
	}

	/** Items owned by `accountId`, newest first. */
	owned(map, accountId) {
		return [...map.values()].filter((x) => x.owner === accountId).sort((a, b) => b.seq - a.seq);
	}
}

module.exports = { Store, depositAddress, networkTxId };
