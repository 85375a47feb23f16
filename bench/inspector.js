'use strict';
// Reads the heap of the n8n main process through Node's inspector protocol (n8n is started with
// --inspect on a random loopback port): garbage collection on demand and heapUsed samples, so that
// memory per item is measured on the heap rather than on the noisy resident size.

/** The inspector's WebSocket URL that a process printed ("Debugger listening on ws://..."). */
function inspectorUrl(log) {
	const m = /Debugger listening on (ws:\/\/\S+)/.exec(log);
	return m ? m[1] : undefined;
}

async function connect(url) {
	const ws = new WebSocket(url);
	await new Promise((resolve, reject) => {
		ws.onopen = resolve;
		ws.onerror = () => reject(new Error(`cannot connect to the inspector at ${url}`));
	});
	let id = 0;
	const pending = new Map();
	ws.onmessage = (event) => {
		const m = JSON.parse(event.data);
		if (m.id && pending.has(m.id)) {
			pending.get(m.id)(m);
			pending.delete(m.id);
		}
	};
	const call = (method, params = {}) =>
		new Promise((resolve) => {
			id += 1;
			pending.set(id, resolve);
			ws.send(JSON.stringify({ id, method, params }));
		});
	const heapUsed = async () => {
		const r = await call('Runtime.evaluate', {
			expression: 'process.memoryUsage().heapUsed',
			returnByValue: true,
		});
		return r.result.result.value / 2 ** 20;
	};
	return {
		/** Heap after a full garbage collection, MiB. */
		async settledHeap() {
			await call('HeapProfiler.collectGarbage');
			return heapUsed();
		},
		/** Runs fn while sampling the heap every 20 ms; resolves {result, peakMiB}. */
		async sampling(fn) {
			let peak = 0;
			let running = true;
			const loop = (async () => {
				while (running) {
					peak = Math.max(peak, await heapUsed());
					await new Promise((r) => setTimeout(r, 20));
				}
			})();
			try {
				const result = await fn();
				return { result, peakMiB: peak };
			} finally {
				running = false;
				await loop;
			}
		},
		close: () => ws.close(),
	};
}

module.exports = { inspectorUrl, connect };
