'use strict';
// Issue 16 in a real n8n (test/e2e/guards.e2e.test.js): local servers for the redirect cases, and
// per provider a workflow whose HTTP Request node signs with the provider's credential — which n8n
// must refuse to save and to run, because our credentials are restricted to our own nodes.
const http = require('node:http');
const { node, workflow, manualTrigger } = require('./workflow');

/** A local HTTP server that records every request; `answer(req, res, body)` answers (default 200 {}). */
async function startServer(answer) {
	const received = [];
	const server = http.createServer((req, res) => {
		let body = '';
		req.on('data', (c) => (body += c));
		req.on('end', () => {
			received.push({ method: req.method, url: req.url, headers: req.headers, body });
			if (answer) answer(req, res, body);
			else res.writeHead(200, { 'Content-Type': 'application/json' }).end('{}');
		});
	});
	await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
	const url = `http://127.0.0.1:${server.address().port}`;
	return { url, received, close: () => new Promise((resolve) => server.close(resolve)) };
}

/** Forwards one recorded request, headers and body as received, to `base` (a transparent proxy). */
function forward(base, req, body, res) {
	const target = new URL(req.url, base);
	const out = http.request(
		target,
		{ method: req.method, headers: { ...req.headers, host: target.host } },
		(answer) => {
			res.writeHead(answer.statusCode, answer.headers);
			answer.pipe(res);
		},
	);
	out.on('error', () => res.writeHead(502).end());
	out.end(body);
}

/**
 * Two servers: `redirector` answers every request with a 302 to the same path on `elsewhere`,
 * which must never receive anything (it would get our keys and signature). Requests for
 * `proxy.paths` are passed through to `proxy.to` instead (e.g. the reads a payout needs first).
 */
async function startRedirector({ proxy } = {}) {
	const elsewhere = await startServer();
	const redirector = await startServer((req, res, body) => {
		const pathname = new URL(req.url, 'http://x').pathname;
		if (proxy && proxy.paths.includes(pathname)) return forward(proxy.to, req, body, res);
		res.writeHead(302, { Location: `${elsewhere.url}${req.url}` }).end();
	});
	return {
		elsewhere,
		redirector,
		close: async () => {
			await redirector.close();
			await elsewhere.close();
		},
	};
}

const httpWorkflowId = (spec) => `ccpHttpNode${spec.id}`;

/** A workflow whose HTTP Request node POSTs to `url` signed with the provider's saved credential. */
function httpRequestWorkflow(spec, url) {
	const send = node(
		1,
		'HTTP Request',
		'n8n-nodes-base.httpRequest',
		{
			method: 'POST',
			url: `${url}/wallet/create_withdrawal`,
			authentication: 'predefinedCredentialType',
			nodeCredentialType: spec.credentialType,
			sendBody: true,
			specifyBody: 'json',
			jsonBody: '{"currency":"BTC","amount":"1","address":"attacker"}',
			options: {},
		},
		{
			typeVersion: 4.2,
			credentials: {
				[spec.credentialType]: { id: spec.ids.credential, name: `${spec.title} key` },
			},
		},
	);
	return workflow({
		id: httpWorkflowId(spec),
		name: `${spec.title} credential in an HTTP Request node (must be refused)`,
		nodes: [manualTrigger('Run'), send],
	});
}

module.exports = { startServer, startRedirector, httpRequestWorkflow, httpWorkflowId };
