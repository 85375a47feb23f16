import type { IDataObject, IExecuteFunctions, IPollFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { cachedCredentials } from '../../shared/transport';
import type { RawValue } from './signature';
import { checkSignature, member, parseRaw } from './signature';

/** How the answers of one operation or poll are checked. */
export interface Verification {
	/** Signatures are checked (the option is on and the credential has a Secret Key). */
	verify: boolean;
	/** An answer without a signature is an error. */
	require: boolean;
	secretKey: string;
}

/** 'not signed' when the answer carried no signature; false when nothing was checked. */
export type SignatureVerified = true | false | 'not signed';

type Ctx = IExecuteFunctions | IPollFunctions;

export async function verificationFor(
	ctx: Ctx,
	options: IDataObject,
	itemIndex?: number,
): Promise<Verification> {
	const credentials = await cachedCredentials(ctx, 'whirApi');
	const secretKey = String(credentials.secretKey ?? '');
	const require = options.requireSignature === true;
	if (require && !secretKey) {
		throw new NodeOperationError(
			ctx.getNode(),
			'Require Signature is on, but the Whir credential has no Secret Key',
			{
				itemIndex,
				description:
					'Nothing was sent. Add the Secret Key Whir support gave you to the credential, or turn Require Signature off.',
			},
		);
	}
	return {
		verify: (options.verifySignature !== false || require) && secretKey !== '',
		require,
		secretKey,
	};
}

/** An answer that failed verification: nothing from it may be used. */
export function signatureError(
	ctx: Ctx,
	what: string,
	reason: string,
	options: { itemIndex?: number; moneyHint?: string } = {},
): NodeOperationError {
	const cause = options.moneyHint
		? `The transaction may or may not have been created at Whir: deposit to NO address from this answer. Find out first: ${options.moneyHint}.`
		: 'If the Secret Key in the credential is the one Whir support gave you, this answer did not come from Whir unaltered.';
	const error = new NodeOperationError(
		ctx.getNode(),
		`Whir: the answer to ${what} failed signature verification (${reason}); it may be forged or altered, so nothing from it is output`,
		{
			itemIndex: options.itemIndex,
			description: `${cause} Check that the credential's Secret Key is right.`,
		},
	);
	// For a money request an answer that cannot be trusted proves nothing either way.
	if (options.moneyHint) error.context.outcome = 'unknown';
	return error;
}

/**
 * Verifies one answer object (`raw`: its raw value) and returns what goes into `signatureVerified`;
 * throws signatureError when it does not verify.
 */
export function verifyAnswer(
	ctx: Ctx,
	raw: RawValue | undefined,
	v: Verification,
	what: string,
	options: { itemIndex?: number; moneyHint?: string; allowUnsigned?: boolean } = {},
): SignatureVerified {
	if (!v.verify) return false;
	if (!raw) throw signatureError(ctx, what, 'the answer is not a JSON object', options);
	const check = checkSignature(raw, v.secretKey);
	if (check.status === 'valid') return true;
	if (check.status === 'invalid') throw signatureError(ctx, what, check.reason, options);
	if (v.require && !options.allowUnsigned)
		throw signatureError(
			ctx,
			what,
			'it carries no signature, and Require Signature is on',
			options,
		);
	return 'not signed';
}

/** The raw value of an answer's text when it will be verified (undefined when unreadable). */
export function rawAnswer(text: string, v: Verification): RawValue | undefined {
	if (!v.verify) return undefined;
	try {
		const raw = parseRaw(text);
		return raw.kind === 'object' ? raw : undefined;
	} catch {
		return undefined;
	}
}

/** The raw transactions of a list answer, by position. */
export function rawListItems(raw: RawValue | undefined): RawValue[] {
	const list = raw && member(raw, 'transactions');
	return list?.kind === 'array' ? list.items : [];
}
