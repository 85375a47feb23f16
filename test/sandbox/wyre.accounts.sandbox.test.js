'use strict';
// The Wyre sandbox's accounts (W4-W8), rates (W21) and limits (W22) over real HTTP: the legacy and
// v3 account shapes, sub-account creation and masquerading, profile fields, document uploads signed
// over their raw bytes, the three rate forms and their CSV, and the limits' use.
const { wyre, signed, bearer, ctl, expectWyreError, rawRequest } = require('./wyre.helpers');

let sb;
beforeAll(async () => {
	sb = await wyre.start();
});
afterAll(() => sb.close());
beforeEach(() => ctl(sb, '/reset'));

const ADDRESS = {
	street1: '1 Main St',
	city: 'San Francisco',
	state: 'CA',
	postalCode: '94103',
	country: 'US',
};

test('GET /v2/account and /v3/accounts/{id}: the key account and its sub-account', async () => {
	const legacy = (await signed(sb, 'GET', '/v2/account')).json;
	expect(legacy).toMatchObject({
		id: 'AC_SANDBOX0001',
		type: 'BUSINESS',
		status: 'APPROVED',
		availableBalances: { USD: 10000, BTC: 1, ETH: 10 },
		subaccount: false,
	});
	const v3 = (await signed(sb, 'GET', '/v3/accounts/AC_SANDBOX0002')).json;
	expect(v3).toMatchObject({ id: 'AC_SANDBOX0002', type: 'INDIVIDUAL', country: 'US' });
	expect(v3.profileFields).toHaveLength(9);
	expect(v3.profileFields.find((f) => f.fieldId === 'individualLegalName')).toMatchObject({
		value: 'Alice Sandbox',
		status: 'APPROVED',
	});
	// the sub-account cannot read its parent
	expectWyreError(
		await signed(sb, 'GET', '/v3/accounts/AC_SANDBOX0001?masqueradeAs=AC_SANDBOX0002'),
		401,
		'AccessDeniedException',
	);
	expectWyreError(await signed(sb, 'GET', '/v3/accounts/AC_NOPE'), 404, 'NotFoundException');
});

test('POST /v3/accounts creates a sub-account usable with masqueradeAs; profile updates', async () => {
	const res = await signed(sb, 'POST', '/v3/accounts', {
		body: {
			type: 'INDIVIDUAL',
			country: 'US',
			subaccount: true,
			profileFields: [
				{ fieldId: 'individualLegalName', value: 'Bob Doe' },
				{ fieldId: 'individualEmail', value: 'bob@example.com' },
				{ fieldId: 'individualResidenceAddress', value: ADDRESS },
			],
		},
	});
	expect(res.status).toBe(200);
	const acc = res.json;
	expect(acc).toMatchObject({ status: 'OPEN', type: 'INDIVIDUAL' });
	expect(acc.id).toMatch(/^AC_/);
	expect(acc.profileFields.find((f) => f.fieldId === 'individualResidenceAddress').value).toEqual(
		ADDRESS,
	);
	expect((await signed(sb, 'GET', `/v2/account?masqueradeAs=${acc.id}`)).json.id).toBe(acc.id);
	const up = await signed(sb, 'POST', `/v3/accounts/${acc.id}`, {
		body: { profileFields: [{ fieldId: 'individualCellphoneNumber', value: '+15555550100' }] },
	});
	expect(
		up.json.profileFields.find((f) => f.fieldId === 'individualCellphoneNumber'),
	).toMatchObject({ value: '+15555550100', status: 'SUBMITTED' });
	const bad = (body) => signed(sb, 'POST', '/v3/accounts', { body });
	expectWyreError(await bad({ country: 'US' }), 400, 'FieldRequiredException', {
		problematicField: 'type',
	});
	expectWyreError(await bad({ type: 'ROBOT', country: 'US' }), 400, 'ValidationException', {
		problematicField: 'type',
	});
	expectWyreError(await bad({ type: 'INDIVIDUAL', country: 'usa' }), 400, 'ValidationException', {
		problematicField: 'country',
	});
	expectWyreError(
		await bad({
			type: 'INDIVIDUAL',
			country: 'US',
			profileFields: [{ fieldId: 'nope', value: 'x' }],
		}),
		400,
		'ValidationException',
		{ problematicField: 'profileFields[0].fieldId' },
	);
	expectWyreError(
		await bad({
			type: 'INDIVIDUAL',
			country: 'US',
			profileFields: [{ fieldId: 'individualResidenceAddress', value: 'street' }],
		}),
		400,
		'ValidationException',
		{ problematicField: 'profileFields[0].value' },
	);
	expectWyreError(
		await signed(sb, 'POST', `/v3/accounts/${acc.id}`, { body: {} }),
		400,
		'FieldRequiredException',
	);
});

test('document upload: raw bytes, signed as they are, image or pdf only', async () => {
	const bytes = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46]).toString('latin1');
	const path =
		'/v3/accounts/AC_SANDBOX0002/individualGovernmentId?documentType=DRIVING_LICENSE&documentSubType=FRONT';
	// the helper signs the body text; send the bytes with a latin1-exact signature instead
	const crypto = require('node:crypto');
	const url = `${sb.url}${path}&timestamp=${sb.now()}`;
	const raw = Buffer.from(bytes, 'latin1');
	const sig = crypto
		.createHmac('sha256', wyre.DEFAULTS.secretKey)
		.update(Buffer.concat([Buffer.from(url), raw]))
		.digest('hex');
	const res = await new Promise((resolve) => {
		const http = require('node:http');
		const u = new URL(url);
		const req = http.request(
			{
				method: 'POST',
				host: u.hostname,
				port: u.port,
				path: u.pathname + u.search,
				headers: {
					'Content-Type': 'image/jpeg',
					'Content-Length': raw.length,
					'X-Api-Key': wyre.DEFAULTS.apiKey,
					'X-Api-Signature': sig,
				},
			},
			(r) => {
				let t = '';
				r.on('data', (c) => (t += c));
				r.on('end', () => resolve({ status: r.statusCode, json: JSON.parse(t) }));
			},
		);
		req.end(raw);
	});
	expect(res.status).toBe(200);
	expect(res.json.profileFields.find((f) => f.fieldId === 'individualGovernmentId')).toMatchObject({
		status: 'PENDING',
		value: [expect.stringMatching(/^DO_/)],
	});
	const text = await signed(sb, 'POST', path, { body: 'hello', contentType: 'text/plain' });
	expectWyreError(text, 400, 'ValidationException', { problematicField: 'Content-Type' });
	const notDoc = await signed(sb, 'POST', '/v3/accounts/AC_SANDBOX0002/individualLegalName', {
		body: 'x',
		contentType: 'image/png',
	});
	expectWyreError(notDoc, 400, 'ValidationException', { problematicField: 'fieldId' });
	expectWyreError(
		await signed(sb, 'POST', path, { headers: { 'Content-Type': 'application/pdf' } }),
		400,
		'FieldRequiredException',
	);
});

test('rates: divisor (default), multiplier, priced; numberstring; csv; unsigned or signed', async () => {
	const divisor = (await rawRequest('GET', `${sb.url}/v3/rates`)).json;
	expect(divisor).toMatchObject({ USDBTC: 50000, BTCUSD: 0.00002, ETHBTC: 20, USDEUR: 1.1 });
	const multiplier = (await signed(sb, 'GET', '/v3/rates?as=multiplier')).json;
	expect(multiplier).toMatchObject({ BTCUSD: 50000, USDBTC: 0.00002, ETHBTC: 0.05 });
	const priced = (await bearer(sb, 'GET', '/v3/rates?as=priced&format=json_numberstring')).json;
	expect(priced.BTCUSD).toEqual({ USD: '50000', BTC: '0.00002' });
	const csv = await rawRequest('GET', `${sb.url}/v2/rates?as=multiplier&format=csv`);
	expect(csv.headers['content-type']).toBe('text/csv');
	expect(csv.text).toContain('BTCUSD,50000\n');
	expectWyreError(
		await rawRequest('GET', `${sb.url}/v3/rates?as=priced&format=csv`),
		400,
		'ValidationException',
	);
	expectWyreError(
		await rawRequest('GET', `${sb.url}/v3/rates?as=spot`),
		400,
		'ValidationException',
		{ problematicField: 'as' },
	);
});

test('limits: the transfers of the acting account count against them', async () => {
	const before = (await signed(sb, 'GET', '/v3/limits?format=json_numberstring')).json;
	expect(before).toMatchObject({
		currency: 'USD',
		limits: { DAILY: '50000' },
		used: { DAILY: '0' },
		remaining: { DAILY: '50000' },
	});
	await signed(sb, 'POST', '/v3/transfers', {
		body: {
			source: 'wallet:WA_SANDBOX0001',
			sourceCurrency: 'BTC',
			sourceAmount: '0.1',
			dest: 'wallet:WA_SANDBOX0002',
			autoConfirm: true,
		},
	});
	const after = (await signed(sb, 'GET', '/v3/limits?format=json_numberstring')).json;
	expect(after).toMatchObject({
		used: { DAILY: '5000', YEARLY: '5000' },
		remaining: { DAILY: '45000' },
	});
	expect((await signed(sb, 'GET', '/v3/limits?masqueradeAs=AC_SANDBOX0002')).json.used.DAILY).toBe(
		0,
	);
});
