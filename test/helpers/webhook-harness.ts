/**
 * The webhook half of the harness: a trigger's webhookMethods (activation) in n8n-core's
 * HookContext, and one delivery to its webhook() in WebhookContext with an Express-like request and
 * response, answered as n8n 2.41's webhook server answers.
 */
import { HookContext, WebhookContext } from 'n8n-core';
import type {
	IDataObject,
	IWebhookData,
	IWebhookResponseData,
	IWorkflowExecuteAdditionalData,
} from 'n8n-workflow';
import type { NodeSetup } from './n8n-context';
import { makeAdditionalData, makeNode, makeWorkflow } from './n8n-context';

/** Runs a webhookMethods lifecycle method (activation). */
export async function runHook(
	setup: NodeSetup,
	method: 'checkExists' | 'create' | 'delete',
): Promise<boolean> {
	const node = makeNode(setup);
	const workflow = makeWorkflow(setup, node);
	const webhookData = {
		webhookDescription: setup.nodeType.description.webhooks![0],
		node: node.name,
		workflowId: 'wf-1',
	} as unknown as IWebhookData;
	const ctx = new HookContext(
		workflow,
		node,
		makeAdditionalData(setup),
		'trigger',
		'activate',
		webhookData,
	);
	return await setup.nodeType.webhookMethods!.default![method]!.call(ctx);
}

export interface FakeRequest {
	method?: string;
	headers?: Record<string, string>;
	/** The raw body bytes as they arrived. */
	rawBody?: Buffer | string;
	/** What n8n's body parser made of it (defaults to JSON.parse of rawBody when it parses). */
	body?: unknown;
	query?: IDataObject;
	/** The request URL as received (path and raw query string), for GET callbacks signed over it. */
	url?: string;
	ip?: string;
	/** Simulate a content type n8n does not pre-read: rawBody only via readRawBody(). */
	lazyRawBody?: boolean;
	/** Simulate a stream n8n has already consumed (multipart): readRawBody() throws as n8n's does. */
	consumedStream?: boolean;
}

export interface WebhookResult {
	status: number | undefined;
	sent: unknown;
	response: IWebhookResponseData;
	/** True when the node handed data to the workflow, i.e. an execution would start. */
	startsExecution: boolean;
	items: IDataObject[];
}

/**
 * What n8n 2.41's executeWebhook answers when the node did not answer itself (responseMode
 * onReceived): the webhook description's responseCode (200) and, as body, its responseData
 * (n8n's default when it is not set: the text "firstEntryJson"; "noData": an empty body).
 */
function answerAsN8n(
	res: { status(code: number): unknown; send(body: unknown): unknown },
	webhookData: IWebhookData,
): void {
	const description = webhookData.webhookDescription as unknown as IDataObject;
	if ((description.responseMode ?? 'onReceived') !== 'onReceived') return;
	const data = description.responseData ?? 'firstEntryJson';
	res.status(Number(description.responseCode ?? 200));
	res.send(data === 'noData' ? undefined : data);
}

/** Content types n8n 2.41 parses for a webhook start node of typeVersion > 1 (isParsableContentType). */
function n8nParses(contentType: string | undefined): boolean {
	const type = String(contentType ?? '')
		.split(';')[0]
		.trim()
		.toLowerCase();
	if (!type) return false;
	return (
		type.startsWith('application/json') ||
		type.startsWith('text/plain') ||
		type.startsWith('application/x-www-form-urlencoded') ||
		type.endsWith('/xml') ||
		type.endsWith('+xml') ||
		type === 'multipart/form-data'
	);
}

/** Calls the trigger's webhook() with an Express-like request/response, as n8n's webhook server does. */
export async function runWebhook(setup: NodeSetup, request: FakeRequest): Promise<WebhookResult> {
	const node = makeNode(setup);
	const workflow = makeWorkflow(setup, node);
	const raw =
		request.rawBody === undefined
			? undefined
			: Buffer.isBuffer(request.rawBody)
				? request.rawBody
				: Buffer.from(request.rawBody, 'utf8');
	const headers: Record<string, string> = {};
	for (const [k, v] of Object.entries(request.headers ?? {})) headers[k.toLowerCase()] = v;
	// n8n 2.41 (parseRequestBody): for a start node of typeVersion > 1 it parses only JSON, text,
	// form and XML bodies (and multipart); any other body reaches the node unread.
	const lazy =
		request.lazyRawBody ||
		((setup.typeVersion ?? 1) > 1 &&
			!request.consumedStream &&
			!n8nParses(headers['content-type']));
	let parsed = lazy ? (request.body ?? {}) : request.body;
	if (parsed === undefined && raw) {
		try {
			parsed = JSON.parse(raw.toString('utf8'));
		} catch {
			parsed = {};
		}
	}
	const req: Record<string, unknown> = {
		method: request.method ?? 'POST',
		headers,
		body: parsed ?? {},
		query: request.query ?? {},
		url: request.url ?? '/webhook/test',
		originalUrl: request.url ?? '/webhook/test',
		ip: request.ip ?? '127.0.0.1',
		params: {},
	};
	if (request.consumedStream) {
		req.readRawBody = async () => {
			throw new Error('Request body stream was aborted or is not readable');
		};
	} else if (lazy) {
		req.readRawBody = async () => {
			req.rawBody = raw ?? Buffer.alloc(0);
		};
	} else if (raw) {
		req.rawBody = raw;
	}
	const res = {
		statusCode: undefined as number | undefined,
		sent: undefined as unknown,
		status(code: number) {
			this.statusCode = code;
			return this;
		},
		send(body: unknown) {
			this.sent = body;
			return this;
		},
		json(body: unknown) {
			this.sent = body;
			return this;
		},
		end(body?: unknown) {
			this.sent = body;
			return this;
		},
		setHeader() {
			return this;
		},
	};
	const webhookData = {
		httpMethod: 'POST',
		node: node.name,
		path: 'test',
		webhookDescription: setup.nodeType.description.webhooks![0],
		workflowId: 'wf-1',
	} as unknown as IWebhookData;
	// n8n's webhook server hands the Express objects through additionalData.httpRequest / httpResponse.
	const additionalData = makeAdditionalData(setup) as unknown as IDataObject;
	additionalData.httpRequest = req;
	additionalData.httpResponse = res;
	const ctx = new WebhookContext(
		workflow,
		node,
		additionalData as unknown as IWorkflowExecuteAdditionalData,
		'manual',
		webhookData,
		[],
		null,
	);
	const response = await setup.nodeType.webhook!.call(ctx);
	const startsExecution = Array.isArray(response.workflowData) && response.workflowData.length > 0;
	if (res.statusCode === undefined && !response.noWebhookResponse) answerAsN8n(res, webhookData);
	return {
		status: res.statusCode,
		sent: res.sent,
		response,
		startsExecution,
		items: startsExecution ? response.workflowData![0].map((i) => i.json) : [],
	};
}
