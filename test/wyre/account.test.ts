/** Accounts and payment methods against the sandbox, including the document upload from binary data. */
import { createHmac } from 'crypto';
import type { IDataObject } from 'n8n-workflow';
import type { WyreSandbox } from './setup';
import {
	ACCOUNT,
	apiRequests,
	op,
	PAYMENT_METHOD,
	rl,
	run,
	SECRET,
	startSandbox,
	SUB_ACCOUNT,
} from './setup';

let sb: WyreSandbox;
beforeAll(async () => {
	sb = await startSandbox();
});
afterAll(async () => sb.close());
beforeEach(() => sb.reset());

const profile = (rows: IDataObject[]) => ({ field: rows });

describe('Account', () => {
	it('Get Own (v2), Create, Get, Update', async () => {
		const [own] = await op(sb, 'account', 'getV2');
		expect(own.id).toBe(ACCOUNT);
		const [created] = await op(sb, 'account', 'create', {
			type: 'INDIVIDUAL',
			country: 'US',
			subaccount: true,
			profileFields: profile([
				{ fieldId: 'individualLegalName', value: 'Ada Lovelace' },
				{
					fieldId: 'individualResidenceAddress',
					json: true,
					value:
						'{"street1":"1 Main St","city":"SF","state":"CA","postalCode":"94105","country":"US"}',
				},
			]),
		});
		const id = String(created.id);
		expect(id).toMatch(/^AC_/);
		const body = JSON.parse(apiRequests(sb).find((r) => r.path === '/v3/accounts')!.body);
		expect(body.profileFields[1].value).toEqual({
			street1: '1 Main St',
			city: 'SF',
			state: 'CA',
			postalCode: '94105',
			country: 'US',
		});
		const [got] = await op(sb, 'account', 'get', { accountId: rl(id) });
		expect(got.id).toBe(id);
		const [updated] = await op(sb, 'account', 'update', {
			accountId: rl(id),
			profileFields: profile([{ fieldId: 'individualEmail', value: 'ada@example.com' }]),
		});
		const email = (updated.profileFields as IDataObject[]).find(
			(f) => f.fieldId === 'individualEmail',
		);
		expect(email?.value).toBe('ada@example.com');
	});

	it('uploads a document from a binary property: raw bytes, their content type, signed as sent', async () => {
		const [created] = await op(sb, 'account', 'create', { type: 'INDIVIDUAL', country: 'US' });
		const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0xff, 0x10]);
		const out = await run(
			sb,
			{
				resource: 'account',
				operation: 'uploadDocument',
				accountId: rl(String(created.id)),
				fieldId: 'individualGovernmentId',
				binaryPropertyName: 'data',
				documentType: 'DRIVING_LICENSE',
				documentSubType: 'FRONT',
			},
			[{}],
			{},
			[{ data: { data: png.toString('base64'), mimeType: 'image/png', fileName: 'id.png' } }],
		);
		expect(out[0].json.id).toBe(created.id);
		const upload = apiRequests(sb).pop()!;
		expect(upload.path).toBe(`/v3/accounts/${String(created.id)}/individualGovernmentId`);
		expect(upload.headers['content-type']).toBe('image/png');
		expect(upload.query).toMatchObject({
			documentType: 'DRIVING_LICENSE',
			documentSubType: 'FRONT',
		});
		const expected = createHmac('sha256', SECRET)
			.update(`${sb.url}${upload.url}`)
			.update(png)
			.digest('hex');
		expect(upload.headers['x-api-signature']).toBe(expected);
	});

	it('uploads a document given as base64 text (for AI agents and JSON sources)', async () => {
		const pdf = Buffer.from('%PDF-1.4 ✓', 'utf8');
		await op(sb, 'account', 'uploadDocument', {
			accountId: rl(SUB_ACCOUNT),
			fieldId: 'individualGovernmentId',
			fileSource: 'base64',
			fileContent: pdf.toString('base64'),
			mimeType: 'application/pdf',
			documentType: 'PASSPORT',
			documentSubType: '',
		});
		const upload = apiRequests(sb).pop()!;
		expect(upload.headers['content-type']).toBe('application/pdf');
		expect(upload.body).toBe('%PDF-1.4 ✓');
		expect(upload.query.documentSubType).toBeUndefined();
		sb.requests.length = 0;
		const out = await run(
			sb,
			{
				resource: 'account',
				operation: 'uploadDocument',
				accountId: rl(ACCOUNT),
				fieldId: 'individualGovernmentId',
				fileSource: 'base64',
				fileContent: 'not base64!',
				mimeType: 'application/pdf',
				documentType: 'PASSPORT',
			},
			[{}],
			{ continueOnFail: true },
		);
		expect(out[0].json.error).toMatch(/File Content \(Base64\) is not base64 text/);
		expect(apiRequests(sb)).toHaveLength(0);
	});

	it('refuses a binary that is not JPEG, PNG or PDF before sending', async () => {
		const out = await run(
			sb,
			{
				resource: 'account',
				operation: 'uploadDocument',
				accountId: rl(ACCOUNT),
				fieldId: 'individualGovernmentId',
				binaryPropertyName: 'data',
				documentType: 'PASSPORT',
				documentSubType: '',
			},
			[{}],
			{ continueOnFail: true },
			[{ data: { data: Buffer.from('x').toString('base64'), mimeType: 'text/plain' } }],
		);
		expect(out[0].json.error).toMatch(/Input Binary Field holds a text\/plain/);
		expect(apiRequests(sb)).toHaveLength(0);
	});
});

describe('Payment Method', () => {
	it('creates an ACH payment method, lists it, gets it, attaches a blockchain, deletes it', async () => {
		const [pm] = await op(sb, 'paymentMethod', 'create', {
			paymentMethodType: 'LOCAL_TRANSFER',
			publicToken: 'public-sandbox-token|acct-1',
		});
		const id = String(pm.id);
		expect(id).toMatch(/^PA_/);
		const list = await op(sb, 'paymentMethod', 'getAll', { returnAll: true });
		expect(list.map((p) => p.id)).toEqual(expect.arrayContaining([PAYMENT_METHOD, id]));
		const [got] = await op(sb, 'paymentMethod', 'get', { paymentMethodId: rl(id) });
		expect(got.id).toBe(id);
		const [attached] = await op(sb, 'paymentMethod', 'attachBlockchain', {
			paymentMethodId: rl(id),
			blockchain: 'BTC',
		});
		expect(attached.blockchains).toBeDefined();
		expect(JSON.parse(apiRequests(sb).pop()!.body)).toEqual({ blockchain: 'BTC' });
		const [deleted] = await op(sb, 'paymentMethod', 'delete', { paymentMethodId: rl(id) });
		expect(deleted).toMatchObject({ deleted: true, id });
	});

	it('creates a wire payment method with every field in its place', async () => {
		const [pm] = await op(sb, 'paymentMethod', 'create', {
			paymentMethodType: 'INTERNATIONAL_TRANSFER',
			country: 'US',
			currency: 'usd',
			beneficiaryType: 'INDIVIDUAL',
			firstNameOnAccount: 'Ada',
			lastNameOnAccount: 'Lovelace',
			accountNumber: '0001234567',
			routingNumber: '021000021',
			accountType: 'CHECKING',
			additionalFields: { beneficiaryCity: 'SF', beneficiaryPhoneNumber: '+14155550123' },
		});
		expect(String(pm.id)).toMatch(/^PA_/);
		const body = JSON.parse(apiRequests(sb).pop()!.body);
		expect(body).toMatchObject({
			paymentMethodType: 'INTERNATIONAL_TRANSFER',
			country: 'US',
			currency: 'USD',
			accountNumber: '0001234567',
			paymentType: 'LOCAL_BANK_WIRE',
			chargeablePM: 'true',
			beneficiaryCity: 'SF',
		});
	});
});
