'use strict';
// WolvPay in queue mode (test/e2e/queue.e2e.test.js): signed webhooks in bulk for the load test, and
// Invoice > Get Many (Return All) paging on two workers at once against one account's rate limit.
// The hook shape is described in e2e/providers/index.js.
const { node, workflow, manualTrigger } = require('../../lib/workflow');
const { sandboxCall } = require('../../lib/sandboxes');
const { pool } = require('../../lib/queue/util');

const PAGE_SIZE = 3; // the sandbox's (and WolvPay's) page size of GET /invoices

async function control(sandbox, route, body = {}) {
	const res = await sandboxCall(sandbox.url, 'POST', route, body);
	if (res.status !== 200) throw new Error(`wolvpay sandbox ${route} -> ${res.status} ${res.text}`);
	return res.json;
}

/** `count` new invoices, each paid: the sandbox sends one signed webhook each. Resolves the invoice ids. */
async function deliverValid({ sandbox, count, concurrency = 8 }) {
	const ids = [];
	for (let left = count; left > 0; left -= 1000) {
		ids.push(
			...(
				await control(sandbox, '/_sandbox/invoices/bulk', {
					count: Math.min(left, 1000),
					amount: '10.00',
					coin: 'btc',
				})
			).invoice_ids,
		);
	}
	return pool(ids.length, concurrency, async (i) => {
		const { delivery } = await control(sandbox, `/_sandbox/invoices/${ids[i]}/pay`);
		if (!delivery || delivery.status !== 200)
			throw new Error(
				`webhook for ${ids[i]} answered ${delivery && (delivery.status ?? delivery.error)}`,
			);
		return ids[i];
	});
}

/**
 * `invoices` more invoices and a small rate limit (`limit` requests per `windowSeconds`, one account);
 * resolves {expected: every invoice id the list must return, pages: GET /invoices pages per run}.
 */
async function prepareLimit({ sandbox, invoices = 45, limit = 8, windowSeconds = 2 }) {
	await control(sandbox, '/_sandbox/invoices/bulk', {
		count: invoices,
		amount: '3.00',
		coin: 'ltc',
	});
	const state = (await sandboxCall(sandbox.url, 'GET', '/_sandbox/state')).json;
	await control(sandbox, '/_sandbox/rate-limit', { limit, windowSeconds });
	await sandboxCall(sandbox.url, 'DELETE', '/_sandbox/requests');
	const expected = state.invoices.map((i) => i.invoice_id).sort();
	return { expected, pages: Math.ceil(expected.length / PAGE_SIZE), limit, windowSeconds };
}

/** Back to WolvPay's documented limit: 100 requests per minute. */
async function restoreLimit({ sandbox }) {
	await control(sandbox, '/_sandbox/rate-limit', { limit: 100, windowSeconds: 60 });
}

function listWorkflow({ spec, id, tag }) {
	const nodes = [
		manualTrigger('Run'),
		node(
			1,
			'All invoices',
			spec.nodeTypes.action,
			{ resource: 'invoice', operation: 'getAll', returnAll: true },
			{ credentials: { wolvPayApi: { id: spec.ids.credential, name: 'WolvPay sandbox' } } },
		),
	];
	return workflow({ id, name: `Queue mode: every WolvPay invoice, paging (${tag})`, nodes });
}

/** GET /invoices requests the sandbox received since prepare() (429s included). */
async function listRequests({ sandbox }) {
	const requests = (await sandboxCall(sandbox.url, 'GET', '/_sandbox/requests')).json;
	return requests.filter((r) => r.method === 'GET' && r.path === '/api/v1/invoices').length;
}

module.exports = {
	deliverValid,
	deliveryKey: (item) => String(item.invoice_id),
	sharedRateLimit: {
		prepare: prepareLimit,
		restore: restoreLimit,
		workflow: listWorkflow,
		outputNode: 'All invoices',
		key: (item) => String(item.invoice_id),
		countRequests: listRequests,
	},
};
