'use strict';
// The HTTP server every sandbox runs on: routing (provider API + /_sandbox/ control), the request
// log, fault injection, webhook outbox, and the control endpoints all sandboxes share:
//   GET|DELETE      /_sandbox/requests   API requests received (control calls are not logged)
//   GET|DELETE      /_sandbox/webhooks   webhook deliveries made
//   GET|POST|DELETE /_sandbox/faults     armed faults (see faults.js); POST takes one fault or a list
//   POST            /_sandbox/reset      provider state back to the start; logs and faults cleared
//   GET             /_sandbox/state      the provider's snapshot
// Plain Node.js, no dependencies: the sandboxes are a test and demo tool, never part of the package.
const http = require('node:http');
const { Router, HttpError } = require('./router');
const { Faults, plan } = require('./faults');
const { createOutbox } = require('./deliver');
const { parseLossless, stringify } = require('./json');

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function readRawBody(req) {
	return new Promise((resolve, reject) => {
		const chunks = [];
		req.on('data', (c) => chunks.push(c));
		req.on('end', () => resolve(Buffer.concat(chunks)));
		req.on('error', reject);
	});
}

/** Writes an answer: a string body as is, anything else as (lossless) JSON. */
function send(res, { status = 200, body = {}, headers = {} }) {
	if (res.headersSent || res.destroyed) return;
	const text = typeof body === 'string' ? body : stringify(body);
	const type =
		typeof body === 'string' && /^\s*</.test(body)
			? 'text/html; charset=utf-8'
			: 'application/json';
	res.writeHead(status, { 'Content-Type': type, ...headers });
	res.end(text);
}

/** The JSON object body of a control call ({} when empty); `lossless` keeps numbers as RawNumber. */
function controlBody(ctx, { lossless = false } = {}) {
	const text = ctx.rawBody.toString('utf8');
	if (!text.trim()) return {};
	let body;
	if (lossless) body = parseLossless(text);
	else {
		try {
			body = JSON.parse(text);
		} catch {
			body = undefined;
		}
	}
	if (body === null || typeof body !== 'object' || Array.isArray(body)) {
		throw new HttpError(400, { error: 'bad_request', message: 'the body must be a JSON object' });
	}
	return body;
}

/** A control route handler: JSON object body -> handler(body, ctx) -> 200 with its result as JSON. */
function controlRoute(handler, options) {
	return async (ctx) => ({ status: 200, body: await handler(controlBody(ctx, options), ctx) });
}

function commonControl(sandbox) {
	const r = new Router();
	const ok = { ok: true };
	r.add('GET', '/_sandbox/requests', () => ({ body: sandbox.requests }));
	r.add('DELETE', '/_sandbox/requests', () => ((sandbox.requests.length = 0), { body: ok }));
	r.add('GET', '/_sandbox/webhooks', () => ({ body: sandbox.webhooks }));
	r.add('DELETE', '/_sandbox/webhooks', () => ((sandbox.webhooks.length = 0), { body: ok }));
	r.add('GET', '/_sandbox/faults', () => ({ body: sandbox.faults }));
	r.add('POST', '/_sandbox/faults', (ctx) => {
		const text = ctx.rawBody.toString('utf8') || '{}';
		let input;
		try {
			input = JSON.parse(text);
		} catch {
			throw new HttpError(400, { error: 'invalid fault', message: 'the body must be JSON' });
		}
		for (const f of Array.isArray(input) ? input : [input]) sandbox.faultList.add(f);
		return { body: { ok: true, faults: sandbox.faults } };
	});
	r.add('DELETE', '/_sandbox/faults', () => (sandbox.faultList.clear(), { body: ok }));
	r.add('POST', '/_sandbox/reset', () => ({ body: sandbox.reset() }));
	r.add('GET', '/_sandbox/state', () => ({ body: sandbox.snapshot() }));
	return r;
}

/** The sandbox object (logs, faults, outbox, reset, snapshot) before its server listens. */
function createSandbox(options) {
	const outbox = createOutbox();
	const faultList = new Faults();
	const log = [];
	return {
		requests: log,
		webhooks: outbox.log,
		faults: faultList.list,
		faultList,
		send: outbox.send,
		idle: outbox.idle,
		reset() {
			log.length = 0;
			outbox.log.length = 0;
			faultList.clear();
			if (options.reset) options.reset();
			return { ok: true };
		},
		snapshot: () => (options.snapshot ? options.snapshot() : {}),
	};
}

/** One API request: the armed fault (if any) decides what happens before and after acting. */
async function serveApi(sandbox, options, ctx) {
	const fault = sandbox.faultList.take(ctx.method, ctx.path);
	const p = plan(fault);
	const faultAnswer = () => ({
		status: fault.status,
		body:
			fault.body ??
			(options.faultBody ? options.faultBody(fault.status) : { error: 'sandbox_fault' }),
		headers: fault.headers || {},
	});
	if (p.before) {
		await sleep(p.delayMs);
		return p.before === 'drop' ? ctx.req.socket.destroy() : send(ctx.res, faultAnswer());
	}
	const result = await options.api.dispatch(ctx, (c, pathMatched) => {
		if (pathMatched && options.methodNotAllowed) return options.methodNotAllowed(c);
		return options.notFound ? options.notFound(c) : { status: 404, body: { error: 'not_found' } };
	});
	if (p.delayMs) await sleep(p.delayMs);
	if (p.after === 'drop') return ctx.req.socket.destroy(); // the provider acted; the answer never arrives
	if (p.after === 'answer') return send(ctx.res, faultAnswer()); // acted, then failed to say so
	if (result) send(ctx.res, result);
}

function logEntry(req, url, rawBody) {
	return {
		at: new Date().toISOString(),
		method: req.method,
		path: url.pathname,
		url: req.url,
		query: Object.fromEntries(url.searchParams),
		headers: req.headers,
		body: rawBody.toString('utf8'),
	};
}

function requestHandler(sandbox, options) {
	const common = commonControl(sandbox);
	const control = options.control || new Router();
	const unknownControl = () => ({
		status: 404,
		body: { error: 'unknown sandbox control endpoint' },
	});
	return async (req, res) => {
		try {
			const url = new URL(req.url, 'http://sandbox.local');
			const rawBody = await readRawBody(req);
			const ctx = {
				req,
				res,
				method: req.method,
				path: url.pathname,
				query: url.searchParams,
				rawUrl: req.url,
				rawBody,
				headers: req.headers,
				params: {},
				sandbox,
			};
			if (url.pathname.startsWith('/_sandbox/')) {
				const result = await common.dispatch(ctx, () => control.dispatch(ctx, unknownControl));
				if (result) send(res, result);
				return;
			}
			sandbox.requests.push(logEntry(req, url, rawBody));
			await serveApi(sandbox, options, ctx);
		} catch (error) {
			send(res, {
				status: 500,
				body: { error: 'sandbox_internal_error', message: String(error && error.message) },
			});
		}
	};
}

/**
 * Starts a sandbox. options:
 *   api: Router of the provider API; control: Router of the provider's own /_sandbox/ endpoints;
 *   reset(), snapshot(): the provider state; notFound(ctx), methodNotAllowed(ctx): provider-shaped
 *   answers; faultBody(status): the provider's error body for a fault without `body`;
 *   port (0: any free one), host.
 * Resolves with the sandbox: { url, port, server, requests, webhooks, faults, send(url, options)
 * (a webhook), idle(), reset(), snapshot(), close() }.
 */
async function startSandboxServer(options) {
	const { port = 0, host = '127.0.0.1' } = options;
	const sandbox = createSandbox(options);
	const server = http.createServer(requestHandler(sandbox, options));
	await new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, host, resolve);
	});
	const address = server.address();
	return Object.assign(sandbox, {
		server,
		url: `http://${host}:${address.port}`,
		port: address.port,
		close: () =>
			new Promise((resolve) => {
				server.closeAllConnections?.();
				server.close(() => resolve());
			}),
	});
}

/**
 * The repeatable shape of a provider sandbox: `routes.register(router, app)` adds the API,
 * `control.register(router, app)` the provider's /_sandbox/ endpoints, `routes.fallbacks(router, app)`
 * (optional) gives notFound/methodNotAllowed. Sets app.sandbox and resolves with the sandbox.
 */
async function startProvider(app, { routes, control, ...options }) {
	const api = new Router();
	const ctl = new Router();
	routes.register(api, app);
	control.register(ctl, app);
	const fallbacks = routes.fallbacks ? routes.fallbacks(api, app) : {};
	app.sandbox = await startSandboxServer({ ...fallbacks, ...options, api, control: ctl });
	return app.sandbox;
}

/** For in-process helpers: a sync throw becomes a rejection, like an error answer over HTTP. */
const asPromise =
	(fn) =>
	(...args) => {
		try {
			return Promise.resolve(fn(...args));
		} catch (e) {
			return Promise.reject(e);
		}
	};

module.exports = {
	asPromise,
	startProvider,
	startSandboxServer,
	controlRoute,
	controlBody,
	Router,
	HttpError,
	readRawBody,
	send,
};
