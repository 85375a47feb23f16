'use strict';
// Local sandbox of the WestWallet API (https://westwallet.io/api_docs): same paths, auth, error
// codes and answer shapes, with an in-memory wallet (balances, transactions, addresses, invoices)
// and IPN delivery driven from the /_sandbox/ control endpoints or the in-process helpers.
// Never part of the published package. What it emulates: docs/providers/westwallet.md.
//   auth.js     request signature check     routes.js, addresses.js   the API endpoints
//   state.js    the wallet and its views    control.js                /_sandbox/ endpoints + helpers
//   checks.js   value checks, error answer  data.js                   currencies, fees, rates
const { startProvider } = require('../lib/server');
const { Wallet } = require('./state');
const { signHeaders } = require('./auth');
const routes = require('./routes');
const control = require('./control');

const DEFAULTS = Object.freeze({
	publicKey: 'ww_sandbox_public_key',
	privateKey: 'ww_sandbox_private_key',
	timestampToleranceSeconds: 60,
	addressesPerDay: 1000,
});

function describe(app) {
	const { publicKey, privateKey, tolerance } = app.config;
	return [
		`keys: X-API-KEY ${publicKey} / private ${privateKey} (HMAC-SHA256 of timestamp + raw body; ±${tolerance}s)`,
		'API: GET /wallet/currencies_data (public), /wallet/balance?currency=, /wallet/balances, /address/invoice_transactions?token=;',
		'     POST /wallet/create_withdrawal, /wallet/create_withdrawal/many, /wallet/transaction, /wallet/transactions, /address/generate, /address/create_invoice',
		'control (no auth): POST /_sandbox/deposit {address | token+currency, amount, status?, confirmations?} -> IPN',
		'  POST /_sandbox/transactions/:id/status {status, confirmations?}   POST /_sandbox/ipn {id, url?, override?}',
		'  POST /_sandbox/balance {currency, amount}   POST /_sandbox/currency {currency, active?, send_active?, receive_active?, ...}',
		'  POST /_sandbox/reset   GET /_sandbox/state   GET|DELETE /_sandbox/requests   GET|POST|DELETE /_sandbox/faults   GET /_sandbox/webhooks',
	].join('\n');
}

async function start(opts = {}) {
	const now = typeof opts.now === 'function' ? opts.now : () => Date.now();
	const config = {
		publicKey: opts.publicKey ?? DEFAULTS.publicKey,
		privateKey: opts.privateKey ?? DEFAULTS.privateKey,
		tolerance: opts.timestampToleranceSeconds ?? DEFAULTS.timestampToleranceSeconds,
		now,
	};
	const wallet = new Wallet({
		now,
		addressesPerDay: opts.addressesPerDay ?? DEFAULTS.addressesPerDay,
	});
	/** Behaviour switches, mutable at run time through sandbox.options. */
	const options = { balancesErrorField: opts.balancesErrorField === true };
	const app = { config, options, wallet, sandbox: null };
	const sandbox = await startProvider(app, {
		routes,
		control,
		port: opts.port ?? 0,
		host: opts.host ?? '127.0.0.1',
		reset: () => wallet.reset(),
		snapshot: () => wallet.snapshot(),
		notFound: () => ({ status: 404, body: { error: 'not_found' } }),
		methodNotAllowed: () => ({ status: 405, body: { error: 'method_not_allowed' } }),
	});
	return Object.assign(sandbox, {
		credentials: {
			publicKey: config.publicKey,
			privateKey: config.privateKey,
			baseUrl: sandbox.url,
		},
		options,
		state: wallet,
		balance: (currency) => wallet.balanceText(currency),
		deposit: (input) => control.deposit(app, input),
		setTransactionStatus: (id, status, o) => control.setStatus(app, id, status, o),
		sendIpn: (id, o) => control.sendIpn(app, id, o),
		setBalance: (currency, amount) => control.setBalance(app, currency, amount),
		setCurrency: (currency, patch) => control.setCurrency(app, currency, patch),
		/** Signs like the provider expects (for curl-like tests): headers for a body text or GET query object. */
		sign: (payload = '', timestamp = Math.floor(now() / 1000)) =>
			signHeaders(config, payload, timestamp),
		describe: () => describe(app),
	});
}

module.exports = { start, DEFAULTS };
