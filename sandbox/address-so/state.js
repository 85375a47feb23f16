'use strict';
// The Address.so sandbox's state: users (passwords, tokens, tariff), auth sessions, e-mailed link
// tokens and the mailbox, wallets, accounts, transactions, webhooks, spending limits. Balances and
// amounts are BigInt base units of the coin (satoshi, wei, drops).
const crypto = require('node:crypto');
const { DEFAULTS, TARIFFS, COIN_BY_CODE, ROLES, SEED, SEED_CREATED } = require('./data');
const { makeAddress } = require('./address');

const hex = (bytes) => crypto.randomBytes(bytes).toString('hex');
const pad = (n) => String(n).padStart(2, '0');

/** "2026-01-05 10:00:00" (UTC) of a millisecond time. */
function sqlTime(ms) {
	const d = new Date(ms);
	return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

class Store {
	constructor({ now, defaults = DEFAULTS }) {
		this.now = now;
		this.defaults = defaults;
		this.reset();
	}

	reset() {
		const d = this.defaults;
		const t = this.now();
		this.tariffs = TARIFFS.map((x) => ({ ...x }));
		this.users = new Map();
		this.sessions = new Map(); // auth_token -> {userId, lastUsed}
		this.links = new Map(); // request-secret-token -> {userId, createdAt}
		this.mail = [];
		this.wallets = new Map();
		this.accounts = new Map();
		this.transactions = [];
		this.webhooks = new Map();
		this.limits = new Map();
		this.tariffRequests = [];
		this.seq = { user: 3, wallet: 100, account: 500, webhook: 1, limit: 1 };
		const expires = sqlTime(t + 365 * 86400000);
		const user = (id, name, email, password, apiToken, secretToken) => ({
			id,
			name,
			email,
			status: 10,
			password,
			api_token: apiToken,
			secret_token: secretToken,
			payment_password: d.paymentPassword,
			created_at: SEED_CREATED,
			updated_at: SEED_CREATED,
			tariff_id: 2,
			tariff_expires: expires,
			google2fa_secret: id === 1 ? 'M3QGSGIJIACKAWMI' : 'LQVNKAZPIGOQ2TQV',
			lastSecretRequestAt: null,
			lastForgotAt: null,
		});
		this.users.set(1, user(1, null, d.email, d.password, d.apiToken, d.secretToken));
		this.users.set(
			2,
			user(2, 'Viewer', d.viewerEmail, d.viewerPassword, d.viewerApiToken, d.viewerSecretToken),
		);
		for (const w of SEED.wallets) {
			const permissions = [{ user_id: 1, roles: [...ROLES] }];
			if (w.viewer) permissions.push({ user_id: 2, roles: [...w.viewer] });
			this.wallets.set(w.id, {
				id: w.id,
				coin: w.coin,
				label: w.label,
				balance: BigInt(w.balance),
				address: makeAddress(w.coin, w.seed),
				permissions,
				updatedAt: t,
			});
		}
		for (const a of SEED.accounts) {
			const w = this.wallets.get(a.wallet);
			this.accounts.set(a.id, {
				id: a.id,
				walletId: w.id,
				coin: w.coin,
				address: makeAddress(w.coin, a.seed),
				balance: BigInt(a.balance),
				archived: false,
				updatedAt: t,
			});
		}
		for (const x of SEED.transactions) {
			const owner = x.owner === 'wallet' ? this.wallets.get(x.id) : this.accounts.get(x.id);
			this.transactions.push({
				uuid: crypto
					.createHash('md5')
					.update(x.seed)
					.digest('hex')
					.replace(/^(.{8})(.{4})(.{4})(.{4})/, '$1-$2-$3-$4-'),
				hash: crypto.createHash('sha256').update(x.seed).digest('hex'),
				owner: x.owner,
				ownerId: x.id,
				address: makeAddress(owner.coin, `${x.seed}-from`),
				amount: BigInt(x.amount),
				timestamp: Math.floor((t - x.ageSeconds * 1000) / 1000),
				tag: null,
			});
		}
	}

	tariff(id) {
		return this.tariffs.find((x) => x.id === Number(id));
	}

	userByEmail(email) {
		const e = String(email).trim().toLowerCase();
		return [...this.users.values()].find((u) => u.email.toLowerCase() === e);
	}

	userByApiToken(token) {
		return [...this.users.values()].find((u) => u.api_token === token);
	}

	newSession(userId) {
		const token = hex(16);
		this.sessions.set(token, { userId, lastUsed: this.now() });
		return token;
	}

	sendMail(to, kind, fields) {
		const m = {
			id: this.mail.length + 1,
			at: new Date(this.now()).toISOString(),
			to,
			kind,
			...fields,
		};
		this.mail.push(m);
		return m;
	}

	createUser(email) {
		const id = this.seq.user++;
		const t = sqlTime(this.now());
		const password = String(crypto.randomInt(1e7, 1e8)) + String(crypto.randomInt(1e7, 1e8));
		const u = {
			id,
			name: null,
			email,
			status: 10,
			password,
			api_token: hex(64),
			secret_token: hex(64),
			payment_password: null,
			created_at: t,
			updated_at: t,
			tariff_id: 1,
			tariff_expires: sqlTime(this.now() + 30 * 86400000),
			google2fa_secret: 'SANDBOX2FA' + hex(3).toUpperCase(),
			lastSecretRequestAt: null,
			lastForgotAt: null,
		};
		this.users.set(id, u);
		return u;
	}

	/** Wallets the user holds any role on (not deleted). */
	walletsOf(userId, coin) {
		return [...this.wallets.values()].filter(
			(w) => (!coin || w.coin === coin) && w.permissions.some((p) => p.user_id === userId),
		);
	}

	roles(wallet, userId) {
		return wallet.permissions.find((p) => p.user_id === userId)?.roles || [];
	}

	createWallet(userId, coin, label) {
		const id = this.seq.wallet++;
		const w = {
			id,
			coin,
			label,
			balance: 0n,
			address: makeAddress(coin, `wallet-${id}-${hex(4)}`),
			permissions: [{ user_id: userId, roles: [...ROLES] }],
			updatedAt: this.now(),
		};
		this.wallets.set(id, w);
		return w;
	}

	accountsOf(walletId, { archived = false } = {}) {
		return [...this.accounts.values()].filter(
			(a) => a.walletId === walletId && (archived || !a.archived),
		);
	}

	createAccount(wallet) {
		const id = this.seq.account++;
		const a = {
			id,
			walletId: wallet.id,
			coin: wallet.coin,
			address: makeAddress(wallet.coin, `account-${id}-${hex(4)}`),
			balance: 0n,
			archived: false,
			updatedAt: this.now(),
		};
		this.accounts.set(id, a);
		return a;
	}

	/** The wallet or account holding `address` of `coin` (a sandbox-internal transfer), or null. */
	findAddress(coin, address) {
		for (const w of this.wallets.values())
			if (w.coin === coin && w.address === address) return { kind: 'wallet', entity: w };
		for (const a of this.accounts.values())
			if (a.coin === coin && a.address === address) return { kind: 'account', entity: a };
		return null;
	}

	/** Records a balance change of a wallet/account: the new transaction. */
	book(kind, entity, amount, { address, hash, tag = null } = {}) {
		entity.balance += amount;
		entity.updatedAt = this.now();
		const tx = {
			uuid: crypto.randomUUID(),
			hash: hash || hex(32),
			owner: kind,
			ownerId: entity.id,
			address,
			amount,
			timestamp: Math.floor(this.now() / 1000),
			tag,
		};
		this.transactions.push(tx);
		return tx;
	}

	transactionsOf(kind, id) {
		return this.transactions.filter((t) => t.owner === kind && t.ownerId === id);
	}

	coin(code) {
		return COIN_BY_CODE.get(code);
	}
}

module.exports = { Store, sqlTime };
