'use strict';
// The WolvPay sandbox's invoice updates (selecting the coin) and the paginated invoice list,
// against the provider doc's shapes.
const { BAD_COIN, SQL_TIME, api, ctl, useSandbox } = require('./wolvpay.helpers');

let sb;
useSandbox((env) => ({ sb } = env));

describe('update invoice (select coin)', () => {
	test('selects a coin once; errors per doc; 402 for hosted, already selected, expired', async () => {
		const wl = (await api('POST', '/invoices', { body: { amount: 100, description: 'x' } })).json
			.data;
		let r = await api('POST', `/invoices/${wl.invoice_id}`, { body: {} });
		expect(r.status).toBe(400);
		expect(r.json).toEqual({
			success: false,
			error: 'Bad Request',
			code: 400,
			message: 'Missing required parameter: coin',
		});
		r = await api('POST', `/invoices/${wl.invoice_id}`, { body: { coin: 'xyz' } });
		expect(r.status).toBe(400);
		expect(r.json).toEqual(BAD_COIN);
		r = await api('POST', '/invoices/INVdeadbeefdeadbeef', { body: { coin: 'btc' } });
		expect(r.status).toBe(404);
		expect(r.json.message).toBe('Invoice not found.');

		r = await api('POST', `/invoices/${wl.invoice_id}`, { body: { coin: 'eth' } });
		expect(r.status).toBe(200);
		expect(r.json).toMatchObject({
			success: true,
			result: 'Coin selected successfully for invoice',
			code: 200,
		});
		expect(Object.keys(r.json.data)).toEqual([
			'invoice_id',
			'amount',
			'description',
			'status',
			'coin',
			'coin_amount',
			'coin_address',
			'redirect_url',
			'updated_at',
		]);
		expect(r.json.data).toMatchObject({
			invoice_id: wl.invoice_id,
			status: 'AWAITING_PAYMENT',
			coin: 'eth',
			coin_amount: 0.03999201,
		});
		expect(r.json.data.updated_at).toMatch(SQL_TIME);
		const g = await api('GET', `/invoices/${wl.invoice_id}`);
		expect(g.json.data).toMatchObject({
			status: 'AWAITING_PAYMENT',
			coin: 'eth',
			coin_amount: 0.03999201,
			coin_address: r.json.data.coin_address,
		});
		expect(g.json.data.available_coins).toBeUndefined();

		r = await api('POST', `/invoices/${wl.invoice_id}`, { body: { coin: 'btc' } });
		expect(r.status).toBe(402);
		expect(r.json).toMatchObject({ success: false, error: 'Request Failed', code: 402 });
		expect(r.json.message).toMatch(/already/i);

		const hosted = (await api('POST', '/invoices', { body: { amount: 5, white_label: false } }))
			.json.data;
		r = await api('POST', `/invoices/${hosted.invoice_id}`, { body: { coin: 'btc' } });
		expect(r.status).toBe(402);
		expect(r.json).toMatchObject({ success: false, error: 'Request Failed', code: 402 });
		expect(r.json.message).toMatch(/hosted/i);

		const exp = (await api('POST', '/invoices', { body: { amount: 5 } })).json.data;
		expect((await ctl(`/invoices/${exp.invoice_id}/expire`)).status).toBe(200);
		r = await api('POST', `/invoices/${exp.invoice_id}`, { body: { coin: 'btc' } });
		expect(r.status).toBe(402);
		expect(r.json.message).toMatch(/expired/i);
		expect(sb.state.invoices.get(exp.invoice_id).status).toBe('EXPIRED');
	});
});

describe('list invoices', () => {
	test('pagination over 10 invoices, newest first, limit capped at 3', async () => {
		const ids = [];
		for (let k = 1; k <= 10; k++) {
			const r = await api('POST', '/invoices', {
				body: { amount: k, coin: 'btc', description: `n${k}` },
			});
			ids.push(r.json.data.invoice_id);
		}
		const newestFirst = ids.slice().reverse();
		const seen = [];
		for (let page = 1; page <= 4; page++) {
			const r = await api('GET', `/invoices?page=${page}&limit=3`);
			expect(r.status).toBe(200);
			expect(r.json).toMatchObject({
				success: true,
				code: 200,
				result: 'Transactions retrieved successfully',
			});
			expect(r.json.data.pagination).toEqual({
				current_page: page,
				per_page: 3,
				total_items: 10,
				total_pages: 4,
				has_next: page < 4,
				has_previous: page > 1,
				next_page: page < 4 ? page + 1 : null,
				previous_page: page > 1 ? page - 1 : null,
			});
			expect(r.json.data.invoices).toHaveLength(page < 4 ? 3 : 1);
			seen.push(...r.json.data.invoices.map((i) => i.invoice_id));
		}
		expect(seen).toEqual(newestFirst);

		const first = (await api('GET', '/invoices')).json.data;
		expect(first.pagination).toMatchObject({ current_page: 1, per_page: 3, total_pages: 4 });
		const item = first.invoices[0];
		expect(Object.keys(item)).toEqual([
			'invoice_id',
			'amount',
			'description',
			'status',
			'coin',
			'coin_amount',
			'coin_address',
			'fee_amount_coin',
			'fee_amount_usd',
			'apply_fee',
			'white_label',
			'redirect_url',
			'created_at',
			'updated_at',
		]);
		expect(item).toMatchObject({
			invoice_id: ids[9],
			amount: '10.00',
			description: 'n10',
			status: 'AWAITING_PAYMENT',
			coin: 'btc',
			fee_amount_usd: '0.20',
			apply_fee: 0,
			white_label: 1,
		});
		expect(typeof item.coin_amount).toBe('string');

		const big = (await api('GET', '/invoices?limit=50')).json.data;
		expect(big.pagination.per_page).toBe(3);
		expect(big.invoices).toHaveLength(3);

		const beyond = (await api('GET', '/invoices?page=9')).json.data;
		expect(beyond.invoices).toEqual([]);
		expect(beyond.pagination).toEqual({
			current_page: 9,
			per_page: 3,
			total_items: 10,
			total_pages: 4,
			has_next: false,
			has_previous: true,
			next_page: null,
			previous_page: 8,
		});

		const two = (await api('GET', '/invoices?page=2&limit=2')).json.data;
		expect(two.invoices.map((i) => i.invoice_id)).toEqual(newestFirst.slice(2, 4));
		expect(two.pagination).toMatchObject({ per_page: 2, total_pages: 5, next_page: 3 });
	});

	test('empty list and the bulk control endpoint', async () => {
		let d = (await api('GET', '/invoices')).json.data;
		expect(d).toEqual({
			invoices: [],
			pagination: {
				current_page: 1,
				per_page: 3,
				total_items: 0,
				total_pages: 0,
				has_next: false,
				has_previous: false,
				next_page: null,
				previous_page: null,
			},
		});
		const b = await ctl('/invoices/bulk', { count: 7, amount: '12.50' });
		expect(b.status).toBe(200);
		expect(b.json.invoice_ids).toHaveLength(7);
		d = (await api('GET', '/invoices?page=3')).json.data;
		expect(d.pagination).toMatchObject({ total_items: 7, total_pages: 3, has_next: false });
		expect(d.invoices.map((i) => i.invoice_id)).toEqual([b.json.invoice_ids[0]]);
		expect(d.invoices[0].amount).toBe('12.50');
	});
});
