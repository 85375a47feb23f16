import type { IDataObject } from 'n8n-workflow';
import type { ProviderError } from '../../shared/transport';

/**
 * Wyre's documented error types (the `type` of its error body), each with what a user can do. The
 * HTTP status comes with them: 400 for most, 401 AccessDenied, 404 (or 400 in older docs) NotFound,
 * 429 RateLimit, 500 Unknown.
 */
export const WYRE_ERRORS: Record<string, string> = {
	ValidationException:
		'Wyre refused a value of the request: correct the field it names (problematicField) and send again',
	FieldRequiredException: 'A required field is missing: fill in the field Wyre names',
	InsufficientFundsException:
		'The source does not hold enough funds for this amount plus fees: fund it, or send less',
	AccessDeniedException:
		'The API key, secret key or signature was refused, or the key may not do this (or act as this sub-account): check the Wyre credential (keys, environment, authentication mode) and the clock of this server',
	TransferException:
		'Wyre refused the transfer: check its source, destination, currencies and amount',
	MFARequiredException:
		'This action needs multi-factor confirmation in the Wyre dashboard: it cannot be done through the API key alone',
	CustomerSupportException: 'Wyre asks you to contact its customer support about this account',
	NotFoundException: 'Nothing was found with this id (or it belongs to another account)',
	RateLimitException: 'Too many requests to Wyre: reads are retried automatically, wait and rerun',
	UnknownException: 'Wyre had an internal error',
};

/** What to do for the sub-types a user meets most (the type's advice covers the others). */
export const WYRE_SUBTYPES: Record<string, string> = {
	SENDER_PROVIDED_ID_IN_USE:
		'a transfer with this Custom ID already exists: the item was sent before (Transfer → Check Outcome finds it); use a new Custom ID only for a NEW transfer',
	TRANSACTION_AMOUNT_TOO_SMALL: 'the amount is below the minimum for this currency',
	UNSUPPORTED_SOURCE_CURRENCY: 'the source cannot send this currency',
	CANNOT_SEND_SELF_FUNDS: 'the source and the destination are the same',
	INVALID_PAYMENT_METHOD: 'the payment method is not valid for this transfer',
	PAYMENT_METHOD_INACTIVE: 'the payment method is not active yet (or any more)',
	FIELD_REQUIRED: 'a required field is missing',
	INVALID_VALUE: 'a value is not accepted',
};

function text(value: unknown): string | undefined {
	return typeof value === 'string' && value !== '' ? value : undefined;
}

/**
 * Wyre's error body `{language, exceptionId, errorCode, message, type, transient, subType?,
 * problematicField?, problematicValue?, compositeType?}` as a provider error: the code is the
 * `type`; the other fields are kept as details (problematicValue is left out: it may echo input).
 */
export function parseWyreError(statusCode: number, body: unknown): ProviderError | undefined {
	const b =
		body && typeof body === 'object' && !Array.isArray(body) ? (body as IDataObject) : undefined;
	const type = text(b?.type);
	if (b && type && /^[A-Za-z]+$/.test(type) && (text(b.message) || text(b.errorCode))) {
		const details: IDataObject = { type };
		for (const key of ['subType', 'problematicField', 'errorCode', 'exceptionId', 'message'])
			if (text(b[key])) details[key] = b[key];
		if (typeof b.transient === 'boolean') details.transient = b.transient;
		if (statusCode >= 400 || b.exceptionId !== undefined)
			return { code: type, message: text(b.message) ?? text(b.errorCode) ?? type, details };
	}
	if (statusCode >= 400)
		return { code: `http_${statusCode}`, message: `Wyre answered HTTP ${statusCode}.` };
	return undefined;
}

/** "Wyre's message (sub-type X, field Y): what to do". */
export function explainWyreError(
	code: string,
	statusCode: number,
	error?: ProviderError,
): string | undefined {
	const details = error?.details ?? {};
	const advice = WYRE_ERRORS[code];
	if (!advice && !error?.details)
		return statusCode >= 500 ? 'Wyre had an internal error' : undefined;
	const subType = text(details.subType);
	const field = text(details.problematicField);
	const about = [subType && `sub-type ${subType}`, field && `field "${field}"`]
		.filter(Boolean)
		.join(', ');
	const what = (subType && WYRE_SUBTYPES[subType]) || advice;
	const said = error?.message ? error.message.replace(/\.$/, '') : code;
	return `${said}${about ? ` (${about})` : ''}${what ? `: ${what}` : ''}`;
}

/**
 * Error types whose answer PROVES Wyre did not carry out a write or transfer: every documented
 * 4xx refusal. RateLimit (429) and Unknown (500) prove nothing.
 */
export const REFUSAL_TYPES = new Set([
	'ValidationException',
	'FieldRequiredException',
	'InsufficientFundsException',
	'AccessDeniedException',
	'TransferException',
	'MFARequiredException',
	'CustomerSupportException',
	'NotFoundException',
]);
