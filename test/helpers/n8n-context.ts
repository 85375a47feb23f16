/**
 * The pieces of n8n the harness builds a node's context from: the node and one-node workflow as
 * n8n stores them, and the additional data whose CredentialsHelper calls our credential classes'
 * preAuthentication() and authenticate() as n8n's does. Used by harness.ts and webhook-harness.ts.
 */
import type {
	ICredentialDataDecryptedObject,
	ICredentialType,
	IDataObject,
	IHttpRequestOptions,
	INode,
	INodeType,
	INodeTypes,
	IRunExecutionData,
	IWorkflowExecuteAdditionalData,
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

export function makeNode(setup: NodeSetup): INode {
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

export function makeWorkflow(setup: NodeSetup, node: INode): Workflow {
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

export function makeAdditionalData(setup: NodeSetup): IWorkflowExecuteAdditionalData {
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

export function emptyRunData(): IRunExecutionData {
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
