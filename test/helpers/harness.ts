/**
 * Runs our nodes through n8n's own execution code (n8n-core's ExecuteContext, WebhookContext,
 * LoadOptionsContext and HookContext) with our real credential classes: every HTTP request goes
 * through n8n-core's httpRequestWithAuthentication, which calls the credential's authenticate()
 * exactly as n8n's CredentialsHelper does, and then over real HTTP to the local sandbox.
 */
import {
	ExecuteContext,
	HookContext,
	LoadOptionsContext,
	PollContext,
	WebhookContext,
} from 'n8n-core';
import type {
	IBinaryKeyData,
	ICredentialDataDecryptedObject,
	ICredentialType,
	IDataObject,
	IHttpRequestOptions,
	INode,
	INodeExecutionData,
	INodeType,
	INodeTypes,
	IRunExecutionData,
	IWebhookData,
	IWorkflowExecuteAdditionalData,
	IWebhookResponseData,
	INodePropertyOptions,
} from 'n8n-workflow';
import { Workflow } from 'n8n-workflow';

export interface NodeSetup {
	nodeType: INodeType;
	/** e.g. 'n8n-nodes-crypto-payments.westWallet' */
	type: string;
	parameters: IDataObject;
	credentialType?: ICredentialType;
	credentials?: ICredentialDataDecryptedObject;
	continueOnFail?: boolean;
	/** The workflow's static data: pass the same object to later calls (activation, deliveries). */
	staticData?: IDataObject;
	/** The execution's cancel signal (what getExecutionCancelSignal() returns). */
	abortSignal?: AbortSignal;
	/** The node's "On Error" setting; overrides continueOnFail (route the output with onError.ts). */
	onError?: INode['onError'];
	/**
	 * The saved credential's id. Each call gets a new one unless given: n8n identifies a credential
	 * by its id, and triggers keep a credential for a few seconds between deliveries by that id.
	 */
	credentialId?: string;
	/** The node's typeVersion in the workflow (default 1). */
	typeVersion?: number;
}

let credentialIds = 0;

/** Every request that went through authenticate(), as signed (for assertions). */
export const authenticatedRequests: IHttpRequestOptions[] = [];

function makeNode(setup: NodeSetup): INode {
	const node: INode = {
		id: 'node-1',
		name: 'Node Under Test',
		type: setup.type,
		typeVersion: setup.typeVersion ?? 1,
		position: [0, 0],
		parameters: setup.parameters as INode['parameters'],
	};
	if (setup.credentialType) {
		const id = setup.credentialId ?? `cred-${++credentialIds}`;
		node.credentials = { [setup.credentialType.name]: { id, name: 'Test credential' } };
	}
	if (setup.continueOnFail) node.onError = 'continueRegularOutput';
	if (setup.onError) node.onError = setup.onError;
	return node;
}

function makeWorkflow(setup: NodeSetup, node: INode): Workflow {
	const nodeTypes: INodeTypes = {
		getByName: () => setup.nodeType,
		getByNameAndVersion: () => setup.nodeType,
		getKnownTypes: () => ({}),
	} as unknown as INodeTypes;
	return new Workflow({
		id: 'wf-1',
		name: 'Test',
		nodes: [node],
		connections: {},
		active: false,
		nodeTypes,
		staticData: setup.staticData ?? {},
	});
}

function makeAdditionalData(setup: NodeSetup): IWorkflowExecuteAdditionalData {
	const credentialType = setup.credentialType;
	const credentialsHelper = {
		getParentTypes: () => [],
		isCredentialUsableByNode: () => true,
		async getDecrypted() {
			if (!setup.credentials) throw new Error('No credentials in this test');
			return { ...setup.credentials };
		},
		// Mirrors n8n's CredentialsHelper.preAuthentication: only for an expirable hidden property.
		async preAuthentication(
			helpers: { helpers: unknown },
			credentials: ICredentialDataDecryptedObject,
			_type: string,
			_node: INode,
			expired: boolean,
		) {
			if (!credentialType?.preAuthentication) return undefined;
			const expirable = credentialType.properties.find(
				(p) => p.type === 'hidden' && p.typeOptions?.expirable === true,
			);
			if (!expirable) return undefined;
			if (
				credentials[expirable.name] === '' ||
				credentials[expirable.name] === undefined ||
				expired
			) {
				// n8n calls it with `this` = { helpers: { httpRequest } } (IHttpRequestHelper)
				const output = await credentialType.preAuthentication.call(helpers as never, credentials);
				Object.assign(setup.credentials ?? {}, output);
				return output as ICredentialDataDecryptedObject;
			}
			return undefined;
		},
		// Mirrors n8n's CredentialsHelper.authenticate for function-form authenticate.
		async authenticate(
			credentials: ICredentialDataDecryptedObject,
			_type: string,
			requestOptions: IHttpRequestOptions,
		) {
			if (typeof credentialType?.authenticate !== 'function')
				throw new Error('credential has no function-form authenticate');
			const signed = await credentialType.authenticate(credentials, requestOptions);
			authenticatedRequests.push(JSON.parse(JSON.stringify(signed)));
			return signed;
		},
	};
	return {
		credentialsHelper,
		executeWorkflow: async () => ({}),
		restApiUrl: 'http://localhost/rest',
		instanceBaseUrl: 'http://localhost/',
		webhookBaseUrl: 'http://localhost/webhook/',
		webhookWaitingBaseUrl: 'http://localhost/webhook-waiting/',
		webhookTestBaseUrl: 'http://localhost/webhook-test/',
		formWaitingBaseUrl: 'http://localhost/form-waiting/',
		currentNodeParameters: undefined,
		executionTimeoutTimestamp: undefined,
		userId: 'user-1',
		variables: {},
		logAiEvent: () => undefined,
		getRunExecutionData: async () => undefined,
	} as unknown as IWorkflowExecuteAdditionalData;
}

function emptyRunData(): IRunExecutionData {
	return {
		version: 1,
		startData: {},
		resultData: { runData: {} },
		executionData: {
			contextData: {},
			nodeExecutionStack: [],
			metadata: {},
			waitingExecution: {},
			waitingExecutionSource: {},
		},
	} as unknown as IRunExecutionData;
}

/** Runs the node's execute() for the given input items; returns its output or throws its error. */
export async function runNode(
	setup: NodeSetup,
	input: IDataObject[] = [{}],
	binaries?: Array<IBinaryKeyData | undefined>,
): Promise<INodeExecutionData[][]> {
	const node = makeNode(setup);
	const workflow = makeWorkflow(setup, node);
	const items: INodeExecutionData[] = input.map((json, i) =>
		binaries?.[i] ? { json, binary: binaries[i] } : { json },
	);
	const ctx = new ExecuteContext(
		workflow,
		node,
		makeAdditionalData(setup),
		'manual',
		emptyRunData(),
		0,
		items,
		{ main: [items] },
		{ node, data: { main: [items] }, source: { main: [{ previousNode: 'Start' }] } },
		[],
		setup.abortSignal,
	);
	const output = (await setup.nodeType.execute!.call(ctx)) as INodeExecutionData[][];
	// As n8n's WorkflowExecute.normalizeNodeErrors: an item carrying `error` keeps only its message.
	for (const items of output ?? [])
		for (const item of items)
			if (item.error !== undefined) item.json = { error: item.error.message };
	return output;
}

/** Runs a loadOptions method of the node. */
export async function loadOptions(
	setup: NodeSetup,
	method: string,
): Promise<INodePropertyOptions[]> {
	const node = makeNode(setup);
	const workflow = makeWorkflow(setup, node);
	const ctx = new LoadOptionsContext(workflow, node, makeAdditionalData(setup), 'parameters');
	const fn = setup.nodeType.methods!.loadOptions![method];
	return await fn.call(ctx);
}

export interface PollResult {
	/** What poll() returned: null (nothing new) or the emitted items' JSON. */
	items: IDataObject[] | null;
}

/**
 * Runs a polling trigger's poll() once in n8n-core's PollContext, as n8n's poll executor does.
 * `staticData` is the node's static data: pass the SAME object again for the next poll (or a JSON
 * copy of it, as after a restart, when n8n reloads it from the database).
 */
export async function runPoll(
	setup: NodeSetup,
	staticData: IDataObject,
	mode: 'trigger' | 'manual' = 'trigger',
): Promise<PollResult> {
	const node = makeNode(setup);
	const workflow = makeWorkflow(setup, node);
	const ctx = new PollContext(
		workflow,
		node,
		makeAdditionalData(setup),
		mode,
		'activate',
		undefined,
		undefined,
		undefined,
		undefined,
		() => staticData,
	);
	const out = await setup.nodeType.poll!.call(ctx);
	return { items: out ? out[0].map((i) => i.json) : null };
}

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
