'use strict';
// Minimal HTTP client for the tests and the demo: JSON in/out, cookies kept by the caller.
const http = require('node:http');

/**
 * Resolves {status, headers, text, json} (json undefined when the body is not JSON).
 * An object body is sent as JSON; a string or Buffer as it is (set Content-Type yourself).
 * localAddress picks the source address (127.0.0.2: "a foreign IP" for the triggers' allow-lists).
 */
function request(
	url,
	{ method = 'GET', headers = {}, body, localAddress, timeoutMs = 30000, agent } = {},
) {
	return new Promise((resolve, reject) => {
		const u = new URL(url);
		let payload;
		const h = { ...headers };
		if (body !== undefined) {
			if (Buffer.isBuffer(body) || typeof body === 'string') payload = Buffer.from(body);
			else {
				payload = Buffer.from(JSON.stringify(body));
				if (!Object.keys(h).some((k) => k.toLowerCase() === 'content-type'))
					h['Content-Type'] = 'application/json';
			}
			h['Content-Length'] = payload.length;
		}
		const req = http.request(
			{
				method,
				hostname: u.hostname,
				port: u.port || 80,
				path: u.pathname + u.search,
				headers: h,
				localAddress,
				agent,
			},
			(res) => {
				const chunks = [];
				res.on('data', (c) => chunks.push(c));
				res.on('end', () => {
					const text = Buffer.concat(chunks).toString('utf8');
					resolve({ status: res.statusCode, headers: res.headers, text, json: parseJson(text) });
				});
			},
		);
		req.setTimeout(timeoutMs, () =>
			req.destroy(new Error(`timeout after ${timeoutMs} ms: ${method} ${url}`)),
		);
		req.on('error', reject);
		if (payload) req.write(payload);
		req.end();
	});
}

function parseJson(text) {
	if (!text) return undefined;
	try {
		return JSON.parse(text);
	} catch {
		return undefined;
	}
}

module.exports = { request };
