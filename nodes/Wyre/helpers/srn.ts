import type { IExecuteFunctions, INodePropertyOptions } from 'n8n-workflow';
import { checkAddress } from '../../shared/addresses';
import { checkText, checkToken, invalidInput } from '../../shared/params';
import type { IdKind } from './params';
import { checkWyreId } from './params';

/**
 * SRNs (Wyre's "system resource names"): `<type>:<value>`. The node emits the type in lower case
 * (Wyre's own examples mix `paymentmethod:` and `paymentMethod:`).
 */
export const SRN_TYPES: INodePropertyOptions[] = [
	{ name: 'Wallet', value: 'wallet', description: 'A Wyre wallet (WA_…)' },
	{ name: 'Account', value: 'account', description: 'A Wyre account (AC_…)' },
	{ name: 'Payment Method', value: 'paymentmethod', description: 'A bank account (PA_…)' },
	{ name: 'Bitcoin Address', value: 'bitcoin', description: 'An external Bitcoin address' },
	{ name: 'Ethereum Address', value: 'ethereum', description: 'An external Ethereum address' },
	{ name: 'Email', value: 'email', description: 'An email address Wyre sends a claim link to' },
	{ name: 'Transfer', value: 'transfer', description: 'A transfer (TF_…)' },
	{ name: 'Raw SRN', value: 'raw', description: 'A whole SRN, e.g. wallet:WA_… or stellar:…' },
];

/** The SRN types a transfer's source or destination may be. */
export const TRANSFER_SRN_TYPES = [
	'wallet',
	'account',
	'paymentmethod',
	'bitcoin',
	'ethereum',
	'email',
	'raw',
];

/** The SRN types a data subscription may watch. */
export const SUBSCRIPTION_SRN_TYPES = ['wallet', 'account', 'transfer', 'paymentmethod', 'raw'];

const ID_OF: Record<string, IdKind> = {
	wallet: 'wallet',
	account: 'account',
	paymentmethod: 'paymentMethod',
	transfer: 'transfer',
};

/** The SRN types a raw SRN may have (service: is read-only: Wyre itself uses it as a source). */
const RAW_TYPES = new Set([
	'wallet',
	'account',
	'paymentmethod',
	'transfer',
	'bitcoin',
	'ethereum',
	'stellar',
	'email',
]);

const EMAIL = /^[^\s@:/]+@[^\s@:/]+\.[A-Za-z]{2,}$/;

/** Checks one SRN value for its type and returns the SRN as it will be sent. */
export function checkSrnValue(
	ctx: IExecuteFunctions,
	type: string,
	value: unknown,
	field: string,
	i: number,
): string {
	const kind = ID_OF[type];
	if (kind) return `${type}:${checkWyreId(ctx, value, field, i, kind)}`;
	const text = checkToken(ctx, value, field, i, { required: true, maxLength: 200 }) as string;
	if (type === 'bitcoin' || type === 'ethereum') {
		const coin = type === 'bitcoin' ? 'BTC' : 'ETH';
		const check = checkAddress(coin, text, { network: 'any' });
		if (!check?.valid)
			invalidInput(
				ctx,
				field,
				`"${text}" is not a valid ${type === 'bitcoin' ? 'Bitcoin' : 'Ethereum'} address: ${check?.reason ?? ''}`,
				i,
			);
		return `${type}:${text}`;
	}
	if (type === 'email') {
		if (!EMAIL.test(text)) invalidInput(ctx, field, `"${text}" is not an email address`, i);
		return `email:${text}`;
	}
	if (type === 'stellar') {
		if (!/^G[A-Z2-7]{55}(:[^\s:]{1,28})?$/.test(text))
			invalidInput(ctx, field, `"${text}" is not a Stellar address (G…, optionally :memo)`, i);
		return `stellar:${text}`;
	}
	return invalidInput(ctx, field, `has an unknown SRN type "${type}"`, i);
}

/** A whole SRN typed by the user ("wallet:WA_…", "bitcoin:bc1…"). */
export function checkRawSrn(
	ctx: IExecuteFunctions,
	value: unknown,
	field: string,
	i: number,
): string {
	const text = checkText(ctx, value, field, i, { required: true, maxLength: 220 }) as string;
	const m = /^([A-Za-z]+):(.+)$/.exec(text);
	if (!m)
		invalidInput(ctx, field, `"${text}" is not an SRN (type:value, e.g. wallet:WA_8AFWHMHLYXH)`, i);
	const type = m[1].toLowerCase();
	if (!RAW_TYPES.has(type))
		invalidInput(
			ctx,
			field,
			`"${text}" has the SRN type "${m[1]}"; expected one of ${[...RAW_TYPES].join(', ')}`,
			i,
		);
	return checkSrnValue(ctx, type, m[2], field, i);
}

/** Reads an SRN from a type dropdown (`<name>Type`) and a value field (`<name>`). */
export function readSrn(
	ctx: IExecuteFunctions,
	name: string,
	label: string,
	i: number,
	types: string[] = TRANSFER_SRN_TYPES,
): string {
	const type = ctx.getNodeParameter(`${name}Type`, i, '');
	const value = ctx.getNodeParameter(name, i, '');
	if (typeof type !== 'string' || !types.includes(type))
		invalidInput(ctx, `${label} Type`, `must be one of ${types.join(', ')}`, i);
	if (type === 'raw') return checkRawSrn(ctx, value, label, i);
	return checkSrnValue(ctx, type, value, label, i);
}
