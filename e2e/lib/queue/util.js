'use strict';
// Small helpers of the queue-mode suite and its provider hooks: a bounded-concurrency loop (the load
// generators) and the "each exactly once" check.

/** Runs task(index) for index 0..count-1, at most `concurrency` at a time; resolves the results in order. */
async function pool(count, concurrency, task) {
	const results = new Array(count);
	let next = 0;
	const lane = async () => {
		while (next < count) {
			const i = next++;
			results[i] = await task(i);
		}
	};
	await Promise.all(Array.from({ length: Math.min(concurrency, count) }, lane));
	return results;
}

/** 'each exactly once' when `seen` holds every `expected` value once and nothing else; else what is wrong. */
function countOnce(seen, expected) {
	const counts = new Map();
	for (const s of seen) counts.set(s, (counts.get(s) || 0) + 1);
	const wanted = new Set(expected);
	const missing = expected.filter((e) => !counts.has(e));
	const repeated = [...counts].filter(([, n]) => n > 1).map(([k]) => k);
	const unexpected = [...counts.keys()].filter((k) => !wanted.has(k));
	if (!missing.length && !repeated.length && !unexpected.length) return 'each exactly once';
	return {
		missingCount: missing.length,
		missing: missing.slice(0, 10),
		repeated: repeated.slice(0, 10),
		unexpected: unexpected.slice(0, 10),
	};
}

module.exports = { pool, countOnce };
