'use strict';
// A tiny router for the sandboxes, plus HttpError: thrown anywhere in a handler, it becomes that
// answer (status, body, headers), so handlers can stop at the first problem like a provider does.

/** An answer raised as an error: `body` is sent as JSON (or as is when a string). */
class HttpError extends Error {
	constructor(status, body, headers = {}) {
		super(
			typeof body === 'string'
				? body
				: (body && (body.message || body.description || body.error)) || `HTTP ${status}`,
		);
		this.name = 'SandboxHttpError';
		this.status = status;
		this.body = body;
		this.headers = headers;
	}
}

/**
 * Route patterns: '/wallet/balance' or '/api/v1/invoices/:id' (a trailing slash is allowed).
 * A handler gets the request context and returns { status, body, headers }, or nothing after
 * writing ctx.res itself (HTML pages).
 */
class Router {
	constructor() {
		this.routes = [];
	}

	add(method, pattern, handler) {
		const keys = [];
		const source = pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/:(\w+)/g, (_, k) => {
			keys.push(k);
			return '([^/]+)';
		});
		this.routes.push({ method, re: new RegExp(`^${source}/?$`), keys, handler });
		return this;
	}

	/** { route, params } for a match; { route: null, pathMatched } when only the method differs or nothing fits. */
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

	/** The methods routed for a path (for an Allow header). */
	methodsFor(path) {
		return [...new Set(this.routes.filter((r) => r.re.test(path)).map((r) => r.method))];
	}

	/** Runs the matching handler; HttpError -> its answer. `fallback(ctx, pathMatched)` when nothing matches. */
	async dispatch(ctx, fallback) {
		const m = this.match(ctx.method, ctx.path);
		try {
			if (!m.route) return await fallback(ctx, m.pathMatched);
			ctx.params = m.params;
			return await m.route.handler(ctx);
		} catch (e) {
			if (e instanceof HttpError) return { status: e.status, body: e.body, headers: e.headers };
			throw e;
		}
	}
}

module.exports = { Router, HttpError };
