/**
 * Wyre Trigger and hostile bodies (the classes of test/shared/hostile-webhooks.test.ts), in each of
 * its three sources: a clean refusal (401, 413 for a huge body, 415 for multipart) and no
 * execution, signed with the right secret or not; nothing reaches the API.
 */
import { createHmac } from 'node:crypto';
import type { IDataObject } from 'n8n-workflow';
import type { FakeRequest } from '../helpers/harness';
import type { WyreSandbox } from './trigger.setup';
import { startSandbox, Trigger } from './trigger.setup';

const huge = '{"id":"'.padEnd(1024 * 1024 + 10, 'x') + '"}';

const classes: Array<[string, FakeRequest, number]> = [
	[
		'multipart/form-data (stream already consumed by n8n)',
		{
			headers: { 'content-type': 'multipart/form-data; boundary=x' },
			consumedStream: true,
			body: { data: { id: '1' }, files: { f: {} } },
		},
		415,
	],
	[
		'a stream that cannot be read',
		{ headers: { 'content-type': 'application/octet-stream' }, consumedStream: true },
		401,
	],
	[
		'__proto__ and toString keys',
		{
			headers: { 'content-type': 'application/json' },
			rawBody:
				'{"__proto__":{"x":1},"toString":"boom","id":{"toString":1},"subscriptionId":{"valueOf":2},"trigger":["wallet:WA_1"],"orderId":{"__proto__":1}}',
		},
		401,
	],
	[
		'a form body',
		{
			headers: { 'content-type': 'application/x-www-form-urlencoded' },
			rawBody: 'id=TR_1&subscriptionId=DA_1&trigger=wallet%3AWA_1&orderId=WO_1',
		},
		401,
	],
	['a huge body', { headers: { 'content-type': 'application/json' }, rawBody: huge }, 413],
	['an empty body', { headers: { 'content-type': 'application/json' }, rawBody: '' }, 401],
	[
		'JSON that is a list',
		{ headers: { 'content-type': 'application/json' }, rawBody: '[{"id":"TR_1"}]' },
		401,
	],
	[
		'JSON that is a string',
		{ headers: { 'content-type': 'application/json' }, rawBody: '"x"' },
		401,
	],
	[
		'truncated JSON',
		{ headers: { 'content-type': 'application/json' }, rawBody: '{"id":"TR_' },
		401,
	],
	[
		'invalid UTF-8 bytes',
		{ headers: { 'content-type': 'text/plain' }, rawBody: Buffer.from([0xff, 0xfe, 0x00, 0x7b]) },
		401,
	],
	[
		'ids that are paths or huge numbers',
		{
			headers: { 'content-type': 'application/json' },
			rawBody:
				'{"id":"../../v2/account","subscriptionId":"x","trigger":"transfer:..%2F..","orderId":123456789012345678901234567890}',
		},
		401,
	],
];

let sb: WyreSandbox;
beforeAll(async () => {
	sb = await startSandbox();
});
afterAll(async () => sb.close());

describe.each([
	['walletTransaction', {}],
	['objectUpdate', { subscribeTo: 'wallet' }],
	['walletOrder', {}],
])('%s', (events, extra: IDataObject) => {
	let t: Trigger;
	beforeAll(async () => {
		sb.reset();
		t = new Trigger(sb, { events, ...extra });
		await t.activate();
	});

	test.each(classes)(
		'%s: refused cleanly, no execution, signed or not',
		async (_label, request, status) => {
			sb.requests.length = 0;
			const unsigned = await t.deliver(request);
			expect({ status: unsigned.status, execution: unsigned.startsExecution }).toEqual({
				status,
				execution: false,
			});
			const raw = request.rawBody ?? '';
			const signature = createHmac('sha256', sb.credentials.secretKey).update(raw).digest('hex');
			const signed = await t.deliver({
				...request,
				headers: { ...request.headers, 'x-api-signature': signature },
			});
			expect({ status: signed.status, execution: signed.startsExecution }).toEqual({
				status,
				execution: false,
			});
			expect(sb.requests).toEqual([]);
			expect(({} as IDataObject).x).toBeUndefined();
		},
	);
});
