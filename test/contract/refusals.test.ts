/**
 * Run-level refusals of every money operation of every provider, under each "On Error" setting:
 * a run refused before anything is sent (a Safety Limit; a bad item in a batch) never lets an
 * item through to the success output unless it was sent. With Continue On Fail every input item
 * gets an error item, paired with it, saying why and outcome "not_sent"; n8n routes them to the
 * error output ("Continue (using error output)") or keeps them, with `error`, on the regular one.
 */
import type { IDataObject } from 'n8n-workflow';
import type { OperationDefinition } from '../../nodes/shared/registry';
import { getOperation, operationKeys } from '../../nodes/shared/registry';
import { runNode } from '../helpers/harness';
import type { OnError } from '../helpers/onError';
import { isErrorItem, ON_ERROR_SETTINGS, route } from '../helpers/onError';
import { providers } from './providers';
import type { OperationCase, ProviderContract, SandboxLike } from './types';

function setPath(target: IDataObject, dotted: string, value: unknown): IDataObject {
	const copy = JSON.parse(JSON.stringify(target)) as IDataObject;
	const keys = dotted.split('.');
	let at = copy;
	for (const k of keys.slice(0, -1)) at = (at[k] ??= {}) as IDataObject;
	at[keys[keys.length - 1]] = value as IDataObject[string];
	return copy;
}

function getPath(target: IDataObject, dotted: string): unknown {
	return dotted.split('.').reduce<unknown>((at, k) => (at as IDataObject)?.[k], target);
}

const paired = (items: Array<{ pairedItem?: unknown }>) =>
	items.map((o) => (o.pairedItem as { item: number }).item).sort();

const withMoney = providers.filter((p) =>
	operationKeys(p.registry).some((k) => getOperation(p.registry, k)?.kind === 'money'),
);

describe.each(withMoney.map((p) => [p.title, p] as const))(
	'%s: refused payout runs',
	(_title, contract: ProviderContract) => {
		let sb: SandboxLike;
		beforeAll(async () => {
			sb = await contract.startSandbox();
		});
		afterAll(async () => sb.close());
		beforeEach(() => sb.reset());

		const opOf = (key: string) => getOperation(contract.registry, key) as OperationDefinition;
		const caseOf = (key: string) => (contract.cases as Record<string, OperationCase>)[key];
		const moneyKeys = operationKeys(contract.registry).filter((k) => opOf(k).kind === 'money');

		async function parametersFor(key: string): Promise<IDataObject> {
			const [resource, operation] = key.split('.');
			const c = caseOf(key);
			return { resource, operation, ...c.parameters, ...(c.prepare ? await c.prepare(sb) : {}) };
		}
		const pathOf = (key: string, parameters: IDataObject) => {
			const p = caseOf(key).path;
			return typeof p === 'function' ? p(parameters) : p;
		};
		const hits = (p: string) => sb.requests.filter((r) => r.path === p).length;

		async function run(parameters: IDataObject, input: IDataObject[], onError: OnError) {
			const output = await runNode(
				{
					nodeType: contract.nodeType,
					type: contract.type,
					parameters,
					credentialType: contract.credentialType,
					credentials: { ...sb.credentials },
					onError,
				},
				input,
			).then(
				(out) => ({ out }),
				(error: Error & { description?: string }) => ({ error }),
			);
			if ('error' in output) return { error: output.error };
			return { branches: route(output.out, onError, input) };
		}

		/** The error items of a continuing run: on the error output, or on the regular one. */
		function errorItemsOf(branches: ReturnType<typeof route>, onError: OnError) {
			if (onError === 'continueErrorOutput') return branches.error;
			return branches.success.filter(isErrorItem);
		}

		describe.each(moneyKeys)('money operation %s', (key) => {
			test.each(ON_ERROR_SETTINGS)(
				'On Error %s: a Safety Limit refuses the run; nothing sent, nothing on success',
				async (onError) => {
					const base = await parametersFor(key);
					const target = pathOf(key, base);
					sb.requests.length = 0;
					const parameters = {
						...base,
						safetyLimits: { allowedDestinations: 'not-a-destination-of-this-run' },
					};
					const input = [{ row: 1 }, { row: 2 }];
					const result = await run(parameters, input, onError);
					expect(hits(target)).toBe(0);
					if (onError === 'stopWorkflow') {
						expect(result.error?.message).toMatch(/Safety limit "Allowed Destinations"/);
						expect(result.error?.description).toMatch(/Nothing was sent/);
						return;
					}
					const branches = result.branches!;
					expect(result.error).toBeUndefined();
					const errors = errorItemsOf(branches, onError);
					expect(paired(errors)).toEqual([0, 1]);
					if (onError === 'continueErrorOutput') expect(branches.success).toEqual([]);
					else expect(branches.success).toHaveLength(2);
					for (const item of errors) {
						expect(item.json.error).toMatch(/Safety limit "Allowed Destinations"/);
						expect(item.json.message).toMatch(/Nothing was sent/);
						expect(item.json.details).toMatchObject({
							code: 'safety_limit',
							limit: 'Allowed Destinations',
							item: 1,
							outcome: 'not_sent',
						});
					}
					if (onError === 'continueErrorOutput')
						expect(errors.map((o) => o.json.row)).toEqual([1, 2]); // merged with its input
				},
			);

			test.each(ON_ERROR_SETTINGS)(
				'On Error %s: a bad item in a batch; only items actually sent reach the success output',
				async (onError) => {
					const c = caseOf(key);
					const base = await parametersFor(key);
					let parameters: IDataObject;
					let input: IDataObject[];
					if (c.batch) {
						parameters = { ...base, ...c.batch.parameters };
						const rows =
							typeof c.batch.input === 'function' ? await c.batch.input(sb) : c.batch.input;
						input = rows.map((row) => ({ ...row }));
					} else {
						const field = (c.amounts ?? [])[0];
						expect({ key, amountField: field }).toEqual({ key, amountField: expect.any(String) });
						parameters = setPath(base, field, '={{ $json.amount }}');
						const amount = getPath(base, field) as string;
						input = [{ amount }, { amount }, { amount }];
					}
					input[1].amount = '1e-3';
					// the endpoint of each item (a batch row may name its own object: a path per item)
					const targets = new Set(input.map((row) => pathOf(key, { ...parameters, ...row })));
					const sent = () => [...targets].reduce((n, p) => n + hits(p), 0);
					sb.requests.length = 0;
					const result = await run(parameters, input, onError);
					if (onError === 'stopWorkflow') {
						expect(result.error?.message).toMatch(/"1e-3" is not a plain decimal/);
						expect(result.error?.description).toMatch(/Nothing was sent/);
						expect(sent()).toBe(0);
						return;
					}
					const branches = result.branches!;
					const errors = errorItemsOf(branches, onError);
					const successes = branches.success.filter((o) => !isErrorItem(o));
					// nothing on the success output unless it was sent
					if (sent() === 0) expect(successes).toEqual([]);
					expect(paired(successes)).not.toContain(1);
					if (onError === 'continueErrorOutput')
						expect(branches.success.every((o) => !isErrorItem(o))).toBe(true);
					// every input item is accounted for, the bad one names its field
					expect([...new Set([...paired(successes), ...paired(errors)])].sort()).toEqual([0, 1, 2]);
					const bad = errors.find((o) => (o.pairedItem as { item: number }).item === 1);
					expect(bad?.json.error).toMatch(/"1e-3" is not a plain decimal/);
					expect(bad?.json.details).toMatchObject({
						code: 'invalid_input',
						field: expect.any(String),
						outcome: 'not_sent',
					});
					expect(String(bad?.json.error)).toContain(
						String((bad?.json.details as IDataObject).field),
					);
					for (const other of errors.filter((o) => o !== bad)) {
						expect(other.json.error).toMatch(/^Not sent because of item 2: /);
						expect(other.json.details).toMatchObject({ item: 2, outcome: 'not_sent' });
					}
				},
			);
		});
	},
);
