/** The shape every provider fills in for the contract suite (one file per provider in this folder). */
import type {
	ICredentialDataDecryptedObject,
	ICredentialType,
	IDataObject,
	INodeType,
} from 'n8n-workflow';
import type { OperationKey, Registry } from '../../nodes/shared/registry';

export interface SandboxLike {
	url: string;
	credentials: ICredentialDataDecryptedObject;
	requests: Array<{ method: string; path: string; body: string }>;
	faults: IDataObject[];
	reset(): void;
	close(): Promise<void>;
}

export interface OperationCase {
	/** Valid parameters (resource and operation are added by the suite). */
	parameters: IDataObject;
	/** Parameters that need sandbox state (an existing id), merged over `parameters`. */
	prepare?(sb: SandboxLike): Promise<IDataObject>;
	/** The path of the operation's own endpoint, as the sandbox logs it (the fault target). */
	path: string | ((parameters: IDataObject) => string);
	/** Parameter paths (dot-separated) holding free text, amounts and ids: each gets the bad-input classes. */
	text?: string[];
	amounts?: string[];
	ids?: string[];
	/**
	 * Money operations whose items can travel in ONE request (items mode): parameters reading each
	 * item's `amount` (and destination) from the input, and three valid input items. The refusal
	 * suite makes the 2nd item's amount bad. Without it, the suite reads the case's first amount
	 * field from the input instead. `input` may be made per run (items naming objects that must
	 * exist in the sandbox, one per item).
	 */
	batch?: {
		parameters: IDataObject;
		input: IDataObject[] | ((sb: SandboxLike) => Promise<IDataObject[]>);
	};
}

export interface ProviderContract<R extends Registry = Registry> {
	/** The provider's name in every tree: sandbox/<id>, e2e/providers/<id>.js, docs/providers/<id>.md. */
	id: string;
	/** Its README section heading ("## WestWallet"). */
	title: string;
	registry: R;
	nodeType: INodeType;
	type: string;
	credentialType: ICredentialType;
	startSandbox(): Promise<SandboxLike>;
	/** Credential values that must never appear in any error or output. */
	secrets(sb: SandboxLike): string[];
	/** A provider error body that echoes the secrets back, for the scrubbing test. */
	echoingErrorBody(secrets: string[]): IDataObject;
	cases: Record<OperationKey<R>, OperationCase>;
}
