'use strict';
// P2: one request per item. The same N items (three {{ $json... }} expressions each) through our
// WestWallet Withdrawal → Create and through n8n's HTTP Request node (header-auth credential),
// against the same emulator, in the same long-running n8n, interleaved. Measured: the node's own
// execution time (n8n's runData executionTime), per item.
const { request } = require('../../e2e/lib/http');
const { newestExecution } = require('../n8n');
const { median, fmt, rotated } = require('../stats');
const { BTC_ADDRESS } = require('../emulator');

function items(n) {
	return Array.from({ length: n }, (_, i) => ({
		currency: 'BTC',
		amount: `0.${String(1000 + i).padStart(8, '0')}`,
		address: BTC_ADDRESS,
	}));
}

/**
 * POSTs n items to a workflow's production webhook (the workflow answers when done) and reads the
 * node's run from the saved execution: {nodeMs, wallMs, out (items), requests (per emulator path)}.
 */
async function postItems(ctx, path, workflowId, n) {
	ctx.emulator.reset();
	const t0 = process.hrtime.bigint();
	const res = await request(`${ctx.n8n.url}/webhook/${path}`, {
		method: 'POST',
		body: { items: items(n) },
		timeoutMs: 900000,
	});
	const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
	if (res.status !== 200) throw new Error(`${path}: ${res.status} ${res.text.slice(0, 300)}`);
	const execution = await newestExecution(ctx.n8n, workflowId);
	const run = execution.data.resultData.runData.Node?.[0];
	if (!run || run.error)
		throw new Error(
			`${path}: the node failed: ${JSON.stringify(run?.error ?? execution.data.resultData.error).slice(0, 400)}`,
		);
	return {
		nodeMs: run.executionTime,
		wallMs,
		out: run.data.main[0].length,
		requests: { ...ctx.emulator.counts },
	};
}

async function runOnce(ctx, variant, n) {
	const r = await postItems(ctx, variant.path, variant.workflowId, n);
	const sent = r.requests['/wallet/create_withdrawal'] || 0;
	if (r.out !== n || sent !== n)
		throw new Error(`${variant.name}: ${r.out} items out, ${sent} requests for ${n} items`);
	return r;
}

async function run(ctx, { reps, items: n }) {
	const variants = [
		{
			key: 'ours',
			name: 'WestWallet → Withdrawal → Create',
			path: 'items-ours',
			workflowId: 'benchItemsOurs',
		},
		{
			key: 'http',
			name: "n8n's HTTP Request (header auth)",
			path: 'items-http',
			workflowId: 'benchItemsHttp',
		},
	];
	const samples = { ours: [], http: [] };
	ctx.say(`P2: ${n} items, one request each, ${reps} interleaved repetitions (+1 warm-up) ...`);
	for (const v of variants) await runOnce(ctx, v, Math.min(n, 100)); // warm-up
	for (let r = 0; r < reps; r++) {
		for (const v of rotated(variants, r)) {
			const s = await runOnce(ctx, v, n);
			samples[v.key].push(s);
			ctx.say(
				`  rep ${r + 1} ${v.key}: ${fmt(s.nodeMs / n, 3)} ms/item (node), ${fmt(s.wallMs)} ms wall`,
			);
		}
	}
	const perItem = (k) => median(samples[k].map((s) => s.nodeMs / n));
	const ours = perItem('ours');
	const http = perItem('http');
	return {
		name: 'per-item',
		items: n,
		reps,
		oursMsPerItem: ours,
		httpMsPerItem: http,
		ratio: ours / http,
		goal: '<= 1.2',
		pass: ours / http <= 1.2,
		samples,
		rows: [
			[
				'P2 one request per item',
				`${variants[0].name}`,
				`${fmt(ours, 3)} ms/item`,
				`${fmt(http, 3)} ms/item (HTTP Request)`,
				`${fmt(ours / http)}×`,
				'≤ 1.2×',
			],
		],
	};
}

module.exports = { run, postItems };
