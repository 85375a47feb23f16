#!/usr/bin/env node
'use strict';
// Starts the local provider sandboxes and prints their URLs and ready-to-use credentials.
//   npm run sandbox                 -> every provider sandbox, on fixed ports (see PORTS)
//   npm run sandbox -- westwallet   -> only the named ones
// Environment: SANDBOX_HOST (default 127.0.0.1), SANDBOX_PORT_<PROVIDER> to move a port,
// SANDBOX_JSON=1 to print one JSON line (used by the demo and the end-to-end tests).
const path = require('node:path');
const fs = require('node:fs');

const PORTS = { westwallet: 4101, wolvpay: 4102, whir: 4103, wyre: 4104, 'address-so': 4105 };

/** SANDBOX_PORT_<NAME>: the folder name in upper case, '-' as '_' (address-so -> SANDBOX_PORT_ADDRESS_SO). */
const portEnv = (name) => `SANDBOX_PORT_${name.toUpperCase().replace(/-/g, '_')}`;

function available() {
	return Object.keys(PORTS).filter((name) => fs.existsSync(path.join(__dirname, name, 'index.js')));
}

async function startAll(names, { host = '127.0.0.1', ports = {}, options = {} } = {}) {
	const started = {};
	for (const name of names) {
		const mod = require(path.join(__dirname, name, 'index.js'));
		started[name] = await mod.start({
			host,
			port: ports[name] ?? PORTS[name],
			...(options[name] || {}),
		});
	}
	return started;
}

async function main() {
	const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
	const names = wanted.length ? wanted : available();
	const unknown = names.filter((n) => !available().includes(n));
	if (unknown.length) {
		console.error(`Unknown sandbox: ${unknown.join(', ')}. Available: ${available().join(', ')}`);
		process.exit(2);
	}
	const ports = {};
	for (const n of names) {
		const v = process.env[portEnv(n)];
		if (v) ports[n] = Number(v);
	}
	const started = await startAll(names, { host: process.env.SANDBOX_HOST || '127.0.0.1', ports });
	if (process.env.SANDBOX_JSON) {
		const out = {};
		for (const [n, s] of Object.entries(started))
			out[n] = { url: s.url, credentials: s.credentials };
		console.log(JSON.stringify(out));
	} else {
		for (const [n, s] of Object.entries(started)) {
			console.log(`${n} sandbox: ${s.url}`);
			console.log(`  credentials: ${JSON.stringify(s.credentials)}`);
			if (s.describe) console.log(s.describe().replace(/^/gm, '  '));
		}
		console.log('Ctrl-C stops the sandboxes.');
	}
	const stop = async () => {
		await Promise.all(Object.values(started).map((s) => s.close()));
		process.exit(0);
	};
	process.on('SIGINT', stop);
	process.on('SIGTERM', stop);
}

if (require.main === module) {
	main().catch((e) => {
		console.error(e);
		process.exit(1);
	});
}

module.exports = { startAll, available, PORTS, portEnv };
