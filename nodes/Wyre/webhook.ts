import type { IDataObject, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';
import { parseJsonKeepingText } from '../shared/json';
import { cachedCredentials } from '../shared/transport';
import {
	acceptWebhook,
	answerWebhook,
	ignoreWebhook,
	rejectWebhook,
} from '../shared/webhook/answers';
import { header, parseJsonObject, readRawBody } from '../shared/webhook/body';
import { hmac, verifySignature } from '../shared/webhook/verify';
import { isMoneyPath } from './transport';
import { alreadySeen, markSeen } from './trigger/dedupe';
import type { Outcome } from './trigger/deliveries';
import { objectUpdate, walletOrder, walletTransaction } from './trigger/deliveries';
import { sourceOf } from './trigger/target';

/** Wyre's signature header (its docs write it in several cases; header names are case-insensitive). */
export const SIGNATURE_HEADER = 'X-Api-Signature';

/** The key Wyre signs callbacks with: the credential's Webhook Secret, else its Secret Key (§5.1). */
export function webhookSecret(credentials: IDataObject): string {
	const own = String(credentials.webhookSecret ?? '');
	return own.trim() ? own : String(credentials.secretKey ?? '');
}

/** The signature of a delivery over its raw body: valid, invalid, or absent. */
export function signatureState(
	ctx: IWebhookFunctions,
	raw: Buffer,
	secret: string,
): 'valid' | 'invalid' | 'absent' {
	const given = header(ctx, SIGNATURE_HEADER);
	if (given === undefined || given.trim() === '') return 'absent';
	const valid = verifySignature({
		expected: () => (secret ? hmac('sha256', secret, raw) : null),
		actual: () => given,
		hex: true,
	});
	return valid ? 'valid' : 'invalid';
}

/** A callback body as a JSON object, amounts kept as the exact decimal text Wyre sent. */
export function parseCallbackBody(raw: Buffer): IDataObject | undefined {
	return parseJsonObject(raw, (text) => parseJsonKeepingText(text, isMoneyPath));
}

/**
 * One delivery: the raw body, its signature (wallet callbacks must be signed; other notices are
 * checked when signed, and must be when "Require Signature" is on), then the source's checks
 * (trigger/deliveries.ts), the filters, and each transaction or object state once.
 */
export async function handleWebhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
	const source = sourceOf(this);
	const body = await readRawBody(this);
	if (!body.ok) return rejectWebhook.call(this, body.status);

	let secret = '';
	try {
		secret = webhookSecret(await cachedCredentials(this, 'wyreApi'));
	} catch {
		secret = '';
	}
	const signature = signatureState(this, body.raw, secret);
	if (signature === 'invalid') return rejectWebhook.call(this, 401);
	if (signature === 'absent') {
		const required =
			source === 'walletTransaction' ||
			(this.getNodeParameter('requireSignature', false) as boolean);
		if (required) return rejectWebhook.call(this, 401);
	}

	const data = parseCallbackBody(body.raw);
	if (!data) return rejectWebhook.call(this, 401);

	const outcome: Outcome =
		source === 'walletTransaction'
			? await walletTransaction.call(this, data)
			: source === 'objectUpdate'
				? await objectUpdate.call(this, data)
				: await walletOrder.call(this, data);

	if (outcome.kind === 'refuse') return rejectWebhook.call(this, 401);
	// The API could not be asked: nothing is emitted; "try again later".
	if (outcome.kind === 'unavailable') return answerWebhook.call(this, 503);
	if (outcome.kind === 'ignore') return ignoreWebhook.call(this);
	// Authentic, but this transaction or object state was emitted already: acknowledged only.
	if (alreadySeen(this, outcome.key)) return ignoreWebhook.call(this);
	markSeen(this, outcome.key);
	return acceptWebhook.call(this, outcome.data);
}
