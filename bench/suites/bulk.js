'use strict';
// Bulk: WestWallet Withdrawal → Create Many (items mode) at growing item counts: requests sent,
// the node's execution time per item and the peak of n8n's heap above its settled size (sampled
// through the inspector, bench/inspector.js); time and memory must stay linear. Then the round
// trip: N items one request each (Create) vs one bulk request (Create Many) when every request
// takes a realistic 100 ms.
const { median, fmt } = require('../stats');
const { postItems } = require('./items');

async function post(ctx, path, n, workflowId) {
	const r = await postItems(ctx, path, workflowId, n);
	if (r.out !== n) throw new Error(`${path}: ${r.out} items out for ${n}`);
	return r;
}

async function run(ctx, { reps, sizes = [1000, 5000, 10000], latencyItems = 50 }) {
	ctx.say(`Bulk: Create Many at ${sizes.join(', ')} items, ${reps} repetitions each ...`);
	await post(ctx, 'bulk', 100, 'benchBulk'); // warm-up
	const bySize = [];
	for (const n of sizes) {
		const s = [];
		for (let r = 0; r < reps; r++) {
			const rest = await ctx.inspector.settledHeap();
			const { result: one, peakMiB } = await ctx.inspector.sampling(() =>
				post(ctx, 'bulk', n, 'benchBulk'),
			);
			one.peakAboveRestMiB = peakMiB - rest;
			s.push(one);
			ctx.say(
				`  ${n} items rep ${r + 1}: ${fmt(one.nodeMs)} ms node, ${fmt(one.peakAboveRestMiB, 1)} MiB heap peak above rest, ${one.requests['/wallet/create_withdrawal/many'] || 0} bulk request(s)`,
			);
		}
		bySize.push({
			items: n,
			nodeMs: median(s.map((x) => x.nodeMs)),
			msPerItem: median(s.map((x) => x.nodeMs / n)),
			peakMiB: median(s.map((x) => x.peakAboveRestMiB)),
			requests: s[0].requests,
		});
	}
	const first = bySize[0];
	const last = bySize[bySize.length - 1];
	const timeGrowth = last.msPerItem / first.msPerItem;
	const memPerItem = (b) => b.peakMiB / b.items;
	const memGrowth = memPerItem(last) / memPerItem(first);

	ctx.say(`Bulk vs one request per item: ${latencyItems} items, 100 ms per request ...`);
	ctx.emulator.setLatency(100);
	let perItem;
	let bulk;
	try {
		perItem = await post(ctx, 'items-ours', latencyItems, 'benchItemsOurs');
		bulk = await post(ctx, 'bulk', latencyItems, 'benchBulk');
	} finally {
		ctx.emulator.setLatency(ctx.latencyMs);
	}
	const rows = bySize.map((b) => [
		`Bulk Create Many, ${b.items} items`,
		`${b.requests['/wallet/create_withdrawal/many'] || 0} bulk request(s)`,
		`${fmt(b.nodeMs)} ms (${fmt(b.msPerItem, 3)} ms/item)`,
		`${fmt(b.peakMiB, 1)} MiB heap peak`,
		'',
		'linear',
	]);
	rows.push([
		'Bulk linearity',
		`${last.items} vs ${first.items} items`,
		`time/item ×${fmt(timeGrowth)}`,
		`memory/item ×${fmt(memGrowth)}`,
		'',
		'≈ 1× (≤ 1.5×)',
	]);
	rows.push([
		`${latencyItems} withdrawals at 100 ms/request`,
		'Create Many vs Create',
		`${fmt(bulk.nodeMs)} ms, ${bulk.requests['/wallet/create_withdrawal/many'] || 0} request(s)`,
		`${fmt(perItem.nodeMs)} ms, ${perItem.requests['/wallet/create_withdrawal'] || 0} requests`,
		`${fmt(perItem.nodeMs / bulk.nodeMs, 1)}× faster`,
		'',
	]);
	return {
		name: 'bulk',
		bySize,
		timeGrowth,
		memGrowth,
		latency: {
			items: latencyItems,
			roundTripMs: 100,
			createMs: perItem.nodeMs,
			createManyMs: bulk.nodeMs,
			requests: { create: perItem.requests, createMany: bulk.requests },
		},
		pass: timeGrowth <= 1.5 && (!Number.isFinite(memGrowth) || memGrowth <= 1.5),
		rows,
	};
}

module.exports = { run };
