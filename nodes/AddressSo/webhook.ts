/**
 * One Address.so callback: an HTTP GET whose query string carries the data and a `sign`. Verified
 * over the RAW query string as received (never one rebuilt from n8n's parsed query), bound to the
 * watched wallet or account, optionally confirmed by the API, each transaction emitted once.
 * Refusals: 401 (unsigned, bad signature, other entity, not confirmed), 413 (too long), 415 (a
 * body), 503 (the API could not be asked); none starts an execution. Nothing here evaluates an
 * expression: the settings come from the static data written at activation.
 */
import type { IDataObject, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';
import { cachedCredentials } from '../shared/transport';
import {
	acceptWebhook,
	answerWebhook,
	ignoreWebhook,
	rejectWebhook,
} from '../shared/webhook/answers';
import { contentType, header, rawQueryString } from '../shared/webhook/body';
import type { CallbackData } from './trigger/callback';
import { boundTo, readCallbackData } from './trigger/callback';
import { confirmCallback } from './trigger/confirm';
import { firstDelivery } from './trigger/dedupe';
import { readCallbackQuery } from './trigger/query';
import { deliverySettings, entityIdOf } from './trigger/settings';
import { macsToTry, verifyCallback } from './trigger/verify';
import { CREDENTIAL_TYPE } from './transport';

/** A callback has no body: a request with one is not from Address.so. */
function hasBody(ctx: IWebhookFunctions): boolean {
	const length = header(ctx, 'content-length');
	const raw = (ctx.getRequestObject() as unknown as { rawBody?: unknown }).rawBody;
	return (
		contentType(ctx).startsWith('multipart/') ||
		(length !== undefined && length.trim() !== '0') ||
		header(ctx, 'transfer-encoding') !== undefined ||
		(Buffer.isBuffer(raw) && raw.length > 0)
	);
}

/** The verified callback as the workflow gets it without the API (ids numbers, amounts text). */
function callbackOutput(data: CallbackData): IDataObject {
	return JSON.parse(JSON.stringify(data)) as IDataObject;
}

export async function handleCallback(this: IWebhookFunctions): Promise<IWebhookResponseData> {
	if (hasBody(this)) return rejectWebhook.call(this, 415);
	const query = readCallbackQuery(rawQueryString(this));
	if (typeof query === 'number') return rejectWebhook.call(this, query);

	let credentials: IDataObject;
	try {
		credentials = await cachedCredentials(this, CREDENTIAL_TYPE);
	} catch {
		return rejectWebhook.call(this, 401);
	}
	const settings = deliverySettings.call(this);
	const macs = macsToTry(credentials.signingScheme, settings.eitherMac);
	const verified = verifyCallback(query, String(credentials.secretToken ?? ''), macs);
	if (!verified) return rejectWebhook.call(this, 401);

	const data = readCallbackData(query.pairs);
	if (!data) return rejectWebhook.call(this, 401);
	const bound = boundTo(data, settings.watched);
	if (bound === 'no' || (bound === 'ask' && !settings.confirmViaApi))
		return rejectWebhook.call(this, 401);

	let out: IDataObject;
	if (settings.confirmViaApi) {
		const confirmation = await confirmCallback.call(this, data, settings.watched);
		if (!confirmation.ok) {
			return confirmation.status === 503
				? answerWebhook.call(this, 503)
				: rejectWebhook.call(this, 401);
		}
		out = { ...confirmation.data, callback: callbackOutput(data) };
	} else {
		out = callbackOutput(data);
	}

	const uuid = data.last_transaction?.uuid;
	// Authentic, but this transaction was emitted already: acknowledged, nothing started.
	if (uuid !== undefined && !firstDelivery(this, uuid)) return ignoreWebhook.call(this);

	const staticData = this.getWorkflowStaticData('node');
	return acceptWebhook.call(this, {
		event: 'balanceChanged',
		...out,
		confirmed_via_api: settings.confirmViaApi,
		webhook: {
			id: typeof staticData.webhookId === 'string' ? staticData.webhookId : null,
			type: settings.watched.type,
			entity_id: Number(entityIdOf(settings.watched)),
		},
		signature: { form: verified.form, mac: verified.mac },
	});
}
