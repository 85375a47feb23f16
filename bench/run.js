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
const inspector = require('./inspector');

const DEFAULTS = {
	reps: 5,
	items: 1000,
	deliveries: 200,
	triggerReps: 3,
	latency: 0,
	only: ['items', 'triggers', 'bulk'],
	engines: ['vm', 'vm-lazy', 'legacy'],
	build: true,
	sizes: [1000, 5000, 10000],
};

/**
 * The expression-engine settings the trigger suite runs in (one n8n each): n8n 2.41's default `vm`
 * engine, which takes an isolate for the webhook step of every trigger but its own Webhook node;
 * `vm` with lazy isolate acquisition (announced as n8n's future default: an isolate only when an
 * expression is evaluated); and the deprecated `legacy` engine (no isolates at all).
 */
const ENGINES = {
	vm: {},
	'vm-lazy': { N8N_EXPRESSION_ENGINE_LAZY_ACQUIRE: 'true' },
	legacy: { N8N_EXPRESSION_ENGINE: 'legacy' },
};

function args() {
	const out = { ...DEFAULTS };
	for (const a of process.argv.slice(2)) {
		const [k, v] = a.replace(/^--/, '').split('=');
		if (k === 'only' || k === 'engines') out[k] = v.split(',');
		else if (k === 'no-build') out.build = false;
		else if (k === 'sizes') out.sizes = v.split(',').map(Number);
		else if (k in out && typeof out[k] === 'number') out[k] = Number(v);
		else throw new Error(`unknown option --${k} (see bench/README.md)`);
	}
	const unknown = out.engines.filter((e) => !(e in ENGINES));
	if (unknown.length)
		throw new Error(`unknown engine ${unknown.join(', ')} (one of ${Object.keys(ENGINES)})`);
	return out;
}

/**
 * One n8n with the benchmark's workflows. engine 'vm' is n8n 2.41's default expression engine;
 * 'legacy' (N8N_EXPRESSION_ENGINE=legacy) runs the same without isolates, which shows the nodes'
 * own cost apart from the isolate n8n takes for every trigger but its Webhook node.
 */
async function withN8n(opts, engine, emulator, say, fn) {
	const perItem = wf.perItemWorkflows(emulator.url);
	const triggers = wf.triggerWorkflows(emulator.url);
	const workflows = [
		perItem.ours,
		perItem.http,
		wf.bulkWorkflow(),
		...Object.values(triggers).map((t) => t.workflow),
	];
	// the inspector (random loopback port) lets the bulk suite read n8n's heap
	const env = { NODE_OPTIONS: '--inspect=127.0.0.1:0' };
	Object.assign(env, ENGINES[engine]);
	say(
		`n8n with the ${engine} expression engine setting${engine === 'vm' ? " (n8n's default)" : ''}`,
	);
	const { n8n, handle } = await startN8n({
		credentials: wf.credentials(emulator.url),
		workflows,
		activate: workflows.map((w) => w.id),
		build: opts.build && engine === opts.engines[0], // built once, for the first instance
		say,
		env,
	});
	const ctx = {
		n8n,
		handle,
		emulator,
		say,
		engine,
		triggerWorkflows: triggers,
		latencyMs: opts.latency,
		probes: {},
	};
	try {
		ctx.inspector = await inspector.connect(inspector.inspectorUrl(handle.log()));
		for (const t of Object.values(triggers))
			if ((await webhookReady(`${n8n.url}/${t.path}`, t.method)) === 200)
				ctx.probes[t.workflow.id] = 1;
		return await fn(ctx);
	} finally {
		ctx.inspector?.close();
		await handle.stop();
	}
}

async function main() {
	const opts = args();
	const say = (s) => console.log(`[bench] ${s}`);
	if (!runtimeInstalled())
		throw new Error(
			'n8n is not installed in .n8n-runtime/: run bash scripts/n8n-runtime.sh (npm run bench does)',
		);
	const emulator = await startEmulator({ latencyMs: opts.latency });
	const results = [];
	try {
		for (const engine of opts.engines) {
			await withN8n(opts, engine, emulator, say, async (ctx) => {
				const first = engine === opts.engines[0];
				if (first && opts.only.includes('items'))
					results.push(
						await require('./suites/items').run(ctx, { reps: opts.reps, items: opts.items }),
					);
				if (opts.only.includes('triggers'))
					results.push(
						await require('./suites/triggers').run(ctx, {
							reps: opts.triggerReps,
							deliveries: opts.deliveries,
						}),
					);
				if (first && opts.only.includes('bulk'))
					results.push(
						await require('./suites/bulk').run(ctx, {
							reps: Math.min(opts.reps, 3),
							sizes: opts.sizes,
						}),
					);
			});
		}
	} finally {
		await emulator.close();
	}
	const cpus = os.cpus();
	const machine = `${cpus.length} × ${cpus[0]?.model?.trim()}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.platform()} ${os.release()}`;
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
	const missed = results
		.filter((r) => !r.pass)
		.map((r) => `${r.name}${r.engine ? ` (${r.engine})` : ''}`);
	console.log(
		`\n[bench] written to ${path.relative(process.cwd(), file)}; goals ${missed.length ? `NOT met: ${missed.join(', ')}` : 'met'}`,
	);
}

main().catch((e) => {
	console.error(`[bench] ${e.stack || e.message}`);
	process.exit(1);
});
