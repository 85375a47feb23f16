import type { IDataObject } from 'n8n-workflow';
import type { ItemOperation } from '../../../shared/registry';
import { checkToken, invalidInput } from '../../../shared/params';
import { readLocatorId } from '../../helpers/locators';
import { readSettings } from '../../helpers/params';
import { wyreRequest } from '../../transport';
import { accountLocator, wyreOptions } from '../common.descriptions';

const MIME_TYPES = ['image/jpeg', 'image/png', 'application/pdf'];
/** The largest document sent (Wyre documents no limit; a KYC scan fits well within this). */
const MAX_BYTES = 20 * 1024 * 1024;

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
			displayName: 'Input Binary Field',
			name: 'binaryPropertyName',
			type: 'string',
			required: true,
			default: 'data',
			hint: 'The name of the input binary field holding the file',
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
		const property = checkToken(
			this,
			this.getNodeParameter('binaryPropertyName', i),
			'Input Binary Field',
			i,
			{ required: true },
		) as string;
		const binary = this.helpers.assertBinaryData(i, property);
		const mimeType = String(binary.mimeType ?? '')
			.split(';')[0]
			.trim()
			.toLowerCase();
		if (!MIME_TYPES.includes(mimeType))
			invalidInput(
				this,
				'Input Binary Field',
				`holds a ${mimeType || 'file of unknown type'}; Wyre takes JPEG, PNG or PDF`,
				i,
			);
		const bytes = await this.helpers.getBinaryDataBuffer(i, property);
		if (!bytes.length) invalidInput(this, 'Input Binary Field', 'holds an empty file', i);
		if (bytes.length > MAX_BYTES)
			invalidInput(
				this,
				'Input Binary Field',
				`holds ${bytes.length} bytes; at most ${MAX_BYTES} are sent`,
				i,
			);
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
