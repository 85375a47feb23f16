/**
 * Shared by the WolvPay operation tests: the JSON of a run's first output, and the error a run
 * fails with (the run must fail).
 */
import type { ICredentialDataDecryptedObject, IDataObject } from 'n8n-workflow';
import { runNode } from '../helpers/harness';
import type { Sandbox } from './setup';
import { nodeSetup } from './setup';

export const json = (out: Awaited<ReturnType<typeof runNode>>) => out[0].map((i) => i.json);

export async function runErrorOn(
	sb: Sandbox,
	parameters: IDataObject,
	credentials?: ICredentialDataDecryptedObject,
): Promise<Error & IDataObject> {
	const setup = nodeSetup(sb, parameters);
	if (credentials) setup.credentials = { ...setup.credentials, ...credentials };
	try {
		await runNode(setup);
	} catch (error) {
		return error as Error & IDataObject;
	}
	throw new Error('expected the node to fail');
}
