/**
 * The contract every provider's action node keeps, run over EVERY operation of EVERY provider's
 * registry (a new provider adds its file to providers.ts and gets all of this):
 * - every operation has a kind; the menus follow n8n's conventions;
 * - every money operation, faced with a cut connection or a 5xx/429 answered after the provider
 *   acted, sends exactly one request and reports an UNKNOWN outcome (never retried, never "try
 *   again"), and a run stops sending at that item;
 * - every operation honours Continue On Fail with pairedItem on success and error items;
 * - no credential secret appears in any error or output, even when the provider echoes it;
 * - bad text, amounts and ids are refused naming the field, and nothing reaches the endpoint;
 * - every operation is in the README's operations table and in the provider's e2e action workflow.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { IDataObject, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import type { OperationDefinition } from '../../nodes/shared/registry';
import { operationKeys, getOperation } from '../../nodes/shared/registry';
import { runNode } from '../helpers/harness';
import { providers } from './providers';
import type { OperationCase, ProviderContract, SandboxLike } from './types';

const ROOT = path.resolve(__dirname, '..', '..');

function setPath(target: IDataObject, dotted: string, value: unknown): IDataObject {
	const copy = JSON.parse(JSON.stringify(target)) as IDataObject;
	const keys = dotted.split('.');
	let at = copy;
	for (const k of keys.slice(0, -1)) at = (at[k] ??= {}) as IDataObject;
	at[keys[keys.length - 1]] = value as IDataObject[string];
	return copy;
}

function allText(value: unknown): string {
	const e = value as { message?: string; description?: string; context?: unknown };
	let json = '';
	try {
		json = JSON.stringify(value);
	} catch {
		json = String(value);
	}
	return [e?.message, e?.description, JSON.stringify(e?.context ?? null), json].join('\n');
}

describe.each(providers.map((p) => [p.title, p] as const))(
	'%s: the provider contract',
	(_title, contract: ProviderContract) => {
		let sb: SandboxLike;
		beforeAll(async () => {
			sb = await contract.startSandbox();
		});
		afterAll(async () => sb.close());
		beforeEach(() => sb.reset());

		const keys = operationKeys(contract.registry);
		const opOf = (key: string) => getOperation(contract.registry, key) as OperationDefinition;
		const caseOf = (key: string) => (contract.cases as Record<string, OperationCase>)[key];

		async function parametersFor(key: string): Promise<IDataObject> {
			const [resource, operation] = key.split('.');
			const c = caseOf(key);
			return { resource, operation, ...c.parameters, ...(c.prepare ? await c.prepare(sb) : {}) };
		}
		function pathFor(key: string, parameters: IDataObject): string {
			const p = caseOf(key).path;
			return typeof p === 'function' ? p(parameters) : p;
		}
		const hits = (p: string) => sb.requests.filter((r) => r.path === p).length;
		function run(
			parameters: IDataObject,
			input: IDataObject[] = [{}],
			continueOnFail = false,
		): Promise<INodeExecutionData[][]> {
			return runNode(
				{
					nodeType: contract.nodeType,
					type: contract.type,
					parameters,
					credentialType: contract.credentialType,
					credentials: { ...sb.credentials },
					continueOnFail,
				},
				input,
			);
		}

		test('every operation has a kind, a case, and menus in n8n style', () => {
			for (const key of keys) {
				expect({ key, kind: ['read', 'write', 'money'].includes(opOf(key).kind) }).toEqual({
					key,
					kind: true,
				});
				expect({ key, hasCase: !!caseOf(key) }).toEqual({ key, hasCase: true });
				expect(opOf(key).action).toMatch(/^[A-Z][a-z]+( [a-z0-9]+| [A-Z]{2,})*$/);
			}
			// an AI agent using the node as a tool reads the action: money operations say limits apply
			const actions = (contract.nodeType.description.properties as INodeProperties[])
				.filter((p) => p.name === 'operation')
				.flatMap((p) => p.options as Array<{ value: string; action: string }>);
			for (const key of keys.filter((k) => opOf(k).kind === 'money')) {
				expect(
					actions.find(
						(a) => a.value === key.split('.')[1] && a.action.startsWith(opOf(key).action),
					)?.action,
				).toMatch(/\(safety limits apply\)$/);
			}
			const menus = (contract.nodeType.description.properties as INodeProperties[]).filter(
				(p) => p.name === 'operation' || p.name === 'resource',
			);
			for (const menu of menus) {
				const names = (menu.options as Array<{ name: string }>).map((o) => o.name);
				expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
			}
		});

		const moneyKeys = keys.filter((k) => opOf(k).kind === 'money');
		const faults: Array<[string, IDataObject]> = [
			['the connection cut after acting', { drop: 'after' }],
			['HTTP 500 after acting', { status: 500, after: true }],
			['HTTP 503 after acting', { status: 503, after: true, headers: { 'Retry-After': '0' } }],
			['HTTP 429 after acting', { status: 429, after: true, headers: { 'Retry-After': '0' } }],
			[
				'an unreadable 502 page after acting',
				{ status: 502, after: true, body: '<html>Bad gateway</html>' },
			],
		];
		if (moneyKeys.length) {
			describe.each(moneyKeys)('money operation %s', (key) => {
				test.each(faults)(
					'%s: exactly one request, an UNKNOWN outcome, no "try again"',
					async (_label, fault) => {
						const parameters = await parametersFor(key);
						const target = pathFor(key, parameters);
						sb.faults.push({ path: target, times: 5, ...fault });
						const error = await run(parameters).then(
							() => undefined,
							(e) => e,
						);
						expect(error).toBeDefined();
						expect(error.message).toMatch(/UNKNOWN/);
						expect(error.context.outcome).toBe('unknown');
						expect(allText(error)).not.toMatch(/try again/i);
						expect(hits(target)).toBe(1);
					},
				);

				test('with Continue On Fail, the run stops at the unknown outcome and reports every item', async () => {
					const parameters = await parametersFor(key);
					const target = pathFor(key, parameters);
					sb.faults.push({ path: target, drop: 'after', times: 5 });
					const [out] = await run(parameters, [{}, {}, {}], true);
					expect(hits(target)).toBe(1);
					const paired = out.map((o) => (o.pairedItem as { item: number }).item);
					expect([...new Set(paired)].sort()).toEqual([0, 1, 2]);
					// the shape n8n routes to the error output: error, message, details only
					for (const o of out)
						expect(
							Object.keys(o.json).every((k) => ['error', 'message', 'details'].includes(k)),
						).toBe(true);
					const details = out.map((o) => o.json.details as IDataObject);
					expect(details.map((d) => d.outcome)).toContain('unknown');
					for (const d of details) expect(['unknown', 'not_sent']).toContain(d.outcome);
					for (const d of details) expect(d.payout ?? d.payouts).toBeDefined();
				});
			});
		}

		describe.each(keys)('%s', (key) => {
			test('Continue On Fail: success and error items are paired with their input items', async () => {
				const parameters = await parametersFor(key);
				sb.faults.push({ path: pathFor(key, parameters), status: 400, times: 1 });
				const [out] = await run(parameters, [{}, {}], true);
				expect(out.length).toBeGreaterThan(0);
				for (const o of out) expect(o.pairedItem).toEqual({ item: expect.any(Number) });
				const paired = new Set(out.map((o) => (o.pairedItem as { item: number }).item));
				expect([...paired].sort()).toEqual([0, 1]);
				expect(out.some((o) => o.json.error !== undefined)).toBe(true);
			});

			test('no secret in any error or output, even when the provider echoes it', async () => {
				const secrets = contract.secrets(sb);
				const parameters = await parametersFor(key);
				const ok = await run(parameters);
				sb.faults.push({
					path: pathFor(key, parameters),
					status: 400,
					body: contract.echoingErrorBody(secrets),
					times: 2,
				});
				const error = await run(parameters).then(
					() => undefined,
					(e) => e,
				);
				const [errorItems] = await run(parameters, [{}], true);
				for (const text of [allText(ok), allText(error), allText(errorItems)]) {
					for (const secret of secrets) expect(text).not.toContain(secret);
				}
			});

			const c = () => caseOf(key);
			const badText: Array<[string, unknown]> = [
				['an object', { a: 1 }],
				['a list', ['x', 'y']],
			];
			const badAmounts: Array<[string, unknown]> = [
				['an amount with spaces', ' 1'],
				['an amount with 25 decimals', '0.' + '1'.repeat(25)],
				['an absurd amount', '1' + '0'.repeat(30)],
				['a number (precision may be lost)', 0.1],
				['an object', { amount: '1' }],
			];
			const badIds: Array<[string, unknown]> = [
				['an id beyond 2^53', 9007199254740993],
				['a dot segment', '..'],
				['a path', 'a/b'],
				['an object', { id: 1 }],
			];
			test('bad text, amounts and ids are refused naming the field; nothing reaches the endpoint', async () => {
				const base = await parametersFor(key);
				const target = pathFor(key, base);
				const classes: Array<[string, Array<[string, unknown]>]> = [
					...(c().text ?? []).map((f) => [f, badText] as [string, Array<[string, unknown]>]),
					...(c().amounts ?? []).map((f) => [f, badAmounts] as [string, Array<[string, unknown]>]),
					...(c().ids ?? []).map((f) => [f, badIds] as [string, Array<[string, unknown]>]),
				];
				for (const [field, values] of classes) {
					for (const [label, value] of values) {
						sb.requests.length = 0;
						const error = await run(setPath(base, field, value)).then(
							() => undefined,
							(e) => e,
						);
						expect({ field, label, refused: error !== undefined }).toEqual({
							field,
							label,
							refused: true,
						});
						expect({ field, label, description: error.description }).toEqual({
							field,
							label,
							description: expect.stringMatching(/Nothing was sent/),
						});
						expect({ field, label, sent: hits(target) }).toEqual({ field, label, sent: 0 });
					}
				}
			});
		});

		test("every operation is in the README's operations table", () => {
			const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
			const start = readme.indexOf(`\n## ${contract.title}\n`);
			expect(start).toBeGreaterThan(-1);
			const end = readme.indexOf('\n## ', start + 1);
			const section = readme.slice(start, end === -1 ? undefined : end);
			for (const key of keys) {
				const [resource] = key.split('.');
				const row = `| ${contract.registry[resource].name} | ${opOf(key).name}`;
				expect({ key, inTable: section.includes(row) }).toEqual({ key, inTable: true });
			}
		});

		test("every operation is in the provider's e2e action workflow", () => {
			// eslint-disable-next-line @typescript-eslint/no-require-imports
			const spec = require(path.join(ROOT, 'e2e', 'providers', `${contract.id}.js`));
			const [action] = spec.workflows({
				sandbox: { url: 'http://sandbox.invalid', credentials: {} },
				n8nUrl: 'http://n8n.invalid',
			});
			const covered = new Set(
				(action.nodes as Array<{ type: string; parameters: IDataObject }>)
					.filter((n) => n.type === spec.nodeTypes.action)
					.map((n) => `${String(n.parameters.resource)}.${String(n.parameters.operation)}`),
			);
			for (const key of keys)
				expect({ key, covered: covered.has(key) }).toEqual({ key, covered: true });
		});
	},
);
