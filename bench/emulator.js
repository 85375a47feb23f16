'use strict';
// The provider emulator of the benchmark: a loopback HTTP server answering the few WestWallet
// endpoints the benchmark uses with fixed, well-formed answers (the shapes of WestWallet's public
// docs), and what the Wyre and Address.so Triggers' activations ask (a Wyre wallet, Address.so's
// webhook registration), after an optional round-trip delay. It checks nothing (the sandboxes do
// that): what is measured is n8n and the node, not the emulator. It counts requests per path.
const http = require('node:http');

const BTC_ADDRESS = 'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq';
/** What the emulator says about any transaction id (the benchmark's IPNs carry the same fields). */
const TX = { amount: '0.015', currency: 'BTC', address: BTC_ADDRESS, status: 'completed' };

const CURRENCIES = [
	{
		name: 'Bitcoin',
		address_regex: '^(bc1|[13])[a-zA-HJ-NP-Z0-9]{25,62}$',
		require_dest_tag: false,
		tickers: ['BTC'],
		active: true,
		send_active: true,
		receive_active: true,
		min_withdraw: 0.0001,
		max_withdraw: 10,
	},
];

function readBody(req) {
	return new Promise((resolve) => {
		const chunks = [];
		req.on('data', (c) => chunks.push(c));
		req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
	});
}

function parse(text) {
	try {
		return JSON.parse(text);
	} catch {
		return {};
	}
}

/**
 * Address.so's webhook registration in its answer envelope ({result, errors}), for the Address.so
 * Trigger's activation (inventory A35, A36, A39): the list (GET) is always empty, a registration
 * (POST, a form body) gets id 1 with what was sent, a deletion succeeds. Nothing is kept.
 */
function addressSoWebhooks(method, text) {
	if (method === 'GET') return { result: [], errors: null };
	if (method === 'DELETE') return { result: { delete: true }, errors: null };
	const form = Object.fromEntries(new URLSearchParams(text));
	return {
		result: { id: 1, url: form.url, type: form.type, entity: { id: Number(form.entity_id) } },
		errors: null,
	};
}

/** Starts the emulator on 127.0.0.1 (random port). Resolves {url, counts, reset(), setLatency(ms), close()}. */
async function startEmulator({ latencyMs = 0 } = {}) {
	const counts = {};
	let nextId = 1;
	let latency = latencyMs;
	const server = http.createServer(async (req, res) => {
		const text = await readBody(req);
		const path = req.url.split('?')[0];
		counts[path] = (counts[path] || 0) + 1;
		if (latency) await new Promise((r) => setTimeout(r, latency));
		const body = parse(text);
		let answer;
		if (path === '/wallet/currencies_data') answer = CURRENCIES;
		else if (path === '/wallet/create_withdrawal')
			answer = {
				id: nextId++,
				amount: body.amount,
				address: body.address,
				dest_tag: '',
				currency: body.currency,
				status: 'pending',
				blockchain_hash: '',
				fee: '0.0001',
				error: 'ok',
			};
		else if (path === '/wallet/create_withdrawal/many')
			answer = {
				error: 'ok',
				results: (Array.isArray(body.transactions) ? body.transactions : []).map((t) => ({
					address: t.address,
					amount: t.amount,
					blockchain_hash: '',
					currency: body.currency,
					error: 'ok',
					fee: '0.0001',
					id: nextId++,
					status: 'pending',
				})),
			};
		else if (path === '/wallet/transaction')
			answer = {
				id: Number(body.id),
				...TX,
				type: 'receive',
				dest_tag: '',
				label: '',
				blockchain_confirmations: 3,
				blockchain_hash: 'ab'.repeat(32),
				fee: '0',
				created_at: '2026-12-01 10:00:00',
				updated_at: '2026-12-01 10:05:00',
				error: 'ok',
			};
		else if (path.startsWith('/v2/wallet/'))
			// Wyre: the wallet the Wyre Trigger's activation checks (Manual registration)
			answer = {
				id: path.slice('/v2/wallet/'.length),
				name: 'bench',
				callbackUrl: null,
				balances: {},
			};
		else if (path.startsWith('/api/webhooks')) answer = addressSoWebhooks(req.method, text);
		else answer = { error: 'ok' };
		const out = JSON.stringify(answer);
		res.writeHead(200, {
			'Content-Type': 'application/json',
			'Content-Length': Buffer.byteLength(out),
		});
		res.end(out);
	});
	server.keepAliveTimeout = 60000;
	await new Promise((r) => server.listen(0, '127.0.0.1', r));
	const url = `http://127.0.0.1:${server.address().port}`;
	return {
		url,
		counts,
		reset() {
			for (const k of Object.keys(counts)) delete counts[k];
		},
		setLatency(ms) {
			latency = ms;
		},
		close: () =>
			new Promise((r) => {
				server.closeAllConnections?.();
				server.close(() => r());
			}),
	};
}

module.exports = { startEmulator, TX, BTC_ADDRESS };
