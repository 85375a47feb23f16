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

/** Answers an accepted webhook call at once and hands the data to the workflow. */
export function acceptWebhook(
	this: IWebhookFunctions,
	data: object | object[],
	body = 'OK',
): IWebhookResponseData {
	this.getResponseObject().status(200).send(body);
	const items = (Array.isArray(data) ? data : [data]).map((json) => ({ json: json as never }));
	return { noWebhookResponse: true, workflowData: [items] };
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
