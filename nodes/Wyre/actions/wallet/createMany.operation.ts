import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { toNodeError } from '../../../shared/items';
import type { ItemOperation } from '../../../shared/registry';
import { readSettings } from '../../helpers/params';
import { wyreRequest } from '../../transport';
import { wyreOptions } from '../common.descriptions';
import { walletBody, walletExtraFields, walletNameField, walletTypeField } from './wallet.fields';

/** The batch of one execution: each input item's wallet, or the error that item gets. */
type Outcome = { wallet: IDataObject } | { error: unknown };
const batches = new WeakMap<IExecuteFunctions, Promise<Outcome[]>>();

/**
 * Checks every input item, then sends the valid ones as ONE request (POST /v2/wallets/batch).
 * Without Continue On Fail an invalid item stops the run before anything is sent.
 */
async function runBatch(ctx: IExecuteFunctions): Promise<Outcome[]> {
	const count = ctx.getInputData().length;
	const outcomes: Outcome[] = new Array(count);
	const bodies: Array<{ i: number; body: IDataObject }> = [];
	for (let i = 0; i < count; i++) {
		try {
			const body = walletBody(ctx, i, (key) => ctx.getNodeParameter(key, i, undefined));
			bodies.push({ i, body });
		} catch (error) {
			if (!ctx.continueOnFail()) throw toNodeError(ctx.getNode(), error, i);
			outcomes[i] = { error };
		}
	}
	if (!bodies.length) return outcomes;
	const first = bodies[0].i;
	try {
		const answer = await wyreRequest.call(ctx, 'POST', '/v2/wallets/batch', 'write', {
			body: { wallets: bodies.map((b) => b.body) },
			settings: readSettings(ctx, 0),
			itemIndex: first,
			action: `Creating ${bodies.length} wallet(s) in one batch`,
			checkHint: 'look for wallets with these names (Wallet → Get by Name)',
		});
		const wallets = Array.isArray(answer) ? (answer as IDataObject[]) : undefined;
		if (!wallets || wallets.length !== bodies.length) {
			throw new NodeOperationError(
				ctx.getNode(),
				`Wyre answered the batch of ${bodies.length} wallet(s) with ${wallets ? wallets.length : 'no list of'} wallet(s)`,
				{
					description: 'Check which wallets exist with Wallet → Get by Name before sending again.',
				},
			);
		}
		bodies.forEach((b, k) => (outcomes[b.i] = { wallet: wallets[k] }));
	} catch (error) {
		for (const b of bodies) outcomes[b.i] = { error };
	}
	return outcomes;
}

export const operation: ItemOperation = {
	name: 'Create Many',
	description: 'Create one wallet per input item in a single request (POST /v2/wallets/batch)',
	action: 'Create many wallets',
	kind: 'write',
	properties: [
		walletNameField,
		walletTypeField,
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: walletExtraFields,
		},
		{
			...wyreOptions,
			description: 'Read from the first item: the batch is one request',
		},
	],
	async execute(i) {
		let batch = batches.get(this);
		if (!batch) {
			batch = runBatch(this);
			batches.set(this, batch);
		}
		const outcome = (await batch)[i];
		if (outcome && 'wallet' in outcome) return outcome.wallet;
		throw outcome?.error ?? new NodeOperationError(this.getNode(), 'Not sent', { itemIndex: i });
	},
};
