'use strict';
// Shared plumbing for the provider sandboxes: a tiny router over node:http, raw-body reading, a
// request log (what a test asserts on), fault injection (fail or drop the connection on purpose)
// and webhook delivery. Plain Node.js, no dependencies: the sandboxes are a test and demo tool and
// never part of the published package.
const http = require('node:http');
const crypto = require('node:crypto');

/** Constant-time comparison of two strings (false when lengths differ). */
function safeEqual(a, b) {
	const ba = Buffer.from(String(a), 'utf8');
	const bb = Buffer.from(String(b), 'utf8');
	if (ba.length !== bb.length) return false;
	return crypto.timingSafeEqual(ba, bb);
}

function hmacHex(algorithm, key, data) {
	return crypto.createHmac(algorithm, key).update(data).digest('hex');
}

function readRawBody(req) {
	return new Promise((resolve, reject) => {
		const chunks = [];
		req.on('data', (c) => chunks.push(c));
		req.on('end', () => resolve(Buffer.concat(chunks)));
		req.on('error', reject);
	});
}

function sendJson(res, status, body, headers = {}) {
	const text = typeof body === 'string' ? body : JSON.stringify(body);
	res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
	res.end(text);
}

/**
 * Route patterns: '/wallet/balance' or '/api/v1/invoices/:id'. Handlers get
 * (ctx) with { req, res, method, path, query (URLSearchParams), rawQuery, rawBody (Buffer),
 * params, headers } and return { status, body, headers } or nothing after writing res themselves.
 */
class Router {
	constructor() {
		this.routes = [];
	}
	add(method, pattern, handler) {
		const keys = [];
		const re = new RegExp(
			'^' +
				pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/:(\w+)/g, (_, k) => {
					keys.push(k);
					return '([^/]+)';
				}) +
				'/?$',
		);
		this.routes.push({ method, re, keys, handler });
		return this;
	}
	match(method, path) {
		let pathMatched = false;
		for (const r of this.routes) {
			const m = r.re.exec(path);
			if (!m) continue;
			pathMatched = true;
			if (r.method !== method && r.method !== '*') continue;
			const params = {};
			r.keys.forEach((k, i) => (params[k] = decodeURIComponent(m[i + 1])));
			return { route: r, params };
		}
		return { route: null, pathMatched };
	}
}

/**
 * Starts an HTTP server for a sandbox.
 * options.router: Router for the provider API; options.name: label for logs;
 * options.notFound(ctx) / options.methodNotAllowed(ctx): provider-shaped answers.
 * Adds, for every sandbox:
 *   GET    /_sandbox/requests   -> the log of API requests received (not the control ones)
 *   DELETE /_sandbox/requests   -> clear it
 *   POST   /_sandbox/faults     -> {method?, path, status?, body?, headers?, drop?: 'before'|'after', times?}
 *   DELETE /_sandbox/faults     -> clear faults
 *   GET    /_sandbox/webhooks   -> the log of webhook deliveries made
 */
async function startSandboxServer(options) {
	const { router, port = 0, host = '127.0.0.1' } = options;
	const log = [];
	const faults = [];
	const webhooks = [];
	const control = new Router();
	control.add('GET', '/_sandbox/requests', () => ({ status: 200, body: log }));
	control.add('DELETE', '/_sandbox/requests', () => {
		log.length = 0;
		return { status: 200, body: { ok: true } };
	});
	control.add('POST', '/_sandbox/faults', (ctx) => {
		const f = JSON.parse(ctx.rawBody.toString('utf8') || '{}');
		faults.push({ times: 1, ...f });
		return { status: 200, body: { ok: true, faults } };
	});
	control.add('DELETE', '/_sandbox/faults', () => {
		faults.length = 0;
		return { status: 200, body: { ok: true } };
	});
	control.add('GET', '/_sandbox/webhooks', () => ({ status: 200, body: webhooks }));

	const server = http.createServer(async (req, res) => {
		try {
			const url = new URL(req.url, 'http://sandbox.local');
			const rawBody = await readRawBody(req);
			const ctx = {
				req,
				res,
				method: req.method,
				path: url.pathname,
				query: url.searchParams,
				rawQuery: url.search.startsWith('?') ? url.search.slice(1) : url.search,
				rawUrl: req.url,
				rawBody,
				headers: req.headers,
				params: {},
				server: sandbox,
			};
			if (url.pathname.startsWith('/_sandbox/')) {
				const cm = control.match(req.method, url.pathname);
				const target = cm.route ? { route: cm.route, params: cm.params } : router.match(req.method, url.pathname);
				if (target.route) {
					ctx.params = target.params;
					return finish(ctx, await target.route.handler(ctx));
				}
				return sendJson(res, 404, { error: 'unknown sandbox control endpoint' });
			}
			log.push({
				at: new Date().toISOString(),
				method: req.method,
				path: url.pathname,
				url: req.url,
				query: Object.fromEntries(url.searchParams),
				headers: req.headers,
				body: rawBody.toString('utf8'),
			});
			const fault = takeFault(req.method, url.pathname);
			if (fault && fault.drop === 'before') return req.socket.destroy();
			if (fault && fault.status) {
				return sendJson(res, fault.status, fault.body ?? { error: 'sandbox_fault' }, fault.headers || {});
			}
			const m = router.match(req.method, url.pathname);
			let result;
			if (m.route) {
				ctx.params = m.params;
				result = await m.route.handler(ctx);
			} else if (m.pathMatched && options.methodNotAllowed) {
				result = options.methodNotAllowed(ctx);
			} else {
				result = options.notFound ? options.notFound(ctx) : { status: 404, body: { error: 'not_found' } };
			}
			if (fault && fault.drop === 'after') {
				// The provider acted (state changed) but the answer never arrives.
				return req.socket.destroy();
			}
			return finish(ctx, result);
		} catch (error) {
			if (!res.headersSent) sendJson(res, 500, { error: 'sandbox_internal_error', message: String(error && error.message) });
		}
	});

	function takeFault(method, path) {
		const i = faults.findIndex((f) => f.path === path && (!f.method || f.method === method));
		if (i < 0) return undefined;
		const f = faults[i];
		f.times -= 1;
		if (f.times <= 0) faults.splice(i, 1);
		return f;
	}

	function finish(ctx, result) {
		if (!result || ctx.res.headersSent) return;
		sendJson(ctx.res, result.status ?? 200, result.body ?? {}, result.headers || {});
	}

	await new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, host, resolve);
	});
	const address = server.address();
	const sandbox = {
		server,
		url: `http://${host}:${address.port}`,
		port: address.port,
		requests: log,
		webhooks,
		faults,
		close: () =>
			new Promise((resolve) => {
				server.closeAllConnections?.();
				server.close(() => resolve());
			}),
	};
	return sandbox;
}

/**
 * Sends a webhook (raw body, given headers) and records the delivery in `log`.
 * Never throws: a failed delivery is recorded with its error.
 */
function deliver(log, targetUrl, { method = 'POST', body = '', headers = {} } = {}) {
	return new Promise((resolve) => {
		const entry = { at: new Date().toISOString(), url: targetUrl, method, headers, body, status: null, response: null, error: null };
		log.push(entry);
		let u;
		try {
			u = new URL(targetUrl);
		} catch (e) {
			entry.error = 'invalid url';
			return resolve(entry);
		}
		const payload = Buffer.from(body, 'utf8');
		const req = http.request(
			{
				method,
				hostname: u.hostname,
				port: u.port || 80,
				path: u.pathname + u.search,
				headers: method === 'GET' ? headers : { 'Content-Length': payload.length, ...headers },
				timeout: 10000,
			},
			(res) => {
				const chunks = [];
				res.on('data', (c) => chunks.push(c));
				res.on('end', () => {
					entry.status = res.statusCode;
					entry.response = Buffer.concat(chunks).toString('utf8');
					resolve(entry);
				});
			},
		);
		req.on('timeout', () => req.destroy(new Error('timeout')));
		req.on('error', (e) => {
			entry.error = e.message;
			resolve(entry);
		});
		if (method !== 'GET') req.write(payload);
		req.end();
	});
}

/** Fixed-point decimal helpers on strings/BigInt (the sandbox never uses floats for balances). */
const SCALE = 8;
function toUnits(value, scale = SCALE) {
	const s = String(value).trim();
	if (!/^\d+(\.\d+)?$/.test(s)) return null;
	const [int, frac = ''] = s.split('.');
	if (frac.length > scale && /[1-9]/.test(frac.slice(scale))) return null;
	return BigInt(int) * 10n ** BigInt(scale) + BigInt((frac + '0'.repeat(scale)).slice(0, scale) || '0');
}
function fromUnits(units, scale = SCALE) {
	const neg = units < 0n;
	const u = neg ? -units : units;
	const base = 10n ** BigInt(scale);
	const int = u / base;
	const frac = (u % base).toString().padStart(scale, '0');
	return `${neg ? '-' : ''}${int}.${frac}`;
}

module.exports = { Router, startSandboxServer, deliver, readRawBody, sendJson, safeEqual, hmacHex, toUnits, fromUnits };
