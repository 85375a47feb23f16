#!/usr/bin/env node
'use strict';
// npm run bench: a real n8n 2.41 with this package, a provider emulator on loopback, and our nodes
// side by side with n8n's own (interleaved repetitions, medians, ratios). Prints a table and writes
// .bench/results.json. Not part of npm test. See bench/README.md.
//   npm run bench                         everything (about 10 minutes on 2 cores)
//   npm run bench -- --only=items,triggers --reps=5 --items=1000 --deliveries=300 --no-build
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { runtimeInstalled, n8nVersion } = require('../e2e/lib/runtime');
const { startEmulator } = require('./emulator');
const { startN8n, webhookReady, WORK } = require('./n8n');
const wf = require('./workflows');
const { table } = require('./stats');

function args() {
	const out = {
		reps: 5,
		items: 1000,
		deliveries: 300,
		latency: 0,
		only: ['items', 'triggers', 'bulk'],
		build: true,
		sizes: [1000, 5000, 10000],
	};
	for (const a of process.argv.slice(2)) {
		const [k, v] = a.replace(/^--/, '').split('=');
		if (k === 'only') out.only = v.split(',');
		else if (k === 'no-build') out.build = false;
		else if (k === 'sizes') out.sizes = v.split(',').map(Number);
		else if (k in out) out[k] = Number(v);
		else throw new Error(`unknown option --${k}`);
	}
	return out;
}

async function main() {
	const opts = args();
	const say = (s) => console.log(`[bench] ${s}`);
	if (!runtimeInstalled())
		throw new Error(
			'n8n is not installed in .n8n-runtime/: run bash scripts/n8n-runtime.sh (npm run bench does)',
		);
	const emulator = await startEmulator({ latencyMs: opts.latency });
	const perItem = wf.perItemWorkflows(emulator.url);
	const triggers = wf.triggerWorkflows(emulator.url);
	const workflows = [
		perItem.ours,
		perItem.http,
		wf.bulkWorkflow(),
		...Object.values(triggers).map((t) => t.workflow),
	];
	const activate = workflows.map((w) => w.id);
	const { n8n, handle } = await startN8n({
		credentials: wf.credentials(emulator.url),
		workflows,
		activate,
		build: opts.build,
		say,
	});
	const ctx = { n8n, handle, emulator, say, triggerWorkflows: triggers, latencyMs: opts.latency };
	const results = [];
	try {
		for (const t of Object.values(triggers)) await webhookReady(`${n8n.url}/${t.path}`);
		if (opts.only.includes('items'))
			results.push(
				await require('./suites/items').run(ctx, { reps: opts.reps, items: opts.items }),
			);
		if (opts.only.includes('triggers'))
			results.push(
				await require('./suites/triggers').run(ctx, {
					reps: opts.reps,
					deliveries: opts.deliveries,
				}),
			);
		if (opts.only.includes('bulk'))
			results.push(
				await require('./suites/bulk').run(ctx, {
					reps: Math.min(opts.reps, 3),
					sizes: opts.sizes,
				}),
			);
	} finally {
		await handle.stop();
		await emulator.close();
	}
	const machine = `${os.cpus().length} × ${os.cpus()[0]?.model?.trim()}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.platform()} ${os.release()}`;
	const header = ['measure', 'ours', 'value', 'compared with', 'ratio / result', 'goal'];
	console.log(
		`\n n8n ${n8nVersion()}, Node ${process.versions.node}, ${machine}; emulator round trip ${opts.latency} ms\n`,
	);
	console.log(table([header, ...results.flatMap((r) => r.rows)]));
	const file = path.join(WORK, 'results.json');
	fs.writeFileSync(
		file,
		JSON.stringify(
			{
				date: new Date().toISOString(),
				n8n: n8nVersion(),
				node: process.versions.node,
				machine,
				options: opts,
				results,
			},
			null,
			2,
		) + '\n',
	);
	console.log(
		`\n[bench] written to ${path.relative(process.cwd(), file)}; goals met: ${
			results.every((r) => r.pass)
				? 'all'
				: results
						.filter((r) => !r.pass)
						.map((r) => r.name)
						.join(', ') + ' NOT'
		}`,
	);
}

main().catch((e) => {
	console.error(`[bench] ${e.stack || e.message}`);
	process.exit(1);
});
