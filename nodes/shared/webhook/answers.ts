import type { IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';

const TEXT: Record<number, string> = {
	200: 'OK',
	401: 'Unauthorized',
	403: 'Forbidden',
	413: 'Payload Too Large',
	415: 'Unsupported Media Type',
	503: 'Service Unavailable',
};

/** Answers the caller with a status and a fixed text, and starts no execution. */
export function answerWebhook(this: IWebhookFunctions, status: number): IWebhookResponseData {
	const res = this.getResponseObject() as ReturnType<IWebhookFunctions['getResponseObject']> & {
		headersSent?: boolean;
	};
	if (!res.headersSent) res.status(status).send(TEXT[status] ?? 'Error');
	return { noWebhookResponse: true };
}

/**
 * Answers a rejected webhook call and starts no execution. The answer says nothing about which
 * check failed.
 */
export function rejectWebhook(
	this: IWebhookFunctions,
	status: 401 | 403 | 413 | 415 = 401,
): IWebhookResponseData {
	return answerWebhook.call(this, status);
}

/** An authentic delivery the user's filters leave out: acknowledged with 200, no execution. */
export function ignoreWebhook(this: IWebhookFunctions): IWebhookResponseData {
	return answerWebhook.call(this, 200);
}

/**
 * The `webhooks` entry fields of a trigger whose accepted calls n8n answers: 200 and "OK", sent
 * once n8n has recorded the execution (so a delivery acknowledged to the provider is one n8n
 * holds). As with the Webhook node's Response Data option, n8n sends `responseData` as the body.
 */
export const ANSWERED_BY_N8N = { responseMode: 'onReceived', responseData: 'OK' } as const;

/** Hands an accepted webhook call to the workflow; n8n answers it (see ANSWERED_BY_N8N). */
export function acceptWebhook(
	this: IWebhookFunctions,
	data: object | object[],
): IWebhookResponseData {
	const items = (Array.isArray(data) ? data : [data]).map((json) => ({ json: json as never }));
	return { workflowData: [items] };
}

/**
 * Runs a trigger's webhook handler so that no delivery, however hostile, can make it throw: n8n
 * would answer 500 and record a failed execution (filling the executions list and firing the
 * error workflow). Anything unexpected is a plain 401 with no execution.
 */
export async function guardWebhook(
	this: IWebhookFunctions,
	handler: (this: IWebhookFunctions) => Promise<IWebhookResponseData>,
): Promise<IWebhookResponseData> {
	try {
		return await handler.call(this);
	} catch {
		return rejectWebhook.call(this, 401);
	}
}
