import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import type { ItemOperation } from '../../../shared/registry';
import { checkText, checkToken, invalidInput } from '../../../shared/params';
import { readLocatorId } from '../../helpers/locators';
import { readSettings } from '../../helpers/params';
import { wyreRequest } from '../../transport';
import { accountLocator, wyreOptions } from '../common.descriptions';

const MIME_TYPES = ['image/jpeg', 'image/png', 'application/pdf'];
/** The largest document sent (Wyre documents no limit; a KYC scan fits well within this). */
const MAX_BYTES = 20 * 1024 * 1024;

/** The document's bytes and type: from a binary field, or from base64 text. */
async function readFile(
	ctx: IExecuteFunctions,
	i: number,
): Promise<{ bytes: Buffer; mimeType: string }> {
	let bytes: Buffer;
	let mimeType: string;
	let field = 'Input Binary Field';
	if (ctx.getNodeParameter('fileSource', i, 'binary') === 'base64') {
		field = 'File Content (Base64)';
		const text = checkText(ctx, ctx.getNodeParameter('fileContent', i), field, i, {
			required: true,
			maxLength: Math.ceil((MAX_BYTES * 4) / 3) + 4,
		}) as string;
		const compact = text.replace(/\s+/g, '');
		if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact) || compact.length % 4 !== 0)
			invalidInput(ctx, field, 'is not base64 text', i);
		bytes = Buffer.from(compact, 'base64');
		mimeType = String(ctx.getNodeParameter('mimeType', i));
	} else {
		const property = checkToken(ctx, ctx.getNodeParameter('binaryPropertyName', i), field, i, {
			required: true,
		}) as string;
		const binary = ctx.helpers.assertBinaryData(i, property);
		mimeType = String(binary.mimeType ?? '')
			.split(';')[0]
			.trim()
			.toLowerCase();
		if (!MIME_TYPES.includes(mimeType))
			invalidInput(
				ctx,
				field,
				`holds a ${mimeType || 'file of unknown type'}; Wyre takes JPEG, PNG or PDF`,
				i,
			);
		bytes = await ctx.helpers.getBinaryDataBuffer(i, property);
	}
	if (!MIME_TYPES.includes(mimeType)) invalidInput(ctx, 'File Type', 'must be JPEG, PNG or PDF', i);
	if (!bytes.length) invalidInput(ctx, field, 'holds an empty file', i);
	if (bytes.length > MAX_BYTES)
		invalidInput(ctx, field, `holds ${bytes.length} bytes; at most ${MAX_BYTES} are sent`, i);
	return { bytes, mimeType };
}

export const operation: ItemOperation = {
	name: 'Upload Document',
	description:
		'Upload a KYC document (JPEG, PNG or PDF) from a binary property into an account field (POST /v3/accounts/{ID}/{Field ID})',
	action: 'Upload a document to an account',
	kind: 'write',
	properties: [
		accountLocator(),
		{
			displayName: 'Field ID',
			name: 'fieldId',
			type: 'string',
			required: true,
			default: 'individualGovernmentId',
			description: 'The profile field the document belongs to',
		},
		{
			displayName: 'File Source',
			name: 'fileSource',
			type: 'options',
			options: [
				{ name: 'Binary Field', value: 'binary', description: 'A binary field of the input item' },
				{
					name: 'Base64 Text',
					value: 'base64',
					description: 'The file as base64 text (e.g. from an AI agent or a JSON field)',
				},
			],
			default: 'binary',
		},
		{
			displayName: 'Input Binary Field',
			name: 'binaryPropertyName',
			type: 'string',
			required: true,
			default: 'data',
			hint: 'The name of the input binary field holding the file',
			displayOptions: { show: { fileSource: ['binary'] } },
		},
		{
			displayName: 'File Content (Base64)',
			name: 'fileContent',
			type: 'string',
			required: true,
			default: '',
			displayOptions: { show: { fileSource: ['base64'] } },
		},
		{
			displayName: 'File Type',
			name: 'mimeType',
			type: 'options',
			options: [
				{ name: 'JPEG', value: 'image/jpeg' },
				{ name: 'PNG', value: 'image/png' },
				{ name: 'PDF', value: 'application/pdf' },
			],
			default: 'image/jpeg',
			displayOptions: { show: { fileSource: ['base64'] } },
		},
		{
			displayName: 'Document Type',
			name: 'documentType',
			type: 'options',
			options: [
				{ name: 'Driving License', value: 'DRIVING_LICENSE' },
				{ name: 'Government ID', value: 'GOVT_ID' },
				{ name: 'Passport', value: 'PASSPORT' },
				{ name: 'Other', value: 'OTHER' },
			],
			default: 'DRIVING_LICENSE',
		},
		{
			displayName: 'Document Side',
			name: 'documentSubType',
			type: 'options',
			options: [
				{ name: 'Front', value: 'FRONT' },
				{ name: 'Back', value: 'BACK' },
				{ name: 'None', value: '' },
			],
			default: 'FRONT',
		},
		wyreOptions,
	],
	async execute(i) {
		const settings = readSettings(this, i);
		const id = readLocatorId(this, 'accountId', 'Account', i, 'account');
		const fieldId = checkToken(this, this.getNodeParameter('fieldId', i), 'Field ID', i, {
			required: true,
			maxLength: 80,
			pattern: /^[A-Za-z][A-Za-z0-9_]*$/,
			expected: 'a field id (letters and digits, e.g. individualGovernmentId)',
		}) as string;
		const documentType = checkToken(
			this,
			this.getNodeParameter('documentType', i),
			'Document Type',
			i,
			{
				required: true,
				pattern: /^[A-Z_]{2,40}$/,
				expected: 'a document type such as DRIVING_LICENSE',
			},
		);
		const documentSubType = checkToken(
			this,
			this.getNodeParameter('documentSubType', i, ''),
			'Document Side',
			i,
			{ pattern: /^(FRONT|BACK)$/, expected: 'FRONT or BACK' },
		);
		const { bytes, mimeType } = await readFile(this, i);
		const qs: IDataObject = { documentType };
		if (documentSubType) qs.documentSubType = documentSubType;
		const answer = await wyreRequest.call(
			this,
			'POST',
			`/v3/accounts/${encodeURIComponent(id)}/${encodeURIComponent(fieldId)}`,
			'write',
			{
				// The file's bytes as they are: the signature covers them exactly.
				body: bytes as unknown as string,
				headers: { 'Content-Type': mimeType },
				qs,
				settings,
				itemIndex: i,
				action: `Uploading a ${mimeType} document to ${id} → ${fieldId}`,
			},
		);
		return answer as IDataObject;
	},
};
