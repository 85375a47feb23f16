import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { checkText, checkToken, invalidInput } from '../../../shared/params';

export const profileFieldsProperty: INodeProperties = {
	displayName: 'Profile Fields',
	name: 'profileFields',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true },
	placeholder: 'Add Profile Field',
	default: {},
	description: "The account's KYC fields, e.g. individualLegalName, individualEmail",
	options: [
		{
			displayName: 'Field',
			name: 'field',
			values: [
				{
					displayName: 'Field ID',
					name: 'fieldId',
					type: 'string',
					default: '',
					placeholder: 'individualLegalName',
				},
				{
					displayName: 'Value',
					name: 'value',
					type: 'string',
					default: '',
					description:
						'Text, or a JSON object when Value Is JSON is on (e.g. the address of individualResidenceAddress)',
				},
				{
					displayName: 'Value Is JSON',
					name: 'json',
					type: 'boolean',
					default: false,
					description:
						'Whether the value is a JSON object (street1, city, state, postalCode, country…)',
				},
			],
		},
	],
};

/** The profile fields as Wyre takes them: [{fieldId, value}], values text or JSON objects. */
export function readProfileFields(ctx: IExecuteFunctions, i: number): IDataObject[] {
	const raw = ctx.getNodeParameter('profileFields', i, {}) as IDataObject;
	const rows = (raw?.field ?? []) as IDataObject[];
	if (!Array.isArray(rows)) invalidInput(ctx, 'Profile Fields', 'must be a list of fields', i);
	return rows.map((row, k) => {
		const label = `Profile Fields → Field ${k + 1}`;
		const fieldId = checkToken(ctx, row.fieldId, `${label} → Field ID`, i, {
			required: true,
			maxLength: 80,
			pattern: /^[A-Za-z][A-Za-z0-9_]*$/,
			expected: 'a field id (letters and digits, e.g. individualLegalName)',
		}) as string;
		if (row.json === true) {
			let value: unknown = row.value;
			if (typeof value === 'string') {
				try {
					value = JSON.parse(value);
				} catch {
					invalidInput(ctx, `${label} → Value`, 'is not valid JSON', i);
				}
			}
			if (!value || typeof value !== 'object' || Array.isArray(value))
				invalidInput(ctx, `${label} → Value`, 'must be a JSON object', i);
			return { fieldId, value: value as IDataObject };
		}
		const value = checkText(ctx, row.value, `${label} → Value`, i, {
			required: true,
			maxLength: 2000,
		});
		return { fieldId, value };
	});
}
