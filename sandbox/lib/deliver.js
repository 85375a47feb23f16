'use strict';
// Webhook sending, shared by the sandboxes: every delivery is recorded (what a test asserts on),
// none ever throws (a failed one is recorded with its error), and the outbox knows which are still
// under way so a test can wait for background deliveries (idle()).
const http = require('node:http');

/** Sends one request with a raw body; resolves with the recorded entry (also pushed onto `log`). */
function deliver(
	log,
	targetUrl,
	{ method = 'POST', body = '', headers = {}, timeoutMs = 10000 } = {},
) {
	return new Promise((resolve) => {
		const entry = {
			at: new Date().toISOString(),
			url: targetUrl,
			method,
			headers,
			body,
			status: null,
			response: null,
			error: null,
		};
		log.push(entry);
		let u;
		try {
			u = new URL(targetUrl);
		} catch {
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
				timeout: timeoutMs,
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

/** A delivery log plus send() (tracked) and idle() (resolves when nothing is under way). */
function createOutbox() {
	const log = [];
	const pending = new Set();
	return {
		log,
		send(url, options) {
			const p = deliver(log, url, options);
			pending.add(p);
			p.finally(() => pending.delete(p));
			return p;
		},
		async idle() {
			while (pending.size) await Promise.allSettled([...pending]);
		},
	};
}

module.exports = { deliver, createOutbox };
