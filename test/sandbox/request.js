'use strict';
// Raw HTTP for the sandbox tests: the body goes out byte for byte (with `contentType` unless it is
// falsy or the headers give one); resolves
// {status, headers, text, json} or {error} when the connection dies (a dropped-connection fault).
const http = require('node:http');

function request(method, url, { headers = {}, body, contentType = 'application/json' } = {}) {
	return new Promise((resolve) => {
		const u = new URL(url);
		const payload =
			body === undefined
				? undefined
				: Buffer.from(typeof body === 'string' ? body : JSON.stringify(body));
		const typed = contentType ? { 'Content-Type': contentType } : {};
		const h = payload ? { 'Content-Length': payload.length, ...typed, ...headers } : headers;
		const req = http.request(
			{ method, hostname: u.hostname, port: u.port, path: u.pathname + u.search, headers: h },
			(res) => {
				const chunks = [];
				res.on('data', (c) => chunks.push(c));
				res.on('end', () => {
					const text = Buffer.concat(chunks).toString('utf8');
					let json;
					try {
						json = JSON.parse(text);
					} catch {
						json = undefined;
					}
					resolve({ status: res.statusCode, headers: res.headers, text, json });
				});
			},
		);
		req.on('error', (error) => resolve({ error: error.code || error.message }));
		if (payload) req.write(payload);
		req.end();
	});
}

module.exports = { request };
