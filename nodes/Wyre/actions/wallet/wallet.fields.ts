import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { checkText, checkUrl, invalidInput } from '../../../shared/params';

export const WALLET_TYPES = [
	{ name: 'Default', value: 'DEFAULT' },
	{ name: 'Enterprise', value: 'ENTERPRISE' },
	{ name: 'Savings', value: 'SAVINGS', description: 'A rewards wallet (interest payouts)' },
];

export const walletNameField: INodeProperties = {
	displayName: 'Name',
	name: 'name',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'user-1234',
	description: 'Your unique identifier for this wallet (e.g. your user ID)',
};

export const walletExtraFields: INodeProperties[] = [
	{
		displayName: 'Callback URL',
		name: 'callbackUrl',
		type: 'string',
		default: '',
		description: "Wyre posts the wallet's transactions here (see the Wyre Trigger)",
	},
	{
		displayName: 'Notes',
		name: 'notes',
		type: 'string',
		default: '',
		description: 'Your notes about this wallet',
	},
];

export const walletTypeField: INodeProperties = {
	displayName: 'Type',
	name: 'type',
	type: 'options',
	options: WALLET_TYPES,
	default: 'DEFAULT',
};

/** The fields of a wallet to create, from one item: name, type and the optional ones. */
export function walletBody(
	ctx: IExecuteFunctions,
	i: number,
	at: (key: string) => unknown,
	label = '',
): IDataObject {
	const name = checkText(ctx, at('name'), `${label}Name`, i, { required: true, maxLength: 200 });
	const type = at('type') ?? 'DEFAULT';
	if (!WALLET_TYPES.some((t) => t.value === type))
		invalidInput(ctx, `${label}Type`, 'must be DEFAULT, ENTERPRISE or SAVINGS', i);
	const extra = (at('additionalFields') ?? {}) as IDataObject;
	const body: IDataObject = { name, type };
	const callbackUrl = checkUrl(ctx, extra.callbackUrl, `${label}Callback URL`, i);
	const notes = checkText(ctx, extra.notes, `${label}Notes`, i, { maxLength: 2000 });
	if (callbackUrl) body.callbackUrl = callbackUrl;
	if (notes) body.notes = notes;
	return body;
}
